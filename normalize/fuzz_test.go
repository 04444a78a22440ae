package normalize

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNames runs the name functions on any text: no panic, and the
// guarantees each documents (Forms lists the name first; Key is stable;
// Romanize gives valid text).
func FuzzNames(f *testing.F) {
	for _, s := range []string{"Хабаровский край", "Цзинань", "Ростов-на-Дону", "Совета КНР по содействию международной торговле", "«Полюс»", "Нью-Йорка", "ы", "-на-", "  ", "ЁЖ-ЁЖ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if fs := Forms(s, Declension{}); len(fs) == 0 || fs[0] != s {
			t.Fatalf("Forms(%q) = %q: the name must come first", s, fs)
		}
		Forms(s, Declension{Feminine: true, Plural: true, Stem: s})
		Phrase(s)
		NounLemma(s)
		for _, sys := range []System{Palladius, Polivanov, Kontsevich, ICAO} {
			if got, ok := Romanize(s, sys); ok && !utf8.ValidString(got) {
				t.Fatalf("Romanize(%q, %s) = %q: invalid UTF-8", s, sys, got)
			}
		}
		if IsUpper(s) != isUpperRef(s) {
			t.Fatalf("IsUpper(%q) = %v, the unicode tables say %v", s, IsUpper(s), isUpperRef(s))
		}
		if Key(s) != keyRef(s) {
			t.Fatalf("Key(%q) = %q, the unicode tables say %q", s, Key(s), keyRef(s))
		}
		if k := Key(s); Key(k) != k {
			t.Fatalf("Key(%q) = %q is not stable", s, k)
		}
	})
}

// FuzzWords runs the word functions on any text and any declension: no
// panic, valid UTF-8 out of valid UTF-8 in, Lower as the unicode tables
// lower and stable, Forms and Cases holding the name, numbers finite and
// within the words given.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"Іван", "MÜLLER", "ПЕКИН—МОСКВА", "двух тысяч пятисот", "Хабаровский край", "соглашений", "\xd0A"} {
		f.Add(s, "")
		f.Add(s, "f")
	}
	f.Add("Орёл", "stem=Орл")
	f.Add("Сочи", "ind")
	f.Add("Нидерланды", "pl")
	f.Fuzz(func(t *testing.T, s, decl string) {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Fatalf("Lower(%q) = %q, the unicode tables say %q", s, got, want)
		}
		if l := Lower(s); Lower(l) != l {
			t.Fatalf("Lower(%q) = %q is not stable", s, l)
		}
		if !utf8.ValidString(s) {
			return
		}
		if c := Capitalize(s); !utf8.ValidString(c) {
			t.Fatalf("Capitalize(%q) = %q: invalid UTF-8", s, c)
		}
		Known(s)
		for _, a := range Analyze(s) {
			if !utf8.ValidString(a.Lemma) {
				t.Fatalf("Analyze(%q): lemma %q is invalid UTF-8", s, a.Lemma)
			}
		}
		if l := NounLemma(s); !utf8.ValidString(l) {
			t.Fatalf("NounLemma(%q) = %q: invalid UTF-8", s, l)
		}
		if v, _, ok := Numeral(s); ok && (math.IsInf(v, 0) || math.IsNaN(v)) {
			t.Fatalf("Numeral(%q) = %v", s, v)
		}
		words := strings.Fields(s)
		if v, used, ok := NumberWords(words); ok && (math.IsInf(v, 0) || math.IsNaN(v) || used < 1 || used > len(words)) {
			t.Fatalf("NumberWords(%q) = %v, %d words", words, v, used)
		}
		d, err := ParseDeclension(decl)
		if err != nil {
			return
		}
		if fs := Forms(s, d); len(fs) == 0 || fs[0] != s {
			t.Fatalf("Forms(%q, %q) = %q: the name must come first", s, decl, fs)
		} else {
			for _, x := range fs {
				if !utf8.ValidString(x) {
					t.Fatalf("Forms(%q, %q) has invalid UTF-8 %q", s, decl, x)
				}
			}
		}
		for c, forms := range Cases(s, d) {
			for _, x := range forms {
				if !utf8.ValidString(x) {
					t.Fatalf("Cases(%q, %q)[%d] has invalid UTF-8 %q", s, decl, c, x)
				}
			}
		}
	})
}
