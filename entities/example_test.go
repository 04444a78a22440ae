package entities_test

import (
	"fmt"

	"github.com/pressfacts/pressfacts/entities"
)

// Validate checks a document against its text; here a span that says
// "Токио" where the text has "Пекин", and a date the calendar lacks.
func ExampleDocument_Validate() {
	text := "Пекин, 29 февраля"
	doc := &entities.Document{
		ID: "r1",
		Places: []entities.Place{{Name: "Пекин", Mentions: []entities.Span{
			{Start: 0, End: len("Пекин"), Text: "Токио"},
		}}},
		Dates: []entities.Date{{Span: entities.Span{Start: 12, End: len(text), Text: text[12:]},
			Value: "2023-02-29", Precision: entities.Day}},
	}
	fmt.Println(doc.Validate(text))
	// Output:
	// dates[0]: "2023-02-29" is no day date the calendar has
	// places[0].mentions[0]: span 0..10 "Токио" is not the text's
}
