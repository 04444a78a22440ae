package entities

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// maxProblems bounds how many problems Validate lists.
const maxProblems = 20

// Validate checks a document against the contract and its text: every
// span lies in the text on character boundaries and holds the text's own
// bytes; sentences are in order and do not overlap; every date value is a
// date the calendar has, as precise as its precision says; every figure
// is a finite number; every id is its list's letter and place ("p1",
// "o2"), every reference names an item of the right list and the string
// beside it is that item's name; and the document marshals to JSON. It
// returns nil, or an error listing the problems found (the first
// twenty).
func (d *Document) Validate(text string) error {
	v := validator{text: text}
	v.check(d)
	if len(v.problems) == 0 {
		if _, err := json.Marshal(d); err != nil {
			v.add("the document does not marshal to JSON: %v", err)
		}
	}
	return errors.Join(v.problems...)
}

// validator collects the problems of one document.
type validator struct {
	text     string
	problems []error
}

func (v *validator) add(format string, args ...any) {
	if len(v.problems) < maxProblems {
		v.problems = append(v.problems, fmt.Errorf(format, args...))
	}
}

func (v *validator) span(what string, s Span) {
	if !s.Valid(v.text) {
		v.add("%s: span %d..%d %.40q is not the text's", what, s.Start, s.End, s.Text)
	}
}

func (v *validator) check(d *Document) {
	if d.Title != nil {
		v.span("title", *d.Title)
	}
	if d.Dateline != nil {
		v.span("dateline", d.Dateline.Span)
		if d.Dateline.Date != "" && !validDate(d.Dateline.Date, "") {
			v.add("dateline: date %q is no date the calendar has", d.Dateline.Date)
		}
	}
	end := 0
	for i, s := range d.Sentences {
		v.span(fmt.Sprintf("sentences[%d]", i), s)
		if s.Start < end {
			v.add("sentences[%d] starts at %d, before the end of the one before (%d)", i, s.Start, end)
		}
		end = s.End
	}
	for i, x := range d.Dates {
		v.span(fmt.Sprintf("dates[%d]", i), x.Span)
		if !validDate(x.Value, x.Precision) {
			v.add("dates[%d]: %q is no %s date the calendar has", i, x.Value, x.Precision)
		}
	}
	for i, f := range d.Figures {
		v.span(fmt.Sprintf("figures[%d]", i), f.Span)
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
			v.add("figures[%d]: value %v is not a finite number", i, f.Value)
		}
	}
	for i, p := range d.Places {
		for j, m := range p.Mentions {
			v.span(fmt.Sprintf("places[%d].mentions[%d]", i, j), m)
		}
	}
	for i, o := range d.Organizations {
		for j, m := range o.Mentions {
			v.span(fmt.Sprintf("organizations[%d].mentions[%d]", i, j), m)
		}
	}
	for i, p := range d.People {
		for j, m := range p.Mentions {
			v.span(fmt.Sprintf("people[%d].mentions[%d]", i, j), m)
		}
		for j, pos := range p.Positions {
			if pos.Span != (Span{}) {
				v.span(fmt.Sprintf("people[%d].positions[%d]", i, j), pos.Span)
			}
		}
	}
	for i, q := range d.Quotes {
		v.span(fmt.Sprintf("quotes[%d]", i), q.Span)
	}
	for i, f := range d.Facts {
		if f.Span != (Span{}) {
			v.span(fmt.Sprintf("facts[%d]", i), f.Span)
		}
		if f.Trigger != (Span{}) {
			v.span(fmt.Sprintf("facts[%d].trigger", i), f.Trigger)
		}
	}
	for i, f := range d.Trace {
		v.span(fmt.Sprintf("trace[%d]", i), f.Span)
	}
	if d.Contract >= 2 {
		v.references(d)
	}
}

// references checks contract 2's ids and references.
func (v *validator) references(d *Document) {
	// list is one of the document's lists: its length, each item's id and
	// name, and the items by id.
	type list struct {
		n        int
		id, name func(int) string
		byID     map[string]int
	}
	index := func(prefix string, n int, id, name func(int) string) list {
		l := list{n: n, id: id, name: name, byID: make(map[string]int, n)}
		for i := 0; i < n; i++ {
			if want := prefix + strconv.Itoa(i+1); id(i) != want {
				v.add("%s item %d has id %q, want %q", prefix, i, id(i), want)
			}
			l.byID[id(i)] = i
		}
		return l
	}
	none := func(int) string { return "" }
	people := index("p", len(d.People), func(i int) string { return d.People[i].ID }, func(i int) string { return d.People[i].Name })
	orgs := index("o", len(d.Organizations), func(i int) string { return d.Organizations[i].ID }, func(i int) string { return d.Organizations[i].Name })
	places := index("l", len(d.Places), func(i int) string { return d.Places[i].ID }, func(i int) string { return d.Places[i].Name })
	dates := index("d", len(d.Dates), func(i int) string { return d.Dates[i].ID }, none)
	figures := index("f", len(d.Figures), func(i int) string { return d.Figures[i].ID }, none)
	index("q", len(d.Quotes), func(i int) string { return d.Quotes[i].ID }, none)
	index("x", len(d.Facts), func(i int) string { return d.Facts[i].ID }, none)
	if d.Facts == nil {
		v.add("facts: missing (contract 2 writes [] when empty)")
	}
	// ref checks that id names an item of l named str, or, with no id,
	// that no item is named str.
	ref := func(what, str, id string, l list) {
		if id == "" {
			if str == "" {
				return
			}
			for i := 0; i < l.n; i++ {
				if l.name(i) == str {
					v.add("%s %q has no id, but %s is named so", what, str, l.id(i))
					return
				}
			}
			return
		}
		i, ok := l.byID[id]
		switch {
		case !ok:
			v.add("%s: id %q names no item of its list", what, id)
		case str != "" && l.name(i) != str:
			v.add("%s %q: id %q is named %q", what, str, id, l.name(i))
		}
	}
	for _, p := range d.People {
		for _, pos := range p.Positions {
			ref("the organization of "+p.Name, pos.Organization, pos.OrganizationID, orgs)
			ref("the place of "+p.Name, pos.Place, pos.PlaceID, places)
		}
	}
	for _, q := range d.Quotes {
		ref("the speaker", q.Speaker, q.SpeakerID, people)
		if q.Kind != Direct && q.Kind != Indirect {
			v.add("quote %.40q: kind %q", q.Text, q.Kind)
		}
	}
	for _, o := range d.Organizations {
		ref("the place of "+o.Name, "", o.PlaceID, places)
		ref("the parent of "+o.Name, "", o.ParentID, orgs)
		if o.ParentID != "" && o.ParentID == o.ID {
			v.add("organization %s is its own parent", o.ID)
		}
	}
	all := map[string]bool{}
	for _, l := range []list{people, orgs, places, dates, figures} {
		for id := range l.byID {
			all[id] = true
		}
	}
	for _, f := range d.Facts {
		for _, a := range f.Args {
			if !all[a.ID] {
				v.add("fact %s: argument %s %q names no entity, date or figure", f.ID, a.Role, a.ID)
			}
		}
	}
}

// validDate reports whether v is an ISO 8601 value the calendar has,
// with the precision given ("" for any): "2020", "2020-07", "2020-07-30",
// "2020-W31", "--07-30", "--07".
func validDate(v DateValue, p Precision) bool {
	d, ok := v.parse()
	return ok && (p == "" || p == d.p)
}
