package extract

import "strings"

// tokenView is what the token-walking recognizers (dates, figures) share:
// the text, its tokens, and each word token in lower case. It is read
// only.
type tokenView struct {
	text string
	toks []token
	low  []string // the lower-case text of each word token, "" for others
}

// next returns the index of the next token after i that is not white
// space within the same line, or len(toks) at a line break.
func (v *tokenView) next(i int) int {
	k := i + 1
	if k < len(v.toks) && v.toks[k].kind == space {
		if v.toks[k].lines > 0 {
			return len(v.toks)
		}
		k++
	}
	return k
}

// prev returns the index of the token before i, skipping one white space
// token on the same line, or -1.
func (v *tokenView) prev(i int) int {
	k := i - 1
	if k >= 0 && v.toks[k].kind == space {
		if v.toks[k].lines > 0 {
			return -1
		}
		k--
	}
	return k
}

// word returns the lower-case text of the word token at k, or "" when k
// is out of range or no word.
func (v *tokenView) word(k int) string {
	if k < 0 || k >= len(v.low) {
		return ""
	}
	return v.low[k]
}

// tokText returns the text of the token at k, or "".
func (v *tokenView) tokText(k int) string {
	if k < 0 || k >= len(v.toks) {
		return ""
	}
	return v.toks[k].text(v.text)
}

// isPunct reports whether the token at k is punctuation written as one of
// the strings in marks.
func (v *tokenView) isPunct(k int, marks string) bool {
	return k >= 0 && k < len(v.toks) && v.toks[k].kind == punct && strings.Contains(marks, v.toks[k].text(v.text))
}
