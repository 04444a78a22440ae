package extract

import (
	"fmt"

	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/normalize"
)

// firstName is one form of a first name: the name, its gender and origin,
// and the case the form is in.
type firstName struct {
	name    string
	gender  byte // 'm' or 'f'
	russian bool
	cas     int // index into normalize's case order: 0 nominative ... 5 prepositional
}

// nameTables are the tables people are found with: first names in every
// case, East Asian family names, and post nouns in every case.
type nameTables struct {
	first map[string][]firstName // folded form → readings
	east  map[string]string      // folded family name → "zh", "ko" or "zh ko"
	posts map[string]string      // folded form → lemma
	// placeAdjectives maps the stem of an adjective made from a place
	// name to the place: "российск" → Россия.
	placeAdjectives map[string]string
}

func loadNames() (*nameTables, error) {
	t := &nameTables{first: map[string][]firstName{}, east: map[string]string{}, posts: map[string]string{}, placeAdjectives: map[string]string{}}
	tab, err := lexicon.Load("firstnames.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range tab.Rows {
		if r.Fields[1] != "m" && r.Fields[1] != "f" {
			return nil, fmt.Errorf("firstnames.tsv:%d: gender %q", r.Line, r.Fields[1])
		}
		name, gender := r.Fields[0], r.Fields[1][0]
		for c, forms := range normalize.Cases(name, normalize.Declension{Noun: true, Feminine: gender == 'f'}) {
			for _, f := range forms {
				k := normalize.Key(f)
				t.first[k] = append(t.first[k], firstName{name, gender, r.Fields[2] == "ru", c})
			}
		}
	}
	east, err := lexicon.Load("surnames_east.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range east.Rows {
		t.east[normalize.Key(r.Fields[0])] = r.Fields[1]
	}
	posts, err := lexicon.Load("posts.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range posts.Rows {
		for _, f := range normalize.Forms(r.Fields[0], normalize.Declension{}) {
			t.posts[normalize.Key(f)] = r.Fields[0]
		}
	}
	adj, err := lexicon.Load("place_adjectives.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range adj.Rows {
		t.placeAdjectives[r.Fields[0]] = r.Fields[1]
	}
	return t, nil
}

// placeOfAdjective returns the place an adjective is made from, or "".
func (t *nameTables) placeOfAdjective(w string) string {
	lw := normalize.Lower(w)
	if !adjectival(lw) {
		return ""
	}
	for n := len(lw); n > 0; n-- {
		if p, ok := t.placeAdjectives[lw[:n]]; ok {
			return p
		}
	}
	return ""
}
