package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/pressfacts/pressfacts/entities"
)

// ParseDate reads a document date as a caller gives one: ISO 8601 as
// precise as known ("2021-07-23", "2021-07", "2021"), or a timestamp as
// feeds write them, RFC 3339 ("2021-07-23T22:04:41Z",
// "2021-07-23T22:04:41+03:00", also with a space for the "T"), whose
// date is taken as written, in its own offset. It is what Input.Date,
// WithReference and the command's -date accept. The error wraps
// [ErrBadDate] and says what is wrong: a form it does not read, or a day
// the calendar lacks ("2021-02-30").
func ParseDate(s string) (entities.DateValue, error) {
	v := s
	if len(v) > len("2006-01-02") && (v[10] == 'T' || v[10] == 't' || v[10] == ' ') {
		layout := time.RFC3339Nano
		if v[10] != 'T' {
			layout = strings.Replace(layout, "T", v[10:11], 1)
		}
		if _, err := time.Parse(layout, v); err != nil {
			if d := entities.DateValue(v[:10]); looksLikeDay(v[:10]) && !d.Valid() {
				return "", badDate(s, d)
			}
			return "", fmt.Errorf("date %q: a timestamp must be RFC 3339 (2021-07-23T22:04:41Z or +03:00): %w", s, ErrBadDate)
		}
		v = v[:10]
	}
	d := entities.DateValue(v)
	if !d.Valid() || strings.HasPrefix(v, "--") || d.Precision() == entities.Week {
		return "", badDate(s, d)
	}
	if y, _ := d.Year(); y == 0 {
		return "", fmt.Errorf("date %q: there is no year 0: %w", s, ErrBadDate)
	}
	return d, nil
}

// looksLikeDay reports whether s has the shape YYYY-MM-DD.
func looksLikeDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// badDate says why s, read as d, is no date.
func badDate(s string, d entities.DateValue) error {
	v := string(d)
	if looksLikeDay(v) || len(v) == len("2006-01") && looksLikeDay(v+"-01") {
		month := v[5:7]
		if month < "01" || month > "12" {
			return fmt.Errorf("date %q: there is no month %s: %w", s, month, ErrBadDate)
		}
		if len(v) == 10 {
			t, _ := time.Parse("2006-01", v[:7])
			return fmt.Errorf("date %q: %s %s has no day %s: %w", s, t.Month(), v[:4], v[8:], ErrBadDate)
		}
	}
	return fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM, YYYY or an RFC 3339 timestamp: %w", s, ErrBadDate)
}

// WithReference is [WithReferenceDate] for a date as [ParseDate] reads it:
// a year or a month is enough ("2021-07" counts from its middle). A date
// it does not read makes New return the error.
func WithReference(date string) Option {
	return func(e *Extractor) error {
		d, err := ParseDate(date)
		if err != nil {
			return err
		}
		e.ref = calOf(d)
		return nil
	}
}

// calOf is the calDate of a valid value with a year.
func calOf(d entities.DateValue) calDate {
	y, _ := d.Year()
	m, _ := d.Month()
	day, _ := d.Day()
	return calDate{y, int(m), day}
}
