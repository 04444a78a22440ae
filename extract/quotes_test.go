package extract

import (
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// quoteSummary writes a document's quotes as "speaker (kind): text".
func quoteSummary(doc *entities.Document) []string {
	var out []string
	for _, q := range doc.Quotes {
		out = append(out, q.Speaker+" ("+string(q.Kind)+"): "+q.Text)
	}
	return out
}

func TestQuotes(t *testing.T) {
	runSummaries(t, []summaryTest{
		{"quotes and colon",
			"«Мы довольны итогами», — сказал министр Иван Петров. Председатель Ли Мин заявил: «Проект будет продолжен». «Это слухи», — говорят в отрасли.",
			[]string{"Иван Петров (direct): Мы довольны итогами", "Ли Мин (direct): Проект будет продолжен"},
			"speech in «» with the speaker after it or before a colon; no speaker named, no quote"},
		{"dash", "Интервью\n— Мы довольны итогами года, — сказал министр Иван Петров. — Работа продолжится.\n— А цены? — спросил журналист.",
			[]string{"Иван Петров (direct): Мы довольны итогами года", "Иван Петров (direct): Работа продолжится."},
			"speech after a dash at the start of a line, and its second half after the attribution"},
		{"dash after colon", "Ольга Смирнова заявила:\n— Цены не вырастут.",
			[]string{"Ольга Смирнова (direct): Цены не вырастут."},
			"the speaker announced on the line before, ending in a colon"},
		{"dash, question", "— Когда начнётся стройка? — уточнил Иван Петров.",
			[]string{"Иван Петров (direct): Когда начнётся стройка?"},
			"a question mark ends the speech before the dash"},
		{"line break first", "\n— Да, — сказал Иван Петров.", []string{"Иван Петров (direct): Да"},
			"a text that starts with a line break (this once looped forever)"},
		{"по словам first", "По словам министра Ивана Петрова, которого цитирует «Интерфакс», запрет будет снят.",
			[]string{"Иван Петров (indirect): запрет будет снят"},
			"reported speech after the speaker, past a relative clause on the speaker"},
		{"по словам after", "Экспорт вырастет, по словам Ивана Петрова.", []string{"Иван Петров (indirect): Экспорт вырастет"},
			"reported speech before the speaker"},
		{"по словам inside", "Прогресс, по словам Ивана Петрова, очевиден.", []string{"Иван Петров (indirect): Прогресс, по словам Ивана Петрова, очевиден"},
			"the speaker inside the sentence: the whole sentence"},
		{"no speaker", "— Цены вырастут, — говорят в отрасли.", nil,
			"speech with no named speaker is left out"},
		{"quote goes on", "«Проект очень важен для края», — сказал Иван Петров. — «Работы на трассе начнутся весной».",
			[]string{"Иван Петров (direct): Проект очень важен для края", "Иван Петров (direct): Работы на трассе начнутся весной"},
			"a quotation after the attribution and a dash is the same speaker's"},
		{"short quoted name", "Компания «Ромашка» открыла завод, сказал Иван Петров.", nil,
			"a quoted name of a few words is no speech"},
	}, quoteSummary)
}
