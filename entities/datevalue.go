package entities

import (
	"strconv"
	"time"
)

// DateValue is a date as the contract writes it: ISO 8601, as precise as
// the text allows: "2020", "2020-07", "2020-07-30", an ISO week
// "2020-W31", or, when nothing gives the year, "--07-30" or "--07". It
// marshals as that string; its methods read the fields.
type DateValue string

// dateParts are the fields of a DateValue; 0 for a field it lacks.
type dateParts struct {
	year, month, day, week int
	p                      Precision
}

// parse reads v, and reports whether it is a date the calendar has.
func (v DateValue) parse() (dateParts, bool) {
	var d dateParts
	s := string(v)
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			return -1
		}
		return n
	}
	switch {
	case len(s) == len("--07") && s[:2] == "--":
		d.month, d.p = num(s[2:]), Month
	case len(s) == len("--07-30") && s[:2] == "--" && s[4] == '-':
		// No year: 29 February is allowed.
		d.month, d.day, d.p = num(s[2:4]), num(s[5:]), Day
	case len(s) == len("2020"):
		d.year, d.p = num(s), Year
	case len(s) == len("2020-07") && s[4] == '-':
		d.year, d.month, d.p = num(s[:4]), num(s[5:]), Month
	case len(s) == len("2020-W31") && s[4:6] == "-W":
		d.year, d.week, d.p = num(s[:4]), num(s[6:]), Week
	case len(s) == len("2020-07-30") && s[4] == '-' && s[7] == '-':
		d.year, d.month, d.day, d.p = num(s[:4]), num(s[5:7]), num(s[8:]), Day
	default:
		return d, false
	}
	if d.year < 0 || d.month < 0 || d.day < 0 || d.week < 0 {
		return d, false
	}
	if d.p != Year && d.p != Week && (d.month < 1 || d.month > 12) {
		return d, false
	}
	switch d.p {
	case Day:
		year := d.year
		if s[0] == '-' {
			year = 2000 // a leap year, for 29 February
		}
		last := time.Date(year, time.Month(d.month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return d, d.day >= 1 && d.day <= last
	case Week:
		// The last ISO week of a year is the week of its 28 December.
		_, last := time.Date(d.year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
		return d, d.week >= 1 && d.week <= last
	}
	return d, true
}

// Valid reports whether v is a date the calendar has, in one of the forms
// DateValue lists.
func (v DateValue) Valid() bool {
	_, ok := v.parse()
	return ok
}

// Precision is the unit of v's last field, or "" when v is not valid.
func (v DateValue) Precision() Precision {
	d, ok := v.parse()
	if !ok {
		return ""
	}
	return d.p
}

// Year returns v's year, and false when v gives none ("--07-30") or is
// not valid.
func (v DateValue) Year() (int, bool) {
	d, ok := v.parse()
	return d.year, ok && v[0] != '-'
}

// Month returns v's month, and false when v gives none ("2020",
// "2020-W31") or is not valid.
func (v DateValue) Month() (time.Month, bool) {
	d, ok := v.parse()
	return time.Month(d.month), ok && d.month != 0
}

// Day returns v's day of the month, and false when v gives none.
func (v DateValue) Day() (int, bool) {
	d, ok := v.parse()
	return d.day, ok && d.day != 0
}

// Week returns the ISO week of a week value ("2020-W31" → 31), and false
// for any other.
func (v DateValue) Week() (int, bool) {
	d, ok := v.parse()
	return d.week, ok && d.week != 0
}

// Time returns midnight UTC of v when v is a complete date (year, month
// and day), and false otherwise.
func (v DateValue) Time() (time.Time, bool) {
	d, ok := v.parse()
	if !ok || d.p != Day || v[0] == '-' {
		return time.Time{}, false
	}
	return time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC), true
}
