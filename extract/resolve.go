package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// This file is the resolution stage: it runs once the recognizers have
// made the document's lists, and joins the lists to each other. It numbers
// every item (contract 2's ids) and turns the names that posts, quotes and
// organizations give as strings into references to the entities:
//
//   - a post's organization and place are the entities they name, and the
//     strings become those entities' names ("председатель СКМТ" names the
//     council whose acronym СКМТ is);
//   - a quote's speaker is the person entity of that name;
//   - an organization is in the place its name holds ("Министерство
//     иностранных дел Японии" → Япония, "Шаньдунский комитет КПК" →
//     Шаньдун by the adjective) and part of the organization its name
//     holds ("Шаньдунский комитет КПК" → КПК).
//
// A string and its id never disagree: a string that names no listed
// entity keeps an empty id.

// resolve numbers the document's lists and links their references.
// orgNames and placeNames hold, for each organization and place, the
// normalized names its mentions give it (from orgEntities and
// placeEntities).
func (e *Extractor) resolve(doc *entities.Document, orgNames, placeNames [][]string) {
	doc.Contract = entities.ContractVersion
	if doc.Facts == nil {
		doc.Facts = []entities.Fact{}
	}
	assignIDs(doc)
	r := resolver{doc: doc, orgNames: orgNames, placeNames: placeNames}
	orgs := mentionIndex(len(doc.Organizations), func(i int) []entities.Span { return doc.Organizations[i].Mentions })
	stateCountries(doc, e.gaz, statePost)
	for i := range doc.People {
		for j := range doc.People[i].Positions {
			r.position(&doc.People[i].Positions[j], orgs)
		}
	}
	// A minister the document names no ministry of is his country's.
	stateCountries(doc, e.gaz, ministerPost)
	for i := range doc.People {
		for j := range doc.People[i].Positions {
			if p := &doc.People[i].Positions[j]; p.Place != "" && p.PlaceID == "" && ministerPost(p.Title) {
				r.position(p, orgs)
			}
		}
	}
	if len(doc.Quotes) > 0 {
		// The speaker is a person's name as the people list has it: the
		// first person of that name.
		byName := make(map[string]string, len(doc.People))
		for _, p := range doc.People {
			if _, ok := byName[p.Name]; !ok {
				byName[p.Name] = p.ID
			}
		}
		for i := range doc.Quotes {
			if q := &doc.Quotes[i]; q.Speaker != "" {
				q.SpeakerID = byName[q.Speaker]
			}
		}
	}
	r.containers(e.gaz.names, orgs)
}

// statePosts are the posts of a state: one that names neither its
// organization nor its place holds for the country the sentence named
// before it.
var statePosts = map[string]bool{
	"президент": true, "вице-президент": true, "премьер-министр": true, "премьер": true,
	"вице-премьер": true, "канцлер": true, "госсекретарь": true, "король": true, "королева": true,
	"глава государства": true, "глава правительства": true, "председатель правительства": true,
}

// stateCountries gives a state's post that names no organization or place
// the country its sentence names before it, itself or by a town or
// region of it: "Глава представительства США в регионе помощник
// заместителя госсекретаря Мэтью Брайза" is the United States', "в Ханое
// премьер-министр" Vietnam's; else the country of an adjective in its
// sentence ("администрация президента Обамы открыла американским
// компаниям путь на Кубу" is the United States'); else the country the
// document names most. A country named inside another name does not
// count. is says which titles are a state's posts (statePost,
// ministerPost).
func stateCountries(doc *entities.Document, g *gazetteer, is func(title string) bool) {
	type mention struct {
		start int
		name  string
	}
	stated := false
	for _, p := range doc.People {
		for _, q := range p.Positions {
			stated = stated || q.Organization == "" && q.Place == "" && is(q.Title)
		}
	}
	if !stated {
		return
	}
	// Each country's mentions, and those of its towns and regions as its:
	// "в Ханое премьер-министр" is Vietnam's.
	countryOf := map[string]string{} // ISO code → the country's name
	for _, l := range doc.Places {
		if l.Kind == "country" && l.Country != "" {
			countryOf[l.Country] = l.Name
		}
	}
	var countries []mention
	for _, l := range doc.Places {
		name := l.Name
		if l.Kind != "country" {
			if name = countryOf[l.Country]; name == "" {
				continue
			}
		}
		for _, m := range l.Mentions {
			countries = append(countries, mention{m.Start, name})
		}
	}
	if len(countries) == 0 {
		return
	}
	slices.SortFunc(countries, func(a, b mention) int { return a.start - b.start })
	dominant := dominantCountry(doc)
	for i := range doc.People {
		for j := range doc.People[i].Positions {
			p := &doc.People[i].Positions[j]
			if p.Organization != "" || p.Place != "" || p.End <= p.Start || !is(p.Title) {
				continue
			}
			k := sort.Search(len(doc.Sentences), func(k int) bool { return doc.Sentences[k].End > p.Start })
			if k == len(doc.Sentences) {
				continue
			}
			from := doc.Sentences[k].Start
			c := sort.Search(len(countries), func(c int) bool { return countries[c].start >= p.Start }) - 1
			if c >= 0 && countries[c].start >= from {
				p.Place = countries[c].name
			} else if p.Place = adjectiveCountry(doc.Sentences[k].Text, g); p.Place == "" {
				p.Place = dominant
			}
		}
	}
}

// adjectiveCountry returns the country of the first adjective in
// sentence that the place adjectives table makes a country's
// ("американским" → США; not "московским"), or "".
func adjectiveCountry(sentence string, g *gazetteer) string {
	for _, w := range strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			continue // a name: "Американская ассоциация"
		}
		if p := g.names.placeOfAdjective(w); p != "" {
			if n, ok := g.places.names[normalize.Key(p)]; ok && n.thing.kind == "country" {
				return p
			}
		}
	}
	return ""
}

// dominantCountry returns the country the document names most often,
// when it names it more often than any other and at least twice, or "":
// "президент Саакашвили" in a report from Georgian elections is Georgia's.
func dominantCountry(doc *entities.Document) string {
	best, second := -1, 0
	for i, l := range doc.Places {
		if l.Kind != "country" {
			continue
		}
		switch n := len(l.Mentions); {
		case best < 0 || n > len(doc.Places[best].Mentions):
			if best >= 0 {
				second = len(doc.Places[best].Mentions)
			}
			best = i
		case n > second:
			second = n
		}
	}
	if best < 0 || len(doc.Places[best].Mentions) < 2 || len(doc.Places[best].Mentions) == second {
		return ""
	}
	return doc.Places[best].Name
}

// statePost reports a title whose post, adjectives and prefixes aside,
// is a state's ("бывший госсекретарь", "помощник заместителя
// госсекретаря" is not: its head is "помощник").
func statePost(title string) bool {
	for _, p := range []string{"экс-", "и.о. "} {
		title = strings.TrimPrefix(title, p)
	}
	if statePosts[title] {
		return true
	}
	words := strings.Fields(title)
	for len(words) > 1 && (strings.HasSuffix(words[0], "ий") || strings.HasSuffix(words[0], "ый") || strings.HasSuffix(words[0], "ой")) {
		words = words[1:] // "бывший президент", "действующий премьер"
	}
	return statePosts[strings.Join(words, " ")]
}

// ministerPost reports a minister's title ("министр по делам разведки",
// "бывший министр финансов"): a state's too, but one the document may name
// by its ministry (resolver.ministry), which comes first.
func ministerPost(title string) bool {
	words := strings.Fields(title)
	for len(words) > 1 && adjectival(words[0]) {
		words = words[1:]
	}
	return len(words) > 0 && words[0] == "министр"
}

// assignIDs gives every item of the document's lists its id: the list's
// letter and its place in the list, counted from 1.
func assignIDs(doc *entities.Document) {
	setIDs(doc.People, 'p', func(x *entities.Person) *string { return &x.ID })
	setIDs(doc.Organizations, 'o', func(x *entities.Organization) *string { return &x.ID })
	setIDs(doc.Places, 'l', func(x *entities.Place) *string { return &x.ID })
	setIDs(doc.Dates, 'd', func(x *entities.Date) *string { return &x.ID })
	setIDs(doc.Figures, 'f', func(x *entities.Figure) *string { return &x.ID })
	setIDs(doc.Quotes, 'q', func(x *entities.Quote) *string { return &x.ID })
	setIDs(doc.Facts, 'x', func(x *entities.Fact) *string { return &x.ID })
}

// setIDs numbers the items of one list.
func setIDs[T any](items []T, prefix byte, id func(*T) *string) {
	for i := range items {
		*id(&items[i]) = idOf(prefix, i)
	}
}

// idOf returns the id of item i of the list with the prefix: "p1" for
// ('p', 0). The first ids of every list are made once.
func idOf(prefix byte, i int) string {
	if k := strings.IndexByte(idPrefixes, prefix); k >= 0 && i < len(commonIDs[k]) {
		return commonIDs[k][i]
	}
	return string(prefix) + strconv.Itoa(i+1)
}

// idPrefixes are the letters of the lists' ids; commonIDs their first ids.
const idPrefixes = "polqdfx"

var commonIDs = func() (ids [len(idPrefixes)][64]string) {
	for k := range ids {
		for i := range ids[k] {
			ids[k][i] = string(idPrefixes[k]) + strconv.Itoa(i+1)
		}
	}
	return ids
}()

// resolver holds one document's entities by every name they go by.
type resolver struct {
	doc                  *entities.Document
	orgNames, placeNames [][]string
	// orgs and places map the folded names of the entities (their own,
	// their mentions' normalized names, acronyms, Latin names) to the
	// entity's index; the first entity to claim a name keeps it. They are
	// made on the first lookup: most documents need few or none.
	orgs, places map[string]int
}

// org returns the organization a name names.
func (r *resolver) org(name string) (int, bool) {
	if r.orgs == nil {
		r.orgs = map[string]int{}
		for i, o := range r.doc.Organizations {
			alias(r.orgs, i, o.Name)
			alias(r.orgs, i, o.Acronym)
			alias(r.orgs, i, o.Latin)
			for _, n := range at(r.orgNames, i) {
				alias(r.orgs, i, n)
			}
		}
	}
	n, ok := r.orgs[normalize.Key(name)]
	return n, ok && name != ""
}

// place returns the place a name names.
func (r *resolver) place(name string) (int, bool) {
	if r.places == nil {
		r.places = map[string]int{}
		for i, p := range r.doc.Places {
			alias(r.places, i, p.Name)
			for _, n := range at(r.placeNames, i) {
				alias(r.places, i, n)
			}
		}
	}
	n, ok := r.places[normalize.Key(name)]
	return n, ok && name != ""
}

// alias lets name stand for entity i in m, unless an earlier entity has it.
func alias(m map[string]int, i int, name string) {
	if name == "" {
		return
	}
	k := normalize.Key(name)
	if _, ok := m[k]; !ok && k != "" {
		m[k] = i
	}
}

// position links a post's organization and place to the entities of
// those names. An organization named with a descriptor before the name
// the document lists it by ("партии «Яблоко»", "компанией FaceCash") is
// that organization when one of its mentions is
// among the post's words; a part of it ("фракции КПРФ", "отделения
// движения «Солидарность»") is not.
func (r *resolver) position(p *entities.Position, orgs []nested) {
	n, ok := r.org(p.Organization)
	if l, isPlace := r.place(p.Organization); !ok && isPlace && (p.Place == "" || r.placeIs(p.Place, l)) {
		// "президент Российской Федерации": a country, not an organization.
		p.Organization, p.Place = "", r.doc.Places[l].Name
	}
	if !ok && p.Organization != "" {
		n, ok = r.described(p.Organization, orgs, p.Start, p.End)
	}
	if !ok && p.Organization == "" && p.Place == "" {
		n, ok = r.ministry(p.Title)
	}
	if ok {
		o := r.doc.Organizations[n]
		p.Organization, p.OrganizationID = o.Name, o.ID
	}
	if n, ok := r.place(p.Place); ok {
		l := r.doc.Places[n]
		p.Place, p.PlaceID = l.Name, l.ID
	}
}

// ministry finds the ministry a minister's title names when the
// document names it ("министр внутренных дел" → Министерство внутренних
// дел, or its acronym МВД); not for a title that names a place, whose
// ministry may be another country's.
func (r *resolver) ministry(title string) (int, bool) {
	i := strings.Index(title, "министр ")
	if i < 0 || i > 0 && title[i-1] != ' ' {
		return 0, false // not "премьер-министр"
	}
	return r.org("министерство " + title[i+len("министр "):])
}

// described finds the organization that name gives with descriptor words
// before it ("движение «Левый фронт»" → Левый фронт): an organization
// with a mention within start..end whose name or mention name ends name,
// after words that are descriptors or legal forms only, which adjectives
// in lower case may open ("китайская инвестиционная корпорация CITIC" →
// CITIC). An adjective before the name stays part of it ("синодальный
// Отдел по ...").
func (r *resolver) described(name string, orgs []nested, start, end int) (int, bool) {
	words := strings.Fields(name)
	lead := 0 // the adjectives before the first descriptor
	for lead < len(words)-1 && adjectival(words[lead]) && words[lead] == normalize.Lower(words[lead]) && !describes(words[lead]) {
		lead++
	}
	for j := lead + 1; j < len(words); j++ {
		if !describes(words[j-1]) {
			return 0, false
		}
		n, ok := r.org(strings.Join(words[j:], " "))
		if !ok {
			continue
		}
		for k := sort.Search(len(orgs), func(k int) bool { return orgs[k].start >= start }); k < len(orgs) && orgs[k].start < end; k++ {
			if orgs[k].entity == n && orgs[k].end <= end {
				return n, true
			}
		}
	}
	return 0, false
}

// describes reports a word that can stand before an organization's name
// without naming another one: a descriptor ("партия", "движение") or a
// legal form ("ПАО").
func describes(w string) bool {
	lw := normalize.Lower(w)
	return lex.noun(lw, descriptorNoun) || lex.acronym(lw, legalForm)
}

// placeIs reports whether name names place l.
func (r *resolver) placeIs(name string, l int) bool {
	n, ok := r.place(name)
	return ok && n == l
}

// nested is a mention's span and the entity it belongs to.
type nested struct{ start, end, entity int }

// mentionIndex lists the mentions of a list's entities sorted by start.
func mentionIndex(n int, mentions func(i int) []entities.Span) []nested {
	size := 0
	for i := 0; i < n; i++ {
		size += len(mentions(i))
	}
	out := make([]nested, 0, size)
	for i := 0; i < n; i++ {
		for _, m := range mentions(i) {
			out = append(out, nested{m.Start, m.End, i})
		}
	}
	slices.SortFunc(out, func(a, b nested) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	return out
}

// inside returns the entity of the first mention in idx that lies within
// start..end and is not the whole of it, skipping entity self, or -1.
func inside(idx []nested, start, end, self int) int {
	for k := sort.Search(len(idx), func(k int) bool { return idx[k].start >= start }); k < len(idx) && idx[k].start < end; k++ {
		if m := idx[k]; m.end <= end && m.entity != self && (m.start > start || m.end < end) {
			return m.entity
		}
	}
	return -1
}

// reaches reports whether following parent links from a arrives at b
// (b would then be its own ancestor).
func reaches(parent []int, a, b int) bool {
	for n := 0; a >= 0 && n <= len(parent); n++ {
		if a == b {
			return true
		}
		a = parent[a]
	}
	return false
}

// containers links each organization to the place and the organization
// its mentions hold ("Министерства иностранных дел Японии", "Шаньдунского
// комитета КПК"), or else to the place an adjective of its name is made
// from ("Шаньдунский комитет КПК" → Шаньдун).
func (r *resolver) containers(t *nameTables, orgs []nested) {
	doc := r.doc
	if len(doc.Organizations) == 0 {
		return
	}
	places := mentionIndex(len(doc.Places), func(i int) []entities.Span { return doc.Places[i].Mentions })
	parent := make([]int, len(doc.Organizations))
	for i := range parent {
		parent[i] = -1
	}
	for i := range doc.Organizations {
		o := &doc.Organizations[i]
		place := -1
		for _, m := range o.Mentions {
			if place < 0 {
				place = inside(places, m.Start, m.End, -1)
			}
			if parent[i] < 0 {
				if p := inside(orgs, m.Start, m.End, i); p >= 0 && !reaches(parent, p, i) {
					parent[i] = p
				}
			}
		}
		for rest := o.Name; place < 0 && rest != ""; {
			w := rest
			if i := strings.IndexByte(rest, ' '); i >= 0 {
				w, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			place = r.adjectivePlace(t, w)
		}
		if place >= 0 {
			o.PlaceID = doc.Places[place].ID
		}
		if parent[i] >= 0 {
			o.ParentID = doc.Organizations[parent[i]].ID
		}
	}
}

// adjectivePlace returns the listed place an adjective is made from, or
// -1: by the table of place adjectives ("российский" → Россия), or, for
// an adjective in -ск- whose stem names a place of the document, by the
// stem of a capitalized one ("Шаньдунский" → Шаньдун, "Казахстанская" →
// Казахстан).
func (r *resolver) adjectivePlace(t *nameTables, w string) int {
	if len(w) < 4 || !adjectiveEnd2(w[len(w)-4:]) || len(r.doc.Places) == 0 {
		return -1 // no adjective's ending (its last letters are lower case), or no place to be
	}
	if n, ok := r.place(t.placeOfAdjective(w)); ok {
		return n
	}
	if c, _ := utf8.DecodeRuneInString(w); !isUpper(c) {
		return -1 // a place's own adjective in a name is capitalized: "Шаньдунский"
	}
	lw := normalize.Lower(w)
	i := strings.LastIndex(lw, "ск")
	if i <= 0 || !adjectival(lw) || len(lw)-i > len("ского") {
		return -1
	}
	stem := lw[:i]
	for _, end := range []string{"", "а", "ь", "ия", "я"} {
		if n, ok := r.place(stem + end); ok {
			return n
		}
	}
	return -1
}
