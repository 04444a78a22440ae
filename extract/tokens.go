package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// kind is the class of a token.
type kind uint8

const (
	// space is a run of white space; token.lines counts its line breaks.
	space kind = iota
	// word is letters and digits starting with a letter, with inner hyphens
	// and apostrophes: "Улан-Батор", "онлайн-дискуссии", "COVID-19", "G20".
	word
	// number is digits with inner "." or "," between digits: "17", "3,7",
	// "10.08.2020".
	number
	// punct is one punctuation mark, or a run of terminal marks ("...",
	// "?!"), or a dash written as "--".
	punct
	// link is a URL or an e-mail address.
	link
	// symbol is anything else: "%", "$", "№", emoji.
	symbol
)

// token is a piece of the text. Tokens tile the text: each starts where
// the previous one ends.
type token struct {
	start, end int
	kind       kind
	// lines is the number of line breaks in a space token.
	lines uint8
	// first is the first rune of the token.
	first rune
}

// text returns the token's text.
func (t token) text(s string) string { return s[t.start:t.end] }

// upper reports whether the token starts with an upper-case letter.
func (t token) upper() bool {
	return (t.kind == word) && isUpper(t.first)
}

// percent reports a percent sign: "20%", "20 %".
func (t token) percent() bool {
	return t.kind != word && t.first == '%'
}

// tokenPool recycles token buffers: tokens never leave a call to Extract
// or Sentences, so each call borrows a buffer and returns it.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// maxPooledTokens keeps a buffer from one huge document from being held.
const maxPooledTokens = 1 << 20

// getTokens tokenizes text into a pooled buffer; release it with
// putTokens when the tokens are no longer used.
func getTokens(text string) *[]token {
	buf := tokenPool.Get().(*[]token)
	*buf = tokenizeInto((*buf)[:0], text)
	return buf
}

func putTokens(buf *[]token) {
	if cap(*buf) > maxPooledTokens {
		return
	}
	tokenPool.Put(buf)
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 bytes
// become one-byte symbol tokens.
func tokenize(text string) []token {
	return tokenizeInto(nil, text)
}

// tokenizeInto appends the tokens of text to toks.
func tokenizeInto(toks []token, text string) []token {
	if need := len(text)/5 + 4; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		t := token{start: i, first: r}
		glued := false
		switch {
		case isSpace(r):
			j, lines := i, 0
			for j < len(text) {
				r2, s2 := decode(text, j)
				if !isSpace(r2) {
					break
				}
				if r2 == '\n' || r2 == '\u2028' || r2 == '\u2029' {
					lines++
				}
				j += s2
			}
			t.kind, t.end = space, j
			t.lines = uint8(min(lines, 255))
		case isDigit(r):
			t.kind, t.end = number, scanNumber(text, i)
		case isLetter(r):
			if end := scanLink(text, i); end > i {
				t.kind, t.end = link, end
			} else {
				var capital int
				t.kind = word
				t.end, capital = scanWord(text, i)
				if capital > 0 && t.end-i >= 12 {
					if g := gluePoint(text[i:t.end]); g > 0 {
						t.end, glued = i+g, true // "ИгорьАгафонов": two words a scraper glued
					}
				}
			}
		default:
			t.kind, t.end = punctOrSymbol(text, i, r, size)
		}
		toks = append(toks, t)
		if glued {
			// An empty space between the glued words: the recognizers read
			// them as two words a space apart.
			toks = append(toks, token{start: t.end, end: t.end, kind: space, first: ' '})
		}
		i = t.end
	}
	return toks
}

// gluePoint returns where a word of Cyrillic letters holds two words
// that lost the space between them, as scraped pages do ("релизКомпания",
// "городаВиталий", "ИгорьАгафонов", "ДальнимВостоком"), or 0: a capital
// after at least three lower-case letters, starting at least three more.
// A word that starts with a capital splits only after an ending that
// closes a word (a soft sign, "-ий", "-ей", an adjective's "-ым",
// "-ого"..., a long noun's "-е"): "ВымпелКом", "МегаФон", "РусГидро",
// "ТелеСистемы" are brands, one word.
// Ы, Ъ, Ь and Й start no word ("вакцЫна").
func gluePoint(w string) int {
	first, _ := utf8.DecodeRuneInString(w)
	lowerRun := 0
	for i, r := range w {
		if i == 0 {
			continue
		}
		switch {
		case r >= 'а' && r <= 'я' || r == 'ё':
			lowerRun++
			continue
		case (r >= 'А' && r <= 'Я' || r == 'Ё') && lowerRun >= 3:
		default:
			return 0 // a hyphen, a digit, another script, or capitals
		}
		rest := w[i:]
		if strings.ContainsRune("ЫЪЬЙ", r) || utf8.RuneCountInString(rest) < 4 || !lowerAfterFirst(rest) {
			return 0
		}
		if isUpper(first) && !hasAnySuffix(w[:i], glueEnds) && !(lowerRun >= 5 && strings.HasSuffix(w[:i], "е")) {
			return 0 // ("ВладивостокеВиталий": a long noun's "-е" closes it, "Теле" of "ТелеСистемы" does not)
		}
		return i
	}
	return 0
}

// glueEnds close a capitalized word before a glued one (gluePoint).
var glueEnds = []string{"ь", "ий", "ей", "ый", "ым", "им", "ой", "ого", "его", "ому", "ему", "ых", "их"}

// lowerAfterFirst reports a word whose letters after the first are lower
// case Cyrillic ones.
func lowerAfterFirst(w string) bool {
	for i, r := range w {
		if i > 0 && !(r >= 'а' && r <= 'я' || r == 'ё') {
			return false
		}
	}
	return true
}

// decode returns the rune at i and its size; an invalid byte is
// utf8.RuneError of size 1.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Two-byte sequences (Cyrillic, Latin-1) without the general decoder.
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) {
		if c2 := s[i+1]; c2&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c2&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports white space: Unicode's White_Space, plus the zero-width
// space and the byte order mark, which separate words without showing.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	switch {
	case r < 0x85:
		return false
	case r == 0x85, r == 0xA0, r == 0x1680, r >= 0x2000 && r <= 0x200B,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000, r == 0xFEFF:
		return true
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r >= 'А' && r <= 'я', r == 'ё', r == 'Ё':
		return true
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
}

func isUpper(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'A' && r <= 'Z'
	case r >= 'А' && r <= 'Я', r == 'Ё':
		return true
	case r >= 'а' && r <= 'я', r == 'ё':
		return false
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// scanNumber scans digits with inner separators: "3,7", "10.08.2020".
func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i++
		default:
			return i
		}
	}
	return i
}

// scanWord scans letters and digits, joined by single inner hyphens or
// apostrophes when a letter or digit follows them. It returns the word's
// end and where its first Cyrillic capital after the first letter is (0
// for none), for gluePoint.
func scanWord(s string, i int) (end, capital int) {
	start := i
	for i < len(s) {
		// Fast path: ASCII letters and digits, and the Cyrillic letters
		// А-я, Ё, ё (UTF-8 D0 81, D0 90-BF, D1 80-8F, D1 91).
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				i++
				continue
			}
		} else if i+1 < len(s) {
			switch c2 := s[i+1]; {
			case c == 0xD0 && c2 >= 0xB0 && c2 <= 0xBF, c == 0xD1 && (c2 >= 0x80 && c2 <= 0x8F || c2 == 0x91):
				i += 2 // а-я, ё
				continue
			case c == 0xD0 && (c2 >= 0x90 && c2 <= 0xAF || c2 == 0x81):
				if capital == 0 && i > start {
					capital = i // А-Я, Ё inside the word (gluePoint)
				}
				i += 2
				continue
			}
		}
		r, size := decode(s, i)
		switch {
		case isLetter(r) || isDigit(r):
			i += size
		case r == '-' || r == '\'' || r == '’' || r == '\u2011':
			if i+size < len(s) {
				r2, _ := decode(s, i+size)
				if isLetter(r2) || isDigit(r2) {
					i += size
					continue
				}
			}
			return i, capital
		default:
			return i, capital
		}
	}
	return i, capital
}

// scanLink returns the end of a URL or e-mail address starting at i, or i.
func scanLink(s string, i int) int {
	rest := s[i:]
	isURL := hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")
	if !isURL {
		// An e-mail: ASCII local part (at most 64 bytes, as RFC 5321
		// allows, which also keeps "a.a.a.…" from being scanned again at
		// every word), "@", a dotted domain.
		j := i
		for j < len(s) && j-i <= 64 && isEmailByte(s[j]) {
			j++
		}
		if j == i || j >= len(s) || s[j] != '@' {
			return i
		}
		k := j + 1
		dot := false
		for k < len(s) && (isEmailByte(s[k]) && s[k] != '+' || s[k] == '-') {
			if s[k] == '.' {
				dot = true
			}
			k++
		}
		for k > j+1 && s[k-1] == '.' {
			k--
		}
		if !dot || k == j+1 {
			return i
		}
		return k
	}
	j := i
	for j < len(s) {
		r, size := decode(s, j)
		if isSpace(r) || r == '"' || r == '«' || r == '»' || r == '<' || r == '>' || r == utf8.RuneError {
			break
		}
		j += size
	}
	// Punctuation at the end belongs to the sentence, not the link; a
	// closing bracket too, unless the link opened one.
	for j > i {
		c := s[j-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
			c == ')' && !containsByte(s[i:j-1], '(') {
			j--
			continue
		}
		break
	}
	return j
}

func isEmailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '+'
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// punctOrSymbol scans one punctuation token: a run of terminal marks
// ("...", "?!", "!!!"), "--" as one dash, or one mark; anything that is not
// punctuation is a symbol.
func punctOrSymbol(s string, i int, r rune, size int) (kind, int) {
	switch {
	case isTerminal(r):
		j := i + size
		for j < len(s) {
			r2, s2 := decode(s, j)
			if !isTerminal(r2) {
				break
			}
			j += s2
		}
		return punct, j
	case r == '-':
		j := i + 1
		for j < len(s) && s[j] == '-' {
			j++
		}
		return punct, j
	case r == utf8.RuneError:
		return symbol, i + size
	case unicode.IsPunct(r):
		return punct, i + size
	}
	return symbol, i + size
}

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// dash reports whether the token is a dash: "-", "--", "–", "—", "―".
func (t token) dash() bool {
	if t.kind != punct {
		return false
	}
	switch t.first {
	case '-', '–', '—', '―', '‒':
		return true
	}
	return false
}

// terminal reports whether the token is a run of sentence-ending marks.
func (t token) terminal() bool { return t.kind == punct && isTerminal(t.first) }
