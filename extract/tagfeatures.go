package extract

import (
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/tagger"
)

// This file turns a document's tokens into what the trained tagger reads:
// one tagger.Sentence per sentence, each token with the hashes of its
// features. The trainer (internal/cmd/train) calls the same code through
// tagger.Featurize, so a model is used with the features it was learnt
// with; taggerFeatures names them, and a model made with other features
// is not used.

// taggerFeatures names the feature set below; change it with any change
// to the features, and retrain.
const taggerFeatures = "ru-words-votes-7"

// The feature templates: each feature hashes its template's number with
// its value.
const (
	ftBias byte = iota + 1
	ftLow
	ftSuf2
	ftSuf3
	ftSuf4
	ftPre3
	ftShape
	ftShapeFirst
	ftQuote
	ftPrev
	ftNext
	ftPrev2
	ftNext2
	ftPrevShape
	ftNextShape
	ftShapes
	ftPrevSuf3
	ftNextSuf3
	ftPlaceVote
	ftOrgVote
	ftPrevVote
	ftNextVote
	ftFirstName
	ftEast
	ftPost
	ftPrevPost
	ftSurname
	ftPatronymic
	ftLowNextShape
	ftPrevLow
	ftKnown
	ftLowerSeen
)

// tagToken is what the features read of one token of a sentence.
type tagToken struct {
	tok   int    // index into the document's tokens
	low   string // the lower-case word, or the token's text
	shape uint32 // the hash of the token's shape (shapeOf)
	lowH  uint32 // the hash of low
	vote  byte   // 'L' or 'O' when a rule's place or organization covers the token
	rule  string
	begin bool // the token starts the rule's mention
	quote uint8
	// lowerSeen marks a capitalized word the document also writes in
	// lower case: a common noun at a sentence's start ("Компания").
	lowerSeen bool
	key       uint64 // tagger.WordKey of the token's text
	// slot is where the Tagging has the scores of the word's groups, when
	// cached.
	slot   int32
	cached bool
}

// The quote states of a token.
const (
	quoteOut uint8 = iota
	quoteIn
)

// tokenVote is what the rules and the document say of one token, kept for
// every token of the document (so it is small): the kind of the rule
// mention over it, the rule (an index into tagScratch.rules, from 1),
// whether the mention starts there, and whether the document also writes
// the word in lower case.
type tokenVote struct {
	vote      byte
	rule      uint8
	begin     bool
	lowerSeen bool
}

// ruleIndex returns the index, from 1, of a rule's name in sc.rules,
// adding it; 0 for more rules than a byte holds (the vote keeps no rule).
func (sc *tagScratch) ruleIndex(rule string) uint8 {
	for i, r := range sc.rules {
		if r == rule {
			return uint8(i + 1)
		}
	}
	if len(sc.rules) == 255 {
		return 0
	}
	sc.rules = append(sc.rules, rule)
	return uint8(len(sc.rules))
}

// tagScratch holds one document's buffers for the tagger; tagPool
// keeps them between documents.
type tagScratch struct {
	votes  []tokenVote // per token of the document
	rules  []string    // the rules the votes name, by tokenVote.rule-1
	used   int         // the length of votes last used: past it, votes is clear
	toks   []tagToken  // the sentence's
	active []bool
	sents  []tagger.Sentence
	t      tagger.Tagging
	spans  [][2]int // the token ranges of one layer's mentions
	// people, orgs and places hold the spans tag found last.
	people, orgs, places []span
	// capital maps the lower-case form of capitalized words to whether
	// the document has it in lower case too.
	capital map[string]bool
}

var tagPool = sync.Pool{New: func() any {
	return &tagScratch{capital: map[string]bool{}}
}}

func getScratch() *tagScratch { return tagPool.Get().(*tagScratch) }

// putScratch returns a scratch to the pool unless a huge document made it
// huge; the strings it holds are dropped.
func putScratch(sc *tagScratch) {
	if cap(sc.votes) > maxPooledTokens {
		return
	}
	clear(sc.votes[:sc.used]) // the rest is clear
	sc.rules = sc.rules[:0]
	clear(sc.toks[:cap(sc.toks)])
	clear(sc.capital)
	tagPool.Put(sc)
}

// taggerSentences returns the tagger's view of every sentence: its
// tokens with their features, the tokens where a name can be active.
// places and orgs are the rules' mentions, which the tagger reads as
// votes.
//
// With each, every sentence goes to each as soon as it is made, in one
// buffer, and none is returned; a sentence in capitals (shouting) is not
// made.
func (e *Extractor) taggerSentences(v *tokenView, sents []entities.Span, places []placeMention, orgs []orgMention, sc *tagScratch, model *tagger.Model, each func(*tagger.Sentence)) []tagger.Sentence {
	if model != nil {
		sc.t.Prepare(model, e.gaz)
	}
	if cap(sc.votes) < len(v.toks) {
		sc.votes = make([]tokenVote, len(v.toks))
	}
	votes := sc.votes[:len(v.toks)] // clear: new, or cleared by putScratch
	sc.used = len(votes)
	vote := func(start, end int, kind byte, rule string) {
		r := sc.ruleIndex(rule)
		k := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].start >= start })
		for first := true; k < len(v.toks) && v.toks[k].end <= end; k++ {
			if v.toks[k].kind == space {
				continue
			}
			votes[k] = tokenVote{vote: kind, rule: r, begin: first}
			first = false
		}
	}
	for _, m := range places {
		vote(m.start, m.end, 'L', m.rule)
	}
	for _, m := range orgs {
		vote(m.start, m.end, 'O', m.rule)
	}
	lowerSeen(v, votes, sc.capital)
	out := sc.sents[:0]
	k := 0
	for _, s := range sents {
		for k < len(v.toks) && v.toks[k].start < s.Start {
			k++
		}
		tt := sc.toks[:0]
		var quote uint8
		for ; k < len(v.toks) && v.toks[k].end <= s.End; k++ {
			t := v.toks[k]
			if t.kind == space {
				continue
			}
			tv := votes[k]
			x := tagToken{tok: k, vote: tv.vote, begin: tv.begin, lowerSeen: tv.lowerSeen}
			if tv.rule > 0 {
				x.rule = sc.rules[tv.rule-1]
			}
			x.low = v.low[k]
			if t.kind != word {
				x.low = t.text(v.text)
			}
			if t.kind == punct {
				switch x.low {
				case "«", "„":
					quote = quoteIn
				case "»", "“", "”":
					quote = quoteOut
				case "\"":
					quote ^= quoteIn
				}
			}
			x.quote = quote
			tt = append(tt, x)
		}
		sc.toks = tt
		if len(tt) == 0 {
			continue
		}
		if each != nil {
			if shouting(v, tt) {
				continue // every word in capitals: the case tells nothing of names
			}
			// One sentence at a time, so that a word tagged in one
			// sentence has its scores cached for the next.
			if len(out) == 0 {
				out = out[:min(1, cap(out))] // the last document's buffers
				if len(out) == 0 {
					out = append(out, tagger.Sentence{})
				}
			}
			e.tokenFeatures(v, tt, &out[0], sc, model)
			each(&out[0])
			continue
		}
		if len(out) < cap(out) {
			out = out[:len(out)+1]
		} else {
			out = append(out, tagger.Sentence{})
		}
		e.tokenFeatures(v, tt, &out[len(out)-1], sc, model)
	}
	sc.sents = out
	return out
}

// lowerSeen marks the capitalized words of three letters or more whose
// lower-case form the document also has as a word of its own. capital
// is an empty map to work in; it is left with every capitalized word's
// lower-case form, and whether the document writes it so (tagged.lower).
func lowerSeen(v *tokenView, votes []tokenVote, capital map[string]bool) {
	// A bitmap of the capitalized words' first bytes lets most lower-case
	// words skip the map.
	var prefixes [1 << 10]uint64
	bit := func(w string) (int, uint64) {
		var h uint32
		for i := 0; i < len(w) && i < 4; i++ {
			h |= uint32(w[i]) << (8 * i)
		}
		h = h * 2654435761 >> 16
		return int(h >> 6), 1 << (h & 63)
	}
	for k, t := range v.toks {
		if t.kind == word && isUpper(t.first) {
			capital[v.low[k]] = false
			i, b := bit(v.low[k])
			prefixes[i] |= b
		}
	}
	if len(capital) == 0 {
		return
	}
	for k, t := range v.toks {
		if t.kind != word || isUpper(t.first) {
			continue
		}
		if i, b := bit(v.low[k]); prefixes[i]&b == 0 {
			continue
		}
		if _, ok := capital[v.low[k]]; ok {
			capital[v.low[k]] = true
		}
	}
	for k, t := range v.toks {
		if t.kind == word && isUpper(t.first) && len(v.low[k]) > 4 && capital[v.low[k]] {
			votes[k].lowerSeen = true
		}
	}
}

// candidate reports a token a name can hold: a capitalized or Latin word,
// a word with digits, a word inside quotes.
func candidate(v *tokenView, x *tagToken) bool {
	t := &v.toks[x.tok]
	if t.kind != word {
		return false
	}
	return isUpper(t.first) || t.first < utf8.RuneSelf || x.quote == quoteIn || x.vote != 0
}

// commonStart reports a sentence's first word that is no name: a word of
// one to three letters ("В", "По", "Это" is four), a word the noun
// lexicon knows, or one the document also writes in lower case.
func commonStart(v *tokenView, x *tagToken) bool {
	if x.vote != 0 || x.quote == quoteIn {
		return false
	}
	return utf8.RuneCountInString(x.low) <= 3 || x.lowerSeen || v.known(x.tok)
}

// tokenFeatures fills one sentence's tokens and features.
// With a model, the word groups whose scores sc.t has are left out.
func (e *Extractor) tokenFeatures(v *tokenView, tt []tagToken, s *tagger.Sentence, sc *tagScratch, model *tagger.Model) {
	s.Reset()
	// A token is active near a candidate: a token either side covers a
	// lower-case word before or after a name ("Министерство иностранных
	// дел").
	const reach = 1
	if cap(sc.active) < len(tt) {
		sc.active = make([]bool, len(tt))
	}
	active := sc.active[:len(tt)]
	clear(active)
	for i := range tt {
		if x := &tt[i]; candidate(v, x) && !(i == 0 && commonStart(v, x)) {
			for j := max(0, i-reach); j <= min(len(tt)-1, i+reach); j++ {
				active[j] = true
			}
		}
	}
	// The hashes of the words the features read: the active tokens' and
	// their neighbours' (window: the farthest word a feature reads). A
	// word the Tagging has scores for has them with its scores.
	const window = 2
	for i := range tt {
		if slices.Contains(active[max(0, i-window):min(len(tt), i+window+1)], true) {
			x := &tt[i]
			w := v.toks[x.tok].text(v.text)
			x.key = tagger.WordKey(w)
			if model != nil {
				var aux tagger.Aux
				if x.slot, aux, x.cached = sc.t.Cached(x.key); x.cached {
					x.shape, x.lowH = aux[0], aux[1]
					continue
				}
			}
			var b [16]byte
			x.shape = tagger.HashBytes(0, appendShape(b[:0], w))
			x.lowH = tagger.Hash(0, x.low)
		}
	}
	edge := func(i int) *tagToken {
		if i < 0 {
			return &beforeSentence
		}
		return &afterSentence
	}
	at := func(i int) *tagToken {
		if i < 0 || i >= len(tt) {
			return edge(i)
		}
		return &tt[i]
	}
	add := s.Add
	for i := range tt {
		x := &tt[i]
		t := &v.toks[x.tok]
		s.AddToken(t.start, t.end, active[i], x.key, tagger.Aux{x.shape, x.lowH})
		// The word's groups (tagger.Sentence): what it gives the tokens
		// around it, the same wherever it is.
		switch {
		case x.key == 0: // no active token reads it
			s.NoGroups()
		case x.cached:
			s.CachedGroups(x.slot)
		default:
			for g := 0; g < tagger.Groups; g++ {
				e.groupFeatures(v, g, x, add)
				s.EndGroup()
			}
		}
		if !active[i] {
			continue
		}
		prev, next := at(i-1), at(i+1)
		// What the context gives.
		if i == 0 {
			s.Add(tagger.Mix(ftShapeFirst, x.shape))
		}
		if x.quote == quoteIn {
			s.Add(tagger.Hash(ftQuote, "in"))
		}
		s.Add(tagger.Mix3(ftShapes, prev.shape, x.shape, next.shape))
		if x.vote != 0 {
			s.Add(tagger.Hash2(ftPlaceVote, x.rule, beginMark(x.begin)))
			s.Add(tagger.Hash(ftOrgVote, voteName(x.vote)))
		}
		s.Add(tagger.Hash(ftPrevVote, voteName(prev.vote)))
		s.Add(tagger.Hash(ftNextVote, voteName(next.vote)))
		if x.lowerSeen {
			s.Add(tagger.Hash(ftLowerSeen, ""))
		}
		s.Add(tagger.Mix2(ftLowNextShape, x.lowH, next.shape))
		s.Add(tagger.Mix2(ftPrevLow, prev.lowH, x.lowH))
	}
	for g := 1; g < tagger.Groups; g++ {
		x := edge(-1)
		if g == 2 || g == 4 {
			x = edge(len(tt))
		}
		e.groupFeatures(v, g, x, func(h uint32) { s.AddEdge(g, h) })
	}
	s.Close()
}

// beforeSentence and afterSentence are the words before and after a
// sentence, as the features read them.
var beforeSentence, afterSentence = edgeToken("<s>"), edgeToken("</s>")

func edgeToken(w string) tagToken {
	return tagToken{tok: -1, low: w, lowH: tagger.Hash(0, w), shape: tagger.Hash(0, w), key: tagger.WordKey(w)}
}

// groupFeatures adds the features of word group g of the word x: what
// the word says of the token when it is the token (g 0), the word before
// it (1), after it (2), two before (3) or two after (4). They depend on
// the word's text and the Extractor's tables only.
func (e *Extractor) groupFeatures(v *tokenView, g int, x *tagToken, add func(uint32)) {
	switch g {
	case 0:
		add(tagger.Hash(ftBias, ""))
		add(tagger.Mix(ftLow, x.lowH))
		add(tagger.Hash(ftSuf2, lastRunes(x.low, 2)))
		add(tagger.Hash(ftSuf3, lastRunes(x.low, 3)))
		add(tagger.Hash(ftSuf4, lastRunes(x.low, 4)))
		add(tagger.Hash(ftPre3, firstRunes(x.low, 3)))
		add(tagger.Mix(ftShape, x.shape))
		if x.tok >= 0 && v.toks[x.tok].kind == word {
			e.wordFeatures(v, x, add)
		}
	case 1:
		add(tagger.Mix(ftPrev, x.lowH))
		add(tagger.Mix(ftPrevShape, x.shape))
		add(tagger.Hash(ftPrevSuf3, lastRunes(x.low, 3)))
		if x.tok >= 0 && v.toks[x.tok].kind == word {
			if e.gaz.names.writtenPost(v.fold(x.tok)) {
				add(tagger.Hash(ftPrevPost, ""))
			}
		}
	case 2:
		add(tagger.Mix(ftNext, x.lowH))
		add(tagger.Mix(ftNextShape, x.shape))
		add(tagger.Hash(ftNextSuf3, lastRunes(x.low, 3)))
	case 3:
		add(tagger.Mix(ftPrev2, x.lowH))
	case 4:
		add(tagger.Mix(ftNext2, x.lowH))
	}
}

// wordFeatures adds what the tables and the noun lexicon say of a word.
func (e *Extractor) wordFeatures(v *tokenView, x *tagToken, add func(uint32)) {
	fold := v.fold(x.tok)
	if rs := e.gaz.names.firstNames(fold); len(rs) > 0 && !rs[0].observed {
		// Written names come first; the observed ones the model never
		// learnt from are left out.
		var m, f bool
		for _, r := range rs {
			if !r.observed {
				m, f = m || r.gender == 'm', f || r.gender == 'f'
			}
		}
		g := "m"
		switch {
		case m && f:
			g = "mf"
		case f:
			g = "f"
		}
		add(tagger.Hash(ftFirstName, g))
	}
	if o := e.gaz.names.east[fold]; o != "" {
		add(tagger.Hash(ftEast, o))
	}
	if e.gaz.names.writtenPost(fold) {
		add(tagger.Hash(ftPost, ""))
	}
	if surnameLike(v.toks[x.tok].text(v.text)) {
		add(tagger.Hash(ftSurname, ""))
	}
	if isPatronymic(x.low) {
		add(tagger.Hash(ftPatronymic, ""))
	}
	if v.known(x.tok) {
		add(tagger.Hash(ftKnown, ""))
	}
}

// voteName is the name of a vote's kind in a feature.
func voteName(kind byte) string {
	switch kind {
	case 'L':
		return "L"
	case 'O':
		return "O"
	}
	return ""
}

func beginMark(b bool) string {
	if b {
		return "B"
	}
	return "I"
}

// appendShape appends the shape of w to b, at most 16 bytes: its letters
// as X (upper case), x (lower case) and d (digits), runs of one class
// once, with the script of its first letter before them when it is not
// Cyrillic: "Xx" for "Москва", "lX" for "NATO", "Xx-Xx" for "Улан-Удэ".
func appendShape(b []byte, w string) []byte {
	var last byte
	first := true
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		switch {
		case w[i] < utf8.RuneSelf:
		case (w[i] == 0xD0 || w[i] == 0xD1) && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			r, size = rune(w[i]&0x1F)<<6|rune(w[i+1]&0x3F), 2 // Cyrillic
		default:
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		var c byte
		switch {
		case r >= 'а' && r <= 'я' || r >= 'a' && r <= 'z' || r == 'ё':
			c = 'x'
		case r >= 'А' && r <= 'Я' || r >= 'A' && r <= 'Z' || r == 'Ё':
			c = 'X'
		case isDigit(r):
			c = 'd'
		case isUpper(r):
			c = 'X'
		case isLetter(r):
			c = 'x'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if first && (c == 'x' || c == 'X') {
			first = false
			if r < utf8.RuneSelf {
				b, last = append(b, 'l'), 'l'
			} else if !isCyrillic(r) {
				b, last = append(b, 'o'), 'o'
			}
		}
		if c != last && len(b) < 16 {
			b, last = append(b, c), c
		}
	}
	return b
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && s[i]&0xC0 == 0x80 { // a continuation byte
			i--
		}
	}
	return s[i:]
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		i++
		for i < len(s) && s[i]&0xC0 == 0x80 {
			i++
		}
	}
	return s[:i]
}
