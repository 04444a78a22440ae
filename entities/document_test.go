package entities_test

import (
	"encoding/json"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

func TestSpanValid(t *testing.T) {
	text := "ПЕКИН, 23 июля"
	tests := []struct {
		name string
		span entities.Span
		want bool
		why  string
	}{
		{"whole", entities.Span{Start: 0, End: len(text), Text: text}, true, "the whole text is a span"},
		{"empty inside rune", entities.Span{Start: 3, End: 3, Text: ""}, false, "byte 3 is the second byte of Е"},
		{"empty on boundary", entities.Span{Start: 4, End: 4, Text: ""}, true, "byte 4 starts К"},
		{"word", entities.Span{Start: 0, End: 10, Text: "ПЕКИН"}, true, "five two-byte letters"},
		{"inside rune", entities.Span{Start: 1, End: 10, Text: text[1:10]}, false, "start inside a UTF-8 sequence"},
		{"wrong text", entities.Span{Start: 0, End: 10, Text: "Пекин"}, false, "text must be the bytes at the offsets"},
		{"past end", entities.Span{Start: 0, End: len(text) + 1, Text: text}, false, "end past the text"},
		{"reversed", entities.Span{Start: 4, End: 2, Text: ""}, false, "start after end"},
		{"empty at end", entities.Span{Start: len(text), End: len(text), Text: ""}, true, "an empty span at the end is on a boundary"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.span.Valid(text); got != tc.want {
				t.Errorf("%+v.Valid() = %v, want %v (%s)", tc.span, got, tc.want, tc.why)
			}
		})
	}
}

// TestDocumentJSON pins the JSON shape of the contract: field names and
// order, the embedded span fields, lists written as [], empty contract
// fields written, version 2's ids and references, and absent optional
// parts left out.
func TestDocumentJSON(t *testing.T) {
	doc := entities.Document{
		ID:       "x",
		Contract: entities.ContractVersion,
		Lang:     "ru",
		Dateline: &entities.Dateline{
			Span:  entities.Span{Start: 0, End: 10, Text: "ПЕКИН"},
			Place: "Пекин", Country: "CN", Date: "--07-23", Agency: "Синьхуа",
		},
		Sentences:     []entities.Span{},
		Dates:         []entities.Date{{ID: "d1", Span: entities.Span{Start: 1, End: 2, Text: "a"}, Value: "2020", Precision: entities.Year}},
		Places:        []entities.Place{},
		Organizations: []entities.Organization{{ID: "o1", Name: "КПК", PlaceID: "", ParentID: "", Mentions: []entities.Span{}}},
		People: []entities.Person{{ID: "p1", Name: "Лю", Positions: []entities.Position{{
			Title: "секретарь КПК", Organization: "КПК", OrganizationID: "o1",
			Span: entities.Span{Start: 3, End: 4, Text: "b"},
		}}, Mentions: []entities.Span{}}},
		Figures: []entities.Figure{{ID: "f1", Value: 1200000000, Unit: "USD"}},
		Quotes:  []entities.Quote{{ID: "q1", Speaker: "Лю", SpeakerID: "p1", Kind: entities.Direct}},
		Facts:   []entities.Fact{{ID: "x1", Type: entities.Meeting, Args: []entities.Arg{{Role: "participant", ID: "p1"}}}},
	}
	got, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"x","contract":2,"lang":"ru",` +
		`"dateline":{"start":0,"end":10,"text":"ПЕКИН","place":"Пекин","place_latin":"","country":"CN","date":"--07-23","agency":"Синьхуа"},` +
		`"sentences":[],"dates":[{"id":"d1","start":1,"end":2,"text":"a","value":"2020","precision":"year"}],` +
		`"places":[],"organizations":[{"id":"o1","name":"КПК","acronym":"","latin":"","place_id":"","parent_id":"","mentions":[]}],` +
		`"people":[{"id":"p1","name":"Лю","first":"","middle":"","last":"","latin":"","latin_source":"",` +
		`"positions":[{"title":"секретарь КПК","organization":"КПК","organization_id":"o1","place":"","place_id":"","start":3,"end":4,"text":"b"}],"mentions":[]}],` +
		`"figures":[{"id":"f1","start":0,"end":0,"text":"","value":1200000000,"unit":"USD","qualifier":""}],` +
		`"quotes":[{"id":"q1","start":0,"end":0,"text":"","speaker":"Лю","speaker_id":"p1","kind":"direct"}],` +
		`"facts":[{"id":"x1","type":"meeting","start":0,"end":0,"text":"","trigger":{"start":0,"end":0,"text":""},` +
		`"args":[{"role":"participant","id":"p1"}],"kind":"","title":"","status":""}]}`
	if string(got) != want {
		t.Errorf("json.Marshal(doc) =\n%s\nwant\n%s", got, want)
	}
}
