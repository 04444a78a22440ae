package extract

import (
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

// gazetteer maps folded names (normalize.Key) to places and agencies. It
// is built once and never changed.
type gazetteer struct {
	places   map[string]gazPlace // countries (kind "country") and other places
	agencies map[string]string   // key → the agency's name as written
}

var loadGazetteer = sync.OnceValues(func() (*gazetteer, error) {
	g := &gazetteer{places: map[string]gazPlace{}, agencies: map[string]string{}}
	countries, err := lexicon.Load("countries.tsv")
	if err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, r := range countries.Rows {
		p := gazPlace{name: r.Fields[1], latin: r.Fields[2], kind: "country", country: r.Fields[0]}
		g.add(p, r.Fields[3])
		listed[p.country] = true
	}
	// CLDR's Russian names for every country the table does not list.
	names := display.Regions(language.Russian)
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			reg, err := language.ParseRegion(code)
			if err != nil || !reg.IsCountry() {
				continue
			}
			name := names.Name(reg)
			if name == "" || listed[code] {
				continue
			}
			if _, ok := g.places[normalize.Key(name)]; ok {
				continue
			}
			g.places[normalize.Key(name)] = gazPlace{name: name, kind: "country", country: code}
		}
	}
	places, err := lexicon.Load("places.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range places.Rows {
		g.add(gazPlace{name: r.Fields[0], latin: r.Fields[1], kind: r.Fields[2], country: r.Fields[3]}, r.Fields[4])
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

func (g *gazetteer) add(p gazPlace, aliases string) {
	g.places[normalize.Key(p.name)] = p
	if aliases == "" {
		return
	}
	for _, a := range strings.Split(aliases, "|") {
		g.places[normalize.Key(a)] = p
	}
}

// place looks a name up in any spelling.
func (g *gazetteer) place(name string) (gazPlace, bool) {
	p, ok := g.places[normalize.Key(name)]
	return p, ok
}

// agency returns the known agency a name spells, or "".
func (g *gazetteer) agency(name string) string {
	return g.agencies[normalize.Key(name)]
}
