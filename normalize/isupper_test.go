package normalize

import (
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
