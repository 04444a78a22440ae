package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"2021-07-23", "2021-07-23", ""},
		{"2021-07", "2021-07", ""},
		{"2021", "2021", ""},
		{"2021-07-23T22:04:41Z", "2021-07-23", ""},
		{"2021-07-23T23:30:00-05:00", "2021-07-23", ""}, // the date as written, in its own offset
		{"2021-07-23 22:04:41+03:00", "2021-07-23", ""},
		{"2021-07-23T22:04:41.123456Z", "2021-07-23", ""},
		{"2021-02-30", "", "February 2021 has no day 30"},
		{"2021-02-30T10:00:00Z", "", "February 2021 has no day 30"},
		{"2021-13-01", "", "no month 13"},
		{"2021-13", "", "no month 13"},
		{"2021-07-23T25:00:00Z", "", "RFC 3339"},
		{"2021-07-23T22:04:41", "", "RFC 3339"}, // no offset
		{"23.07.2021", "", "want YYYY-MM-DD"},
		{"0000-01-01", "", "no year 0"},
		{"--07-23", "", "want YYYY-MM-DD"},
		{"2021-W05", "", "want YYYY-MM-DD"},
		{"", "", "want YYYY-MM-DD"},
	}
	for _, tc := range tests {
		got, err := ParseDate(tc.in)
		switch {
		case tc.err == "" && (err != nil || string(got) != tc.want):
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err) || !errors.Is(err, ErrBadDate)):
			t.Errorf("ParseDate(%q) = %q, %v; want an ErrBadDate saying %q", tc.in, got, err, tc.err)
		}
	}
}

func TestWithReference(t *testing.T) {
	text := "ПЕКИН, 23 июля (Синьхуа) — Делегация прибыла в Пекин."
	for ref, want := range map[string]string{"2015-08-01": "2015-07-23", "2015-08": "2015-07-23", "2016-01-10T09:00:00+08:00": "2015-07-23"} {
		ex, err := New(WithoutModel(), WithReference(ref))
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := ex.Extract("x", text)
		if doc.Dateline == nil || string(doc.Dateline.Date) != want {
			t.Errorf("WithReference(%q): dateline %+v, want date %s", ref, doc.Dateline, want)
		}
	}
	if _, err := New(WithReference("2015-02-30")); !errors.Is(err, ErrBadDate) {
		t.Errorf("WithReference of no date: err %v", err)
	}
	// The same as WithReferenceDate.
	a, _ := New(WithoutModel(), WithReference("2015-08-01"))
	b, _ := New(WithoutModel(), WithReferenceDate(time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC)))
	da, _ := a.Extract("x", text)
	db, _ := b.Extract("x", text)
	if da.Dateline.Date != db.Dateline.Date {
		t.Errorf("WithReference and WithReferenceDate differ: %s, %s", da.Dateline.Date, db.Dateline.Date)
	}
}
