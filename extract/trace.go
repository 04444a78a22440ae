package extract

import (
	"slices"

	"github.com/pressfacts/pressfacts/entities"
)

// found holds what the recognizers found in one document with the rules
// that found it, for WithTrace.
type found struct {
	// the rule of each sentence, date, figure and quote of the document
	sentences, dates, figures, quotes []string
	places                            []placeMention
	orgs                              []orgMention
	people                            []personMention
	facts                             []entities.Found // the triggers of facts
}

// trace lists every mention the recognizers found, with its rule, in text
// order (longer spans first where two start together).
func (f *found) trace(text string, doc *entities.Document) []entities.Found {
	var out []entities.Found
	add := func(kind, rule string, start, end int) {
		if rule == "" || start < 0 || end > len(text) || start > end {
			return
		}
		out = append(out, entities.Found{Span: entities.Span{Start: start, End: end, Text: text[start:end]}, Kind: kind, Rule: rule})
	}
	if dl := doc.Dateline; dl != nil {
		add("dateline", datelineRule(dl.Text), dl.Start, dl.End)
	}
	for i, x := range doc.Sentences {
		add("sentence", at(f.sentences, i), x.Start, x.End)
	}
	for i, d := range doc.Dates {
		add("date", at(f.dates, i), d.Start, d.End)
	}
	for i, x := range doc.Figures {
		add("figure", at(f.figures, i), x.Start, x.End)
	}
	for _, m := range f.places {
		add("place", m.rule, m.start, m.end)
	}
	for _, m := range f.orgs {
		add("organization", m.rule, m.start, m.end)
	}
	for _, m := range f.people {
		add("person", m.rule, m.start, m.end)
		for _, p := range m.posts {
			add("post", p.rule, p.Start, p.End)
		}
	}
	for i, q := range doc.Quotes {
		add("quote", at(f.quotes, i), q.Start, q.End)
	}
	out = append(out, f.facts...)
	slices.SortStableFunc(out, func(a, b entities.Found) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	return slices.CompactFunc(out, func(a, b entities.Found) bool { return a == b })
}

// at returns s[i], or the zero value when s is shorter: the rule of item
// i of a list when rules were kept, the names of entity i.
func at[T any](s []T, i int) T {
	if i < len(s) {
		return s[i]
	}
	var zero T
	return zero
}

// datelineRule tells which rule reads a dateline: DL1 (the place first)
// or DL2 (a time first).
func datelineRule(text string) string {
	if _, ok := parsePlaceFirst(text); ok {
		return "DL1"
	}
	return "DL2"
}
