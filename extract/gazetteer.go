package extract

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/normalize"
)

// gazPlace is a place the gazetteer knows.
type gazPlace struct {
	name, latin, kind, country string
}

// gazName is one name of a place in one case: the place and the name's
// nominative ("Китаем" → Китай, "КНР" → КНР).
type gazName struct {
	place *gazPlace
	nom   string
}

// gazetteer maps folded names (normalize.Key) in every case to places, and
// names to agencies. It is built once and never changed.
type gazetteer struct {
	places   map[string]gazName // every form of every name
	agencies map[string]string  // key → the agency's name as written
	// multi holds the first word of every name of several words, so that
	// a lookup tries longer names only where one can start.
	multi    map[string]bool
	maxWords int
	// ambiguous holds the forms that cannot name a place on their own at the
	// start of a sentence ("Того" is mostly a pronoun).
	ambiguous map[string]bool
}

var loadGazetteer = sync.OnceValues(func() (*gazetteer, error) {
	g := &gazetteer{
		places:    map[string]gazName{},
		agencies:  map[string]string{},
		multi:     map[string]bool{},
		ambiguous: map[string]bool{"того": true, "мали": true, "чад": true},
	}
	// Nominatives go in first, so that another place's oblique form
	// never hides a name ("Нара" is a prefecture, not a form of "Нар").
	var entries []gazEntry
	countries, err := lexicon.Load("countries.tsv")
	if err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, r := range countries.Rows {
		p := &gazPlace{name: r.Fields[1], latin: r.Fields[2], kind: "country", country: r.Fields[0]}
		e, err := newEntry(p, r.Fields[3], r.Fields[4])
		if err != nil {
			return nil, fmt.Errorf("countries.tsv:%d: %v", r.Line, err)
		}
		entries = append(entries, e)
		listed[p.country] = true
	}
	// CLDR's Russian and English names for every country the table does
	// not list.
	ru, en := display.Regions(language.Russian), display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			reg, err := language.ParseRegion(code)
			if err != nil || !reg.IsCountry() || listed[code] {
				continue
			}
			if name := ru.Name(reg); name != "" {
				e, _ := newEntry(&gazPlace{name: name, latin: en.Name(reg), kind: "country", country: code}, "", "")
				entries = append(entries, e)
			}
		}
	}
	places, err := lexicon.Load("places.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range places.Rows {
		p := &gazPlace{name: r.Fields[0], latin: r.Fields[1], kind: r.Fields[2], country: r.Fields[3]}
		e, err := newEntry(p, r.Fields[4], r.Fields[5])
		if err != nil {
			return nil, fmt.Errorf("places.tsv:%d: %v", r.Line, err)
		}
		entries = append(entries, e)
	}
	for _, e := range entries {
		for _, n := range e.names {
			g.put(normalize.Key(n), gazName{e.place, n})
		}
	}
	for _, e := range entries {
		for _, n := range e.names {
			for _, f := range normalize.Forms(n, e.decl) {
				g.put(normalize.Key(f), gazName{e.place, n})
			}
		}
	}
	agencies, err := lexicon.Load("agencies.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range agencies.Rows {
		g.agencies[normalize.Key(r.Fields[0])] = r.Fields[0]
	}
	return g, nil
})

// gazEntry is a place with its names and how they decline.
type gazEntry struct {
	place *gazPlace
	names []string
	decl  normalize.Declension
}

func newEntry(p *gazPlace, decl, aliases string) (gazEntry, error) {
	d, err := normalize.ParseDeclension(decl)
	if err != nil {
		return gazEntry{}, err
	}
	e := gazEntry{place: p, names: []string{p.name}, decl: d}
	if aliases != "" {
		e.names = append(e.names, strings.Split(aliases, "|")...)
	}
	return e, nil
}

// put adds one form unless the key is taken.
func (g *gazetteer) put(key string, n gazName) {
	if _, ok := g.places[key]; ok {
		return
	}
	g.places[key] = n
	if words := strings.Count(key, " ") + 1; words > 1 {
		g.multi[key[:strings.IndexByte(key, ' ')]] = true
		g.maxWords = max(g.maxWords, words)
	}
}

// place looks a name up in any spelling and case.
func (g *gazetteer) place(name string) (gazPlace, bool) {
	n, ok := g.places[normalize.Key(name)]
	if !ok {
		return gazPlace{}, false
	}
	return *n.place, true
}

// lookup looks a folded key up.
func (g *gazetteer) lookup(key string) (gazName, bool) {
	n, ok := g.places[key]
	return n, ok
}

// agency returns the known agency a name spells, or "".
func (g *gazetteer) agency(name string) string {
	return g.agencies[normalize.Key(name)]
}
