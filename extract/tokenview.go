package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/pressfacts/pressfacts/normalize"
)

// tokenView is what the token-walking recognizers (dates, figures) share:
// the text, its tokens, and each word token in lower case. It is read
// only.
type tokenView struct {
	text string
	toks []token
	low  []string // the lower-case text of each word token, "" for others

	// memo caches what the recognizers ask of a word token many times:
	// its folded form, head lemma and whether the noun lexicon knows it.
	memo []wordMemo
	slot []int32 // each token's index in memo, or -1
	// wc is borrowed from wordsPool (tokenView.words).
	wc *wordsCache
	// soft holds the folded words in "-ь", "-ий" and "-ием" (hasSoftWord).
	soft map[string]bool
}

// wordsCache keeps what costs a few thousand instructions to find of a
// word and is the same in every document, from one document to the
// next: head lemmas, and the keys of family names' case forms. Each cache is
// used by one document at a time (wordsPool); a map is emptied when it
// grows past maxCachedWords words.
type wordsCache struct {
	lemmas map[string]string
	forms  map[string][]string
}

const maxCachedWords = 1 << 14

var wordsPool = sync.Pool{New: func() any {
	return &wordsCache{lemmas: map[string]string{}, forms: map[string][]string{}}
}}

// cached returns f(w) from m, or computes it and keeps a copy: the
// document's strings may live in buffers the next document reuses.
func cached[V any](m map[string]V, w string, f func(string) V, clone func(V) V) V {
	if x, ok := m[w]; ok {
		return x
	}
	x := f(w)
	if len(m) >= maxCachedWords {
		clear(m)
	}
	m[strings.Clone(w)] = clone(x)
	return x
}

func cloneStrings(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// hasSoftWord reports whether the text has a word in "-ь", "-ий" or
// "-ием" (the soft endings of masculine nouns' cases) whose folded
// lower-case form is w; the words are gathered on the first question.
func (v *tokenView) hasSoftWord(w string) bool {
	if v.soft == nil {
		v.soft = map[string]bool{}
		for k, t := range v.toks {
			if t.kind == word && (strings.HasSuffix(v.low[k], "ь") || strings.HasSuffix(v.low[k], "ий") || strings.HasSuffix(v.low[k], "ием")) {
				v.soft[v.fold(k)] = true
			}
		}
	}
	return v.soft[w]
}

// words returns the view's wordsCache.
func (v *tokenView) words() *wordsCache {
	if v.wc == nil {
		v.wc = wordsPool.Get().(*wordsCache)
	}
	return v.wc
}

// surnameKeys returns the normalize.Key of each of normalize.Forms of a
// family name; the caller must not change the slice.
func (v *tokenView) surnameKeys(name string) []string {
	return cached(v.words().forms, name, func(w string) []string {
		forms := normalize.Forms(w, normalize.Declension{})
		for i, f := range forms {
			forms[i] = normalize.Key(f)
		}
		return forms
	}, cloneStrings)
}

// wordMemo is what tokenView remembers of one word token.
type wordMemo struct {
	fold, lemma string
	numeral     float64
	done        uint8 // which of the fields are set: memoFold, memoLemma, memoKnown, memoNumeral
	known       bool
	numeralOK   bool
	numeralKind int8 // a normalize.NumeralKind; small, as the memo is one per token
	// candidate is personScan.surnameCandidate's answer: 0 not asked, 1
	// no, 2 yes.
	candidate uint8
}

const (
	memoFold uint8 = 1 << iota
	memoLemma
	memoKnown
	memoNumeral
)

// memoAt returns the memo of token k. Only word tokens have a place in
// the memo (half the tokens are spaces and punctuation); another token
// gets a memo of its own that nothing keeps.
func (v *tokenView) memoAt(k int) *wordMemo {
	if v.memo == nil {
		buf := memoPool.Get().(*memoBuf)
		if cap(buf.slot) < len(v.toks) {
			buf.slot = make([]int32, len(v.toks))
		}
		slot := buf.slot[:len(v.toks)]
		n := int32(0)
		for i, t := range v.toks {
			if t.kind == word {
				slot[i] = n
				n++
			} else {
				slot[i] = -1
			}
		}
		if cap(buf.memo) < int(n) {
			buf.memo = make([]wordMemo, n)
		}
		v.memo, v.slot = buf.memo[:n], slot // zero: new, or cleared by release
	}
	if i := v.slot[k]; i >= 0 {
		return &v.memo[i]
	}
	return new(wordMemo)
}

// memoBuf is a document's memo and the place of each token in it.
type memoBuf struct {
	memo []wordMemo
	slot []int32
}

// memoPool keeps memo buffers between documents.
var memoPool = sync.Pool{New: func() any { return new(memoBuf) }}

// release returns the memo buffer to the pool; the view must not be used
// after.
func (v *tokenView) release() {
	if v.wc != nil {
		wordsPool.Put(v.wc)
		v.wc = nil
	}
	if v.memo == nil || cap(v.slot) > maxPooledTokens {
		return
	}
	clear(v.memo) // drop the strings it holds
	memoPool.Put(&memoBuf{memo: v.memo[:0], slot: v.slot[:0]})
	v.memo, v.slot = nil, nil
}

// fold returns foldYo of the word token at k, computed once.
func (v *tokenView) fold(k int) string {
	m := v.memoAt(k)
	if m.done&memoFold == 0 {
		m.fold, m.done = foldYo(v.low[k]), m.done|memoFold
	}
	return m.fold
}

// lemma returns headLemma of the word token at k, computed once.
func (v *tokenView) lemma(k int) string {
	m := v.memoAt(k)
	if m.done&memoLemma == 0 {
		m.lemma, m.done = cached(v.words().lemmas, v.low[k], headLemma, strings.Clone), m.done|memoLemma
	}
	return m.lemma
}

// known reports whether the noun lexicon knows the word token at k as a
// form of some noun, computed once.
func (v *tokenView) known(k int) bool {
	m := v.memoAt(k)
	if m.done&memoKnown == 0 {
		m.known, m.done = normalize.Known(v.low[k]), m.done|memoKnown
	}
	return m.known
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

// tokenAt returns the index of the token that holds byte offset off (the
// first to end after it), len(toks) past the text's end.
func (v *tokenView) tokenAt(off int) int {
	return sort.Search(len(v.toks), func(i int) bool { return v.toks[i].end > off })
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

// numeral returns normalize.Numeral of the token at k, computed once; no
// numeral for a token that is not a word.
func (v *tokenView) numeral(k int) (float64, normalize.NumeralKind, bool) {
	if k < 0 || k >= len(v.toks) || v.toks[k].kind != word {
		return 0, 0, false
	}
	m := v.memoAt(k)
	if m.done&memoNumeral == 0 {
		var kind normalize.NumeralKind
		m.numeral, kind, m.numeralOK = normalize.Numeral(v.low[k])
		m.numeralKind = int8(kind)
		m.done |= memoNumeral
	}
	return m.numeral, normalize.NumeralKind(m.numeralKind), m.numeralOK
}
