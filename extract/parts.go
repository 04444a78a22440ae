package extract

import (
	"errors"
	"fmt"
	"slices"

	"github.com/pressfacts/pressfacts/entities"
)

// ErrNotBuilt is the error of an Extractor that [New] did not make: a nil
// one, or the zero value.
var ErrNotBuilt = errors.New("extract: the Extractor was not made by New")

// Part is one list of a document that a recognizer fills, for [Without].
type Part string

// The parts that can be left out. The head of a document (its date,
// dateline and title) and its sentences are always there.
const (
	Dates         Part = "dates"
	Figures       Part = "figures"
	Places        Part = "places"
	Organizations Part = "organizations"
	People        Part = "people"
	Quotes        Part = "quotes"
	Facts         Part = "facts"
)

// parts lists every Part, in the order of the document's lists.
var parts = []Part{Dates, Figures, Places, Organizations, People, Quotes, Facts}

// partSet is a set of parts, as bits in the order of parts.
type partSet uint8

func (s partSet) has(p Part) bool { return s&(1<<slices.Index(parts, p)) != 0 }

// Without leaves parts out of every document: their lists stay empty, and
// what other lists say of them goes too (a position's place id when
// places are left out, a quote's speaker id when people are, a fact's
// arguments of the parts left out). The recognizers of a part left out do
// not run unless a part that is kept reads their mentions: figures read
// the dates, and quotes and facts read the people, places and
// organizations, so leaving out dates alone saves little, while keeping
// only dates and figures skips the name recognizers and the tagger. An
// unknown part makes New fail.
func Without(ps ...Part) Option {
	return func(e *Extractor) error {
		for _, p := range ps {
			i := slices.Index(parts, p)
			if i < 0 {
				return fmt.Errorf("extract: Without(%q): no such part; want one of %v", p, parts)
			}
			e.off |= 1 << i
		}
		return nil
	}
}

// needs says which recognizers a document needs, given the parts left
// out.
type needs struct {
	dates, figures, names, quotes, facts bool
}

func (s partSet) needs() needs {
	var n needs
	n.facts = !s.has(Facts)
	n.quotes = !s.has(Quotes)
	n.figures = !s.has(Figures) || n.facts
	n.dates = !s.has(Dates) || n.figures
	n.names = !s.has(Places) || !s.has(Organizations) || !s.has(People) || n.quotes || n.facts
	return n
}

// drop empties the lists of the parts left out and the references to
// them.
func (s partSet) drop(doc *entities.Document) {
	if s == 0 {
		return
	}
	letters := map[byte]bool{}
	if s.has(Dates) {
		doc.Dates = doc.Dates[:0]
		letters['d'] = true
	}
	if s.has(Figures) {
		doc.Figures = doc.Figures[:0]
		letters['f'] = true
	}
	if s.has(Places) {
		doc.Places = doc.Places[:0]
		letters['l'] = true
		for i := range doc.Organizations {
			doc.Organizations[i].PlaceID = ""
		}
		for i := range doc.People {
			for j := range doc.People[i].Positions {
				doc.People[i].Positions[j].PlaceID = ""
			}
		}
	}
	if s.has(Organizations) {
		doc.Organizations = doc.Organizations[:0]
		letters['o'] = true
		for i := range doc.People {
			for j := range doc.People[i].Positions {
				doc.People[i].Positions[j].OrganizationID = ""
			}
		}
	}
	if s.has(People) {
		doc.People = doc.People[:0]
		letters['p'] = true
		for i := range doc.Quotes {
			doc.Quotes[i].SpeakerID = ""
		}
	}
	if s.has(Quotes) {
		doc.Quotes = doc.Quotes[:0]
		letters['q'] = true
	}
	if s.has(Facts) {
		doc.Facts = doc.Facts[:0]
	}
	for i := range doc.Facts {
		f := &doc.Facts[i]
		f.Args = slices.DeleteFunc(f.Args, func(a entities.Arg) bool { return a.ID != "" && letters[a.ID[0]] })
	}
	kinds := map[string]Part{"date": Dates, "figure": Figures, "place": Places, "organization": Organizations,
		"person": People, "post": People, "quote": Quotes, "fact": Facts}
	doc.Trace = slices.DeleteFunc(doc.Trace, func(f entities.Found) bool {
		p, ok := kinds[f.Kind]
		return ok && s.has(p)
	})
}
