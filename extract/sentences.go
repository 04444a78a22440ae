package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/lexicon"
)

// AbbrevClass says how an abbreviation that ends in a period behaves at a
// possible sentence end.
type AbbrevClass string

// The classes of abbreviations; the table internal/lexicon/abbreviations.tsv
// lists the built-in ones.
const (
	// AbbrevInner never ends a sentence: "ул. Ленина", "проф. Иванов".
	AbbrevInner AbbrevClass = "inner"
	// AbbrevFinal ends a sentence when a capitalized word follows:
	// "и т.д. Затем".
	AbbrevFinal AbbrevClass = "final"
	// AbbrevNumber ends a sentence after a number ("в 2020 г. Компания")
	// and is inner otherwise ("г. Москва").
	AbbrevNumber AbbrevClass = "number"
	// AbbrevName is an abbreviated given name: "Дж. К. Шин".
	AbbrevName AbbrevClass = "name"
)

func validAbbrevClass(c AbbrevClass) bool {
	switch c {
	case AbbrevInner, AbbrevFinal, AbbrevNumber, AbbrevName:
		return true
	}
	return false
}

// builtinAbbrevs is the parsed abbreviation table.
var builtinAbbrevs = sync.OnceValues(func() (map[string]AbbrevClass, error) {
	tab, err := lexicon.Load("abbreviations.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string]AbbrevClass, len(tab.Rows))
	for _, r := range tab.Rows {
		c := AbbrevClass(r.Fields[1])
		if !validAbbrevClass(c) {
			return nil, tab.Errorf(r, "unknown class %q", c)
		}
		m[r.Fields[0]] = c
	}
	return m, nil
})

// abbrevKey folds an abbreviation to its table key: lower case, ё as е
// kept (the table has none), inner periods kept, no final period.
func abbrevKey(s string) string {
	s = strings.TrimSuffix(s, ".")
	return strings.ToLower(s)
}

// splitter holds what sentence splitting needs: the abbreviation table.
// It is immutable after construction.
type splitter struct {
	abbrevs map[string]AbbrevClass
}

// split returns the sentences of text. Sentences start at or after from
// (the end of a header marker) and never end inside or at the end of the
// protected dateline span dl (zero when there is none). When rules is not
// nil, the ID of the rule that ended each sentence is appended to it:
//
//	SB1  the end of a line: a line break always ends a sentence
//	SB2  a bullet or an inline list number starts the next: "• Андорра", ") 2. Леван"
//	SB3  a colon before a quotation: "заявил: «Мы подытожим…»"
//	SB4  a period, "!", "?" or an ellipsis before a sentence start, except
//	     after abbreviations and initials and inside brackets, short quoted
//	     names and the dateline (endsSentence)
func (sp *splitter) split(text string, toks []token, from int, dl span, rules *[]string) []entities.Span {
	out := make([]entities.Span, 0, len(text)/100+1)
	scratch := scratchPool.Get().(*lineScratch)
	defer func() {
		if cap(scratch.words) <= maxPooledTokens { // not one huge line's
			scratchPool.Put(scratch)
		}
	}()
	// Lines: runs of tokens between space tokens that hold a line break.
	a := 0
	for a < len(toks) && toks[a].end <= from {
		a++
	}
	for a < len(toks) {
		b := a
		for b < len(toks) && !(toks[b].kind == space && toks[b].lines > 0) {
			b++
		}
		out = sp.splitLine(text, toks, a, b, dl, out, scratch, rules)
		a = b + 1
	}
	return out
}

// span is a half-open byte range.
type span struct{ start, end int }

// scratchPool keeps line scratch between documents.
var scratchPool = sync.Pool{New: func() any { return new(lineScratch) }}

// lineScratch is reused across the lines of a document and, pooled,
// across documents.
type lineScratch struct {
	protected []bool
	words     []int32 // words[k]: word and number tokens before token a+k
	delta     []int32 // +1 where a protected range starts, -1 after it ends
	stack     []int
}

// splitLine appends the sentences of the tokens toks[a:b], one line.
func (sp *splitter) splitLine(text string, toks []token, a, b int, dl span, out []entities.Span, sc *lineScratch, rules *[]string) []entities.Span {
	// Trim space tokens at both ends.
	for a < b && toks[a].kind == space {
		a++
	}
	for b > a && toks[b-1].kind == space {
		b--
	}
	if a >= b {
		return out
	}
	protected := sp.protect(toks, a, b, sc)
	start := a
	// cut ends the sentence at token last by a rule and starts the next at
	// next.
	cut := func(last, next int, rule string) {
		for last > start && toks[last].kind == space {
			last--
		}
		if last >= start {
			out = append(out, makeSpan(text, toks[start].start, toks[last].end))
			if rules != nil {
				*rules = append(*rules, rule)
			}
		}
		start = next
	}
	for i := a; i < b; i++ {
		t := toks[i]
		if protected[i-a] {
			continue
		}
		switch {
		case i > start && startsItem(toks, a, b, i):
			// "• Афганистан • Андорра", "(из 3512). 1. Михаил … голоса) 2. Леван":
			// a bullet or an inline list number starts a sentence.
			cut(i-1, i, "SB2")
			continue
		case t.kind == punct && t.first == ':' && colonEndsSentence(toks, b, i):
			// "заявил: «Мы подытожим…»": the quotation is a sentence of its own.
			cut(i, i+2, "SB3")
			i++
			continue
		case !t.terminal():
			continue
		}
		// Closing quotes and brackets right after the mark belong to it.
		j := i + 1
		for j < b && toks[j].kind == punct && closes(toks[j].first) {
			j++
		}
		if j >= b || toks[j].kind != space {
			continue
		}
		if dl.end > dl.start && toks[j-1].end <= dl.end && toks[j-1].end > dl.start {
			continue
		}
		if !sp.endsSentence(text, toks, a, b, i, j+1) {
			continue
		}
		cut(j-1, j+1, "SB4")
		i = j
	}
	if start < b {
		cut(b-1, b, "SB1")
	}
	return out
}

// isBullet reports whether a token is a list bullet: "•", "·", "▪", or "*"
// standing alone.
func isBullet(toks []token, b, i int) bool {
	t := toks[i]
	switch t.first {
	case '•', '·', '▪', '◦', '‣':
		return true
	case '*':
		return t.end-t.start == 1 && i+1 < b && toks[i+1].kind == space
	}
	return false
}

// startsItem reports whether token i starts a list item inside a line: a
// bullet after space (not right after another bullet: "• • Нисипяну"), or
// a one- or two-digit number with a period after a closing bracket
// ("голоса) 2. Леван").
func startsItem(toks []token, a, b, i int) bool {
	if toks[i-1].kind != space {
		return false
	}
	prev := i - 2
	if prev < a {
		return false
	}
	if isBullet(toks, b, i) {
		return !isBullet(toks, b, prev)
	}
	return isListNumber(toks, b, i) && toks[prev].kind == punct && toks[prev].first == ')'
}

// endsItem reports whether token k closes a list item or its lead: ")"
// or ":", or a period after ")" ("(из 3512). 1. Михаил").
func endsItem(toks []token, a, k int) bool {
	t := toks[k]
	if t.kind != punct {
		return false
	}
	switch {
	case t.first == ')' || t.first == ':':
		return true
	case t.terminal():
		return k-1 >= a && toks[k-1].kind == punct && toks[k-1].first == ')'
	}
	return false
}

// isListNumber reports whether token i is a list number: one or two digits,
// a period, space, and a capitalized word.
func isListNumber(toks []token, b, i int) bool {
	t := toks[i]
	return t.kind == number && t.end-t.start <= 2 && i+3 < b &&
		toks[i+1].kind == punct && toks[i+1].first == '.' && toks[i+1].end-toks[i+1].start == 1 &&
		toks[i+2].kind == space && toks[i+3].upper()
}

// colonEndsSentence reports whether the colon at i introduces a quotation
// that starts with a capital: "заявил: «Мы…", "добавляет: — «Люди…".
func colonEndsSentence(toks []token, b, i int) bool {
	k := i + 1
	if k >= b || toks[k].kind != space {
		return false
	}
	k++
	if k < b && toks[k].dash() {
		k++
		if k < b && toks[k].kind == space {
			k++
		}
	}
	if k+1 >= b || toks[k].kind != punct || !(opens(toks[k].first) && toks[k].first != '(' && toks[k].first != '[' || toks[k].first == '"') {
		return false
	}
	return toks[k+1].upper()
}

func makeSpan(text string, start, end int) entities.Span {
	return entities.Span{Start: start, End: end, Text: text[start:end]}
}

// maxProtectedQuoteWords is the size up to which a quotation that follows
// a word is taken for a name or title and never split:
// «Новый Шелковый путь. Новая мечта».
const maxProtectedQuoteWords = 8

// protect marks the tokens of toks[a:b] that lie inside a closed bracket
// or inside a short quotation that names something; no sentence ends
// there. Direct speech in quotes is split like any text (factRuEval's
// annotators split every multi-sentence quotation). It is linear in the
// line: word counts come from prefix sums and ranges are marked through a
// difference array, so nested quotes cost nothing extra.
func (sp *splitter) protect(toks []token, a, b int, sc *lineScratch) []bool {
	n := b - a
	sc.protected = grow(sc.protected, n)
	sc.words = grow(sc.words, n+1)
	sc.delta = grow(sc.delta, n+1)
	p, words, delta := sc.protected, sc.words, sc.delta
	clear(delta)
	words[0] = 0
	for k := a; k < b; k++ {
		words[k-a+1] = words[k-a]
		if toks[k].kind == word || toks[k].kind == number {
			words[k-a+1]++
		}
	}
	mark := func(open, close int) {
		if toks[open].first != '(' && toks[open].first != '[' {
			inside := words[close-a] - words[open+1-a]
			afterWord := open-2 >= a && toks[open-1].kind == space && toks[open-2].kind == word
			if inside > maxProtectedQuoteWords || !afterWord {
				return
			}
		}
		delta[open+1-a]++
		delta[close-a]--
	}
	stack := sc.stack[:0]
	for i := a; i < b; i++ {
		t := toks[i]
		if t.kind != punct {
			continue
		}
		switch {
		case t.first == '"':
			if top := len(stack) - 1; top >= 0 && toks[stack[top]].first == '"' && !opensHere(toks, a, b, i) {
				mark(stack[top], i)
				stack = stack[:top]
			} else if opensHere(toks, a, b, i) {
				stack = append(stack, i)
			}
		case opens(t.first):
			stack = append(stack, i)
		case closes(t.first):
			// Close the nearest matching opener; a stray closer (no opener
			// of its kind open) closes nothing. The search stops at
			// maxUnmatched openers so that a stray closer costs little.
			for k, seen := len(stack)-1, 0; k >= 0 && seen < maxUnmatched; k, seen = k-1, seen+1 {
				if pairs(toks[stack[k]].first, t.first) {
					mark(stack[k], i)
					stack = stack[:k]
					break
				}
			}
		}
	}
	sc.stack = stack
	var depth int32
	for k := range n {
		depth += delta[k]
		p[k] = depth > 0
	}
	return p
}

// maxUnmatched bounds how far back a closing mark looks for its opener.
const maxUnmatched = 16

// maxWalk bounds how many tokens a rule looks back or ahead (initials,
// abbreviation chains, runs of opening quotes).
const maxWalk = 24

// grow returns s with length n, reusing its storage.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// opensHere decides whether a straight double quote at i opens a quotation:
// it does after a space, the line start or an opening bracket, when text
// follows it.
func opensHere(toks []token, a, b, i int) bool {
	before := i == a || toks[i-1].kind == space || toks[i-1].kind == punct && (opens(toks[i-1].first) || toks[i-1].dash())
	after := i+1 < b && toks[i+1].kind != space
	return before && after
}

func opens(r rune) bool {
	switch r {
	case '«', '„', '“', '‹', '(', '[', '{':
		return true
	}
	return false
}

func closes(r rune) bool {
	switch r {
	case '»', '”', '“', '›', ')', ']', '}', '"', '\'':
		return true
	}
	return false
}

func pairs(open, close rune) bool {
	switch open {
	case '«':
		return close == '»'
	case '„':
		return close == '“' || close == '”'
	case '“':
		return close == '”'
	case '‹':
		return close == '›'
	case '(':
		return close == ')'
	case '[':
		return close == ']'
	case '{':
		return close == '}'
	}
	return false
}

// endsSentence decides whether the terminal mark at i, followed by space,
// ends a sentence; n is the index of the next non-space token.
func (sp *splitter) endsSentence(text string, toks []token, a, b, i, n int) bool {
	t := toks[i]
	mark := t.text(text)
	if mark == "." && i > a && toks[i-1].end == t.start {
		p := toks[i-1]
		switch p.kind {
		case word:
			if decided, ends := sp.abbrevEnds(text, toks, a, b, i, n); decided {
				return ends
			}
		case number:
			// "1. Текст": a list number at the start of a line, or after
			// the end of the previous item: "(из 3512). 1. Михаил".
			if i-1 == a || isListNumber(toks, b, i-1) && i-3 >= a && toks[i-2].kind == space && endsItem(toks, a, i-3) {
				return false
			}
		}
	}
	if (mark == "..." || mark == "…") && i == a {
		return false
	}
	return startsSentence(toks, b, n)
}

// abbrevEnds handles a period after a word: abbreviations and initials.
// decided is false when the word is an ordinary word and the general rule
// applies.
func (sp *splitter) abbrevEnds(text string, toks []token, a, b, i, n int) (decided, ends bool) {
	// Walk back over "т.д" style chains: letter-words joined by periods
	// with no space.
	first := i - 1
	for first-2 >= a && i-first < maxWalk && toks[first-1].kind == punct && toks[first-1].first == '.' &&
		toks[first-2].kind == word && toks[first-2].end == toks[first-1].start &&
		toks[first-1].end == toks[first].start && utf8.RuneCountInString(toks[first-2].text(text)) <= 2 {
		first -= 2
	}
	key := abbrevKey(text[toks[first].start:toks[i-1].end])
	class, known := sp.abbrevs[key]
	if !known && sp.initials(text, toks, first, i-1) && !afterNumber(text, toks, a, first) {
		// Initials: "А. С. Пушкин", "А.А. Ветров", "В.Матвиенко" (no space:
		// no question). After a surname ("Петров А.В. Позже") they may end
		// a sentence; a single one does not ("премьер-министр Японии Н. Кан").
		// A capital after a number is a unit: "до 8 G. Но".
		if sp.afterSurname(text, toks, a, first) && sp.countInitials(text, toks, a, i-1) >= 2 &&
			!(toks[n].kind == word && surnameLike(toks[n].text(text)) && !surnameLike(prevWord(text, toks, a, first))) {
			return true, startsSentence(toks, b, n)
		}
		return true, !toks[n].upper()
	}
	if !known {
		return false, false
	}
	switch class {
	case AbbrevInner:
		return true, false
	case AbbrevName:
		return true, !toks[n].upper() && startsSentence(toks, b, n)
	case AbbrevNumber:
		if !afterNumber(text, toks, a, first) {
			return true, false
		}
		return true, startsSentenceStrongly(toks, b, n)
	case AbbrevFinal:
		// "17 млрд долл. США": the currency goes on.
		if key == "долл" && toks[n].text(text) == "США" {
			return true, false
		}
		return true, startsSentenceStrongly(toks, b, n)
	}
	return false, false
}

// initials reports whether the tokens from first to last are single
// capital letters joined by periods: "А", "А.А", "Дж" is not one.
func (sp *splitter) initials(text string, toks []token, first, last int) bool {
	// first..last is a chain found by a bounded walk: short.
	for k := first; k <= last; k += 2 {
		w := toks[k]
		if !w.upper() || utf8.RuneCountInString(w.text(text)) != 1 {
			return false
		}
	}
	return true
}

// countInitials counts the single-capital initials that end at token last,
// walking back over periods and spaces: 2 for "А.В." and "А. В.".
func (sp *splitter) countInitials(text string, toks []token, a, last int) int {
	n := 0
	for k := last; k >= a && last-k < maxWalk; k-- {
		t := toks[k]
		switch {
		case t.kind == space || t.kind == punct && t.first == '.':
			continue
		case t.kind == word && t.upper() && utf8.RuneCountInString(t.text(text)) == 1:
			n++
			continue
		}
		return n
	}
	return n
}

// afterSurname reports whether the initials starting at token first follow
// a capitalized word that is not itself an initial or an abbreviated name:
// "Иванов И. И." but not "Дж. К.".
func (sp *splitter) afterSurname(text string, toks []token, a, first int) bool {
	for k := first - 1; k >= a && first-k < maxWalk; k-- {
		t := toks[k]
		switch {
		case t.kind == space || t.kind == punct && t.first == '.':
			continue
		case t.kind == word && t.upper():
			w := t.text(text)
			if utf8.RuneCountInString(w) == 1 || sp.abbrevs[abbrevKey(w)] == AbbrevName {
				continue
			}
			return true
		}
		return false
	}
	return false
}

// prevWord returns the word before token first, skipping periods, spaces
// and single-letter initials, or "".
func prevWord(text string, toks []token, a, first int) string {
	for k := first - 1; k >= a && first-k < maxWalk; k-- {
		t := toks[k]
		switch {
		case t.kind == space || t.kind == punct && t.first == '.':
			continue
		case t.kind == word && utf8.RuneCountInString(t.text(text)) == 1:
			continue
		case t.kind == word:
			return t.text(text)
		}
		return ""
	}
	return ""
}

// afterNumber reports whether the token before index first (skipping
// space) is a number or a Roman numeral: "2020 г.", "XX в.", "1990-2000 гг.".
func afterNumber(text string, toks []token, a, first int) bool {
	k := first - 1
	for k >= a && toks[k].kind == space {
		k--
	}
	if k < a {
		return false
	}
	t := toks[k]
	if t.kind == number {
		return true
	}
	if t.kind == word {
		for _, r := range t.text(text) {
			if !strings.ContainsRune("IVXLCDM-", r) {
				return false
			}
		}
		return true
	}
	return false
}

// startsSentence reports whether the tokens from n look like the start of
// a sentence: a capitalized word or a number, possibly after an opening
// quote or bracket; or a dash that opens a new sentence of direct speech
// ("… сказал он. — Мы хотим…"), but not one that opens the author's words
// ("— спросил он").
func startsSentence(toks []token, b, n int) bool {
	if n >= b {
		return false
	}
	switch t := toks[n]; t.kind {
	case word:
		return t.upper()
	case number, link:
		return true
	case punct:
		if !(t.dash() || opens(t.first) || t.first == '"') {
			return false
		}
	default:
		return false
	}
	// Past the opening marks and dashes ("— «Мы…"), a bounded run.
	for k := n + 1; k < b && k-n < maxWalk; k++ {
		switch t := toks[k]; {
		case t.kind == space:
		case t.kind == word:
			return t.upper()
		case t.kind == number:
			return true
		case t.kind == punct && (opens(t.first) || t.first == '"'):
		default:
			return false
		}
	}
	return false
}

// startsSentenceStrongly is startsSentence without bare numbers: after
// "млн." or "г." a number more often continues the sentence.
func startsSentenceStrongly(toks []token, b, n int) bool {
	if n < b && toks[n].kind == number {
		return false
	}
	return startsSentence(toks, b, n)
}
