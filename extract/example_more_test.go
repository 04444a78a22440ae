package extract_test

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/pressfacts/pressfacts/extract"
)

// People come with their name in the nominative, the Latin form and the
// system that made it, and their posts with the organization or place
// each post is of.
func Example_people() {
	text := "Губернатор Хабаровского края Михаил Дегтярев встретился с послом Китая Чжан Ханьхуэем. Михаил Дегтярев поблагодарил коллегу."
	doc, err := extract.Extract("p1", text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.People {
		fmt.Printf("%s | %s (%s) | %d mentions\n", p.Name, p.Latin, p.LatinSource, len(p.Mentions))
		for _, pos := range p.Positions {
			fmt.Printf("  %s | org %q | place %q\n", pos.Title, pos.Organization, pos.Place)
		}
	}
	// Output:
	// Михаил Дегтярев | Mikhail Degtiarev (icao) | 2 mentions
	//   губернатор Хабаровского края | org "" | place "Хабаровский край"
	// Чжан Ханьхуэй | Zhang Hanhui (palladius) | 1 mentions
	//   посол Китая | org "" | place "Китай"
}

// Dates are resolved to the calendar against the document's date (or the
// Extractor's reference date): the precision says how much the text
// gives, Part the part of a period it means, Relative the word that made
// it relative.
func Example_dates() {
	ex, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := ex.ExtractInput(extract.Input{ID: "d1", Date: "2025-03-12",
		Text: "Соглашение подписали вчера. Завод построят во второй половине 2026 года, а форум пройдет 3–5 июня."})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range doc.Dates {
		fmt.Printf("%s → %s %s part=%q relative=%q\n", d.Text, d.Value, d.Precision, d.Part, d.Relative)
	}
	if y, ok := doc.Dates[0].Value.Year(); ok {
		fmt.Println("year", y)
	}
	// Output:
	// вчера → 2025-03-11 day part="" relative="вчера"
	// второй половине 2026 года → 2026 year part="second-half" relative=""
	// 3–5 июня → 2025-06-03 day part="" relative=""
	// 3–5 июня → 2025-06-05 day part="" relative=""
	// year 2025
}

// Figures carry their value, what they count (a noun's lemma, or an ISO
// 4217 code for money, "%" for percents) and their qualifier.
func Example_figures() {
	doc, err := extract.Extract("f1", "Стороны подписали 17 соглашений на сумму более 2,5 млрд рублей; выпуск вырос на 12%.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range doc.Figures {
		fmt.Printf("%s → %s %s %q\n", f.Text, strconv.FormatFloat(f.Value, 'f', -1, 64), f.Unit, f.Qualifier)
	}
	// Output:
	// 17 соглашений → 17 соглашение ""
	// более 2,5 млрд рублей → 2500000000 RUB "более"
	// 12% → 12 % ""
}

// Quotes are direct speech and reported speech, each with the person
// entity who said it.
func Example_quotes() {
	text := "«Мы откроем завод в мае», — сказал министр промышленности Антон Алиханов. По словам Алиханова, проект окупится за пять лет."
	doc, err := extract.Extract("q1", text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s | %s | %s\n", q.Kind, q.Speaker, q.Text)
	}
	// Output:
	// direct | Антон Алиханов | Мы откроем завод в мае
	// indirect | Антон Алиханов | проект окупится за пять лет
}

// One Extractor serves any number of goroutines at once; each document
// gives the same result whatever else runs beside it.
func Example_concurrent() {
	ex, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	texts := []string{
		"МОСКВА, 3 марта. Делегация прибыла в Казань.",
		"Компания «Ростех» открыла завод в Перми.",
		"Президент Франции Эммануэль Макрон посетил Пекин.",
	}
	results := make([]string, len(texts))
	var wg sync.WaitGroup
	for i, text := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc, err := ex.Extract(fmt.Sprint("c", i), text)
			if err != nil {
				results[i] = err.Error()
				return
			}
			results[i] = fmt.Sprintf("%s: %d places, %d organizations, %d people", doc.ID, len(doc.Places), len(doc.Organizations), len(doc.People))
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	// Output:
	// c0: 2 places, 0 organizations, 0 people
	// c1: 1 places, 1 organizations, 0 people
	// c2: 2 places, 0 organizations, 1 people
}

// Without leaves parts out; keeping only dates and figures skips the name
// recognizers and the tagger, which is several times faster.
func ExampleWithout() {
	ex, err := extract.New(extract.Without(extract.Places, extract.Organizations, extract.People, extract.Quotes, extract.Facts))
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := ex.Extract("w1", "В 2024 году Иван Петров купил 3 завода в Перми.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(doc.Dates), "date,", len(doc.Figures), "figure,", len(doc.People), "people,", len(doc.Places), "places")
	// Output:
	// 1 date, 1 figure, 0 people, 0 places
}
