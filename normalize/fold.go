package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key folds a name to a lookup key: lower case, ё as е, every dash and
// hyphen as "-", quotes removed, runs of white space (including no-break
// spaces) as one space, no space at either end.
//
// Two writings of the same name get the same key:
// Key("«ЦЗИНАНЬ»") == Key("Цзинань") and Key("Улан–Батор") ==
// Key("улан-батор").
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
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

func isQuote(r rune) bool {
	switch r {
	case '"', '«', '»', '„', '“', '”', '‹', '›', '\'', '’', '‘':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// Capitalize writes a name that the text gives in capitals in ordinary
// capitalization: each part separated by a space or a hyphen keeps its
// first letter and lowers the rest ("ЦЗИНАНЬ" → "Цзинань", "УЛАН-БАТОР"
// → "Улан-Батор"). It rewrites whatever it is given: the caller decides
// that s is a name in capitals ([IsUpper]) and not an acronym ("КНР").
func Capitalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for i, w := 0, 0; i < len(s); i += w {
		var r rune
		r, w = utf8.DecodeRuneInString(s[i:])
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-' || r == '(' || unicode.IsSpace(r)
	}
	return b.String()
}

// IsUpper reports whether s has at least one letter and no lower-case
// letters: "ЦЗИНАНЬ", "УЛАН-БАТОР", "G20".
func IsUpper(s string) bool {
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
