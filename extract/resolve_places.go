package extract

import (
	"slices"
	"strings"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// Resolution of places: mentions group into one entity per place, named by
// the fullest name the text uses.

// placeEntities groups mentions into entities in order of first mention.
// A gazetteer place is one entity whatever name the text gives it, named
// by the fullest name the text uses; a place found by a cue is one entity
// per name. The second result holds, for each entity, the names its
// mentions give it (for resolve).
func placeEntities(text string, ms []placeMention) ([]entities.Place, [][]string) {
	type group struct {
		p     entities.Place
		gp    *gazPlace
		order []string // the names it is mentioned by, first seen first
	}
	var groups []*group
	byPlace := map[*gazPlace]*group{} // gazetteer places
	byName := map[string]*group{}     // the others, by the key of their name
	nominal := obliqueNames(ms)
	for _, m := range ms {
		var g *group
		var key string
		if m.place != nil {
			g = byPlace[m.place]
		} else {
			key = normalize.Key(m.nom)
			if n, ok := nominal[key]; ok {
				key, m.nom = normalize.Key(n), n
			}
			g = byName[key]
		}
		if g == nil {
			g = &group{gp: m.place}
			g.p.Kind = entities.PlaceKind(m.kind)
			if m.place != nil {
				g.p.Latin, g.p.Kind, g.p.Country = m.place.latin, entities.PlaceKind(m.place.kind), m.place.country
				byPlace[m.place] = g
			} else {
				byName[key] = g
			}
			groups = append(groups, g)
		}
		if !slices.Contains(g.order, m.nom) {
			g.order = append(g.order, m.nom)
		}
		g.p.Mentions = append(g.p.Mentions, entities.Span{Start: m.start, End: m.end, Text: text[m.start:m.end]})
	}
	out := make([]entities.Place, 0, len(groups))
	names := make([][]string, 0, len(groups))
	for _, g := range groups {
		names = append(names, g.order)
		g.p.Name = g.order[0]
		for _, n := range g.order[1:] {
			if fuller(n, g.p.Name, g.gp) {
				g.p.Name = n
			}
		}
		out = append(out, g.p)
	}
	return out, names
}

// obliqueNames maps the key of a name the gazetteer lacks that is
// another such name of the text and a case ending to that other name:
// "Ла-Манша" read as a nominative is "Ла-Манш" when the text writes
// "Ла-Манш" too. Names of fewer than four letters are left alone.
func obliqueNames(ms []placeMention) map[string]string {
	var names map[string]string // key → name
	for _, m := range ms {
		if m.place == nil {
			if names == nil {
				names = map[string]string{}
			}
			names[normalize.Key(m.nom)] = m.nom
		}
	}
	var out map[string]string
	for k := range names {
		if stem, ok := obliqueStem(k, 4, func(st string) bool { _, ok := names[st]; return ok }); ok {
			if out == nil {
				out = map[string]string{}
			}
			out[k] = names[stem]
		}
	}
	return out
}

// fuller reports whether name a is a better entity name than b: the one
// with more words ("Китайская Народная Республика" over "Китай"), then
// the gazetteer's own name ("Китай" over "КНР").
func fuller(a, b string, gp *gazPlace) bool {
	wa, wb := strings.Count(a, " "), strings.Count(b, " ")
	if wa != wb {
		return wa > wb
	}
	return gp != nil && a == gp.name
}
