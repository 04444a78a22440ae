package extract_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/pressfacts/pressfacts/extract"
)

func Example() {
	text := "ПЕКИН, 23 июля (Синьхуа) — Китай поставил 600 млн доз вакцины. Об этом сообщил представитель министерства."
	doc, err := extract.Extract("r005", text)
	if err != nil {
		fmt.Println(err)
		return
	}
	dl := doc.Dateline
	fmt.Println(dl.Place, dl.Country, dl.Date, dl.Agency)
	for _, s := range doc.Sentences {
		fmt.Println(s.Start, s.End, s.Text)
	}
	// Output:
	// Пекин CN --07-23 Синьхуа
	// 0 106 ПЕКИН, 23 июля (Синьхуа) — Китай поставил 600 млн доз вакцины.
	// 107 188 Об этом сообщил представитель министерства.
}

func ExampleExtractor_ExtractInput() {
	ex, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := ex.ExtractInput(extract.Input{
		ID:   "r019",
		Text: "Харбин, 28 октября /Синьхуа/ -- Сейчас в пров. Хэйлунцзян глубокая осень.",
		Date: "2021-11-02", // the publication date gives the dateline its year
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Dateline.Date, doc.Dateline.Text)
	// Output:
	// 2021-10-28 Харбин, 28 октября /Синьхуа/ --
}

func Example_placesAndOrganizations() {
	text := "Шаньдунское подразделение Совета КНР по содействию международной торговле (СКМТ) провело семинар в Цзинане, Токио и Осаке. СКМТ подвело итоги."
	doc, err := extract.Extract("seed", text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Places {
		fmt.Println(p.Name, p.Latin, p.Kind, p.Country, p.Mentions[0].Text)
	}
	for _, o := range doc.Organizations {
		fmt.Println(o.Name, o.Acronym, len(o.Mentions))
	}
	// Output:
	// КНР China country CN КНР
	// Цзинань Jinan city CN Цзинане
	// Токио Tokyo capital JP Токио
	// Осака Osaka city JP Осаке
	// Совет КНР по содействию международной торговле СКМТ 3
}

func ExampleSentences() {
	for _, s := range extract.Sentences("Форум пройдет в г. Харбине. Доклад сделает проф. А. С. Иванов. Подробности — на сайте www.example.cn.") {
		fmt.Println(s.Text)
	}
	// Output:
	// Форум пройдет в г. Харбине.
	// Доклад сделает проф. А. С. Иванов.
	// Подробности — на сайте www.example.cn.
}

func ExampleExtract_invalidUTF8() {
	_, err := extract.Extract("bad", "Текст \xff")
	fmt.Println(err)
	// Output:
	// extract: invalid UTF-8 at byte 11
}

// A user's own company names, in the format of the built-in table: the
// extractor then finds them in every case, with their acronym and Latin
// name, without a word like "компания" before them.
func ExampleWithOrganizations() {
	table := "name\tacronym\tlatin\tdecl\taliases\n" +
		"Северная верфь\tСВ\tSevernaya Verf\tf\t\n" // "f": верфь is feminine
	ex, err := extract.New(extract.WithOrganizations(strings.NewReader(table)))
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := ex.Extract("n1", "Заказ получила Северная верфь. Позже на Северной верфи заложили судно.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range doc.Organizations {
		fmt.Println(o.Name, o.Latin, len(o.Mentions))
	}
	// A bad row is an error that names it.
	_, err = extract.New(extract.WithPlaces(strings.NewReader("name\tlatin\tkind\tcountry\tdecl\taliases\nБердск\tBerdsk\t\tRU\t\t\n")))
	fmt.Println(err)
	// Output:
	// Северная верфь Severnaya Verf 2
	// extract: lexicon: places (WithPlaces):2: Бердск: no kind (city, region, country, ...)
}

// The trained tagger finds a town no table lists; the rules alone do not.
func ExampleWithoutModel() {
	text := "Новый завод построят в Барабинске к осени."
	rules, err := extract.New(extract.WithoutModel())
	if err != nil {
		panic(err)
	}
	tagged, err := extract.New()
	if err != nil {
		panic(err)
	}
	a, _ := rules.Extract("r", text)
	b, _ := tagged.Extract("r", text)
	fmt.Println(len(a.Places), "place by the rules alone")
	for _, p := range b.Places {
		fmt.Println(p.Name, "with the tagger:", p.Mentions[0].Text)
	}
	// Output:
	// 0 place by the rules alone
	// Барабинск with the tagger: Барабинске
}

// Example_facts prints the facts of the seed release: the seminar with
// its parties, organizer, places and date, and the deal of 17 agreements
// it brought.
func Example_facts() {
	text, err := os.ReadFile("../seeds/000_24b6cfe8cb687a9d.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := extract.Extract("seed", string(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	// Arguments name the document's items by id.
	names := map[string]string{}
	for _, p := range doc.People {
		names[p.ID] = p.Name
	}
	for _, o := range doc.Organizations {
		names[o.ID] = o.Name
	}
	for _, l := range doc.Places {
		names[l.ID] = l.Name
	}
	for _, d := range doc.Dates {
		names[d.ID] = string(d.Value)
	}
	for _, f := range doc.Figures {
		names[f.ID] = f.Text
	}
	for _, f := range doc.Facts {
		fmt.Println(f.ID, f.Type, f.Kind, f.Trigger.Text)
		for _, a := range f.Args {
			fmt.Printf("  %s: %s\n", a.Role, names[a.ID])
		}
	}
	// Output:
	// x1 meeting  семинар
	//   participant: Шаньдун
	//   participant: Япония
	//   participant: Китай
	//   participant: Тошихиро Никай
	//   participant: Юкио Хатояма
	//   participant: Ютака Ёкои
	//   organizer: Совет КНР по содействию международной торговле
	//   place: Цзинань
	//   place: Токио
	//   place: Осака
	//   date: 2020-07-30
	// x2 deal agreement соглашений
	//   participant: Шаньдун
	//   participant: Япония
	//   participant: Китай
	//   figure: 17 соглашений
}
