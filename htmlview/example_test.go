package htmlview_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/htmlview"
)

// Render a document as a page: each mention becomes a <mark> of its
// type, with the normalized name in its tooltip.
func ExampleRender() {
	text := "Мэр Москвы Сергей Собянин открыл 2 новые станции."
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := ex.Extract("example", text)
	if err != nil {
		log.Fatal(err)
	}
	var page strings.Builder
	if err := htmlview.Render(&page, text, doc); err != nil {
		log.Fatal(err)
	}
	for _, class := range []string{"place", "person", "figure"} {
		fmt.Println(class, strings.Count(page.String(), `<mark class="`+class+`"`)-1) // less the legend's
	}
	// Output:
	// place 1
	// person 1
	// figure 1
}
