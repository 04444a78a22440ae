package extract

import "time"

// Resolution of dates: the one rule that gives a yearless date its year.

// withYear is the one rule that gives a yearless date its year, from the
// reference date (the document's own date, the dateline's, or the
// caller's), wherever the date stands, dateline or body:
//
//   - the reference's year;
//   - the year before when the date would fall more than three months
//     after the reference (news reports the past: "28 декабря" in a story
//     of January 3 is last year's; "в ноябре" in an October story is this
//     November);
//   - the year after when future is true (the sentence speaks of the
//     future: "выставка откроется в январе") and the date would fall more
//     than a week before the reference.
//
// A reference with no day counts from the middle of its month. A date
// with a year or without a month, and a reference without a year, leave
// the date as it is. A day the chosen year lacks ("29 февраля" in a year
// that is not a leap year) gets no year: "--02-29", never a date the
// calendar does not have.
func (d calDate) withYear(ref calDate, future bool) calDate {
	if d.year != 0 || ref.year == 0 || d.month == 0 {
		return d
	}
	d.year = ref.year
	if ref.month == 0 {
		return d.orNoYear()
	}
	refDay := ref.day
	if refDay == 0 {
		refDay = 15
	}
	day := d.day
	if day == 0 {
		day = 1
	}
	t := time.Date(d.year, time.Month(d.month), day, 0, 0, 0, 0, time.UTC)
	r := time.Date(ref.year, time.Month(ref.month), refDay, 0, 0, 0, 0, time.UTC)
	switch {
	case future && t.Before(r.AddDate(0, 0, -7)):
		d.year++
	case !future && t.After(r.AddDate(0, 3, 0)):
		d.year--
	}
	return d.orNoYear()
}

// orNoYear returns d, or d without its year when the year lacks the day
// ("29 февраля" in a year that is no leap year).
func (d calDate) orNoYear() calDate {
	if !d.valid() {
		d.year = 0
	}
	return d
}
