package extract

import (
	"strconv"
	"strings"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/rx"
	"github.com/pressfacts/pressfacts/normalize"
)

// maxDatelineLine is how many non-empty lines from the top may hold the
// dateline: it opens the story, after a headline, a lead and a
// publication stamp at most.
const maxDatelineLine = 15

// maxDatelineWindow bounds the text a dateline pattern sees.
const maxDatelineWindow = 400

// A place name in a dateline: one or two capitalized words, each with up to
// three hyphenated parts ("УЛАН-БАТОР", "Рио-де-Жанейро", "Нижний Новгород").
const dlName = `[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]+(?:-[A-Za-zА-ЯЁа-яё]+){0,3}(?:\x20[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]+(?:-[A-Za-zА-ЯЁа-яё]+){0,2})?`

// An agency named without brackets: "РИА Новости", "Sputnik", "24.kg".
const dlAgency = `[A-ZА-ЯЁ0-9][A-Za-zА-ЯЁа-яё0-9.]*(?:\x20[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]*){0,2}`

const dlDash = `(?:-{1,2}|[—–])`

// Rule DL1, the place first, then the date, then the agency, is read by
// parsePlaceFirst (dlparse.go); its pattern, which defines it, is in
// dlparse_test.go.
//
//	ЦЗИНАНЬ (JINAN), Китай, 10 августа 2020 г. /PRNewswire/ --
//	ПЕКИН, 23 июля (Синьхуа) —
//	БОАО /Китай/, 3 декабря. /ТАСС/.
//	УЛАН-БАТОР, 14 июл — РИА Новости.
//	УрБК, Москва, 17.11.2016.            (the agency leads)
//	Хоргос. 13 августа. Kazakhstan Today -

// Rule DL2: a time and a full date first, then the place and the agency.
//
//	11:02, 13 октября 2016, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА
var datelineTimeFirst = rx.MustCompile(`^
	[0-9]{1,2}:[0-9]{2},\x20*
	(?<date>(?<day>[0-9]{1,2})\x20+(?<month>[а-яё]{3,8})\x20+(?<year>[0-9]{4})(?:\x20*г\.?)?)
	,\x20*(?<place>` + dlName + `)\x20*` + dlDash + `\x20*
	(?<agency>[A-Za-zА-ЯЁа-яё0-9]+(?:\.[A-Za-z]+)?(?:\x20[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]*){0,2})`)

// lineSpans returns the first limit non-empty lines of the text from byte
// from on, trimmed of white space.
func lineSpans(toks []token, from, limit int) []span {
	var out []span
	start, end := -1, -1
	for _, t := range toks {
		if t.end <= from {
			continue
		}
		if t.kind == space {
			if t.lines > 0 && start >= 0 {
				out = append(out, span{start, end})
				if len(out) == limit {
					return out
				}
				start = -1
			}
			continue
		}
		if start < 0 {
			start = max(t.start, from)
		}
		end = t.end
	}
	if start >= 0 {
		out = append(out, span{start, end})
	}
	return out
}

// findDateline returns the dateline that opens one of the first lines, its
// date as the text gives it (the caller fills in a missing year), and the
// index of its line; or nil, a zero date and -1.
func (e *Extractor) findDateline(text string, lines []span) (*entities.Dateline, calDate, int) {
	for i, ln := range lines {
		if i >= maxDatelineLine {
			break
		}
		if dl, d := e.datelineAt(text, ln); dl != nil {
			return dl, d, i
		}
	}
	return nil, calDate{}, -1
}

// maybeDatelines reports whether one of the first lines may open with a
// dateline by the cheap tests datelineAt starts with: when none may, no
// line is one, and no table need be asked.
func maybeDatelines(text string, lines []span) bool {
	for i, ln := range lines {
		if i >= maxDatelineLine {
			break
		}
		if _, ok := datelineWindow(text, ln); ok {
			return true
		}
	}
	return false
}

// datelineWindow returns the part of a line a dateline can take, and
// whether it may hold one: a capital or a digit first, and a digit soon
// after a comma, period, slash, bracket or colon (maybeDateline).
func datelineWindow(text string, ln span) (string, bool) {
	first, _ := decode(text, ln.start)
	if !(isUpper(first) || isDigit(first)) {
		return "", false
	}
	end := min(ln.end, ln.start+maxDatelineWindow)
	for end > ln.start && end < len(text) && !runeStart(text[end]) {
		end--
	}
	window := text[ln.start:end]
	return window, maybeDateline(window)
}

// datelineAt parses a dateline at the start of one line.
func (e *Extractor) datelineAt(text string, ln span) (*entities.Dateline, calDate) {
	window, ok := datelineWindow(text, ln)
	if !ok {
		return nil, calDate{}
	}
	first, _ := decode(text, ln.start)
	m, ok := parsePlaceFirst(window)
	if !ok && isDigit(first) {
		if tm := datelineTimeFirst.Find(window); tm != nil { // it starts with a time: "11:02, ..."
			m, ok = fieldsOf(tm), true
		}
	}
	if !ok {
		return nil, calDate{}
	}
	dl := &entities.Dateline{}
	place := m.text(window, gPlace)
	lead := m.text(window, gLead)
	country := firstNonEmpty(m.text(window, gCountry), m.text(window, gSlash))
	if lead != "" && e.gaz.agency(lead) == "" {
		// "Женева, Швейцария, 11 июля": the first name is the place and the
		// second its country, not an agency and a place.
		if p, ok := e.gaz.place(place); ok && p.kind == "country" && country == "" {
			place, country, lead = lead, place, ""
		} else {
			return nil, calDate{}
		}
	}

	// The date.
	var d calDate
	if dmy := m.text(window, gDMY); dmy != "" {
		parts := strings.Split(dmy, ".")
		d.day, _ = strconv.Atoi(parts[0])
		d.month, _ = strconv.Atoi(parts[1])
		d.year, _ = strconv.Atoi(parts[2])
	} else {
		d.day, _ = strconv.Atoi(m.text(window, gDay))
		d.month = e.lookupMonth(m.text(window, gMonth))
		if y := m.text(window, gYear); y != "" {
			d.year, _ = strconv.Atoi(y)
		}
	}
	if d.month == 0 || !d.valid() {
		return nil, d
	}

	// The agency: a bracketed one must look like a name.
	agency := strings.TrimSpace(firstNonEmpty(lead, m.text(window, gAgency)))
	spanEnd := m.end
	if bare := m.text(window, gBare); bare != "" {
		// "Хоргос. 13 августа. Kazakhstan Today -": an agency with neither
		// brackets nor a period after it must be one we know.
		if e.gaz.agency(bare) != "" {
			agency = bare
		} else {
			spanEnd = m.groups[gDate].end
		}
	}
	if agency != "" && !plausibleAgency(agency) {
		agency = ""
		spanEnd = m.groups[gDate].end
	}
	if known := e.gaz.agency(agency); known != "" {
		agency = known
	}

	// The place: known, or written in capitals, or signed by an agency.
	gp, known := e.gaz.place(place)
	if !known && !normalize.IsUpper(place) && agency == "" {
		return nil, calDate{}
	}
	switch {
	case known:
		dl.Place = gp.name
		dl.Country = gp.country
	case normalize.IsUpper(place):
		dl.Place = normalize.Capitalize(place)
	default:
		dl.Place = place
	}
	if country != "" {
		if c, ok := e.gaz.place(country); ok && c.kind == "country" {
			dl.Country = c.country
		} else if !known {
			return nil, calDate{}
		}
	}
	if latin := m.text(window, gLatin); latin != "" {
		if normalize.IsUpper(latin) {
			latin = normalize.Capitalize(latin)
		}
		dl.PlaceLatin = latin
	}
	dl.Agency = agency
	spanEnd = ln.start + len(strings.TrimRight(window[:spanEnd], " "))
	dl.Span = entities.Span{Start: ln.start, End: spanEnd, Text: text[ln.start:spanEnd]}
	return dl, d
}

// maybeDateline is a cheap test that a line may open with a dateline: a
// digit within its first bytes, after a comma, period, slash or bracket.
// Most lines fail it without a pattern being tried.
func maybeDateline(window string) bool {
	const reach = 120
	punct := false
	for i := 0; i < len(window) && i < reach; i++ {
		switch c := window[i]; {
		case c == ',' || c == '.' || c == '/' || c == '(' || c == ':':
			punct = true
		case c >= '0' && c <= '9':
			return i == 0 || punct && dateAfterMark(window)
		}
	}
	return false
}

// dateAfterMark reports a comma or period followed by spaces and a digit:
// rule DL1 has one before its date, so a line without one needs no match.
func dateAfterMark(window string) bool {
	for i := 0; i < len(window); i++ {
		if c := window[i]; c == ',' || c == '.' {
			j := i + 1
			for j < len(window) && window[j] == ' ' {
				j++
			}
			if j < len(window) && window[j] >= '0' && window[j] <= '9' {
				return true
			}
		}
	}
	return false
}

func runeStart(b byte) bool { return b&0xC0 != 0x80 }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// plausibleAgency reports whether a bracketed dateline part names an
// agency: one to four words starting with a capital letter or a digit
// ("Синьхуа", "Jiji Press", "24.kg"), not a remark ("(по местному времени)").
func plausibleAgency(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	r, _ := decode(s, 0)
	return isUpper(r) || isDigit(r)
}
