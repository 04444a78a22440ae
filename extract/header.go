package extract

import (
	"strconv"
	"strings"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/rx"
)

// Rule H1: a header marker on the first line gives the document's date and
// makes the rest of the line the title.
//
//	date 2020-08 Углубление партнерских связей между Шаньдуном и Японией
var headerMarker = rx.MustCompile(`^[\x20\t]*date[\x20\t]+(?<date>[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)[\x20\t]+`)

// Rule H2: a publication stamp, a short line near the top with a full date,
// usually with a time.
//
//	2021-09-17 15:37:30
//	Источник: Синьхуа | 2021-07-23 22:04:41|Редактор: huaxia
//	17 ноября 2019, 12:39
//	09:26, 7 ноября 2023г.
//	Новости / / April 25, 2022
var stampDate = rx.MustCompile(`
	(?<![0-9])(?<iy>[0-9]{4})-(?<im>[0-9]{2})-(?<id>[0-9]{2})(?![0-9])
  | (?<![0-9])(?<rd>[0-9]{1,2})[\x20\xa0]+(?<rm>[а-яА-Я]{3,8})\.?[\x20\xa0]+(?<ry>[0-9]{4})(?![0-9])
  | (?<![0-9.])(?<dd>[0-9]{1,2})\.(?<dm>[0-9]{2})\.(?<dy>[0-9]{4})(?![0-9])
  | (?<em>[A-Z][a-z]{2,8})\.?\x20+(?<ed>[0-9]{1,2}),?\x20+(?<ey>[0-9]{4})(?![0-9])`)

var clockTime = rx.MustCompile(`(?<![0-9])[0-9]{1,2}:[0-9]{2}(?![0-9])`)

// maxStampLine bounds the length of a publication stamp line, in bytes.
const maxStampLine = 160

// maxStampWords is how many words besides the date a stamp without a time
// may have ("Новости / / April 25, 2022").
const maxStampWords = 3

// header is what the top of a document says about it.
type header struct {
	date      calDate // from the header marker
	dateSpan  span    // where the marker writes it
	bodyStart int     // where the text after the marker starts
	hasMarker bool
}

func parseHeader(text string) header {
	// A byte order mark before the marker is no part of it; offsets stay
	// the text's own.
	bom := 0
	if strings.HasPrefix(text, "\ufeff") {
		bom = len("\ufeff")
	}
	firstLine := text[bom:]
	if i := strings.IndexByte(firstLine, '\n'); i >= 0 {
		firstLine = firstLine[:i]
	}
	if len(firstLine) > maxStampLine {
		firstLine = firstLine[:maxStampLine]
	}
	if !strings.HasPrefix(strings.TrimLeft(firstLine, " \t"), "date") {
		return header{} // the marker's word, which the pattern starts with
	}
	m := headerMarker.Find(firstLine)
	if m == nil {
		return header{}
	}
	d, ok := parseISODate(m.GroupText(firstLine, "date"))
	if !ok {
		return header{}
	}
	ds, de, _ := m.Group("date")
	return header{date: d, dateSpan: span{bom + ds, bom + de}, bodyStart: bom + m.End, hasMarker: true}
}

// findStamp returns the publication date in one of lines, with the index
// of its line, or -1.
func (e *Extractor) findStamp(text string, lines []span) (calDate, int) {
	for i, ln := range lines {
		if ln.end-ln.start > maxStampLine {
			continue
		}
		line := text[ln.start:ln.end]
		if !hasYear(line) {
			continue
		}
		m := stampDate.Find(line)
		if m == nil {
			continue
		}
		d, ok := e.stampValue(line, m)
		if !ok {
			continue
		}
		if clockTime.Find(line) == nil && !strings.Contains(strings.ToLower(line), "дата публикации") &&
			wordsOutside(line, m.Start, m.End) > maxStampWords {
			continue
		}
		return d, i
	}
	return calDate{}, -1
}

func (e *Extractor) stampValue(line string, m *rx.Match) (calDate, bool) {
	atoi := func(name string) int {
		n, _ := strconv.Atoi(m.GroupText(line, name))
		return n
	}
	var d calDate
	switch {
	case m.GroupText(line, "iy") != "":
		d = calDate{atoi("iy"), atoi("im"), atoi("id")}
	case m.GroupText(line, "ry") != "":
		d = calDate{atoi("ry"), e.lookupMonth(m.GroupText(line, "rm")), atoi("rd")}
	case m.GroupText(line, "dy") != "":
		d = calDate{atoi("dy"), atoi("dm"), atoi("dd")}
	default:
		d = calDate{atoi("ey"), e.lookupMonthEnglish(m.GroupText(line, "em")), atoi("ed")}
	}
	return d, d.month != 0 && d.day != 0 && d.valid()
}

// hasYear is a cheap test for four digits in a row, which every full date
// has.
func hasYear(line string) bool {
	run := 0
	for i := 0; i < len(line); i++ {
		if c := line[i]; c >= '0' && c <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// wordsOutside counts the words of line outside [start, end).
func wordsOutside(line string, start, end int) int {
	n := 0
	for _, f := range strings.Fields(line[:start] + " " + line[end:]) {
		for _, r := range f {
			if isLetter(r) {
				n++
				break
			}
		}
	}
	return n
}

// maxTitle bounds a headline, in bytes.
const maxTitle = 400

// findTitle returns the headline: the rest of the header marker's line, or
// else the first line when it reads as a headline (no final period, not a
// stamp or the dateline, followed by more text).
func findTitle(text string, h header, lines []span, stampLine, datelineLine int) *entities.Span {
	if len(lines) == 0 {
		return nil
	}
	first := lines[0]
	if h.hasMarker {
		if first.start >= first.end {
			return nil
		}
		return &entities.Span{Start: first.start, End: first.end, Text: text[first.start:first.end]}
	}
	i := 0
	if stampLine == 0 {
		i = 1
	}
	if i >= len(lines)-1 || i == datelineLine {
		return nil
	}
	ln := lines[i]
	line := text[ln.start:ln.end]
	if ln.end-ln.start > maxTitle || strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..") {
		return nil
	}
	return &entities.Span{Start: ln.start, End: ln.end, Text: line}
}
