package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pressfacts/pressfacts/entities"
	"golang.org/x/text/unicode/norm"
)

// values is what a document says, without where it says it: the values,
// names and kinds of its lists.
func values(d *entities.Document) *entities.Document {
	c := *d
	c.Sentences, c.Trace = nil, nil
	c.Title = nil
	if d.Dateline != nil {
		dl := *d.Dateline
		dl.Span = entities.Span{}
		c.Dateline = &dl
	}
	c.Dates = append([]entities.Date(nil), d.Dates...)
	for i := range c.Dates {
		c.Dates[i].Span = entities.Span{}
	}
	c.Figures = append([]entities.Figure(nil), d.Figures...)
	for i := range c.Figures {
		c.Figures[i].Span = entities.Span{}
	}
	c.Quotes = append([]entities.Quote(nil), d.Quotes...)
	for i := range c.Quotes {
		c.Quotes[i].Span = entities.Span{}
	}
	c.Facts = append([]entities.Fact(nil), d.Facts...)
	for i := range c.Facts {
		c.Facts[i].Span, c.Facts[i].Trigger = entities.Span{}, entities.Span{}
	}
	c.Places = append([]entities.Place(nil), d.Places...)
	for i := range c.Places {
		c.Places[i].Mentions = nil
	}
	c.Organizations = append([]entities.Organization(nil), d.Organizations...)
	for i := range c.Organizations {
		c.Organizations[i].Mentions = nil
	}
	c.People = append([]entities.Person(nil), d.People...)
	for i := range c.People {
		p := &c.People[i]
		p.Mentions = nil
		p.Positions = append([]entities.Position(nil), p.Positions...)
		for j := range p.Positions {
			p.Positions[j].Span = entities.Span{}
		}
	}
	return &c
}

// variants are ways the same text reaches us from other keyboards and
// programs.
var variants = map[string]func(string) string{
	"NFD": norm.NFD.String,
	// Non-breaking spaces after short words and in numbers, as typesetting
	// programs put them.
	"no-break spaces": func(s string) string {
		for _, w := range []string{" в ", " и ", " на ", " с ", " по "} {
			s = strings.ReplaceAll(s, w, w[:len(w)-1]+"\u00a0")
		}
		return s
	},
	// Soft hyphens inside long words, as a hyphenating editor leaves them.
	"soft hyphens": func(s string) string {
		var b strings.Builder
		n := 0
		for _, r := range s {
			if isLetter(r) {
				n++
			} else {
				n = 0
			}
			b.WriteRune(r)
			if n == 4 {
				b.WriteString("\u00ad")
			}
		}
		return b.String()
	},
	"unicode hyphens": func(s string) string { return strings.ReplaceAll(s, "-", "\u2010") },
	// A byte order mark before the text, as some editors save a file.
	"BOM": func(s string) string { return "\ufeff" + s },
}

// TestFoldedInput: each variant of our seed releases gives the same
// values, names and kinds as the text itself, with every span valid in
// the variant.
func TestFoldedInput(t *testing.T) {
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		want, err := ex.Extract("x", text)
		if err != nil {
			t.Fatal(err)
		}
		for name, variant := range variants {
			v := variant(text)
			if v == text {
				continue
			}
			got, err := ex.Extract("x", v)
			if err != nil {
				t.Fatalf("%s, %s: %v", filepath.Base(f), name, err)
			}
			if err := got.Validate(v); err != nil {
				t.Errorf("%s, %s: spans not valid in the variant: %v", filepath.Base(f), name, err)
			}
			if d := cmp.Diff(values(want), values(got)); d != "" {
				t.Errorf("%s, %s: the values differ (-text +variant):\n%s", filepath.Base(f), name, d)
			}
			if len(got.Sentences) != len(want.Sentences) {
				t.Errorf("%s, %s: %d sentences, want %d", filepath.Base(f), name, len(got.Sentences), len(want.Sentences))
			}
		}
	}
}

func TestOffsetMap(t *testing.T) {
	given := "Пу\u00adтин и\u0306 «Ёлкин»\u200b, Е\u0308лкин\u00a0— 1\u2009000"
	folded, m := foldInput(given)
	if m == nil {
		t.Fatal("nothing folded")
	}
	if want := "Путин й «Ёлкин»\u200b, Ёлкин — 1 000"; folded != want {
		t.Fatalf("folded %q, want %q", folded, want)
	}
	for _, w := range []string{"Путин", "й", "Ёлкин", "—", "1 000", "«Ёлкин»"} {
		at := strings.Index(folded, w)
		s := entities.Span{Start: at, End: at + len(w), Text: w}
		m.span(&s, given)
		if back, _ := foldInput(s.Text); !s.Valid(given) || back != w {
			t.Errorf("%q maps to %d..%d %q", w, s.Start, s.End, s.Text)
		}
	}
	if _, m := foldInput("Обычный текст — «как всегда»."); m != nil {
		t.Errorf("a text in NFC with usual characters was folded")
	}
}

// TestIsNFC holds the fast NFC check to the norm package's quick check
// on texts mixing ASCII, Cyrillic, combining marks, Hangul and other
// scripts.
func TestIsNFC(t *testing.T) {
	parts := []string{"a", "Е", "е", "\u0308", "\u0301", "й", "и", "\u0306", "«", "—", "\u00e9", "e", "\u0300", "\u1100", "\u1161", "\u11a8", "가", "\u2000", " ", "ё", "\u0451", "Ö", "\u212b", "漢", "\xff"}
	check := func(s string) {
		if got, want := isNFC(s), norm.NFC.QuickSpanString(s) == len(s); got != want {
			t.Fatalf("isNFC(%q) = %v, want %v", s, got, want)
		}
	}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				check(a + b + c)
				check("Текст " + a + b + " и " + c)
			}
		}
	}
}

func FuzzIsNFC(f *testing.F) {
	f.Add("е\u0308лка")
	f.Add("Текст «в кавычках» — тире")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isNFC(s), norm.NFC.QuickSpanString(s) == len(s); got != want {
			t.Fatalf("isNFC(%q) = %v, want %v", s, got, want)
		}
	})
}
