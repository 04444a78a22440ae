package entities

import (
	"fmt"
	"testing"
	"time"
)

func TestDateValue(t *testing.T) {
	tests := []struct {
		v                DateValue
		valid            bool
		p                Precision
		year, month, day int
		week             int
		time             bool
	}{
		{"2020", true, Year, 2020, 0, 0, 0, false},
		{"2020-07", true, Month, 2020, 7, 0, 0, false},
		{"2020-07-30", true, Day, 2020, 7, 30, 0, true},
		{"2020-W31", true, Week, 2020, 0, 0, 31, false},
		{"2020-W53", true, Week, 2020, 0, 0, 53, false},
		{"2021-W53", false, "", 0, 0, 0, 0, false},
		{"--07-30", true, Day, 0, 7, 30, 0, false},
		{"--02-29", true, Day, 0, 2, 29, 0, false},
		{"--07", true, Month, 0, 7, 0, 0, false},
		{"2021-02-29", false, "", 0, 0, 0, 0, false},
		{"2020-13", false, "", 0, 0, 0, 0, false},
		{"2020-00-10", false, "", 0, 0, 0, 0, false},
		{"20-07-30", false, "", 0, 0, 0, 0, false},
		{"2020-7-30", false, "", 0, 0, 0, 0, false},
		{"+020-07", false, "", 0, 0, 0, 0, false},
		{"", false, "", 0, 0, 0, 0, false},
		{"июль", false, "", 0, 0, 0, 0, false},
	}
	for _, tc := range tests {
		if got := tc.v.Valid(); got != tc.valid {
			t.Errorf("%q.Valid() = %v, want %v", tc.v, got, tc.valid)
			continue
		}
		if got := tc.v.Precision(); got != tc.p {
			t.Errorf("%q.Precision() = %q, want %q", tc.v, got, tc.p)
		}
		if !tc.valid {
			continue
		}
		if y, ok := tc.v.Year(); ok != (tc.year != 0) || y != tc.year && ok {
			t.Errorf("%q.Year() = %d, %v", tc.v, y, ok)
		}
		if m, ok := tc.v.Month(); ok != (tc.month != 0) || int(m) != tc.month && ok {
			t.Errorf("%q.Month() = %d, %v", tc.v, m, ok)
		}
		if d, ok := tc.v.Day(); ok != (tc.day != 0) || d != tc.day && ok {
			t.Errorf("%q.Day() = %d, %v", tc.v, d, ok)
		}
		if w, ok := tc.v.Week(); ok != (tc.week != 0) || w != tc.week && ok {
			t.Errorf("%q.Week() = %d, %v", tc.v, w, ok)
		}
		tm, ok := tc.v.Time()
		if ok != tc.time {
			t.Errorf("%q.Time() ok = %v, want %v", tc.v, ok, tc.time)
		}
		if ok && !tm.Equal(time.Date(tc.year, time.Month(tc.month), tc.day, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%q.Time() = %v", tc.v, tm)
		}
	}
}

func ExampleDateValue() {
	d := Date{Value: "2020-07-30", Precision: Day}
	if t, ok := d.Value.Time(); ok {
		fmt.Println(t.Weekday())
	}
	m := DateValue("--07")
	month, _ := m.Month()
	_, hasYear := m.Year()
	fmt.Println(month, hasYear)
	// Output:
	// Thursday
	// July false
}
