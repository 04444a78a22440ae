package normalize

import (
	"slices"
	"testing"
)

func TestForms(t *testing.T) {
	tests := []struct {
		name string
		decl string
		want []string // forms that must be among the result
		not  []string // forms that must not
		why  string
	}{
		{"Цзинань", "", []string{"Цзинаня", "Цзинане", "Цзинанем"}, []string{"Цзинани"}, "a name in -ь is masculine by default"},
		{"Казань", "f", []string{"Казани", "Казанью"}, []string{"Казаня"}, "feminine -ь from the hint"},
		{"Москва", "", []string{"Москвы", "Москве", "Москву", "Москвой"}, nil, "-а"},
		{"Россия", "", []string{"России", "Россию", "Россией"}, nil, "-ия"},
		{"Токио", "", []string{"Токио"}, []string{"Токиа"}, "foreign -о does not decline"},
		{"Сколково", "", []string{"Сколково", "Сколкова", "Сколкове"}, nil, "-ово: both usages"},
		{"Самоа", "", []string{"Самоа"}, []string{"Самое"}, "a vowel before -а: no declension"},
		{"Приморье", "", []string{"Приморья", "Приморьем"}, nil, "-ье is a neuter noun"},
		{"Египет", "stem=Египт", []string{"Египта", "Египтом"}, []string{"Египета"}, "a fleeting vowel"},
		{"владелец", "", []string{"владельца", "владельцем"}, []string{"владелеца"}, "the е of -ец drops with no stem given"},
		{"боец", "", []string{"бойца", "бойцу"}, []string{"боеца"}, "-ец after a vowel: й"},
		{"кузнец", "", []string{"кузнеца"}, []string{"кузнца"}, "two consonants before -ец keep the е"},
		{"Нидерланды", "", []string{"Нидерландов", "Нидерландах"}, nil, "plural in -ы"},
		{"Химки", "pl", []string{"Химок", "Химках"}, nil, "plural in -и from the hint"},
		{"Гавайи", "pl", []string{"Гавайев", "Гавайях"}, []string{"Гавайей"}, "a plural in -йи takes -ев in the genitive"},
		{"Хабаровский край", "", []string{"Хабаровского края", "Хабаровском крае", "Хабаровским краем"}, nil, "an adjective agrees with a lexicon head"},
		{"Свердловская область", "", []string{"Свердловской области", "Свердловскую область"}, nil, "feminine adjective, feminine -ь from the lexicon"},
		{"Ленобласть", "", []string{"Ленобласти"}, nil, "a compound declines like the lexicon noun it ends in"},
		{"Объединенные Арабские Эмираты", "", []string{"Объединенных Арабских Эмиратов", "Объединенным Арабским Эмиратам"}, nil, "plural adjectives make a plural head"},
		{"Соединенное Королевство", "", []string{"Соединенного Королевства"}, nil, "neuter adjective, neuter head in -о"},
		{"Республика Корея", "", []string{"Республики Корея", "Республикой Корея"}, []string{"Республики Кореи"}, "words after the head stay"},
		{"Нью-Йорк", "", []string{"Нью-Йорка", "Нью-Йорке"}, nil, "the last part of a hyphenated name declines"},
		{"Ростов-на-Дону", "", []string{"Ростова-на-Дону"}, []string{"Ростов-на-Дона"}, "the part before -на- declines"},
		{"Большой Уссурийский", "", []string{"Большого Уссурийского", "Большом Уссурийском"}, nil, "adjectives alone"},
		{"Дальний Восток", "", []string{"Дальнего Востока", "Дальнем Востоке"}, nil, "a soft adjective"},
		{"Ханты-Мансийский автономный округ", "", []string{"Ханты-Мансийского автономного округа"}, nil, "a hyphenated adjective"},
	}
	for _, tc := range tests {
		d, err := ParseDeclension(tc.decl)
		if err != nil {
			t.Fatal(err)
		}
		got := Forms(tc.name, d)
		if len(got) == 0 || got[0] != tc.name {
			t.Errorf("Forms(%q) = %q: the nominative must come first", tc.name, got)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("Forms(%q) = %q, lacks %q (%s)", tc.name, got, w, tc.why)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("Forms(%q) = %q, has %q (%s)", tc.name, got, w, tc.why)
			}
		}
	}
}

func TestFormsRoundTrip(t *testing.T) {
	// Every form Forms makes of a phrase must come back to the phrase
	// through Phrase, for names whose gender Phrase can see.
	for _, name := range []string{"Хабаровский край", "Японская внешнеторговая организация", "Дальний Восток", "Китай", "Республика Корея"} {
		for _, f := range Forms(name, Declension{}) {
			if got := Phrase(f); got != name {
				t.Errorf("Phrase(%q) = %q, want %q", f, got, name)
			}
		}
	}
}

func TestParseDeclension(t *testing.T) {
	d, err := ParseDeclension("f,stem=Твер")
	if err != nil || !d.Feminine || d.Stem != "Твер" {
		t.Errorf("ParseDeclension = %+v, %v", d, err)
	}
	if _, err := ParseDeclension("fem"); err == nil {
		t.Error("ParseDeclension(\"fem\") succeeded")
	}
}

// TestDeclensionString: String writes what ParseDeclension reads back.
func TestDeclensionString(t *testing.T) {
	for _, s := range []string{"", "f", "ind", "pl", "noun", "stem=Египт", "f,ind,pl,noun,stem=Твер"} {
		d, err := ParseDeclension(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.String(); got != s {
			t.Errorf("ParseDeclension(%q).String() = %q", s, got)
		}
		if got, _ := d.AppendText([]byte("x\t")); string(got) != "x\t"+s {
			t.Errorf("ParseDeclension(%q).AppendText(x\\t) = %q", s, got)
		}
	}
}
