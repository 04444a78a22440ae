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
	for i := 0; i < len(s); {
		// Russian letters, the most of any name, without the unicode
		// tables: no Cyrillic letter is a space, a quote or a dash.
		if c := s[i]; (c == 0xD0 || c == 0xD1) && i+1 < len(s) {
			d := s[i+1]
			switch {
			case c == 0xD0 && d >= 0x90 && d <= 0x9F: // А..П
				d += 0x20
			case c == 0xD0 && d >= 0xA0 && d <= 0xAF: // Р..Я
				c, d = 0xD1, d-0x20
			case c == 0xD0 && d == 0x81 || c == 0xD1 && d == 0x91: // Ё, ё
				c, d = 0xD0, 0xB5 // е
			case c == 0xD0 && d >= 0xB0 && d <= 0xBF, c == 0xD1 && d >= 0x80 && d <= 0x8F:
			default:
				c = 0 // another Cyrillic letter: the general way below
			}
			if c != 0 {
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteByte(c)
				b.WriteByte(d)
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
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
		case r >= 'а' && r <= 'я' || r >= 'a' && r <= 'z' || r == ' ':
			// Most letters are lower case already.
		case r >= 'А' && r <= 'Я':
			r += 'а' - 'А'
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
	for i := 0; i < len(s); i++ {
		// ASCII and Russian letters without the unicode tables: a
		// lower-case one ends the test at once, as it mostly does.
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters = true
		case c < 0x80:
		case c == 0xD0 && i+1 < len(s) && (s[i+1] >= 0x90 && s[i+1] <= 0xAF || s[i+1] == 0x81):
			letters = true
			i++
		case c == 0xD0 && i+1 < len(s) && s[i+1] >= 0xB0 && s[i+1] <= 0xBF,
			c == 0xD1 && i+1 < len(s) && (s[i+1] >= 0x80 && s[i+1] <= 0x8F || s[i+1] == 0x91):
			return false
		default:
			return isUpperSlow(s[i:], letters)
		}
	}
	return letters
}

// isUpperSlow is IsUpper through the unicode tables, for the rest of a
// string from its first letter of another script.
func isUpperSlow(s string, letters bool) bool {
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

// Lower returns s in lower case. Words already in lower case come back as
// they are, without allocating; ASCII and Cyrillic letters are mapped
// directly, other scripts through the unicode package.
func Lower(s string) string {
	// ASCII and Russian letters without the unicode tables; any other
	// character, or a byte that is no such letter's, sends the whole
	// string the general way, so that the fast path never misreads one.
	upper := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x80:
			upper = upper || c >= 'A' && c <= 'Z'
		case c == 0xD0 && i+1 < len(s) && (s[i+1] >= 0x90 && s[i+1] <= 0xBF || s[i+1] == 0x81):
			upper = upper || s[i+1] <= 0xAF // А..Я (D0 90..AF) or Ё (D0 81)
			i++
		case c == 0xD1 && i+1 < len(s) && (s[i+1] >= 0x80 && s[i+1] <= 0x8F || s[i+1] == 0x91):
			i++ // р..я, ё
		default:
			return strings.ToLower(s) // another script: the general way
		}
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == 0xD0:
			switch n := b[i+1]; {
			case n >= 0x90 && n <= 0x9F: // А-П → а-п (D0 B0-BF)
				b[i+1] = n + 0x20
			case n >= 0xA0 && n <= 0xAF: // Р-Я → р-я (D1 80-8F)
				b[i], b[i+1] = 0xD1, n-0x20
			case n == 0x81: // Ё → ё (D1 91)
				b[i], b[i+1] = 0xD1, 0x91
			}
			i++
		case c == 0xD1:
			i++
		}
	}
	return string(b)
}

// foldYo writes ё as е, without allocating when there is none.
func foldYo(s string) string {
	if !strings.Contains(s, "ё") {
		return s
	}
	return strings.ReplaceAll(s, "ё", "е")
}

// lookupKey folds a word for the lexicon tables: lower case, ё as е. A
// word that starts with a lower-case letter and has no ё (most words of a
// text) is returned as it is, without a scan of its letters.
func lookupKey(w string) string {
	if w == "" {
		return w
	}
	c := w[0]
	lowerInitial := c >= 'a' && c <= 'z' || c == 0xD0 && len(w) > 1 && w[1] >= 0xB0 && w[1] <= 0xBF || c == 0xD1 && len(w) > 1 && w[1] >= 0x80 && w[1] <= 0x8F
	if lowerInitial && !needsFold(w) {
		return w
	}
	return foldYo(Lower(w))
}

// needsFold reports, in one pass, a "ё" or an ASCII or Cyrillic capital
// after the first letter ("еЩё" is rare, but a key must be exact).
func needsFold(w string) bool {
	for i := 1; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			return true
		case c == 0xD0 && i+1 < len(w) && (w[i+1] >= 0x90 && w[i+1] <= 0xAF || w[i+1] == 0x81):
			return true
		case c == 0xD1 && i+1 < len(w) && w[i+1] == 0x91: // ё
			return true
		}
	}
	return false
}
