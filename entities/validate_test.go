package entities_test

import (
	"math"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// good returns a small valid version 2 document of text.
func good(text string) *entities.Document {
	return &entities.Document{
		ID: "v", Contract: entities.ContractVersion, Lang: "ru",
		Sentences: []entities.Span{{Start: 0, End: len(text), Text: text}},
		Dates:     []entities.Date{{ID: "d1", Span: entities.Span{Start: 0, End: 0}, Value: "2024-02-29", Precision: entities.Day}},
		Places:    []entities.Place{{ID: "l1", Name: "Пекин", Mentions: []entities.Span{{Start: 0, End: len("Пекин"), Text: "Пекин"}}}},
		Organizations: []entities.Organization{
			{ID: "o1", Name: "КПК", PlaceID: "l1", Mentions: []entities.Span{}},
			{ID: "o2", Name: "Комитет", ParentID: "o1", Mentions: []entities.Span{}},
		},
		People: []entities.Person{{ID: "p1", Name: "Лю", Positions: []entities.Position{
			{Title: "секретарь", Organization: "КПК", OrganizationID: "o1", Place: "Пекин", PlaceID: "l1"},
		}, Mentions: []entities.Span{}}},
		Figures: []entities.Figure{{ID: "f1", Value: 17, Unit: "соглашение"}},
		Quotes:  []entities.Quote{{ID: "q1", Speaker: "Лю", SpeakerID: "p1", Kind: entities.Direct}},
		Facts:   []entities.Fact{{ID: "x1", Type: entities.Meeting, Args: []entities.Arg{{Role: "participant", ID: "p1"}, {Role: "participant", ID: "o1"}}}},
	}
}

func TestValidate(t *testing.T) {
	const text = "Пекин, 23 июля"
	if err := good(text).Validate(text); err != nil {
		t.Fatalf("a valid document: %v", err)
	}
	tests := []struct {
		name   string
		change func(d *entities.Document)
		want   string
	}{
		{"span outside", func(d *entities.Document) { d.Places[0].Mentions[0].End = 100 }, "places[0].mentions[0]"},
		{"span inside a character", func(d *entities.Document) { d.Sentences[0] = entities.Span{Start: 1, End: 4, Text: text[1:4]} }, "sentences[0]"},
		{"wrong text", func(d *entities.Document) { d.Places[0].Mentions[0].Text = "Токио" }, "places[0].mentions[0]"},
		{"overlapping sentences", func(d *entities.Document) {
			d.Sentences = append(d.Sentences, entities.Span{Start: 2, End: 4, Text: text[2:4]})
		}, "before the end of the one before"},
		{"29 February 2023", func(d *entities.Document) { d.Dates[0].Value = "2023-02-29" }, "no day date"},
		{"precision", func(d *entities.Document) { d.Dates[0].Precision = entities.Year }, "no year date"},
		{"week 53", func(d *entities.Document) { d.Dates[0].Value, d.Dates[0].Precision = "2021-W53", entities.Week }, "2021-W53"},
		{"infinite figure", func(d *entities.Document) { d.Figures[0].Value = math.Inf(1) }, "not a finite number"},
		{"id out of order", func(d *entities.Document) { d.People[0].ID = "p2" }, `want "p1"`},
		{"reference to nothing", func(d *entities.Document) { d.People[0].Positions[0].OrganizationID = "o9" }, "names no item"},
		{"string and id disagree", func(d *entities.Document) { d.People[0].Positions[0].Organization = "ЦК" }, `is named "КПК"`},
		{"a name without its id", func(d *entities.Document) { d.People[0].Positions[0].PlaceID = "" }, "has no id, but l1 is named so"},
		{"own parent", func(d *entities.Document) { d.Organizations[1].ParentID = "o2" }, "its own parent"},
		{"quote kind", func(d *entities.Document) { d.Quotes[0].Kind = "" }, "kind"},
		{"fact argument", func(d *entities.Document) { d.Facts[0].Args[1].ID = "o7" }, "names no entity"},
		{"no facts", func(d *entities.Document) { d.Facts = nil }, "facts: missing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := good(text)
			tc.change(d)
			err := d.Validate(text)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate: %v, want a problem with %q", err, tc.want)
			}
		})
	}
}
