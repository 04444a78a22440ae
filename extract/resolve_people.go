package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// Resolution of people: the later mentions of a family name alone join
// the person named in full (coreference), and mentions group into people
// with their fullest name, Latin form and posts.

// coreference joins later mentions of a family name alone ("Хираи",
// "Медведева") to the person named in full, and makes them mentions.
func (s *personScan) coreference() {
	v := s.v
	if len(s.out) == 0 {
		return
	}
	// Only names whose first letters some other capitalized word shares
	// can have a later mention: most people are named once, and their
	// case forms are not worth making.
	inPerson := newSpanCover(len(s.out), func(i int) (int, int) { return s.out[i].start, s.out[i].end })
	var candidates []int // capitalized words outside people and places
	for i, t := range v.toks {
		if t.kind == word && isUpper(t.first) && !s.placeAt(i) && !inPerson.covers(t.start, t.end) {
			candidates = append(candidates, i)
		}
	}
	if len(candidates) == 0 {
		return
	}
	type part struct {
		name, folded string
		n, person    int // the prefix length that every form keeps; the person
	}
	var parts []part
	var lengths [4]bool
	for n, m := range s.out {
		for _, p := range []string{m.last, m.first} {
			if p == "" || strings.HasSuffix(p, ".") || p == m.first && !m.eastern && m.origin != "ja" {
				continue
			}
			f := foldYo(normalize.Lower(p))
			k := min(3, max(1, utf8.RuneCountInString(f)-2))
			parts = append(parts, part{p, f, k, n})
			lengths[k] = true
		}
	}
	var prefixes prefixSet
	for _, i := range candidates {
		for k := 1; k <= 3; k++ {
			if lengths[k] {
				prefixes.add(prefixHash(v.fold(i), k))
			}
		}
	}
	// folded form of a family name → the full mentions with it, in text
	// order: a family name alone is the person named last before it
	// (Мэри Трамп, then Дональд Трамп: the "Трамп" after is Donald).
	forms := map[string][]int{}
	add := func(k string, person int) {
		if ps := forms[k]; len(ps) == 0 || ps[len(ps)-1] != person {
			forms[k] = append(ps, person)
		}
	}
	for _, p := range parts {
		if !prefixes.has(prefixHash(p.folded, p.n)) {
			continue
		}
		if g := s.out[p.person].gender; g == 'f' && p.name == s.out[p.person].last && undeclinedName(p.name) {
			// A woman's family name in a hard consonant does not decline:
			// "Трампа" is no form of Мэри Трамп.
			add(normalize.Key(p.name), p.person)
			continue
		}
		for _, k := range v.surnameKeys(p.name) {
			add(k, p.person)
		}
		if s.out[p.person].gender == 'f' && strings.HasSuffix(p.name, "а") {
			add(normalize.Key(strings.TrimSuffix(p.name, "а")+"ой"), p.person)
		}
	}
	var more []personMention
	for _, i := range candidates {
		t := v.toks[i]
		ps, ok := forms[v.fold(i)]
		if !ok {
			continue
		}
		n := ps[0]
		for _, p := range ps {
			if s.out[p].start < t.start && s.out[p].start > s.out[n].start || s.out[n].start > t.start && s.out[p].start < s.out[n].start {
				n = p
			}
		}
		full := s.out[n]
		m := personMention{rule: "PE7", start: t.start, end: t.end, first: full.first, middle: full.middle, last: full.last,
			eastern: full.eastern, gender: full.gender, origin: full.origin}
		// What the text says of the family name alone, as of a full name:
		// "Сидибе, министр …", "Сидибе был министром здравоохранения".
		m.posts = s.postsOf(i, i+1, nil)
		more = append(more, m)
	}
	s.out = mergeByStart(s.out, more)
}

// prefixSet is a set of prefixHash values as a bitset: a value it has
// may be one it was not given (a collision), which only makes a name's
// forms for nothing.
type prefixSet [1 << 8]uint64

func (s *prefixSet) add(h uint64)      { s[h>>6&(1<<8-1)] |= 1 << (h & 63) }
func (s *prefixSet) has(h uint64) bool { return s[h>>6&(1<<8-1)]&(1<<(h&63)) != 0 }

// prefixHash hashes the first n letters of w (all of a shorter w), with
// n, so that prefixes of different lengths differ. The first letters of
// a name but its last two stay in every case form ("Орёл", "Орла"). A
// collision only makes a name's forms for nothing.
func prefixHash(w string, n int) uint64 {
	h := uint64(14695981039346656037) ^ uint64(n)
	c := 0
	for i := 0; i < len(w); i++ {
		if w[i]&0xC0 != 0x80 { // a rune starts
			if c == n {
				break
			}
			c++
		}
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// mergeByStart merges two lists of mentions in text order.
func mergeByStart(a, b []personMention) []personMention {
	// In place where a has room: b goes after a, and a stable sort puts
	// it in order, a's mention first where two start together.
	if len(b) == 0 {
		return a
	}
	a = append(a, b...)
	sortByStart(a, personSpan)
	return a
}

// personEntities groups mentions into people: mentions with the same
// family name (or, without one, the same first name) are one person,
// named by the fullest mention. A Latin form comes from the text, else
// from the romanization system of the name's origin.
func personEntities(text string, ms []personMention) []entities.Person {
	type group struct {
		p     entities.Person
		best  personMention
		parts int
	}
	var groups []*group
	byKey := map[string]*group{}
	// Two people may share a family name (Мэри and Дональд Трамп): a name
	// with a first name is keyed by both (the first name's initial, so
	// "Д. Трамп" is Дональд), and a family name alone joins the person of
	// that family name named last before it.
	byFull := map[string]*group{}
	full := map[*group]bool{}
	for _, m := range ms {
		key := normalize.Key(m.last)
		if key == "" {
			key = "first:" + normalize.Key(m.first)
		}
		if m.eastern {
			key = normalize.Key(m.last + " " + m.first)
		}
		g := byKey[key]
		if g != nil && m.first == "" && g.best.gender == 'f' && declinedForm(text[m.start:m.end], m.last) && undeclinedName(m.last) {
			g = nil // "Трампа" is no form of Мэри Трамп's name, which does not decline
		}
		if !m.eastern && m.last != "" && m.first != "" {
			fk := key + "|" + firstRunes(normalize.Key(m.first), 1)
			if f := byFull[fk]; f != nil {
				g = f
			} else if g != nil && full[g] {
				g = nil // another person of that family name
			}
			if g == nil {
				g = &group{p: entities.Person{Positions: []entities.Position{}}}
				groups = append(groups, g)
			}
			byFull[fk], full[g] = g, true
		}
		if g == nil && m.last == "" {
			// A first name alone joins the person with that first name.
			for _, c := range groups {
				if c.best.first == m.first {
					g = c
					break
				}
			}
		}
		if g == nil {
			g = &group{p: entities.Person{Positions: []entities.Position{}}}
			groups = append(groups, g)
		}
		byKey[key] = g
		parts := 0
		for _, x := range []string{m.first, m.middle, m.last} {
			if x != "" && !strings.HasSuffix(x, ".") {
				parts += 4
			} else if x != "" {
				parts += 2
			}
		}
		if m.rule != "TG1" {
			parts++ // between names as full, the rules' over the tagger's
		}
		if parts > g.parts {
			g.best, g.parts = m, parts
		}
		if m.latin != "" && g.p.Latin == "" {
			g.p.Latin, g.p.LatinSource = m.latin, entities.LatinFromText
		}
		for _, post := range m.posts {
			if post.Title == "" {
				continue
			}
			dup := false
			for _, p := range g.p.Positions {
				dup = dup || p.Title == post.Title
			}
			if !dup {
				g.p.Positions = append(g.p.Positions, post.Position)
			}
		}
		g.p.Mentions = append(g.p.Mentions, entities.Span{Start: m.start, End: m.end, Text: text[m.start:m.end]})
	}
	// What one group's mentions alone cannot tell: a first name alone
	// before the full name ("Анна и Элвис" … "Анны Ухалиной"), and a
	// man's genitive read as a woman's nominative ("Александра Кокорина"
	// beside "Александр Кокорин"). The people named in full are indexed
	// once, by first name (with and without the patronymic) and, for men,
	// by first and family name: -1 marks a key that two of them share.
	only := map[string]int{}
	index := func(k string, i int) {
		if j, ok := only[k]; ok && j != i {
			only[k] = -1
		} else {
			only[k] = i
		}
	}
	for i, g := range groups {
		b := g.best
		if b.last == "" {
			continue
		}
		if !b.eastern {
			index("f|"+b.first, i)
			if b.middle != "" {
				index("fm|"+b.first+"|"+b.middle, i)
			}
		}
		if b.gender == 'm' {
			index("m|"+b.first+"|"+normalize.Key(b.last), i)
		}
	}
	find := func(k string) int {
		if j, ok := only[k]; ok {
			return j
		}
		return -1
	}
	into := make([]int, len(groups))
	for i, g := range groups {
		into[i] = i
		b := g.best
		switch {
		case b.last == "" && b.first != "" && len(g.p.Positions) == 0 && !slices.ContainsFunc(g.p.Mentions, func(m entities.Span) bool { return nameAfter(text, m.End) }):
			// Not "президент страны Владимир", "пророка Мухаммеда" (a
			// post says who), nor "Джорджа Вашингтона" (another name);
			// "Иван Денисович" is Иван Денисович Шухов, not Иван Петров.
			k := "f|" + b.first
			if b.middle != "" {
				k = "fm|" + b.first + "|" + b.middle
			}
			if j := find(k); j >= 0 {
				into[i] = j
			}
		case b.gender == 'f' && b.first != "" && b.last != "" && !b.eastern:
			first, okFirst := strings.CutSuffix(b.first, "а")
			last, okLast := strings.CutSuffix(b.last, "а")
			if okFirst && okLast {
				if j := find("m|" + first + "|" + normalize.Key(last)); j >= 0 {
					into[i] = j
				}
			}
		}
	}
	var joined []*group
	for i, j := range into {
		if j == i {
			continue
		}
		for into[j] != j {
			j = into[j] // "Александра" … "Александра Кокорина" … "Александр Кокорин"
		}
		g, to := groups[i], groups[j]
		to.p.Mentions = append(to.p.Mentions, g.p.Mentions...)
		joined = append(joined, to)
		for _, post := range g.p.Positions {
			if !slices.ContainsFunc(to.p.Positions, func(p entities.Position) bool { return p.Title == post.Title }) {
				to.p.Positions = append(to.p.Positions, post)
			}
		}
		if to.p.Latin == "" {
			to.p.Latin, to.p.LatinSource = g.p.Latin, g.p.LatinSource
		}
		groups[i] = nil
	}
	for _, g := range joined {
		if !slices.IsSortedFunc(g.p.Mentions, byStart) {
			slices.SortFunc(g.p.Mentions, byStart)
		}
	}
	out := make([]entities.Person, 0, len(groups))
	for _, g := range groups {
		if g == nil {
			continue // joined another
		}
		b := g.best
		g.p.Name, g.p.First, g.p.Middle, g.p.Last = b.name(), b.first, b.middle, b.last
		if g.p.Latin == "" {
			g.p.Latin, g.p.LatinSource = romanizePerson(b)
		}
		if b.gender == 'm' {
			// "муж актрисы Сергей Сенин": a woman's post is no man's.
			g.p.Positions = slices.DeleteFunc(g.p.Positions, func(p entities.Position) bool { return feminineTitle(p.Title) })
		}
		out = append(out, g.p)
	}
	return out
}

// nameAfter reports a capitalized word right after a space at end: the
// first name there starts a name the scan did not take whole.
func nameAfter(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isUpper(r)
}

// byStart orders mentions by where they start.
func byStart(a, b entities.Span) int { return a.Start - b.Start }

// undeclinedName reports a woman's family name that does not decline: one
// that ends in a hard consonant ("Трамп", "Меркель" does not: "-ь"), so
// that "Трампа" is no form of Мэри Трамп's.
func undeclinedName(last string) bool {
	return !strings.ContainsRune("аяь", lastRune(normalize.Lower(last)))
}

// declinedForm reports a mention written in another form than its
// family name's nominative: "Трампа" of Трамп.
func declinedForm(surface, last string) bool {
	return normalize.Key(surface) != normalize.Key(last) && strings.HasPrefix(normalize.Key(surface), normalize.Key(last))
}

// romanizePerson writes a name in Latin letters by the system of its
// origin; a name of no known origin gets none.
func romanizePerson(m personMention) (string, entities.LatinSource) {
	var sys normalize.System
	switch m.origin {
	case "zh":
		sys = normalize.Palladius
	case "ja":
		sys = normalize.Polivanov
	case "ko":
		sys = normalize.Kontsevich
	case "ru":
		sys = normalize.ICAO
	}
	if sys == "" || strings.HasSuffix(m.first, ".") {
		return "", ""
	}
	latin, ok := normalize.Romanize(m.name(), sys)
	if !ok {
		return "", ""
	}
	return latin, entities.LatinSource(sys)
}

// feminineTitle reports a post whose noun is a woman's: "актриса",
// "первая вице-премьерша", "писательница", "королева", not "глава" or
// "судья", which name men too.
func feminineTitle(title string) bool {
	for _, w := range strings.Fields(normalize.Lower(title)) {
		if !adjectival(w) {
			return hasAnySuffix(w, feminineEnds)
		}
	}
	return false
}

// feminineEnds are the suffixes of nouns of women.
var feminineEnds = []string{"ица", "иса", "есса", "иня", "ка", "ша", "иха", "ина", "ева", "ова"}
