package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// isSpeechVerb reports a verb of speech in the past or present tense.
func isSpeechVerb(w string) bool {
	for _, s := range lex.speech {
		if strings.HasPrefix(w, s) && (strings.HasSuffix(w, "л") || strings.HasSuffix(w, "ла") || strings.HasSuffix(w, "ли") ||
			strings.HasSuffix(w, "ет") || strings.HasSuffix(w, "ит") || strings.HasSuffix(w, "ют") || strings.HasSuffix(w, "ен") || strings.HasSuffix(w, "ена")) {
			return true
		}
	}
	return false
}

// maxQuote bounds how far a closing quote is looked for, in tokens.
const maxQuote = 600

// findQuotes finds speech whose speaker the text names: direct speech in
// quotes («...», — сказал X; X заявил: «...»; "..., - прокомментировал X.
// - ..."), speech that opens a line with a dash (dashSpeech), and speech
// reported with "по словам X" (reported). The speaker is the name of the
// person entity; speech with no named speaker is left out, and quotes
// never overlap.
//
// Its rules:
//
//	QU1  speech in quotation marks with its attribution after it, inside
//	     it or before a colon: "«...», — сказал X", "X заявил: «...»"
//	QU2  a quotation that goes on after its attribution: "— сказал X. — «...»"
//	QU3  speech that opens a line with a dash: "— ..., — сказал X."
//	QU4  speech reported with "по словам X" (an indirect quote)
//	QU5  a speaker named by a pronoun after the quotation: "«...», — сказала
//	     она" is the nearest woman named before it in the paragraph
//
// It returns the quotes in text order and the ID of the rule that found
// each.
//
// A speaker named by a pronoun ("— сказала она", "— отметил он") is the
// nearest person named before the quotation in its paragraph whose
// gender (genders returns a person's name → 'm' or 'f', absent when
// unknown) is the pronoun's (QU5).
func findQuotes(v *tokenView, sents []entities.Span, people []entities.Person, genders func() map[string]byte) ([]entities.Quote, []string) {
	speakerAt := map[int]string{} // start offset of a mention → the person's name
	var mentions []int            // the mentions' starts, in text order
	for _, p := range people {
		for _, m := range p.Mentions {
			speakerAt[m.Start] = p.Name
			mentions = append(mentions, m.Start)
		}
	}
	slices.Sort(mentions)
	var breaks []int // the tokens of paragraph breaks, in text order (below)
	var known map[string]byte
	pronoun := func(q, before int) string {
		para := 0
		if x := sort.SearchInts(breaks, before) - 1; x >= 0 {
			para = v.toks[breaks[x]].end
		}
		if w := v.word(q); w != "он" && w != "она" {
			return ""
		}
		if known == nil {
			known = genders() // made for the first pronoun: most texts have none
		}
		return pronounSpeaker(v, q, before, para, mentions, speakerAt, known)
	}
	type found struct {
		q    entities.Quote
		rule string
	}
	var out []found
	// The closing marks and paragraph breaks in text order, found in one
	// pass, so that each opening mark costs a binary search however many
	// there are.
	n := len(v.toks)
	var guillemets, others, opening []int
	for k := 0; k < n; k++ {
		switch t := v.toks[k]; {
		case t.kind == space && t.lines > 1:
			breaks = append(breaks, k)
		case t.kind != punct:
			continue
		case v.isPunct(k, "»"):
			guillemets = append(guillemets, k)
			others = append(others, k)
		case v.isPunct(k, "\"“”"):
			others = append(others, k)
		}
		if v.isPunct(k, "«\"„“") {
			opening = append(opening, k)
		}
	}
	// after returns the first index in ks after token i, or n.
	after := func(ks []int, i int) int {
		if x := sort.SearchInts(ks, i+1); x < len(ks) {
			return ks[x]
		}
		return n
	}
	past := -1 // the closing mark of the last quotation: nothing before it opens one
	lastSpeaker := ""
	for _, i := range opening {
		if i <= past {
			continue
		}
		j := after(others, i)
		if v.tokText(i) == "«" {
			j = after(guillemets, i)
		}
		if j >= n || j-i > maxQuote || after(breaks, i) < j || j-i < 6 {
			continue
		}
		start, end := v.toks[i].end, v.toks[j].start
		speaker, rule := attribution(v, i, j, speakerAt), "QU1"
		if speaker == "" {
			if speaker = attributionPronoun(v, i, j, pronoun); speaker != "" {
				rule = "QU5"
			}
		}
		if speaker == "" && lastSpeaker != "" && continues(v, past, i) {
			// «...», — сказал X. — «...»: the same speaker goes on.
			speaker, rule = lastSpeaker, "QU2"
		}
		lastSpeaker = speaker
		if q, ok := quoteOf(v, start, end, speaker); ok {
			out = append(out, found{q, rule})
		}
		past = j
	}
	for _, q := range dashSpeech(v, speakerAt, pronoun) {
		out = append(out, found{q, "QU3"})
	}
	for _, q := range reported(v, sents, speakerAt) {
		q.Kind = entities.Indirect
		out = append(out, found{q, "QU4"})
	}
	slices.SortStableFunc(out, func(a, b found) int { return a.q.Start - b.q.Start })
	kept, rules := []entities.Quote{}, []string(nil)
	for _, f := range out {
		if len(kept) == 0 || f.q.Start >= kept[len(kept)-1].End {
			// Quotes never overlap: the first wins.
			kept, rules = append(kept, f.q), append(rules, f.rule)
		}
	}
	return kept, rules
}

// attributionPronoun returns the speaker of a quotation from i to j whose
// attribution after it names them by a pronoun: "«...», — сказала она".
func attributionPronoun(v *tokenView, i, j int, pronoun func(q, before int) string) string {
	for k := j + 1; k < len(v.toks) && k < j+6; k++ {
		if v.toks[k].kind != word || !isSpeechVerb(v.low[k]) {
			continue
		}
		if p := v.prev(k); !v.isPunct(p, "—–-,") && !v.isPunct(p, "--") {
			continue
		}
		return pronoun(v.next(k), i)
	}
	return ""
}

// pronounSpeaker returns the person the pronoun at token q stands for:
// the nearest one named before token before and after offset para (the
// paragraph's start) whose gender is the pronoun's ("он", "она"); "" for
// any other word.
func pronounSpeaker(v *tokenView, q, before, para int, mentions []int, speakerAt map[int]string, genders map[string]byte) string {
	var want byte
	switch v.word(q) {
	case "он":
		want = 'm'
	case "она":
		want = 'f'
	default:
		return ""
	}
	if before < 0 || before >= len(v.toks) {
		return ""
	}
	at := v.toks[before].start
	for x := sort.SearchInts(mentions, at) - 1; x >= 0 && mentions[x] >= para; x-- {
		name := speakerAt[mentions[x]]
		if g := genders[name]; g == want {
			return name
		} else if g != 0 {
			continue // a person of the other gender
		}
		return "" // a person whose gender is unknown: it may be them
	}
	return ""
}

// continues reports a quotation opened at i that goes on the one that
// closed at prev after its attribution: a speech verb between them, and a
// dash right before the opening mark ("— сказал X. — «...»").
func continues(v *tokenView, prev, i int) bool {
	if prev < 0 || i-prev > 24 || !isDash(v, v.prev(i)) {
		return false
	}
	for k := prev + 1; k < i; k++ {
		if v.toks[k].kind == word && isSpeechVerb(v.low[k]) {
			return true
		}
		if v.toks[k].kind == space && v.toks[k].lines > 0 {
			return false
		}
	}
	return false
}

// quoteOf makes a quote of text[start:end] without its surrounding white
// space, or reports false when nothing is left.
func quoteOf(v *tokenView, start, end int, speaker string) (entities.Quote, bool) {
	text := strings.TrimSpace(v.text[start:end])
	if text == "" || speaker == "" {
		return entities.Quote{}, false
	}
	lead := strings.Index(v.text[start:end], text)
	return entities.Quote{Span: entities.Span{Start: start + lead, End: start + lead + len(text), Text: text}, Speaker: speaker, Kind: entities.Direct}, true
}

// isDash reports a dash token: "—", "–", "-" or "--".
func isDash(v *tokenView, k int) bool { return v.isPunct(k, "—–-") || v.isPunct(k, "--") }

// dashSpeech finds speech that opens a line with a dash, as dialogue and
// interviews write it: "— Мы довольны, — сказал министр Иван Петров. —
// Работа продолжится." (two quotes of his), or after a line that names
// the speaker and ends with a colon ("Иван Петров заявил:" then "—
// Проект продолжится.").
func dashSpeech(v *tokenView, speakerAt map[int]string, pronoun func(q, before int) string) []entities.Quote {
	var out []entities.Quote
	prevSpeaker := "" // the speaker a line ending in a colon announced
	for i := 0; i < len(v.toks); i++ {
		if i > 0 && !(v.toks[i-1].kind == space && v.toks[i-1].lines > 0) {
			continue // not at a line start
		}
		lineEnd := i
		for lineEnd < len(v.toks) && !(v.toks[lineEnd].kind == space && v.toks[lineEnd].lines > 0) {
			lineEnd++
		}
		if lineEnd == i {
			continue // a line break at the very start
		}
		announced := prevSpeaker
		prevSpeaker = colonSpeaker(v, i, lineEnd, speakerAt)
		if !isDash(v, i) {
			i = lineEnd - 1
			continue
		}
		start := v.toks[i].end
		found := false
		for k := i + 1; k < lineEnd; k++ {
			// ", — сказал X": the end of the speech, and its speaker.
			if !isDash(v, k) || !v.isPunct(v.prev(k), ",!?…") && !v.isPunct(v.prev(k), "...") {
				continue
			}
			verb := v.next(k)
			if verb >= lineEnd || v.toks[verb].kind != word || !isSpeechVerb(v.low[verb]) {
				continue
			}
			name, after := speakerAfter(v, verb, lineEnd, speakerAt)
			if name == "" {
				name = pronoun(v.next(verb), i)
			}
			if name == "" {
				continue
			}
			end := v.toks[v.prev(k)].start
			if !v.isPunct(v.prev(k), ",") {
				end = v.toks[v.prev(k)].end // "!" and "?" belong to the speech
			}
			if q, ok := quoteOf(v, start, end, name); ok {
				out = append(out, q)
				found = true
			}
			// ". — Работа продолжится.": the same speaker goes on.
			if d := v.next(after); d < lineEnd && v.isPunct(after, ".") && isDash(v, d) {
				if q, ok := quoteOf(v, v.toks[d].end, v.toks[lineEnd-1].end, name); ok {
					out = append(out, q)
				}
			}
			break
		}
		if !found && announced != "" {
			if q, ok := quoteOf(v, start, v.toks[lineEnd-1].end, announced); ok {
				out = append(out, q)
			}
		}
		i = lineEnd - 1
	}
	return out
}

// speakerAfter finds the person named within a few words after a speech
// verb, up to the end of the sentence, with the index of the token that
// ends the sentence (or the last one looked at).
func speakerAfter(v *tokenView, verb, limit int, speakerAt map[int]string) (string, int) {
	name := ""
	q := v.next(verb)
	for n := 0; n < 12 && q < limit; n, q = n+1, v.next(q) {
		if x, ok := speakerAt[v.toks[q].start]; ok && name == "" {
			name = x
		}
		if v.isPunct(q, ".!?") {
			return name, q
		}
	}
	return name, min(q, limit-1)
}

// colonSpeaker returns the person a line from..end announces speech by,
// when it ends with a colon and holds a speech verb: "Иван Петров
// заявил:".
func colonSpeaker(v *tokenView, from, end int, speakerAt map[int]string) string {
	last := end - 1
	if last < from || !v.isPunct(last, ":") {
		return ""
	}
	var a announcer
	for q := last - 1; q >= from && last-q < 40; q-- {
		a.see(v, q, speakerAt)
	}
	return a.speaker()
}

// announcer gathers, over the words before speech, whether a speech verb
// is among them and the nearest person named: "Иван Петров заявил:".
type announcer struct {
	verb bool
	name string
}

func (a *announcer) see(v *tokenView, q int, speakerAt map[int]string) {
	a.verb = a.verb || v.toks[q].kind == word && isSpeechVerb(v.low[q])
	if x, ok := speakerAt[v.toks[q].start]; ok && a.name == "" {
		a.name = x
	}
}

// speaker is the person named, when a speech verb announced the speech.
func (a announcer) speaker() string {
	if !a.verb {
		return ""
	}
	return a.name
}

// reported finds speech reported with "по словам X": the rest of the
// sentence after "По словам министра Ивана Петрова, ..." (past a relative
// clause on the speaker: ", которого цитирует «Интерфакс», ..."), or the
// sentence before ", по словам X".
func reported(v *tokenView, sents []entities.Span, speakerAt map[int]string) []entities.Quote {
	var out []entities.Quote
	for i := 0; i+1 < len(v.toks); i++ {
		if v.low[i] != "по" || v.word(v.next(i)) != "словам" {
			continue
		}
		x := sort.Search(len(sents), func(x int) bool { return sents[x].End > v.toks[i].start })
		if x == len(sents) || sents[x].Start > v.toks[i].start {
			continue
		}
		sent := sents[x]
		// The speaker: the first person within a few words, before a comma
		// or the end of the sentence.
		name, comma := "", -1
		for n, q := 0, v.next(v.next(i)); n < 14 && q < len(v.toks) && v.toks[q].start < sent.End; n, q = n+1, v.next(q) {
			if y, ok := speakerAt[v.toks[q].start]; ok && name == "" {
				name = y
			}
			if v.isPunct(q, ",") {
				comma = q
				break
			}
		}
		if name == "" {
			continue
		}
		end := sent.End
		if last := strings.TrimRight(v.text[sent.Start:sent.End], ".!?… "); len(last) > 0 {
			end = sent.Start + len(last)
		}
		if v.toks[i].start == sent.Start {
			// "По словам X, <speech>."
			if comma < 0 {
				continue
			}
			if w := v.word(v.next(comma)); strings.HasPrefix(w, "котор") {
				// ", которого цитирует «Интерфакс», ...": past the clause.
				next := -1
				for q := v.next(comma); q < len(v.toks) && v.toks[q].start < sent.End; q = v.next(q) {
					if v.isPunct(q, ",") {
						next = q
						break
					}
				}
				if next < 0 {
					continue
				}
				comma = next
			}
			if q, ok := quoteOf(v, v.toks[comma].end, end, name); ok {
				out = append(out, q)
			}
		} else if p := v.prev(i); v.isPunct(p, ",") {
			// "<speech>, по словам X." — or, when the sentence goes on after
			// "..., по словам X, ...", all of it.
			stop := v.toks[p].start
			if comma >= 0 && v.toks[comma].end < end {
				stop = end
			}
			if q, ok := quoteOf(v, sent.Start, stop, name); ok {
				out = append(out, q)
			}
		}
	}
	return out
}

// attribution finds the speaker of the speech between quote tokens i and
// j: after it (", — сказал X"), inside it when the speech is split ("...,
// - прокомментировал X. - ..."), or before it ("X заявил: «...»").
func attribution(v *tokenView, i, j int, speakerAt map[int]string) string {
	// After or inside: a dash, a speech verb, then a person within a few
	// words (a post may come first).
	for k := i + 1; k < len(v.toks) && k < j+6; k++ {
		if v.toks[k].kind != word || !isSpeechVerb(v.low[k]) {
			continue
		}
		p := v.prev(k)
		if !v.isPunct(p, "—–-,") && !v.isPunct(p, "--") {
			continue
		}
		for n, q := 0, v.next(k); n < 12 && q < len(v.toks); n, q = n+1, v.next(q) {
			if name, ok := speakerAt[v.toks[q].start]; ok {
				return name
			}
			if v.isPunct(q, ".!?»\"") {
				break
			}
		}
	}
	// Before: "X заявил: «...»".
	p := v.prev(i)
	if !v.isPunct(p, ":") {
		return ""
	}
	var a announcer
	for n, q := 0, v.prev(p); n < 16 && q >= 0; n, q = n+1, v.prev(q) {
		if v.isPunct(q, ".!?") {
			break
		}
		a.see(v, q, speakerAt)
	}
	return a.speaker()
}

// genders returns the gender of each person the text names, by name:
// their first name's ('m' or 'f'), else their family name's ending
// ("Иванова", "Ковальская"); a person with neither is left out.
func (e *Extractor) genders(people []entities.Person) map[string]byte {
	out := make(map[string]byte, len(people))
	for _, p := range people {
		var g byte
		if p.First != "" {
			for _, r := range e.gaz.names.firstNames(foldYo(normalize.Lower(p.First))) {
				if r.cas == 0 && (g == 0 || g == r.gender) {
					g = r.gender
				} else if r.cas == 0 {
					g = '?'
				}
			}
		}
		if g == 0 || g == '?' {
			g = 0
			switch l := normalize.Lower(p.Last); {
			case l == "":
			case hasAnySuffix(l, []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая"}):
				g = 'f'
			case hasAnySuffix(l, []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий"}):
				g = 'm'
			}
		}
		if g != 0 {
			out[p.Name] = g
		}
	}
	return out
}
