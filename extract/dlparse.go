package extract

import (
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/internal/rx"
)

// dlFields are the parts of a dateline match: byte ranges of its groups in
// the window, and where the match ends.
type dlFields struct {
	end    int
	groups [dlGroupCount]dlGroup
}

type dlGroup struct {
	start, end int
	ok         bool
}

// The groups of a dateline.
const (
	gLead = iota
	gPlace
	gLatin
	gSlash
	gCountry
	gDate
	gDay
	gMonth
	gYear
	gDMY
	gAgency
	gBare
	gTail
	dlGroupCount
)

var dlGroupNames = [dlGroupCount]string{"lead", "place", "latin", "slash", "country", "date", "day", "month", "year", "dmy", "agency", "bare", "tail"}

// text returns a group's text in the window, or "".
func (f *dlFields) text(w string, g int) string {
	if !f.groups[g].ok {
		return ""
	}
	return w[f.groups[g].start:f.groups[g].end]
}

func (f *dlFields) set(g, start, end int) { f.groups[g] = dlGroup{start, end, true} }

// fieldsOf copies a pattern's match into dlFields.
func fieldsOf(m *rx.Match) *dlFields {
	f := &dlFields{end: m.End}
	for g, name := range dlGroupNames {
		if s, e, ok := m.Group(name); ok {
			f.set(g, s, e)
		}
	}
	return f
}

// parsePlaceFirst matches rule DL1 (see datelinePlaceFirstPattern, which
// the tests hold it to on every line they have and on fuzzed ones) at
// the start of w, by hand: the pattern costs a regexp2 match on every
// document, this a few hundred instructions. Each optional part is tried
// present first and then absent, in the order the pattern's backtracking
// tries them; the parts between the optional ones match one way only.
func parsePlaceFirst(w string) (*dlFields, bool) {
	p := dlParser{w: w}
	f := &dlFields{}
	for _, withLead := range []bool{true, false} {
		*f = dlFields{}
		pos := 0
		if withLead {
			end, place, ok := p.lead(0)
			if !ok {
				continue
			}
			f.set(gLead, 0, end)
			pos = place
		}
		placeEnd := p.name(pos)
		if placeEnd < 0 {
			continue
		}
		f.set(gPlace, pos, placeEnd)
		if p.optionals(f, placeEnd, 0) {
			return f, true
		}
	}
	return nil, false
}

// dlParser reads a window by runes.
type dlParser struct{ w string }

func (p dlParser) at(i int) (rune, int) {
	if i >= len(p.w) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(p.w[i:])
}

func dlUpper(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'А' && r <= 'Я' || r == 'Ё' }
func dlLetter(r rune) bool {
	return dlUpper(r) || r >= 'a' && r <= 'z' || r >= 'а' && r <= 'я' || r == 'ё'
}
func dlCyrillic(r rune) bool {
	return r >= 'А' && r <= 'я' || r == 'Ё' || r == 'ё'
}
func dlDigit(r rune) bool { return r >= '0' && r <= '9' }

// spaces skips \x20*.
func (p dlParser) spaces(i int) int {
	for i < len(p.w) && p.w[i] == ' ' {
		i++
	}
	return i
}

// run skips runes that ok accepts, at most max of them (max < 0: any).
func (p dlParser) run(i, max int, ok func(rune) bool) (end, n int) {
	for max < 0 || n < max {
		r, size := p.at(i)
		if size == 0 || !ok(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// name matches dlName at i: a capitalized word with up to three hyphenated
// parts, and an optional second one with up to two. It returns the end, or
// -1. The match is unique: nothing after a name can start with what a
// shorter one would leave.
func (p dlParser) name(i int) int {
	word := func(i, hyphens int) int {
		r, size := p.at(i)
		if !dlUpper(r) {
			return -1
		}
		e, n := p.run(i+size, -1, dlLetter)
		if n == 0 {
			return -1
		}
		for h := 0; h < hyphens; h++ {
			if r, _ := p.at(e); r != '-' {
				break
			}
			e2, n2 := p.run(e+1, -1, dlLetter)
			if n2 == 0 {
				break
			}
			e = e2
		}
		return e
	}
	e := word(i, 3)
	if e < 0 {
		return -1
	}
	if r, _ := p.at(e); r == ' ' {
		if e2 := word(e+1, 2); e2 >= 0 {
			e = e2
		}
	}
	return e
}

// agencyCandidates lists, in the order the pattern's backtracking tries
// them, the ends of dlAgency at i: the first letter, a run of letters,
// digits and periods, then up to two capitalized words.
func (p dlParser) agencyCandidates(i int) []int {
	r, size := p.at(i)
	if !(dlUpper(r) || dlDigit(r)) {
		return nil
	}
	runChar := func(r rune) bool { return dlLetter(r) || dlDigit(r) || r == '.' }
	// The run's ends, longest first.
	var bases []int
	for e := i + size; ; {
		bases = append(bases, e)
		r, s := p.at(e)
		if s == 0 || !runChar(r) {
			break
		}
		e += s
	}
	var out []int
	longest := bases[len(bases)-1]
	// A word after the longest run: " " and a capital, then letters.
	word := func(i int) []int {
		if r, _ := p.at(i); r != ' ' {
			return nil
		}
		r, s := p.at(i + 1)
		if !dlUpper(r) {
			return nil
		}
		ends := []int{i + 1 + s}
		for e := i + 1 + s; ; {
			r, s := p.at(e)
			if s == 0 || !dlLetter(r) {
				break
			}
			e += s
			ends = append(ends, e)
		}
		return ends // shortest first
	}
	first := word(longest)
	if len(first) > 0 {
		second := word(first[len(first)-1])
		for k := len(second) - 1; k >= 0; k-- {
			out = append(out, second[k])
		}
		for k := len(first) - 1; k >= 0; k-- {
			out = append(out, first[k])
		}
	}
	for k := len(bases) - 1; k >= 0; k-- {
		out = append(out, bases[k])
	}
	return out
}

// agencyEndBeforeComma is the end of the lead agency at i, the one
// candidate a comma can follow.
func (p dlParser) agencyEndBeforeComma(i int) int {
	for _, e := range p.agencyCandidates(i) {
		if r, _ := p.at(e); r == ',' {
			return e
		}
	}
	return -1
}

// lead matches "(?<lead>AGENCY),\x20+(?=NAME,\x20*[0-9])" at i and returns
// where the agency ends and where the place starts.
func (p dlParser) lead(i int) (end, place int, ok bool) {
	e := p.agencyEndBeforeComma(i)
	if e < 0 {
		return 0, 0, false
	}
	s := p.spaces(e + 1)
	if s == e+1 {
		return 0, 0, false
	}
	n := p.name(s)
	if n < 0 {
		return 0, 0, false
	}
	if r, _ := p.at(n); r != ',' {
		return 0, 0, false
	}
	if r, _ := p.at(p.spaces(n + 1)); !dlDigit(r) {
		return 0, 0, false
	}
	return e, s, true
}

// optionals tries the optional Latin form, slashed country and country
// (from part k on), present first, then the rest of the pattern.
func (p dlParser) optionals(f *dlFields, pos, k int) bool {
	if k == 3 {
		return p.rest(f, pos)
	}
	saved := f.groups
	if s, e, g, ok := p.optional(pos, k); ok {
		f.set(g, s, e.group)
		if p.optionals(f, e.end, k+1) {
			return true
		}
		f.groups = saved
	}
	return p.optionals(f, pos, k+1)
}

type partEnd struct{ group, end int }

// optional matches optional part k at pos: the group's start, its end and
// the part's end, and which group it is.
func (p dlParser) optional(pos, k int) (int, partEnd, int, bool) {
	s := p.spaces(pos)
	switch k {
	case 0: // \x20*\((?<latin>[A-Z][A-Za-z'’.\x20-]{1,40})\)
		if r, _ := p.at(s); r != '(' {
			break
		}
		r, size := p.at(s + 1)
		if !(r >= 'A' && r <= 'Z') {
			break
		}
		e, n := p.run(s+1+size, 40, func(r rune) bool {
			return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '\'' || r == '’' || r == '.' || r == ' ' || r == '-'
		})
		if n >= 1 {
			if r, _ := p.at(e); r == ')' {
				return s + 1, partEnd{e, e + 1}, gLatin, true
			}
		}
	case 1: // \x20*/(?<slash>[А-ЯЁ][А-ЯЁа-яё\x20-]{1,40})/
		if r, _ := p.at(s); r != '/' {
			break
		}
		r, size := p.at(s + 1)
		if !(r >= 'А' && r <= 'Я' || r == 'Ё') {
			break
		}
		e, n := p.run(s+1+size, 40, func(r rune) bool { return dlCyrillic(r) || r == ' ' || r == '-' })
		if n >= 1 {
			if r, _ := p.at(e); r == '/' {
				return s + 1, partEnd{e, e + 1}, gSlash, true
			}
		}
	case 2: // \x20*,\x20*(?<country>NAME)(?=\x20*,)
		if r, _ := p.at(s); r != ',' {
			break
		}
		c := p.spaces(s + 1)
		e := p.name(c)
		if e < 0 {
			break
		}
		if r, _ := p.at(p.spaces(e)); r == ',' {
			return c, partEnd{e, e}, gCountry, true
		}
	}
	return 0, partEnd{}, 0, false
}

// rest matches "\x20*[,.]\x20*(?<date>...)" and the optional agency and
// tail after it.
func (p dlParser) rest(f *dlFields, pos int) bool {
	s := p.spaces(pos)
	if r, _ := p.at(s); r != ',' && r != '.' {
		return false
	}
	d := p.spaces(s + 1)
	end, ok := p.date(f, d)
	if !ok {
		return false
	}
	f.set(gDate, d, end)
	end = p.agency(f, end)
	t := p.tail(end)
	f.set(gTail, end, t)
	f.end = t
	return true
}

// date matches the day and month (with a year) or dd.mm.yyyy at i.
func (p dlParser) date(f *dlFields, i int) (int, bool) {
	nbsp := func(r rune) bool { return r == ' ' || r == '\u00a0' }
	// (?<day>[0-9]{1,2})[\x20\xa0]+(?<month>[а-яёА-ЯЁ]{3,8})\.?(?:[\x20\xa0]+(?<year>[0-9]{4})(?:[\x20\xa0]*(?:г\.|года|год))?)?
	if de, dn := p.run(i, 2, dlDigit); dn >= 1 {
		if se, sn := p.run(de, -1, nbsp); sn >= 1 {
			if me, mn := p.run(se, 8, dlCyrillic); mn >= 3 {
				f.set(gDay, i, de)
				f.set(gMonth, se, me)
				end := me
				if r, _ := p.at(end); r == '.' {
					end++
				}
				if ye, yn := p.run(end, -1, nbsp); yn >= 1 {
					if e4, n4 := p.run(ye, 4, dlDigit); n4 == 4 {
						f.set(gYear, ye, e4)
						end = e4
						g, _ := p.run(e4, -1, nbsp)
						for _, suffix := range []string{"г.", "года", "год"} {
							if len(p.w)-g >= len(suffix) && p.w[g:g+len(suffix)] == suffix {
								end = g + len(suffix)
								break
							}
						}
					}
				}
				return end, true
			}
		}
	}
	// (?<dmy>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})
	e, n := p.run(i, 2, dlDigit)
	if n == 0 || !p.is(e, '.') {
		return 0, false
	}
	e, n = p.run(e+1, 2, dlDigit)
	if n == 0 || !p.is(e, '.') {
		return 0, false
	}
	e, n = p.run(e+1, 4, dlDigit)
	if n != 4 {
		return 0, false
	}
	f.set(gDMY, i, e)
	return e, true
}

func (p dlParser) is(i int, r rune) bool {
	x, _ := p.at(i)
	return x == r
}

// dash matches dlDash at i and returns its end, or -1.
func (p dlParser) dash(i int) int {
	r, size := p.at(i)
	switch r {
	case '—', '–':
		return i + size
	case '-':
		if p.is(i+1, '-') {
			return i + 2
		}
		return i + 1
	}
	return -1
}

// agency tries the four ways an agency follows the date, in order, and
// returns where the match goes on.
func (p dlParser) agency(f *dlFields, i int) int {
	// \x20*\.?\x20*: spaces, a period, spaces.
	pre := p.spaces(i)
	if p.is(pre, '.') {
		pre = p.spaces(pre + 1)
	}
	// /[^/\n]{2,40}/ or \([^()\n]{2,40}\).
	between := func(open, close rune) (int, bool) {
		if !p.is(pre, open) {
			return 0, false
		}
		e, n := p.run(pre+1, 40, func(r rune) bool { return r != open && r != close && r != '\n' })
		if n >= 2 && p.is(e, close) {
			f.set(gAgency, pre+1, e)
			return e + 1, true
		}
		return 0, false
	}
	if e, ok := between('/', '/'); ok {
		return e
	}
	if e, ok := between('(', ')'); ok {
		return e
	}
	// \x20*\.?\x20*DASH\x20*(?<agency>AGENCY)(?=\.)
	if d := p.dash(pre); d >= 0 {
		a := p.spaces(d)
		for _, e := range p.agencyCandidates(a) {
			if p.is(e, '.') {
				f.set(gAgency, a, e)
				return e
			}
		}
	}
	// \x20*\.?\x20+(?<bare>AGENCY)(?=\x20*DASH)
	s := p.spaces(i)
	b := -1
	if p.is(s, '.') {
		if t := p.spaces(s + 1); t > s+1 {
			b = t
		}
	} else if s > i {
		b = s
	}
	if b >= 0 {
		for _, e := range p.agencyCandidates(b) {
			if p.dash(p.spaces(e)) >= 0 {
				f.set(gBare, b, e)
				return e
			}
		}
	}
	return i
}

// tail matches "\x20*\.?(?:\x20*DASH)?" at i.
func (p dlParser) tail(i int) int {
	e := p.spaces(i)
	if p.is(e, '.') {
		e++
	}
	if d := p.dash(p.spaces(e)); d >= 0 {
		return d
	}
	return e
}
