package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// placeMention is one place name in the text.
type placeMention struct {
	start, end int
	// place is the gazetteer's place, or nil for a place found by a cue.
	place *gazPlace
	// nom is the mention's own name in the nominative: "Китай" for
	// "Китаем", "КНР" for "КНР".
	nom  string
	kind string
	rule string // the ID of the rule that found it
}

// findPlaces finds the places the gazetteer knows in every case, and
// names that a cue word marks as places. Its rules:
//
//	PL1  a gazetteer name in any case: "Цзинане", "КНР", "Республики Корея"
//	PL2  an adjective before a region's noun: "Партизанский район", "Амурской области"
//	PL3  a name after a cue word: "провинции Хэйлунцзян", "г. Суйфэньхэ", "реки Славянки"
//	PL4  the dateline's place where the scan did not find it: "ЛУНКОУ"
//	PL5  one word that ends as a town's name: "Мариуполя", "Зеленограде"
//	PL6  a hyphenated foreign place name: "в Сан-Диего", "полиции Сан-Диего"
//	PL7  a name PL3 found, again without its cue: "на Эльбе" after "на реке Эльба"
func (e *Extractor) findPlaces(v *tokenView, dl *entities.Dateline) []placeMention {
	var out []placeMention
	g := e.gaz
	for i := 0; i < len(v.toks); i++ {
		t := v.toks[i]
		if t.kind != word || !isUpper(t.first) || !isCyrillic(t.first) {
			continue
		}
		if m, next, ok := e.gazetteerPlace(v, i); ok {
			out = append(out, m)
			i = next - 1
			continue
		}
		if m, next, ok := e.cuedPlace(v, i); ok {
			out = append(out, m)
			i = next - 1
			continue
		}
		if m, ok := e.townByEnding(v, i); ok {
			out = append(out, m)
		} else if m, ok := foreignTown(v, i); ok {
			out = append(out, m)
		}
	}
	out = cuedAgain(v, g, out)
	if dl != nil && dl.Place != "" {
		out = datelinePlace(v.text, dl, out, g)
	}
	return out
}

// cuedAgain (rule PL7) finds again, in any case and without a cue, the
// names that a cue made places (PL3), and the foreign towns a preposition
// of place did (PL6): the document has said what they are. A name of one
// word matches by its stem (surnameStem and caseEndings: "Эльба",
// "Эльбе"), one of two words by the first's stem as
// an adjective's and the second's ("Новой Шотландии"); a name that a
// first name stands before anywhere in the text is a family name, and
// none of its forms is taken. ms is in text order, and so is the result.
func cuedAgain(v *tokenView, g *gazetteer, ms []placeMention) []placeMention {
	var stems, phrases map[string]int // → the index of the cued mention
	for j, m := range ms {
		if m.rule != "PL3" && m.rule != "PL6" {
			continue // (PL6 too: a preposition of place made it one, "через Ла-Манш")
		}
		k := normalize.Key(m.nom)
		if first, last, ok := strings.Cut(k, " "); ok {
			if !strings.Contains(last, " ") {
				if phrases == nil {
					phrases = map[string]int{}
				}
				phrases[adjectiveStem(first)+" "+surnameStem(last)] = j
			}
		} else if st := surnameStem(k); utf8.RuneCountInString(st) >= 3 {
			if stems == nil {
				stems = map[string]int{}
			}
			if _, ok := stems[st]; !ok {
				stems[st] = j
			}
		}
	}
	if stems == nil && phrases == nil {
		return ms
	}
	var found []placeMention
	var foundStem []string
	var replaced map[int]bool    // places the phrase found holds: "Шотландия" of "Новая Шотландия"
	var personal map[string]bool // stems a first name stands before somewhere: "Джо Байден"
	next := 0                    // the first mention that ends after the token
	for i := 0; i < len(v.toks); i++ {
		t := v.toks[i]
		if t.kind != word || !isUpper(t.first) || !isCyrillic(t.first) {
			continue
		}
		for next < len(ms) && ms[next].end <= t.start {
			next++
		}
		if next < len(ms) && ms[next].start < t.end {
			continue // inside a place found already
		}
		add := func(last, j int) {
			c := ms[j]
			found = append(found, placeMention{start: t.start, end: v.toks[last].end, place: c.place, nom: c.nom, kind: c.kind, rule: "PL7"})
		}
		if nk := v.next(i); phrases != nil && nk == i+2 && nk < len(v.toks) && v.toks[nk].kind == word {
			// The place after the adjective may be the name's last word
			// alone ("Новая Шотландия" where the gazetteer knows
			// Шотландия); it is taken over.
			inner := next < len(ms) && ms[next].start == v.toks[nk].start && ms[next].end == v.toks[nk].end
			if inner || next >= len(ms) || ms[next].start >= v.toks[nk].end {
				first, last := adjectiveStem(normalize.Key(v.tokText(i)))+" ", normalize.Key(v.tokText(nk))
				if j, ok := phraseOf(phrases, first, last); ok {
					add(nk, j)
					foundStem = append(foundStem, "")
					if inner {
						if replaced == nil {
							replaced = map[int]bool{}
						}
						replaced[next] = true
					}
					i = nk
					continue
				}
			}
		}
		w := normalize.Key(v.tokText(i))
		for _, end := range caseEndings {
			if stem, ok := strings.CutSuffix(w, end); ok {
				if j, ok := stems[stem]; ok {
					if p := v.prev(i); p == i-2 && v.toks[p].kind == word && isUpper(v.toks[p].first) && len(g.names.firstNames(v.fold(p))) > 0 {
						if personal == nil {
							personal = map[string]bool{}
						}
						personal[stem] = true
						break
					}
					add(i, j)
					foundStem = append(foundStem, stem)
					break
				}
			}
		}
	}
	if personal != nil {
		// A family name: the cue was wrong ("в каждом из штатов Байден").
		kept := found[:0]
		for n, m := range found {
			if foundStem[n] == "" || !personal[foundStem[n]] {
				kept = append(kept, m)
			}
		}
		found = kept
	}
	if len(found) == 0 {
		return ms
	}
	out := make([]placeMention, 0, len(ms)+len(found))
	a, b := 0, 0
	for a < len(ms) || b < len(found) {
		if a < len(ms) && replaced[a] {
			a++
		} else if b == len(found) || a < len(ms) && ms[a].start < found[b].start {
			out = append(out, ms[a])
			a++
		} else {
			out = append(out, found[b])
			b++
		}
	}
	return out
}

// phraseOf finds a two-word name of cuedAgain's phrases (adjectiveStem of
// the first word, a space, surnameStem of the second) whose second word
// is last in some case: "новой шотландии" is "Новая Шотландия".
func phraseOf(phrases map[string]int, first, last string) (int, bool) {
	for _, end := range caseEndings {
		if stem, ok := strings.CutSuffix(last, end); ok {
			if j, ok := phrases[first+stem]; ok {
				return j, true
			}
		}
	}
	return 0, false
}

// adjectiveStem is a lower-case word less an adjective's ending of two
// letters ("нов" of "новая", "новой"), or the word when it has none.
func adjectiveStem(w string) string {
	if !adjectival(w) {
		return w
	}
	_, n1 := utf8.DecodeLastRuneInString(w)
	_, n2 := utf8.DecodeLastRuneInString(w[:len(w)-n1])
	return w[:len(w)-n1-n2]
}

// gazetteerPlace (rule PL1) matches the longest gazetteer name starting
// at token i and returns the mention and the token after it.
func (e *Extractor) gazetteerPlace(v *tokenView, i int) (placeMention, int, bool) {
	g := e.gaz
	best, bestEnd, ok := g.places.longest(v, i)
	if !ok {
		return placeMention{}, 0, false
	}
	first := v.fold(i)
	if bestEnd == i && g.ambiguous[first] && sentenceStart(v, i) {
		return placeMention{}, 0, false
	}
	if i > 0 && v.toks[i-1].kind == punct && v.text[v.toks[i-1].start] == '.' {
		return placeMention{}, 0, false // a domain: ".РФ"
	}
	if quoted(v, i, bestEnd) {
		return placeMention{}, 0, false // a name of its own: «Колумбия», «Сколково»
	}
	if p := v.prev(i); bestEnd == i && p >= 0 && p == i-2 && adjectival(v.low[i]) && isUpper(v.toks[p].first) && len(g.names.firstNames(v.fold(p))) > 0 {
		return placeMention{}, 0, false // an epithet after a first name: "Иоанн Грозный"
	}
	return placeMention{
		start: v.toks[i].start,
		end:   v.toks[bestEnd].end,
		place: best.thing,
		nom:   best.nom,
		kind:  best.thing.kind,
		rule:  "PL1",
	}, bestEnd + 1, true
}

// cuedPlace matches a name after a cue word (rule PL3: "провинции
// Хэйлунцзян", "г. Суйфэньхэ") or an adjective before a region noun
// (rule PL2: "Партизанский район"), for places the gazetteer lacks.
func (e *Extractor) cuedPlace(v *tokenView, i int) (placeMention, int, bool) {
	// "Партизанский район", "Амурской области".
	if nk := v.next(i); nk < len(v.toks) && v.toks[nk].kind == word && !isUpper(v.toks[nk].first) {
		if kind := lex.cues[v.lemma(nk)].region; kind != "" && adjectival(v.low[i]) && !pluralForm(v.low[nk]) {
			// (Not "Черного и Азовского морей": two places.)
			s := v.text[v.toks[i].start:v.toks[nk].end]
			return placeMention{start: v.toks[i].start, end: v.toks[nk].end, nom: normalize.Phrase(capitalized(s)), kind: kind, rule: "PL2"}, nk + 1, true
		}
	}
	if utf8.RuneCountInString(v.low[i]) < 3 {
		return placeMention{}, 0, false
	}
	p := v.prev(i)
	abbr := false
	if p >= 0 && v.isPunct(p, ".") {
		p, abbr = v.prev(p), true
	}
	if p < 0 || v.toks[p].kind != word {
		return placeMention{}, 0, false
	}
	cue := v.low[p]
	kind := lex.cues[cue].cue
	ok := kind != ""
	if ok && abbr != lex.cues[cue].period {
		// "провинции. С докладом": a sentence ends after a full word.
		return placeMention{}, 0, false
	}
	if !ok && !abbr {
		kind = lex.cues[normalize.NounLemma(cue)].cue
		ok = kind != ""
	}
	if !ok || normalize.IsUpper(v.tokText(i)) && !abbr {
		// "городам КПП": an acronym after a cue is no place name.
		return placeMention{}, 0, false
	}
	if pp := v.prev(p); abbr && pp >= 0 && v.toks[pp].kind == number {
		// "2015 г. Подробнее": a year, not a city.
		return placeMention{}, 0, false
	}
	// The name: one capitalized word, not a person's ("мэр города
	// Лужков", "в округе Александр Хлопонин").
	end := i
	if nk := v.next(i); nk < len(v.toks) && v.toks[nk].kind == word && isUpper(v.toks[nk].first) {
		// Two words after a town's cue are a town's name when the first
		// is no first name and nothing capitalized follows: "города
		// Хилтон Хэд", not "в округе Александр Хлопонин".
		nn := v.next(nk)
		// Any cue takes an adjective and a noun in the nominative, or in
		// the cue's case: "провинции Новая Шотландия", "штата Южная
		// Каролина", "провинции Новой Шотландии" (not "округа Новой
		// Англии", whose nominative the cue does not give).
		if kind != "city" && kind != "settlement" && !(nominativeAdjective(v.low[i]) || adjectival(v.low[i]) && agrees(cue, v.low[nk])) || nk != i+2 || len(e.gaz.names.firstNames(v.fold(i))) > 0 ||
			nn < len(v.toks) && nn == nk+2 && v.toks[nn].kind == word && isUpper(v.toks[nn].first) || normalize.IsUpper(v.tokText(nk)) {
			return placeMention{}, 0, false
		}
		end = nk
	}
	if !abbr && surnameLike(v.tokText(i)) {
		return placeMention{}, 0, false
	}
	if !abbr && pluralForm(cue) && !listedAfter(v, end) {
		return placeMention{}, 0, false // "в каждом из штатов Байден получил": a subject, not the states' name
	}
	s := v.text[v.toks[i].start:v.toks[end].end]
	nom := capitalized(s)
	if agrees(cue, v.low[end]) {
		nom = e.gaz.nominative(nom)
	}
	return placeMention{start: v.toks[i].start, end: v.toks[end].end, nom: nom, kind: kind, rule: "PL3"}, end + 1, true
}

// nominativeAdjective reports a lower-case adjective in a nominative
// singular ending: "новая", "южный", "верхнее"; not "-ой", which is a
// feminine's oblique case as often.
func nominativeAdjective(w string) bool {
	return adjectival(w) && hasAnySuffix(w, placeAdjectiveEnds)
}

// placeAdjectiveEnds are nominativeAdjective's endings.
var placeAdjectiveEnds = []string{"ая", "яя", "ый", "ий", "ое", "ее"}

// listedAfter reports whether another name follows the word at end in a
// list: ", Небраска" or "и Небраска".
func listedAfter(v *tokenView, end int) bool {
	k := v.next(end)
	if !v.isPunct(k, ",") && v.word(k) != "и" {
		return false
	}
	k = v.next(k)
	return k < len(v.toks) && v.toks[k].kind == word && isUpper(v.toks[k].first)
}

// townByEnding (rule PL5) takes one capitalized word that ends as a
// town's name does ("Мариуполя", "Зеленограде", "Железногорском") and
// stands alone: no capitalized word right before or after it, which
// would make it part of another name.
func (e *Extractor) townByEnding(v *tokenView, i int) (placeMention, bool) {
	if !townWord(v.low[i]) || normalize.IsUpper(v.tokText(i)) {
		return placeMention{}, false
	}
	for _, k := range []int{v.prev(i), v.next(i)} {
		if k >= 0 && k < len(v.toks) && v.toks[k].kind == word && isUpper(v.toks[k].first) && !(k < i && sentenceStart(v, k)) {
			return placeMention{}, false
		}
	}
	return placeMention{start: v.toks[i].start, end: v.toks[i].end, nom: townNominative(v.tokText(i)), kind: "city", rule: "PL5"}, true
}

// toponymPrefixes are the first parts of hyphenated foreign place names:
// "Сан-Диего", "Лас-Вегас", "Понте-Сан-Пьетро", "Буэнос-Айрес".
var toponymPrefixes = map[string]bool{
	"сан": true, "санта": true, "санто": true, "сен": true, "сент": true, "ла": true, "ле": true,
	"лос": true, "лас": true, "эль": true, "порт": true, "форт": true, "нью": true, "бад": true,
	"понте": true, "монте": true, "вилла": true, "гран": true, "рио": true, "буэнос": true, "пуэрто": true,
	"сьюдад": true, "кейп": true, "баня": true, "вила": true, "коста": true, "палма": true, "пальма": true,
}

// placePrepositions are the prepositions of where and whence before a
// place's name.
var placePrepositions = map[string]bool{
	"в": true, "во": true, "из": true, "под": true, "близ": true, "около": true, "от": true, "до": true, "через": true,
	"у": true, "возле": true,
}

// foreignTown (rule PL6) takes a hyphenated capitalized name whose first
// part starts foreign place names, after a preposition of place ("в
// Сан-Диего", "из Лас-Вегаса") or after a lower-case word, alone ("в
// поликлинике Понте-Сан-Пьетро", "полиции Сан-Диего"; not "Антуан
// Сент-Экзюпери" or "Сент-Экзюпери писал", a person's, nor Санта-Клаус).
func foreignTown(v *tokenView, i int) (placeMention, bool) {
	w := v.low[i]
	dash := strings.IndexByte(w, '-')
	if dash <= 0 || !toponymPrefixes[w[:dash]] || normalize.IsUpper(v.tokText(i)) || strings.HasPrefix(w, "санта-клаус") {
		return placeMention{}, false
	}
	if r, _ := utf8.DecodeRuneInString(v.tokText(i)[dash+1:]); !isUpper(r) {
		return placeMention{}, false
	}
	p := v.prev(i)
	after := p >= 0 && p == i-2 && placePrepositions[v.low[p]]
	if !after && (personToponymPrefixes[w[:dash]] || p < 0 || v.toks[p].kind != word || isUpper(v.toks[p].first) || sentenceStart(v, i)) {
		return placeMention{}, false // "Антуан Сент-Экзюпери"
	}
	if n := v.next(i); n < len(v.toks) && n == i+2 && v.toks[n].kind == word && isUpper(v.toks[n].first) {
		return placeMention{}, false // part of a longer name
	}
	s := span{start: v.toks[i].start, end: v.toks[i].end}
	nom := placeName(v, s)
	last := v.tokText(i)[strings.LastIndexByte(v.tokText(i), '-')+1:]
	if utf8.RuneCountInString(last) <= 2 {
		nom = v.tokText(i) // "Санта-Фе"
	} else if feminineToponymPrefixes[w[:dash]] {
		// "в Санта-Барбаре", "из Санта-Моники": a feminine name in -а
		// ("Санта-Фе" does not decline).
		for _, end := range []string{"ой", "е", "ы", "и", "у"} {
			if stem, ok := strings.CutSuffix(v.tokText(i), end); ok {
				nom = stem + "а"
				break
			}
		}
	}
	return placeMention{start: s.start, end: s.end, nom: nom, kind: "city", rule: "PL6"}, true
}

// personToponymPrefixes are the toponymPrefixes that start people's
// names too ("Сент-Экзюпери", "Сен-Симон", "Ле Пен"): a name with one is a
// place's only after a preposition of place.
var personToponymPrefixes = map[string]bool{"сен": true, "сент": true, "ла": true, "ле": true, "эль": true, "гран": true, "бад": true}

// feminineToponymPrefixes are the toponymPrefixes of feminine names.
var feminineToponymPrefixes = map[string]bool{"санта": true, "ла": true, "вилла": true, "вила": true, "коста": true, "пальма": true, "палма": true}

// datelinePlace (rule PL4) adds the dateline's place as a mention when
// the scan did not find it there (a place the gazetteer lacks: "ЛУНКОУ").
func datelinePlace(text string, dl *entities.Dateline, ms []placeMention, g *gazetteer) []placeMention {
	for _, m := range ms {
		if m.start >= dl.Start && m.end <= dl.End {
			return ms
		}
	}
	seg := text[dl.Start:dl.End]
	at := -1
	for _, form := range []string{dl.Place, strings.ToUpper(dl.Place)} {
		if at = strings.Index(seg, form); at >= 0 {
			break
		}
	}
	if at < 0 {
		return ms
	}
	m := placeMention{start: dl.Start + at, end: dl.Start + at + len(dl.Place), nom: dl.Place, kind: "city", rule: "PL4"}
	if n, ok := g.places.names[normalize.Key(dl.Place)]; ok {
		m.place, m.nom, m.kind = n.thing, n.nom, n.thing.kind
	}
	// Keep text order.
	k := 0
	for k < len(ms) && ms[k].start < m.start {
		k++
	}
	ms = append(ms, placeMention{})
	copy(ms[k+1:], ms[k:])
	ms[k] = m
	return ms
}

// placeStarts maps the start offset of each place mention to its end, for
// the scans that ask whether a place starts at a token.
func placeStarts(ms []placeMention) map[int]int {
	at := make(map[int]int, len(ms))
	addPlaceStarts(at, ms)
	return at
}

// addPlaceStarts adds the places to a map made by placeStarts.
func addPlaceStarts(at map[int]int, ms []placeMention) {
	for _, m := range ms {
		at[m.start] = m.end
	}
}
