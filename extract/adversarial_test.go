package extract

import (
	"strings"
	"testing"
)

// adversarialTexts are inputs built to trip quadratic work or deep
// recursion in the splitter and the dateline parser: nested quotes and
// brackets, endless initials, runs of opening quotes, one huge line, and
// runs that the place and organization scans extend names over.
func adversarialTexts() map[string]string {
	const n = 200000
	return map[string]string{
		"nested guillemets":    strings.Repeat("«", n) + strings.Repeat("»", n),
		"nested brackets":      "Текст. " + strings.Repeat("(", n) + strings.Repeat(")", n),
		"straight quotes":      strings.Repeat("\" ", n),
		"initials":             strings.Repeat("А. ", n) + "Иванов.",
		"initials joined":      strings.Repeat("А.", n) + " Иванов.",
		"opening quotes":       "Конец. " + strings.Repeat("«", n) + "Начало.",
		"dashes":               "Конец. " + strings.Repeat("— ", n) + "Начало.",
		"periods":              strings.Repeat(". ", n),
		"abbreviations":        strings.Repeat("т.д. ", n),
		"list numbers":         strings.Repeat("1. Пункт) ", n),
		"bullets":              strings.Repeat("• ", n),
		"dateline-like":        strings.Repeat("ПЕКИН, 23 июля (Синьхуа) — ", n/10),
		"long word":            strings.Repeat("а", 4*n),
		"many lines":           strings.Repeat("ПЕКИН, 23 июля\n", n/10),
		"latin run":            strings.Repeat("Alpha ", n),
		"capitals":             strings.Repeat("АБВ ", n),
		"genitive chain":       "Министерство " + strings.Repeat("экономики ", n),
		"adjective chain":      strings.Repeat("Японской ", n) + "организации",
		"domain":               strings.Repeat("a.", n) + "ru",
		"quoted names":         strings.Repeat("компании «Альфа» ", n/10),
		"acronyms in brackets": strings.Repeat("Совет (СКМТ) ", n/10),
		"place names":          strings.Repeat("Хабаровского края ", n/10),
		"dash speech":          strings.Repeat("— Да, — сказал Иван Петров. — Нет, — ", n/10),
		"dash lines":           strings.Repeat("Иван Петров заявил:\n— Да.\n", n/10),
		"reported speech":      strings.Repeat("по словам Ивана Петрова, ", n/10),
		"unknown names":        "полковник " + strings.Repeat("Сансерн ", n/10),
	}
}

// TestAdversarial runs every adversarial text through Extract. It asserts
// no time; quadratic work would show as a test that does not finish.
func TestAdversarial(t *testing.T) {
	ex := newTestExtractor(t)
	for name, text := range adversarialTexts() {
		t.Run(name, func(t *testing.T) {
			doc, err := ex.Extract(name, text)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, text, doc)
			checkSentenceTiling(t, text, doc.Sentences)
		})
	}
}
