package extract

import (
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// linkSummary writes what resolution linked: each post as "person: title
// | organization#id | place#id", each organization with a place or a
// parent as "name: in place#id, part of name#id", each quote as
// "speaker#id kind".
func linkSummary(doc *entities.Document) []string {
	var out []string
	for _, p := range doc.People {
		for _, pos := range p.Positions {
			out = append(out, p.Name+": "+pos.Title+" | "+pos.Organization+"#"+pos.OrganizationID+" | "+pos.Place+"#"+pos.PlaceID)
		}
	}
	name := map[string]string{}
	for _, l := range doc.Places {
		name[l.ID] = l.Name
	}
	for _, o := range doc.Organizations {
		name[o.ID] = o.Name
	}
	for _, o := range doc.Organizations {
		if o.PlaceID != "" || o.ParentID != "" {
			out = append(out, o.Name+": in "+name[o.PlaceID]+"#"+o.PlaceID+", part of "+name[o.ParentID]+"#"+o.ParentID)
		}
	}
	for _, q := range doc.Quotes {
		out = append(out, "quote "+q.Speaker+"#"+q.SpeakerID+" "+string(q.Kind))
	}
	return out
}

func TestResolve(t *testing.T) {
	runSummaries(t, []summaryTest{
		{"acronym names the council",
			"Совет КНР по содействию международной торговле (СКМТ) провел семинар в Пекине. Председатель СКМТ Иван Петров открыл его.",
			[]string{
				"Иван Петров: председатель СКМТ | Совет КНР по содействию международной торговле#o1 | #",
				"Совет КНР по содействию международной торговле: in КНР#l1, part of #",
			},
			"a post's acronym is the organization the document lists under it, named by its full name"},
		{"descriptor before a quoted name",
			"Координатор движения «Левый фронт» Сергей Удальцов выступил на митинге.",
			[]string{"Сергей Удальцов: координатор движения «Левый фронт» | Левый фронт#o1 | #"},
			"\"движение\" describes the organization «Левый фронт», it names no other one"},
		{"adjectives before a descriptor",
			"Вокалист британской группы The Prodigy Кит Флинт умер.",
			[]string{"Кит Флинт: вокалист британской группы The Prodigy | The Prodigy#o1 | Великобритания#"},
			"lower-case adjectives and a descriptor describe the organization the document lists by its name"},
		{"a part is not the whole",
			"Лидер фракции КПРФ Геннадий Зюганов выступил в Думе.",
			[]string{"Геннадий Зюганов: лидер фракции КПРФ | фракция КПРФ# | #"},
			"a faction of the party is not the party: the string stays, with no id"},
		{"place and parent from the name",
			"Провинция Шаньдун готовится к форуму. Секретарь Шаньдунского комитета КПК Лю Цзяи выступил.",
			[]string{
				"Лю Цзяи: секретарь Шаньдунского комитета КПК | Шаньдунский комитет КПК#o1 | #",
				"Шаньдунский комитет КПК: in Шаньдун#l1, part of КПК#o2",
			},
			"the adjective's stem is a place of the document; the acronym inside the name is the party it is part of"},
		{"a country after the post",
			"Президент Российской Федерации Дмитрий Медведев прибыл в Токио.",
			[]string{"Дмитрий Медведев: президент Российской Федерации | # | Российская Федерация#l1"},
			"a country is the post's place, not its organization"},
		{"a minister's ministry",
			"Министерство внутренних дел (МВД) сообщило о проверке. Прежний министр внутренних дел Анатолий Кулешов ушёл в отставку.",
			[]string{"Анатолий Кулешов: прежний министр внутренних дел | Министерство внутренних дел#o1 | #"},
			"a minister's title names the ministry the document lists by its full name"},
		{"a minister of a named country",
			"Министерство финансов сообщило о проверке. Министр финансов Японии Иван Петров приехал.",
			[]string{"Иван Петров: министр финансов Японии | # | Япония#l1"},
			"a minister of another country is not the document's ministry's"},
		{"a board's company",
			"Глава правления Сбербанка Герман Греф заявил о росте. Председатель совета директоров компании «Вектор» Иван Петров ответил.",
			[]string{
				"Герман Греф: глава правления Сбербанка | Сбербанк#o1 | #",
				"Иван Петров: председатель совета директоров компании «Вектор» | Вектор#o2 | #",
			},
			"a post on a company's board is a post in the company"},
		{"direct and reported speech",
			"«Мы довольны результатами», — сказал Иван Петров. По словам Петрова, работа продолжится.",
			[]string{"quote Иван Петров#p1 direct", "quote Иван Петров#p1 indirect"},
			"a quote names its speaker by id, and says whether it gives the speaker's own words"},
	}, linkSummary)
}
