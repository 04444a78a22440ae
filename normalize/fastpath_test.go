package normalize

import (
	"strings"
	"testing"
	"unicode"
)

// isUpperRef is IsUpper written with the unicode package only.
func isUpperRef(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

func TestIsUpperFastPath(t *testing.T) {
	for _, s := range []string{"", "СКМТ", "Скмт", "ООО", "JETRO", "Jetro", "ЁЖ", "ёж", "Ё", "123", "2020-ГО", "СПб", "NASA-ГО", "ÄÖ", "Äö", "ЇЖАК", "ЇЖак", "中国", "ТАСС中国", "S&P", "ИТАР-ТАСС", "XIV", "ﬁ", "\xff", "Ж\xd0", "\xd0"} {
		if got, want := IsUpper(s), isUpperRef(s); got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", s, got, want)
		}
	}
}

// keyRef is Key written with the unicode package only, rune by rune.
func keyRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case isQuote(r):
			continue
		case isDash(r):
			r = '-'
		case r == 'ё' || r == 'Ё':
			r = 'е'
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestKeyFastPath(t *testing.T) {
	for _, s := range []string{"", "«ЦЗИНАНЬ»", "Улан–Батор", "  Ёлкин  ЁЖ ", "Совет КНР", "ЇЖАК Ґ", "Straße Ä", "\xd0A", "\xd0", "Ж\xd1", "中国 «Ли»", "ПЕКИН\u00a0Китай", "a-b—c"} {
		if got, want := Key(s), keyRef(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerEveryScript holds Lower to unicode.ToLower rune by rune, the
// way strings.ToLower maps: Ukrainian, Belarusian, Kazakh and Serbian
// capitals, Latin with diacritics, and characters of three bytes after a
// Russian word, which once put the fast path out of step.
func TestLowerEveryScript(t *testing.T) {
	for _, s := range []string{"Іван", "MÜLLER", "ПЕКИН—МОСКВА", "ЇЖАК Ґ", "Ўзбек", "ҚАЗАҚСТАН", "Ђорђе", "Ёлкин", "ПЕКИН", "abc", "", "\xd0A", "Ж\xd1", "Straße", "中国 ЛИ"} {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}
