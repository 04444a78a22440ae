package normalize

import (
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
