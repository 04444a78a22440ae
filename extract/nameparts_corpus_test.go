package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/shareddata"
	"github.com/pressfacts/pressfacts/normalize"
)

// minNamePartAgreement is the floor of TestPersonNameParts, just under
// the share when it was set (0.945 of 615 parts found; most of the rest
// are the annotators' own forms, "Хуану", "Егора", or a given name of
// two words).
const minNamePartAgreement = 0.93

// TestPersonNameParts checks the nominatives of name parts against
// factRuEval's annotators (../shared/data/factrueval_person_name_parts.tsv:
// a document, a part, its surface form and its nominative, "Лужкова" →
// "Лужков"). Each row is looked up in what Extract makes of its document:
// a person with a mention that holds the surface form as a word; the part
// of that person's name (first, middle, last) must be the nominative,
// ignoring case and ё. Rows whose surface no person's mention holds are
// counted apart (they are the recognizer's misses, not the normalizer's).
func TestPersonNameParts(t *testing.T) {
	rows := shareddata.TSV(t, filepath.Join(sharedDir, "data/factrueval_person_name_parts.tsv"))
	texts := map[string]string{}
	for _, d := range factRuEvalTexts(t) {
		texts[d.ID] = d.Text
	}
	ex := newTestExtractor(t)
	docs := map[string]*entities.Document{}
	found, agree := 0, 0
	var wrong []string
	for _, r := range rows {
		if len(r) < 5 {
			t.Fatalf("row %q: want 5 columns", r)
		}
		id, part, surface, want := r[1], r[2], r[3], r[4]
		doc, ok := docs[id]
		if !ok {
			text, ok := texts[id]
			if !ok {
				continue
			}
			d, err := ex.Extract(id, text)
			if err != nil {
				t.Fatal(err)
			}
			doc, docs[id] = d, d
		}
		p := personWithWord(doc, surface)
		if p == nil {
			continue
		}
		found++
		got := map[string]string{"firstname": p.First, "lastname": p.Last, "patronymic": p.Middle}[part]
		if normalize.Key(got) == normalize.Key(want) {
			agree++
		} else if len(wrong) < 40 {
			wrong = append(wrong, surface+" → "+got+" (want "+want+")")
		}
	}
	if found == 0 {
		t.Skip("no row's document in the factRuEval texts")
	}
	share := float64(agree) / float64(found)
	t.Logf("%d of %d rows found in a person's mention; %d of them (%.3f) with the annotators' nominative", found, len(rows), agree, share)
	if share < minNamePartAgreement {
		t.Errorf("name parts: %.3f agree, want at least %.2f; for instance:\n%s", share, minNamePartAgreement, strings.Join(wrong, "\n"))
	}
}

// personWithWord returns the first person of doc with a mention that has
// w as one of its words.
func personWithWord(doc *entities.Document, w string) *entities.Person {
	for i := range doc.People {
		for _, m := range doc.People[i].Mentions {
			for _, f := range strings.FieldsFunc(m.Text, func(r rune) bool { return r == ' ' || r == '\n' || r == '\u00a0' }) {
				if f == w {
					return &doc.People[i]
				}
			}
		}
	}
	return nil
}
