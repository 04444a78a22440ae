package entities

import (
	"sort"
	"unicode/utf8"
)

// Offsets turns the UTF-8 byte offsets of spans into the offsets other
// languages count in: code points (Python's str indices) and UTF-16 code
// units (JavaScript's and Java's string indices). Build one per text with
// [NewOffsets]; each conversion then costs at most a short scan.
type Offsets struct {
	text string
	// marks holds, every markEvery bytes (at the rune boundary at or
	// after it), the byte offset and the two counts up to it.
	marks []offsetMark
}

type offsetMark struct {
	byteAt, runes, units int
}

// markEvery is the spacing of the marks: a conversion scans at most this
// many bytes, plus one rune.
const markEvery = 256

// NewOffsets indexes text for conversions; it reads the text once.
func NewOffsets(text string) *Offsets {
	o := &Offsets{text: text, marks: make([]offsetMark, 0, len(text)/markEvery+1)}
	runes, units := 0, 0
	next := 0
	for i, r := range text {
		if i >= next {
			o.marks = append(o.marks, offsetMark{i, runes, units})
			next = i + markEvery
		}
		runes++
		units++
		if r >= 0x10000 {
			units++ // a surrogate pair
		}
	}
	if len(o.marks) == 0 {
		o.marks = append(o.marks, offsetMark{})
	}
	return o
}

// count returns the code points and UTF-16 units in text[:byteAt]. An
// offset inside a UTF-8 sequence counts the partial character as a whole
// one; an offset past the end counts to the end.
func (o *Offsets) count(byteAt int) (runes, units int) {
	byteAt = min(max(byteAt, 0), len(o.text))
	k := sort.Search(len(o.marks), func(k int) bool { return o.marks[k].byteAt > byteAt }) - 1
	m := o.marks[max(k, 0)]
	runes, units = m.runes, m.units
	for i := m.byteAt; i < byteAt; {
		r, size := utf8.DecodeRuneInString(o.text[i:])
		runes++
		units++
		if r >= 0x10000 {
			units++
		}
		i += size
	}
	return runes, units
}

// Runes returns the code-point offset of the byte offset byteAt.
func (o *Offsets) Runes(byteAt int) int {
	r, _ := o.count(byteAt)
	return r
}

// UTF16 returns the UTF-16 code-unit offset of the byte offset byteAt.
func (o *Offsets) UTF16(byteAt int) int {
	_, u := o.count(byteAt)
	return u
}

// EachSpan calls f on a pointer to every span of d, in the order of the
// contract's fields: title, dateline, sentences, dates, places'
// mentions, organizations' mentions, people's mentions and positions,
// figures, quotes, facts and their triggers, and the trace. f may change
// the span (to convert its offsets, for instance); it must not change
// the document's lists.
func (d *Document) EachSpan(f func(*Span)) {
	if d.Title != nil {
		f(d.Title)
	}
	if d.Dateline != nil {
		f(&d.Dateline.Span)
	}
	for i := range d.Sentences {
		f(&d.Sentences[i])
	}
	for i := range d.Dates {
		f(&d.Dates[i].Span)
	}
	for i := range d.Places {
		for j := range d.Places[i].Mentions {
			f(&d.Places[i].Mentions[j])
		}
	}
	for i := range d.Organizations {
		for j := range d.Organizations[i].Mentions {
			f(&d.Organizations[i].Mentions[j])
		}
	}
	for i := range d.People {
		p := &d.People[i]
		for j := range p.Mentions {
			f(&p.Mentions[j])
		}
		for j := range p.Positions {
			f(&p.Positions[j].Span)
		}
	}
	for i := range d.Figures {
		f(&d.Figures[i].Span)
	}
	for i := range d.Quotes {
		f(&d.Quotes[i].Span)
	}
	for i := range d.Facts {
		f(&d.Facts[i].Span)
		f(&d.Facts[i].Trigger)
	}
	for i := range d.Trace {
		f(&d.Trace[i].Span)
	}
}
