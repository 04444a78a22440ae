package extract

import (
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// TestWithYear pins the one year rule at its edges; the same function
// serves the dateline and the body, so a date's year never depends on
// where it stands.
func TestWithYear(t *testing.T) {
	ref := calDate{2020, 8, 10}
	tests := []struct {
		name   string
		d, ref calDate
		future bool
		want   calDate
		why    string
	}{
		{"same day", calDate{0, 8, 10}, ref, false, calDate{2020, 8, 10}, "the reference's own day"},
		{"before", calDate{0, 1, 3}, ref, false, calDate{2020, 1, 3}, "earlier in the year: this year's"},
		{"three months after", calDate{0, 11, 10}, ref, false, calDate{2020, 11, 10}, "exactly three months after is still this year's"},
		{"past three months", calDate{0, 11, 11}, ref, false, calDate{2019, 11, 11}, "a day past three months after is last year's"},
		{"year boundary", calDate{0, 12, 28}, calDate{2021, 1, 3}, false, calDate{2020, 12, 28}, "late December in an early January story"},
		{"future, earlier month", calDate{0, 1, 0}, calDate{2025, 11, 18}, true, calDate{2026, 1, 0}, "a future sentence puts an earlier month in the next year"},
		{"future, within a week", calDate{0, 11, 12}, calDate{2025, 11, 18}, true, calDate{2025, 11, 12}, "less than a week before stays this year's even in the future"},
		{"future, later", calDate{0, 12, 1}, calDate{2025, 11, 18}, true, calDate{2025, 12, 1}, "a later month in the future is this year's"},
		{"month reference", calDate{0, 9, 23}, calDate{2020, 8, 0}, false, calDate{2020, 9, 23}, "a month-precise reference counts from mid-month"},
		{"month reference, far", calDate{0, 12, 23}, calDate{2020, 8, 0}, false, calDate{2019, 12, 23}, "more than three months after mid-August"},
		{"year reference", calDate{0, 12, 23}, calDate{2020, 0, 0}, false, calDate{2020, 12, 23}, "a year-precise reference gives its year"},
		{"no reference", calDate{0, 7, 23}, calDate{}, false, calDate{0, 7, 23}, "nothing gives a year: none is invented"},
		{"has a year", calDate{2018, 7, 23}, ref, false, calDate{2018, 7, 23}, "a written year is kept"},
		{"29 February", calDate{0, 2, 29}, calDate{2023, 3, 1}, false, calDate{0, 2, 29}, "2023 has no 29 February: no year rather than a day the calendar lacks"},
		{"29 February, leap", calDate{0, 2, 29}, calDate{2024, 3, 1}, false, calDate{2024, 2, 29}, "a leap year has it"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.withYear(tc.ref, tc.future); got != tc.want {
				t.Errorf("%v.withYear(%v, %v) = %v, want %v (%s)", tc.d, tc.ref, tc.future, got, tc.want, tc.why)
			}
		})
	}
}

// TestYearRuleEverywhere gives the same words as a dateline and in a
// body without one, with the same publication date, and requires the same
// date: one rule for both.
func TestYearRuleEverywhere(t *testing.T) {
	ex := newTestExtractor(t)
	extractDates := func(text string) *entities.Document {
		doc, err := ex.ExtractInput(Input{ID: "y", Text: text, Date: "2020-08-10"})
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, text, doc)
		return doc
	}
	for _, words := range []string{"30 сентября", "10 ноября", "23 декабря", "3 января"} {
		dl := extractDates("ПЕКИН, " + words + " (Синьхуа) -- Текст.")
		body := extractDates("Встреча прошла " + words + ".")
		if dl.Dateline == nil || len(body.Dates) != 1 {
			t.Fatalf("%q: dateline %+v, body dates %+v", words, dl.Dateline, body.Dates)
		}
		if dl.Dateline.Date != body.Dates[0].Value {
			t.Errorf("%q: dateline %s, body %s: the same words must give the same date", words, dl.Dateline.Date, body.Dates[0].Value)
		}
	}
}

// TestNoImpossibleDates extracts a 29 February with references in years
// that lack it, in the body and in a dateline: every date is one the
// calendar has.
func TestNoImpossibleDates(t *testing.T) {
	ex := newTestExtractor(t)
	for _, in := range []Input{
		{Text: "Это случилось 29 февраля.", Date: "2023-03-01"},
		{Text: "ПЕКИН, 29 февраля (Синьхуа) -- Текст.", Date: "2023-03-10"},
	} {
		doc, err := ex.ExtractInput(in)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, in.Text, doc)
		values := []string{}
		for _, d := range doc.Dates {
			values = append(values, string(d.Value))
		}
		if doc.Dateline != nil {
			values = append(values, string(doc.Dateline.Date))
		}
		for _, v := range values {
			if strings.HasPrefix(v, "2023-02-29") {
				t.Errorf("%q: date %s, which the calendar lacks", in.Text, v)
			}
		}
	}
}
