package extract

import (
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWithout(t *testing.T) {
	b, err := os.ReadFile("../seeds/110_facts_talks_and_deals.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	full, err := Extract("s", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Places) == 0 || len(full.People) == 0 || len(full.Facts) == 0 || len(full.Figures) == 0 {
		t.Fatalf("the seed lost its places, people, facts or figures: the test needs them")
	}
	for _, off := range [][]Part{
		{Places}, {Organizations}, {People}, {Quotes}, {Facts}, {Dates}, {Figures},
		{Places, Organizations, People, Quotes, Facts},
		parts,
	} {
		ex, err := New(Without(off...))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract("s", text)
		if err != nil {
			t.Fatal(err)
		}
		if err := doc.Validate(text); err != nil {
			t.Errorf("Without%v: the document is not valid: %v", off, err)
		}
		if doc.Contract != full.Contract {
			t.Errorf("Without%v: contract %d, want %d", off, doc.Contract, full.Contract)
		}
		for i := range doc.Dates {
			if doc.Dates[i].ID != full.Dates[i].ID {
				t.Errorf("Without%v: date %d has id %q, want %q", off, i, doc.Dates[i].ID, full.Dates[i].ID)
			}
		}
		lens := map[Part]int{Dates: len(doc.Dates), Figures: len(doc.Figures), Places: len(doc.Places),
			Organizations: len(doc.Organizations), People: len(doc.People), Quotes: len(doc.Quotes), Facts: len(doc.Facts)}
		fulls := map[Part]int{Dates: len(full.Dates), Figures: len(full.Figures), Places: len(full.Places),
			Organizations: len(full.Organizations), People: len(full.People), Quotes: len(full.Quotes), Facts: len(full.Facts)}
		for _, p := range parts {
			left := false
			for _, o := range off {
				left = left || o == p
			}
			switch {
			case left && lens[p] != 0:
				t.Errorf("Without%v: %d %s", off, lens[p], p)
			case !left && lens[p] != fulls[p]:
				t.Errorf("Without%v: %d %s, want %d as without Without", off, lens[p], p, fulls[p])
			}
		}
		if cmp.Diff(doc.Sentences, full.Sentences) != "" || doc.Date != full.Date {
			t.Errorf("Without%v changed the sentences or the date", off)
		}
	}
	if _, err := New(Without("verbs")); err == nil {
		t.Errorf("Without an unknown part: no error")
	}
}

func TestNotBuilt(t *testing.T) {
	var nilEx *Extractor
	for name, e := range map[string]*Extractor{"nil": nilEx, "zero": {}} {
		if _, err := e.Extract("x", "Текст."); !errors.Is(err, ErrNotBuilt) {
			t.Errorf("%s Extractor: err %v, want ErrNotBuilt", name, err)
		}
		if got := e.Sentences("Один. Два."); len(got) != 2 {
			t.Errorf("%s Extractor: %d sentences, want 2", name, len(got))
		}
	}
}
