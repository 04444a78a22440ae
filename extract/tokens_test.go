package extract

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsSpace checks the hand-written white space table against the
// unicode package over the whole Basic Multilingual Plane.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		want := unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
		if got := isSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestDecode checks the two-byte fast path against utf8.
func TestDecode(t *testing.T) {
	for _, s := range []string{"Ёё", "Жж", "©", "\xd0", "\xd0A", "\xc0\x80", "€", "a"} {
		for i := 0; i < len(s); {
			r, size := decode(s, i)
			if r2, n2 := utf8.DecodeRuneInString(s[i:]); r != r2 || size != n2 {
				t.Errorf("decode(%q, %d) = %U, %d; want %U, %d", s, i, r, size, r2, n2)
			}
			i += size
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "ЦЗИНАНЬ (JINAN), 10.08.2020 г. -- Улан-Батор: COVID-19, 3,7 млрд... «Ёлка» http://x.cn/a. a@b.ru\u00a0ё"
	want := []struct {
		text string
		kind kind
	}{
		{"ЦЗИНАНЬ", word}, {" ", space}, {"(", punct}, {"JINAN", word}, {")", punct}, {",", punct}, {" ", space},
		{"10.08.2020", number}, {" ", space}, {"г", word}, {".", punct}, {" ", space}, {"--", punct}, {" ", space},
		{"Улан-Батор", word}, {":", punct}, {" ", space}, {"COVID-19", word}, {",", punct}, {" ", space},
		{"3,7", number}, {" ", space}, {"млрд", word}, {"...", punct}, {" ", space}, {"«", punct}, {"Ёлка", word},
		{"»", punct}, {" ", space}, {"http://x.cn/a", link}, {".", punct}, {" ", space}, {"a@b.ru", link},
		{"\u00a0", space}, {"ё", word},
	}
	toks := tokenize(text)
	if len(toks) != len(want) {
		for _, tk := range toks {
			t.Logf("%q %d", tk.text(text), tk.kind)
		}
		t.Fatalf("%d tokens, want %d", len(toks), len(want))
	}
	end := 0
	for i, w := range want {
		tk := toks[i]
		if tk.start != end {
			t.Errorf("token %d starts at %d, want %d (tokens tile the text)", i, tk.start, end)
		}
		end = tk.end
		if tk.text(text) != w.text || tk.kind != w.kind {
			t.Errorf("token %d = %q kind %d, want %q kind %d", i, tk.text(text), tk.kind, w.text, w.kind)
		}
	}
}

// TestGlued checks that words a scraper glued together split, with an
// empty space token between them, and that brands written in camel case
// and inflections of one word do not.
func TestGlued(t *testing.T) {
	for text, want := range map[string][]string{
		"ИгорьАгафонов":       {"Игорь", "", "Агафонов"},
		"релизКомпания":       {"релиз", "", "Компания"},
		"ДальнимВостоком":     {"Дальним", "", "Востоком"},
		"ВладивостокеВиталий": {"Владивостоке", "", "Виталий"},
		"ВымпелКом":           {"ВымпелКом"},
		"МегаФон":             {"МегаФон"},
		"ТелеСистемы":         {"ТелеСистемы"},
		"ЭпиВакКорона":        {"ЭпиВакКорона"},
		"вакцЫнацЫи":          {"вакцЫнацЫи"},
		"кВт":                 {"кВт"},
	} {
		var got []string
		for _, tk := range tokenize(text) {
			got = append(got, tk.text(text))
		}
		if !slices.Equal(got, want) {
			t.Errorf("tokenize(%q) = %q, want %q", text, got, want)
		}
	}
}
