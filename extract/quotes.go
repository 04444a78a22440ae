package extract

import (
	"sort"
	"strings"

	"github.com/pressfacts/pressfacts/entities"
)

// speechVerbs are the verbs that attribute direct speech, by their stem:
// "заявил", "сказала", "отметили", "подчеркнул", "прокомментировал".
var speechVerbs = []string{
	"заяв", "сказа", "отмет", "подчеркну", "сообщи", "прокомментирова", "добави", "поясни",
	"рассказа", "говори", "указа", "признал", "уточни", "заметил", "заметила", "напомни",
	"ответи", "выразил", "резюмирова", "констатирова", "убежден", "уверен", "счита",
}

// isSpeechVerb reports a verb of speech in the past or present tense.
func isSpeechVerb(w string) bool {
	for _, s := range speechVerbs {
		if strings.HasPrefix(w, s) && (strings.HasSuffix(w, "л") || strings.HasSuffix(w, "ла") || strings.HasSuffix(w, "ли") ||
			strings.HasSuffix(w, "ет") || strings.HasSuffix(w, "ит") || strings.HasSuffix(w, "ют") || strings.HasSuffix(w, "ен") || strings.HasSuffix(w, "ена")) {
			return true
		}
	}
	return false
}

// maxQuote bounds how far a closing quote is looked for, in tokens.
const maxQuote = 600

// findQuotes finds direct speech in quotes whose speaker the text names:
// «...», — сказал X; X заявил: «...»; "..., - прокомментировал X. - ...".
// The speaker is the name of the person entity; speech with no named
// speaker is left out.
func findQuotes(v *tokenView, people []entities.Person) []entities.Quote {
	speakerAt := map[int]string{} // start offset of a mention → the person's name
	for _, p := range people {
		for _, m := range p.Mentions {
			speakerAt[m.Start] = p.Name
		}
	}
	out := []entities.Quote{}
	// The closing marks and paragraph breaks in text order, found in one
	// pass, so that each opening mark costs a binary search however many
	// there are.
	n := len(v.toks)
	var guillemets, others, breaks, opening []int
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
		speaker := attribution(v, i, j, speakerAt)
		if speaker != "" {
			text := strings.TrimSpace(v.text[start:end])
			lead := strings.Index(v.text[start:end], text)
			out = append(out, entities.Quote{Span: entities.Span{Start: start + lead, End: start + lead + len(text), Text: text}, Speaker: speaker})
		}
		past = j
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
	verb, name := false, ""
	for n, q := 0, v.prev(p); n < 16 && q >= 0; n, q = n+1, v.prev(q) {
		if v.isPunct(q, ".!?") {
			break
		}
		verb = verb || v.toks[q].kind == word && isSpeechVerb(v.low[q])
		if x, ok := speakerAt[v.toks[q].start]; ok && name == "" {
			name = x
		}
	}
	if !verb {
		return ""
	}
	return name
}
