package extract

import (
	"strings"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// Resolution of organizations: mentions group into entities, an acronym
// joins the name it was given for or whose words it begins, and each
// entity takes its fullest name.

// acronymWindow is how many of the latest multi-word names of its first
// letter an acronym alone is compared with.
const acronymWindow = 32

// orgEntities groups mentions into entities in order of first mention: a
// gazetteer organization is one entity; an acronym joins the entity it
// was given for, or one whose name its letters begin; other names are one
// entity per normalized name. An entity is named by its fullest name. The
// second result holds, for each entity, the normalized names its mentions
// give it (for resolve).
func orgEntities(text string, ms []orgMention) ([]entities.Organization, [][]string) {
	type group struct {
		o     entities.Organization
		names []string
		index int // in groups
	}
	// named holds the multi-word names, split once, by their first
	// letter, in the order they came: what an acronym alone is compared
	// with.
	type named struct {
		g  *group
		ws initials
	}
	var groups []*group
	byKey := map[any]*group{}
	byAcronym := map[string]*group{}
	byBase := map[*gazOrg]*group{}
	byPlaced := map[string]*group{}
	byInitial := map[rune][]named{}
	split := map[string]bool{}
	for _, m := range ms {
		var g *group
		switch {
		case m.org != nil:
			g = byKey[m.org]
			if g == nil {
				g = byBase[m.org]
			}
		case m.bare:
			g = byAcronym[normalize.Key(m.acronym)]
			if g == nil {
				// The first entity without an acronym that has a name
				// the letters begin, among the latest names of its first
				// letter: an acronym follows its name within a few
				// paragraphs, and a list of thousands of firms stays
				// linear.
				var cands []named
				letters := acronymLetters(m.acronym)
				if len(letters) > 0 {
					cands = byInitial[letters[0]]
				}
				for _, c := range cands[max(0, len(cands)-acronymWindow):] {
					countWork(1)
					if c.g.o.Acronym == "" && (g == nil || c.g.index < g.index) && c.ws.match(letters) {
						g = c.g
					}
				}
			}
		default:
			g = byKey[normalize.Key(m.nom)]
			if g == nil && m.acronym != "" {
				g = byAcronym[normalize.Key(m.acronym)]
			}
			if g == nil && m.placed != "" {
				g = byPlaced[m.placed] // "российского Минсельхоза" after "Минсельхоз РФ"
			}
		}
		if g == nil {
			g = &group{index: len(groups)}
			groups = append(groups, g)
		}
		if m.org != nil {
			byKey[m.org] = g
			if g.o.Latin == "" {
				g.o.Latin = m.org.latin
			}
		}
		if m.base != nil && byBase[m.base] == nil {
			byBase[m.base] = g
		}
		if m.placed != "" && byPlaced[m.placed] == nil {
			byPlaced[m.placed] = g
		}
		if !m.bare {
			byKey[normalize.Key(m.nom)] = g
			g.names = append(g.names, m.nom)
			if strings.Contains(m.nom, " ") && !split[m.nom] {
				split[m.nom] = true
				if ws := nameInitials(m.nom); ws.first() >= 0 {
					byInitial[ws.first()] = append(byInitial[ws.first()], named{g, ws})
				}
			}
		}
		acr := m.acronym
		if acr == "" && m.org != nil && m.org.acronym != "" && m.bare {
			acr = m.org.acronym
		}
		if acr != "" {
			if g.o.Acronym == "" {
				g.o.Acronym = acr
			}
			byAcronym[normalize.Key(acr)] = g
		}
		if m.latin != "" && g.o.Latin == "" {
			g.o.Latin = m.latin
		}
		g.o.Mentions = append(g.o.Mentions, entities.Span{Start: m.start, End: m.end, Text: text[m.start:m.end]})
	}
	out := make([]entities.Organization, 0, len(groups))
	names := make([][]string, 0, len(groups))
	for _, g := range groups {
		names = append(names, g.names)
		for _, n := range g.names {
			if g.o.Name == "" || strings.Count(n, " ") > strings.Count(g.o.Name, " ") {
				g.o.Name = n
			}
		}
		if g.o.Name == "" || !isCyrillicName(g.o.Name) && isCyrillicName(g.o.Acronym) {
			// Named by its Russian acronym rather than a Latin alias:
			// "ФИДЕ (FIDE)" is ФИДЕ, with FIDE as its Latin name.
			if g.o.Latin == "" {
				g.o.Latin = g.o.Name
			}
			g.o.Name = g.o.Acronym
		}
		if g.o.Acronym == g.o.Name {
			g.o.Acronym = "" // "ООН" alone: the name is the acronym
		}
		out = append(out, g.o)
	}
	return out, names
}
