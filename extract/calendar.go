package extract

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/lexicon"
)

// monthForm is one written form of a month name.
type monthForm struct {
	month   int
	abbrev  bool // may take a period: "янв.", "июл"
	english bool
}

// dateWordSet builds dateStartWords once per process; New has checked
// that the month table loads.
var dateWordSet = sync.OnceValue(func() map[string]bool {
	months, _ := monthForms()
	return dateStartWords(months)
})

var monthForms = sync.OnceValues(func() (map[string]monthForm, error) {
	tab, err := lexicon.Load("months.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string]monthForm, len(tab.Rows))
	for _, r := range tab.Rows {
		n, err := strconv.Atoi(r.Fields[1])
		if err != nil || n < 1 || n > 12 {
			return nil, tab.Errorf(r, "bad month %q", r.Fields[1])
		}
		f := monthForm{month: n}
		switch r.Fields[2] {
		case "full":
		case "abbr":
			f.abbrev = true
		case "full-en":
			f.english = true
		case "abbr-en":
			f.abbrev, f.english = true, true
		default:
			return nil, tab.Errorf(r, "unknown kind %q", r.Fields[2])
		}
		m[r.Fields[0]] = f
	}
	return m, nil
})

var futureMarkers = sync.OnceValues(func() (map[string]bool, error) {
	tab, err := lexicon.Load("future_markers.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(tab.Rows))
	for _, r := range tab.Rows {
		m[r.Fields[0]] = true
	}
	return m, nil
})

// lookupMonth returns the month a Russian word names (any case, or an
// abbreviation), or 0.
func (e *Extractor) lookupMonth(w string) int {
	f, ok := e.months[strings.ToLower(w)]
	if !ok || f.english {
		return 0
	}
	return f.month
}

// lookupMonthEnglish returns the month an English word names ("April",
// "Apr"), or 0.
func (e *Extractor) lookupMonthEnglish(w string) int {
	if !isASCII(w) {
		return 0
	}
	f, ok := e.months[strings.ToLower(w)]
	if !ok || !f.english {
		return 0
	}
	return f.month
}

// calDate is a calendar date known to some precision; a zero year means the
// year is unknown.
type calDate struct {
	year, month, day int
}

// precision is the unit of the last known field.
func (d calDate) precision() entities.Precision {
	switch {
	case d.day != 0:
		return entities.Day
	case d.month != 0:
		return entities.Month
	}
	return entities.Year
}

// String formats d as ISO 8601 at its precision: "2020-08-10", "2020-08",
// "2020", or "--08-10" / "--08" without a year.
func (d calDate) String() string {
	if d.year < 0 || d.month < 0 || d.day < 0 {
		return d.slowString()
	}
	b := make([]byte, 0, len("2006-01-02"))
	if d.year != 0 {
		b = appendPadded(b, d.year, 4)
	} else {
		b = append(b, '-')
	}
	if d.month != 0 {
		b = appendPadded(append(b, '-'), d.month, 2)
		if d.day != 0 {
			b = appendPadded(append(b, '-'), d.day, 2)
		}
	}
	return string(b)
}

// appendPadded appends a non-negative n with leading zeros to width digits.
func appendPadded(b []byte, n, width int) []byte {
	digits := 1
	for m := n; m >= 10; m /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// slowString is String through fmt, for fields no real date has.
func (d calDate) slowString() string {
	var b strings.Builder
	if d.year != 0 {
		fmt.Fprintf(&b, "%04d", d.year)
	} else {
		b.WriteString("-")
	}
	if d.month != 0 {
		fmt.Fprintf(&b, "-%02d", d.month)
		if d.day != 0 {
			fmt.Fprintf(&b, "-%02d", d.day)
		}
	}
	return b.String()
}

// valid reports whether the fields make a real date (the day is checked
// against the month, with February 29 allowed when the year is unknown).
func (d calDate) valid() bool {
	if d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 12 || d.day < 0 {
		return false
	}
	if d.day == 0 {
		return d.year != 0 || d.month != 0
	}
	if d.month == 0 {
		return false
	}
	y := d.year
	if y == 0 {
		y = 2000 // a leap year: "29 февраля" without a year is a date
	}
	last := time.Date(y, time.Month(d.month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return d.day <= last
}

// parseISODate reads "2020", "2020-08" or "2020-08-10".
func parseISODate(s string) (calDate, bool) {
	var d calDate
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return d, false
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return d, false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return d, false
		}
		nums[i] = n
	}
	d.year = nums[0]
	if len(nums) > 1 {
		d.month = nums[1]
	}
	if len(nums) > 2 {
		d.day = nums[2]
	}
	return d, d.valid() && d.year > 0
}
