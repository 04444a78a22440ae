package normalize

import (
	"strings"
	"testing"
)

func TestNounLemma(t *testing.T) {
	tests := []struct{ form, want, why string }{
		{"соглашений", "соглашение", "genitive plural of a -ие noun"},
		{"семинаров", "семинар", "hard masculine"},
		{"доз", "доза", "zero ending, resolved by the lexicon"},
		{"мест", "место", "zero ending, neuter"},
		{"масок", "маска", "a fleeting vowel in the genitive plural"},
		{"рынка", "рынок", "a fleeting vowel in the stem"},
		{"дней", "день", "a fleeting vowel, soft"},
		{"бойца", "боец", "a noun in -ец the lexicon lacks: its е drops, after a vowel as й"},
		{"продавцом", "продавец", "-ец, instrumental"},
		{"американцем", "американец", "-ец, instrumental in -ем"},
		{"пальцах", "палец", "-ец after л is soft"},
		{"мудреца", "мудрец", "two consonants keep the е"},
		{"Майнца", "майнц", "a capitalized loan keeps нц"},
		{"лет", "год", "suppletive"},
		{"людей", "человек", "suppletive plural"},
		{"человек", "человек", "the genitive plural is the lemma"},
		{"странам", "страна", "dative plural"},
		{"регионах", "регион", "prepositional plural"},
		{"терминалами", "терминал", "instrumental plural"},
		{"месяцем", "месяц", "е after ц"},
		{"месяцев", "месяц", "ев after ц"},
		{"товаров", "товар", "plain"},
		{"юаней", "юань", "soft masculine"},
		{"иен", "иена", "currency"},
		{"евро", "евро", "indeclinable"},
		{"Соглашения", "соглашение", "case folds"},
		{"автомобилей", "автомобиль", "soft masculine"},
		{"контейнеровозов", "контейнеровоз", "a guess for a word the lexicon lacks"},
		{"резолюций", "резолюция", "a guess: -ций is mostly a feminine -ция"},
		{"соревнований", "соревнование", "a guess: -ний is mostly a neuter -ние"},
		{"теплоходами", "теплоход", "a guess for -ами (which is ambiguous: a feminine noun would be guessed wrong)"},
	}
	for _, tc := range tests {
		if got := NounLemma(tc.form); got != tc.want {
			t.Errorf("NounLemma(%q) = %q, want %q (%s)", tc.form, got, tc.want, tc.why)
		}
	}
}

// TestNounTable checks the lexicon: it loads, is sorted and unique, and
// every lemma analyses as its own nominative.
func TestNounTable(t *testing.T) {
	lex, err := loadNouns()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := nounFiles.ReadFile("nouns.tsv")
	prev := ""
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "lemma\t") {
			continue
		}
		lemma := strings.Split(line, "\t")[0]
		if lemma <= prev {
			t.Errorf("nouns.tsv: %q after %q (sorted, unique)", lemma, prev)
		}
		prev = lemma
		found := false
		for _, a := range lex.forms[lemma] {
			if a.Lemma == lemma && (a.Case == Nominative || a.Plural) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q does not analyse as its own nominative", lemma)
		}
	}
}
