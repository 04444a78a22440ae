package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name, in, want, why string
	}{
		{"case", "ЦЗИНАНЬ", "цзинань", "case folds"},
		{"yo", "Кишинёв", "кишинев", "ё folds to е"},
		{"quotes", "«Газпром»", "газпром", "quotes go"},
		{"dashes", "Улан–Батор", "улан-батор", "an en dash is a hyphen"},
		{"spaces", "  РИА\u00a0 Новости ", "риа новости", "no-break and repeated spaces fold, ends trimmed"},
		{"empty", "", "", "nothing stays nothing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Key(tc.in); got != tc.want {
				t.Errorf("Key(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.why)
			}
		})
	}
}

func TestCapitalize(t *testing.T) {
	tests := []struct {
		name, in, want, why string
	}{
		{"one word", "ЦЗИНАНЬ", "Цзинань", "a dateline city"},
		{"hyphen", "УЛАН-БАТОР", "Улан-Батор", "each hyphenated part is capitalized"},
		{"space", "НЬЮ ЙОРК", "Нью Йорк", "each word is capitalized"},
		{"latin", "JINAN", "Jinan", "Latin letters too"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Capitalize(tc.in); got != tc.want {
				t.Errorf("Capitalize(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.why)
			}
		})
	}
}

func TestIsUpper(t *testing.T) {
	for in, want := range map[string]bool{"ПЕКИН": true, "Пекин": false, "G20": true, "2020": false, "": false, "УЛАН-БАТОР": true} {
		if got := IsUpper(in); got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestLower(t *testing.T) {
	for _, s := range []string{"", "пекин", "ПЕКИН", "Ёлка", "ЁЖ", "Jinan", "COVID-19", "Çà", "ΑΒΓ", "РусскийЯЗЫК", "ъЪ ыЫ эЭ юЮ яЯ", "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", "\xff\xd0"} {
		if got, want := Lower(s), strings.ToLower(s); got != want && utf8.ValidString(s) {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Lower("соглашений") }); n != 0 {
		t.Errorf("Lower of a lower-case word allocates %v times", n)
	}
}
