package entities

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestOffsets(t *testing.T) {
	text := strings.Repeat("Путин 😀 met Xi — «ок». ", 40) + "конец"
	o := NewOffsets(text)
	for i := 0; i <= len(text); i++ {
		if !utf8.RuneStart(text[min(i, len(text)-1)]) && i < len(text) {
			continue
		}
		runes := utf8.RuneCountInString(text[:i])
		units := len(utf16.Encode([]rune(text[:i])))
		if got := o.Runes(i); got != runes {
			t.Fatalf("Runes(%d) = %d, want %d", i, got, runes)
		}
		if got := o.UTF16(i); got != units {
			t.Fatalf("UTF16(%d) = %d, want %d", i, got, units)
		}
	}
	if o.Runes(-5) != 0 || o.Runes(len(text)+9) != utf8.RuneCountInString(text) {
		t.Errorf("offsets outside the text are not clamped")
	}
	if e := NewOffsets(""); e.Runes(0) != 0 || e.UTF16(3) != 0 {
		t.Errorf("empty text")
	}
}

func TestEachSpan(t *testing.T) {
	d := &Document{
		Title:         &Span{},
		Dateline:      &Dateline{},
		Sentences:     []Span{{}, {}},
		Dates:         []Date{{}},
		Places:        []Place{{Mentions: []Span{{}, {}}}},
		Organizations: []Organization{{Mentions: []Span{{}}}},
		People:        []Person{{Mentions: []Span{{}}, Positions: []Position{{}}}},
		Figures:       []Figure{{}},
		Quotes:        []Quote{{}},
		Facts:         []Fact{{}},
		Trace:         []Found{{}},
	}
	n := 0
	d.EachSpan(func(s *Span) { n++; s.Start = n })
	if n != 15 {
		t.Errorf("EachSpan visited %d spans, want 15", n)
	}
	if d.Facts[0].Trigger.Start != 14 || d.Trace[0].Start != 15 {
		t.Errorf("EachSpan did not change the spans in place")
	}
}

// Byte offsets of a span, as a Python or JavaScript program counts them.
func ExampleOffsets() {
	text := "Встреча 😀 в Москве"
	s := Span{Start: 23, End: 35, Text: "Москве"}
	o := NewOffsets(text)
	fmt.Println(text[s.Start:s.End], o.Runes(s.Start), o.Runes(s.End), o.UTF16(s.Start), o.UTF16(s.End))
	// Output: Москве 12 18 13 19
}
