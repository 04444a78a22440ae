package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// TestMeetingCircumstances: a meeting's noun after a preposition, and a
// visit anywhere, tells a meeting only with a party of its own after "с"
// or "между" (a person in a clause of speech) or with a verb of taking
// part; otherwise it is the time or place of what the clause tells.
func TestMeetingCircumstances(t *testing.T) {
	ex := newTestExtractor(t)
	for text, want := range map[string][]string{
		"Иван Петров встретился с Олегом Сидоровым в Москве.":                                            {"Иван Петров", "Олег Сидоров"},
		"Об этом сообщил министр Иван Петров на встрече с губернатором Олегом Сидоровым.":                {"Иван Петров", "Олег Сидоров"},
		"В ходе визита в Казань Иван Петров договорился с губернатором Олегом Сидоровым о помощи.":       {"Иван Петров", "Олег Сидоров"},
		"В совещании участвовали министр Иван Петров и губернатор Олег Сидоров.":                         {"Иван Петров", "Олег Сидоров"},
		"Франция и Германия собираются поднять во время форума вопрос о пошлинах.":                       nil,
		"Иран согласен на переговоры и на контроль со стороны МАГАТЕ.":                                   nil,
		"«Мы справимся», — сказал в беседе с корреспондентом «Газеты» министр Иван Петров.":              nil,
		"Министр Иван Петров осудил визит на острова президента Франции Олега Сидорова.":                 nil,
		"Министр Иван Петров совершит визит в Германию и Францию.":                                       nil,
		"Глава делегации на переговорах Иван Петров призвал ООН к сдержанности, сообщает агентство РИА.": nil,
	} {
		doc, err := ex.Extract("t", text)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]string{}
		for _, p := range doc.People {
			names[p.ID] = p.Name
		}
		got := participants(doc, entities.Meeting, names)
		slices.Sort(got)
		if strings.Join(got, "; ") != strings.Join(want, "; ") || (got == nil) != (want == nil) {
			t.Errorf("%s: meeting of %q, want %q", text, got, want)
		}
	}
}

// TestDealParties: a country is a deal's party after a verb in the past
// ("дала Украине кредит"), not after the noun it qualifies ("послом
// Италии").
func TestDealParties(t *testing.T) {
	ex := newTestExtractor(t)
	for text, want := range map[string][]string{
		"Россия дала Украине кредит на сумму 2 миллиарда долларов.":                {"Россия", "Украина"},
		"Компания «Вектор» и посол Италии подписали договор о поставках в Москве.": nil,
	} {
		doc, err := ex.Extract("t", text)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]string{}
		for _, p := range doc.Places {
			names[p.ID] = p.Name
		}
		got := participants(doc, entities.Deal, names)
		slices.Sort(got)
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s: deal of places %q, want %q", text, got, want)
		}
	}
}

// participants returns the names (by id, from names) of the participants
// of the document's facts of type typ; an empty list, not nil, when there
// is such a fact with none of them.
func participants(doc *entities.Document, typ entities.FactType, names map[string]string) []string {
	var got []string
	for _, f := range doc.Facts {
		if f.Type != typ {
			continue
		}
		for _, a := range f.Args {
			if n, ok := names[a.ID]; ok && a.Role == "participant" {
				got = append(got, n)
			}
		}
		if got == nil {
			got = []string{}
		}
	}
	return got
}
