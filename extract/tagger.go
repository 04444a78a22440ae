package extract

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/tagger"
	"github.com/pressfacts/pressfacts/normalize"
)

// This file is where the trained tagger meets the rules. The rules run
// first and find what their tables and patterns know; the tagger reads
// the tokens with the rules' places and organizations as votes, and its
// mentions join the rules' (the rules keep every mention they made):
//
//	TG1  a person the tagger finds that no rule did: "Лоренцо Бьянки", "с Макроном"
//	TG2  an organization no rule found: "Росприроднадзора", "TikTok"
//	TG3  a place no rule found: "Барабинске", "Тогучине"
//
// and where the tagger reads a person over a place the gazetteer found
// ("Ивановой" is not Иваново, "Доминика Смита" not Доминика), the place
// is dropped.

// embeddedModel is the model trained by internal/cmd/train on the
// training corpora (see DESIGN.md, "The tagger"), loaded on first use.
var embeddedModel = sync.OnceValues(func() (*tagger.Model, error) {
	m, err := tagger.Default()
	if err != nil {
		return nil, err
	}
	return usable(m)
})

// usable checks that a model was learnt with this package's features.
func usable(m *tagger.Model) (*tagger.Model, error) {
	if m.Features != taggerFeatures {
		return nil, fmt.Errorf("extract: the tagger model's features are %q, want %q: retrain it", m.Features, taggerFeatures)
	}
	for _, l := range []string{"PER", "ORG", "LOC"} {
		if m.Layer(l) < 0 {
			return nil, fmt.Errorf("extract: the tagger model has no %s layer", l)
		}
	}
	return m, nil
}

// WithModel makes the Extractor use the tagger model that r holds (as
// internal/cmd/train writes it) in place of the built-in one.
func WithModel(r io.Reader) Option {
	return func(e *Extractor) error {
		m, err := tagger.Read(r)
		if err != nil {
			return fmt.Errorf("extract: model: %w", err)
		}
		if e.model, err = usable(m); err != nil {
			return err
		}
		e.noModel = false
		return nil
	}
}

// WithoutModel makes the Extractor use its rules alone.
func WithoutModel() Option {
	return func(e *Extractor) error {
		e.model, e.noModel = nil, true
		return nil
	}
}

func init() {
	tagger.Featurize, tagger.FeatureSet = featurize, taggerFeatures
}

// featurize is tagger.Featurize: the sentences of a text with the
// features the tagger reads, as the default Extractor sees them.
func featurize(text string) ([]tagger.Sentence, error) {
	if off := invalidUTF8(text); off >= 0 {
		return nil, &UTF8Error{Offset: off}
	}
	e, err := rulesExtractor()
	if err != nil {
		return nil, err
	}
	toks := tokenize(text)
	top := e.readTop(text, toks, calDate{})
	sents := e.splitter.split(text, toks, top.header.bodyStart, top.datelineSpan(), nil)
	v := &tokenView{text: text, toks: toks, low: lowerWords(text, toks)}
	defer v.release()
	places := e.findPlaces(v, top.dateline)
	orgs := e.findOrgs(v, places, placeStarts(places))
	var sc tagScratch
	sc.capital = map[string]bool{}
	return e.taggerSentences(v, sents, places, orgs, &sc, nil, nil), nil
}

// tagged is what the tagger found in a document, as byte spans.
type tagged struct {
	people, orgs, places []span
	// lower maps the lower-case form of the document's capitalized words
	// to whether the document also writes them in lower case.
	lower map[string]bool
}

// tag runs the tagger over the document's sentences.
func (e *Extractor) tag(m *tagger.Model, v *tokenView, sents []entities.Span, places []placeMention, orgs []orgMention, sc *tagScratch) tagged {
	// The spans go in the scratch's buffers: sc must outlive the
	// result's use.
	out := tagged{people: sc.people[:0], orgs: sc.orgs[:0], places: sc.places[:0], lower: sc.capital}
	defer func() { sc.people, sc.orgs, sc.places = out.people, out.orgs, out.places }()
	t := &sc.t
	per, org, loc := m.Layer("PER"), m.Layer("ORG"), m.Layer("LOC")
	e.taggerSentences(v, sents, places, orgs, sc, m, func(s *tagger.Sentence) {
		m.Tag(s, t)
		for _, l := range []struct {
			layer int
			dst   *[]span
		}{{per, &out.people}, {org, &out.orgs}, {loc, &out.places}} {
			sc.spans = tagger.Spans(sc.spans[:0], t.Labels[l.layer])
			for _, r := range sc.spans {
				// A name does not go on past a line's end: "Байдена" and
				// the next line's "Кандидат" are two things.
				from := r[0]
				for k := r[0] + 1; k < r[1]; k++ {
					if strings.Contains(v.text[s.End[k-1]:s.Start[k]], "\n") {
						*l.dst = append(*l.dst, span{s.Start[from], s.End[k-1]})
						from = k
					}
				}
				*l.dst = append(*l.dst, span{s.Start[from], s.End[r[1]-1]})
			}
		}
	})
	return out
}

func placeSpan(m placeMention) (int, int)   { return m.start, m.end }
func orgSpan(m orgMention) (int, int)       { return m.start, m.end }
func personSpan(m personMention) (int, int) { return m.start, m.end }

// shouting reports a sentence of four words or more nearly all in
// capitals ("НЕ ДЛЯ РАСПРОСТРАНЕНИЯ ... В ЛЮБОЙ ЮРИСДИКЦИИ"), where a
// capital marks no name; the rules read such lines (datelines) on their
// own.
func shouting(v *tokenView, tt []tagToken) bool {
	words, caps := 0, 0
	for _, x := range tt {
		t := &v.toks[x.tok]
		if t.kind != word || !isCyrillic(t.first) || !isLetter(t.first) {
			continue
		}
		words++
		if isUpper(t.first) {
			if w := t.text(v.text); normalize.IsUpper(w) && utf8.RuneCountInString(w) > 1 {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// coverOf indexes the spans of a list of mentions.
func coverOf[T any](ms []T, at func(T) (int, int)) spanCover {
	return newSpanCover(len(ms), func(i int) (int, int) { return at(ms[i]) })
}

// mergeTagged adds the tagger's places and organizations to the rules'
// and drops the gazetteer places the tagger reads as people; it returns
// the people spans left for the person recognizer. Each check is a
// binary search: the work grows as n log n with the mentions.
func mergeTagged(v *tokenView, g *gazetteer, t tagged, places []placeMention, orgs []orgMention, dateline span) ([]placeMention, []orgMention, []span) {
	// The dateline is the rules' (DL1, DL2): "JINAN, China" is a place.
	t.people, t.orgs, t.places = outside(t.people, dateline), outside(t.orgs, dateline), outside(t.places, dateline)
	t.people, t.orgs, t.places = names(v, t.people, false, t.lower), names(v, t.orgs, true, t.lower), names(v, t.places, true, t.lower)
	// A town's name the tagger reads as a person's: "жители Мариуполя".
	persons := t.people[:0]
	for _, s := range t.people {
		if noPerson(v, s) {
			continue
		}
		s = sentenceWordOff(v, g, s, t.lower)
		if townName(v, s) || townInCountry(v, g, s) {
			t.places = append(t.places, s)
			continue
		}
		persons = append(persons, s)
	}
	t.people = persons
	// A person over a place the gazetteer found: the person's.
	people := coverOf(t.people, func(s span) (int, int) { return s.start, s.end })
	kept := places[:0]
	for _, p := range places {
		if p.rule == "PL1" && people.covers(p.start, p.end) {
			continue
		}
		kept = append(kept, p)
	}
	places = kept
	quotedNames := quotedOrgNames(v, orgs)
	orgCover, placeCover := coverOf(orgs, orgSpan), coverOf(places, placeSpan)
	for _, s := range t.orgs {
		s = withHead(v, s)
		// An organization's name may hold a place, not cut one; Latin
		// words right after an organization's name are its product
		// ("Huawei Mate 30").
		if orgCover.overlaps(s.start, s.end) || placeCover.cuts(s.start, s.end) || afterOrg(v, orgs, s) || genericOrEvent(v, s) || building(v, s) || latinProduct(v, s) {
			continue
		}
		nom := taggedName(v.text[s.start:s.end])
		if full, ok := quotedNames[normalize.Key(nom)]; ok {
			nom = full // «Полюс» of "ПАО «Полюс»"
		} else if described(v, s) {
			nom = flatten(v.text[s.start:s.end]) // "сетью магазинов «Радуга»"
		}
		orgs = append(orgs, orgMention{start: s.start, end: s.end, nom: nom, rule: "TG2"})
	}
	orgCover = coverOf(orgs, orgSpan)
	starts := personStarts(v, t.people)
	for _, s := range t.places {
		s = firstNameOff(v, g, s, starts)
		// An acronym the gazetteer lacks names no one place: "РК" is
		// Korea or Kazakhstan.
		if placeCover.overlaps(s.start, s.end) || orgCover.overlaps(s.start, s.end) || shortAcronym(v.text[s.start:s.end]) || building(v, s) {
			continue
		}
		m := placeMention{start: s.start, end: s.end, nom: placeName(v, s), rule: "TG3"}
		if n, ok := g.places.names[normalize.Key(m.nom)]; ok {
			// A name the gazetteer knows where its rule did not take it:
			// the gazetteer's place, with its Latin name and kind.
			m.place, m.kind, m.nom = n.thing, n.thing.kind, n.thing.name
		}
		places = append(places, m)
	}
	sortByStart(places, placeSpan)
	sortByStart(orgs, orgSpan)
	placeCover = coverOf(places, placeSpan)
	left := t.people[:0] // t.people is the tagger's: filtered in place
	for _, s := range t.people {
		if !placeCover.overlaps(s.start, s.end) && !orgCover.overlaps(s.start, s.end) {
			left = append(left, s)
		}
	}
	return places, orgs, left
}

// withHead extends an organization's span that ends in an adjective over
// the lower-case noun right after it, which the adjective agrees with:
// "Нью-йоркская фондовая" + "биржа"; and then over a genitive
// (withGenitive).
func withHead(v *tokenView, s span) span {
	k := v.tokenAt(s.end - 1)
	if k >= len(v.toks) || v.toks[k].kind != word {
		return s
	}
	if adjectival(v.low[k]) {
		n := v.next(k)
		if n >= len(v.toks) || v.toks[n].kind != word || isUpper(v.toks[n].first) || adjectival(v.low[n]) || !agreesWithPost(v.low[k], v.low[n], normalize.NounLemma(v.low[n])) {
			return s
		}
		s.end, k = v.toks[n].end, n
	}
	return withGenitive(v, s, k)
}

// genitiveNounEnds are the endings of the genitives withGenitive takes:
// nouns of an activity or field ("здравоохранения", "искусства"), plurals
// ("министров") and feminines in -ги, -ки, -хи ("книги").
var genitiveNounEnds = []string{"ия", "ства", "ов", "ев", "ги", "ки", "хи"}

// withGenitive extends a name of several words whose last word, token k,
// is a lower-case noun over the lower-case genitive noun right after it,
// which names what the body is of: "Московском доме" + "книги",
// "Национальной системы" + "здравоохранения".
func withGenitive(v *tokenView, s span, k int) span {
	w := v.low[k]
	if isUpper(v.toks[k].first) || !isCyrillic(v.toks[k].first) || adjectival(w) || v.tokenAt(s.start) == k {
		return s
	}
	n := v.next(k)
	if n >= len(v.toks) || n != k+2 || v.toks[n].kind != word || isUpper(v.toks[n].first) || !isCyrillic(v.toks[n].first) {
		return s
	}
	g := v.low[n]
	if adjectival(g) || !genitiveLike(g) || lex.stop(g, postStop) || strings.ContainsRune(g, '-') ||
		!hasAnySuffix(g, genitiveNounEnds) || strings.HasSuffix(g, "ски") {
		return s // not "... университете студенты", "Белом доме фактически", "Белом доме магистра"
	}
	s.end = v.toks[n].end
	return s
}

// latinProduct reports a span that starts with a Latin word the tables
// give to products or techniques, as the rules' Latin names never do:
// "Galaxy Tab", "Android".
func latinProduct(v *tokenView, s span) bool {
	k := v.tokenAt(s.start)
	return k < len(v.toks) && v.toks[k].kind == word && isLatinWord(v.tokText(k)) && v.low[k] != "the" && lex.latinWord(v.low[k], latinStop)
}

// sentenceWordOff takes off the first word of a person's span of several
// words when it starts the sentence and is no first name but a word the
// text writes in lower case elsewhere, a verb or an adverb: "Причину
// Трамп не назвал", "Вывезти Биби", "Вернул Байден", "Снова Путин".
func sentenceWordOff(v *tokenView, g *gazetteer, s span, lower map[string]bool) span {
	k := v.tokenAt(s.start)
	n := v.next(k)
	if k >= len(v.toks) || n >= len(v.toks) || v.toks[n].start >= s.end || v.toks[k].kind != word || v.toks[n].kind != word || !sentenceStart(v, k) {
		return s
	}
	if len(g.names.firstNames(v.fold(k))) > 0 || !(lower[v.low[k]] || verbForm(v.low[k]) || sentenceAdverbs[v.low[k]] || kinForms()[v.low[k]]) {
		return s
	}
	s.start = v.toks[n].start
	return s
}

// personStarts returns the folded first words of the tagged people.
func personStarts(v *tokenView, people []span) map[string]bool {
	out := make(map[string]bool, len(people))
	for _, p := range people {
		if k := v.tokenAt(p.start); k < len(v.toks) && v.toks[k].kind == word {
			out[v.fold(k)] = true
		}
	}
	return out
}

// firstNameOff drops the last word of a tagged place of several words when
// it is a first name, or the first word of a person's name in the
// document, and a lower-case word follows: the subject after the place
// ("в районе Статен-Айленд Фрэнки получил", after "Фрэнки Бой").
func firstNameOff(v *tokenView, g *gazetteer, s span, starts map[string]bool) span {
	k := v.tokenAt(s.start)
	last := -1
	for j := k; j < len(v.toks) && v.toks[j].end <= s.end; j++ {
		if v.toks[j].kind == word {
			last = j
		}
	}
	if last <= k || !starts[v.fold(last)] && len(g.names.firstNames(v.fold(last))) == 0 {
		return s
	}
	if n := v.next(last); n >= len(v.toks) || v.toks[n].kind != word || isUpper(v.toks[n].first) {
		return s
	}
	s.end = v.toks[v.prev(last)].end
	return s
}

// verbForm reports a verb's infinitive or past: "вывезти", "признать",
// "отказался", "вернул", "заявили" (not "-ил", "-ел", which end names:
// "Михаил", "Павел").
func verbForm(w string) bool {
	return utf8.RuneCountInString(w) >= 5 && hasAnySuffix(w, verbEnds)
}

var verbEnds = []string{"ть", "ти", "чь", "лся", "лась", "лись", "лось", "ал", "ял", "ул", "ыл", "али", "яли", "или", "ели", "ула", "ала", "ила"}

// kinNouns are the nouns of a person's relatives, which, like kinThings,
// start sentences before a name and are no part of it: "Вдова
// Солженицына рассказала", "Сын Петрова".
var kinNouns = map[string]bool{
	"сын": true, "дочь": true, "жена": true, "муж": true, "вдова": true, "вдовец": true,
	"мать": true, "отец": true, "брат": true, "сестра": true, "внук": true, "внучка": true,
	"бабушка": true, "племянник": true, "племянница": true, "зять": true,
	"невестка": true, "супруга": true, "супруг": true, "наследник": true, "наследница": true,
	"дочка": true, "мама": true, "папа": true, "подруга": true, "невеста": true, "жених": true,
	"возлюбленная": true,
}

// kinThings are the things named by a person's name in the genitive.
var kinThings = map[string]bool{
	"картина": true, "портрет": true, "памятник": true, "книга": true, "фильм": true,
	"песня": true, "музей": true, "могила": true,
}

// kinForms are the case forms of kinNouns and kinThings, lower case.
var kinForms = sync.OnceValue(func() map[string]bool {
	m := maps.Clone(relativeForms())
	for n := range kinThings {
		m[n] = true
		for _, f := range kinCaseForms(n) {
			m[f] = true
		}
	}
	return m
})

// relativeForms are the case forms of the kinNouns that name relatives,
// lower case: "дочь действующего президента Иванку Трамп" is the
// president's daughter, not the president.
var relativeForms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for n := range kinNouns {
		m[n] = true
		for _, f := range kinCaseForms(n) {
			m[f] = true
		}
	}
	return m
})

// kinCaseForms returns the lower-case case forms of the kin noun n.
func kinCaseForms(n string) []string {
	var d normalize.Declension
	d.Feminine = strings.HasSuffix(n, "ь") && n != "зять" // "дочь", "мать"
	var out []string
	for _, f := range normalize.Forms(n, d) {
		out = append(out, normalize.Lower(f))
	}
	switch n {
	case "мать":
		out = append(out, "матери")
	case "дочь":
		out = append(out, "дочери")
	}
	return out
}

// sentenceAdverbs start sentences and name no one: "Снова Путин
// выступил".
var sentenceAdverbs = map[string]bool{
	"снова": true, "опять": true, "очевидно": true, "теперь": true, "вчера": true, "сегодня": true,
	"также": true, "однако": true, "тогда": true, "поэтому": true, "затем": true, "впрочем": true,
	"зато": true, "именно": true, "наконец": true, "кстати": true, "ранее": true, "позже": true,
}

// noPerson reports a span of the tagger's that names no person: one
// after a Latin word in lower case ("to" + "Protect Journalists"), or
// that holds a number ("Топалов 0,5", a score), a Latin word in lower
// case or a Latin word the tables give to companies, products or events
// ("Corus Chess Tournament").
func noPerson(v *tokenView, s span) bool {
	first := v.tokenAt(s.start)
	if p := v.prev(first); p >= 0 && v.toks[p].kind == word && !isUpper(v.toks[p].first) && isLatinWord(v.tokText(p)) {
		return true // the rest of a Latin phrase: "to" + "Protect Journalists"
	}
	for k := first; k < len(v.toks) && v.toks[k].start < s.end; k++ {
		switch t := v.toks[k]; {
		case t.kind == number:
			return true
		case t.kind == word && isLatinWord(v.tokText(k)) && !romanNumeral(v.tokText(k)):
			// "Альбер II": a regnal number stays.
			if !isUpper(t.first) || lex.latin[v.low[k]] != 0 {
				return true
			}
		}
	}
	return false
}

// names drops the spans that cannot be names: one word that is a common
// noun the lexicon knows, written with a capital ("Компания",
// "Полиция"), or a word in capitals or at a sentence's start that the
// text also writes in lower case ("Турнир проходил" beside "турнир"),
// initials alone ("Н.И."), and a term in quotes inside
// brackets, which a filing defines ("(далее — «Эмитент»)", "(... —
// «Группа»)") and which names what the text named before it. A name that
// is also a common noun is the rules' to find, after a word that makes
// it one ("ПАО «Полюс»"). A word in Latin letters stays.
//
// With adjectives false (people), a word that ends as an adjective stays:
// "Белого" is a family name, "Китайско-белорусского" no organization;
// but not one before a noun it agrees with ("Нобелевской премией").
//
// lower holds the lower-case forms the text also writes (tagged.lower).
func names(v *tokenView, ss []span, adjectives bool, lower map[string]bool) []span {
	out := ss[:0]
	for _, s := range ss {
		k := v.tokenAt(s.start)
		if k >= len(v.toks) {
			continue
		}
		one := v.toks[k].end == s.end
		if one && v.toks[k].kind == word && (v.known(k) || lower[v.low[k]] && (normalize.IsUpper(v.tokText(k)) || sentenceStart(v, k))) && !isLatinWord(v.tokText(k)) ||
			one && adjectives && adjectival(v.low[k]) ||
			one && !adjectives && attributeOf(v, k) ||
			initialsOnly(v.text[s.start:s.end]) || v.isPunct(v.prev(k), "«\"„“") && inBrackets(v, k) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// attributeOf reports a word with an adjective's ending before a
// lower-case noun in its case: "с Нобелевской премией", "со Старым
// городом", "Белого дома" are no people ("Толстой написал" is: a verb
// follows).
func attributeOf(v *tokenView, k int) bool {
	if !adjectival(v.low[k]) {
		return false
	}
	n := v.next(k)
	if n != k+2 || n >= len(v.toks) || v.toks[n].kind != word || isUpper(v.toks[n].first) || !isCyrillic(v.toks[n].first) {
		return false
	}
	w := v.low[n]
	return utf8.RuneCountInString(w) > 3 && verbGender(w) == 0 && !verbForm(w) && caseAgrees(v.low[k], w)
}

// genericOrEvent reports an organization's span that is an organization
// noun alone ("Госкорпорация") or starts with an event's noun ("Форум
// регионов Монголии").
func genericOrEvent(v *tokenView, s span) bool {
	k := v.tokenAt(s.start)
	if k >= len(v.toks) || v.toks[k].kind != word {
		return false
	}
	lemma := v.lemma(k)
	if lex.events[lemma] {
		return true
	}
	_, noun := lex.nouns[lemma]
	return noun && v.toks[k].end == s.end
}

// building reports a name that ends with a building's noun, or whose last
// part after a hyphen is one: "Роял-холл".
func building(v *tokenView, s span) bool {
	k := v.tokenAt(s.end - 1)
	if k >= len(v.toks) || v.toks[k].kind != word {
		return false
	}
	w := v.low[k]
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	return lex.facilities[headLemma(w)]
}

// afterOrg reports a Latin span right after an organization's name, on
// the same line.
func afterOrg(v *tokenView, orgs []orgMention, s span) bool {
	if !latinLike(v.text[s.start:s.end]) {
		return false
	}
	k := v.tokenAt(s.start)
	p := v.prev(k)
	if p < 0 {
		return false
	}
	i := sort.Search(len(orgs), func(i int) bool { return orgs[i].end >= v.toks[p].end })
	return i < len(orgs) && orgs[i].end == v.toks[p].end
}

// shortAcronym reports a word of two or three capitals: "РК", "ЮАО".
func shortAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 3 && normalize.IsUpper(w)
}

// initialsOnly reports a span of single letters with dots: "Н.И", "В.Л.".
func initialsOnly(s string) bool {
	letters, run := 0, 0
	for _, r := range s {
		switch {
		case r == '.' || r == ' ' || r == '\u00a0':
			if run > 1 {
				return false
			}
			letters, run = letters+run, 0
		default:
			run++
		}
	}
	return run <= 1 && letters+run > 0
}

// inBrackets reports whether token k is inside round brackets opened on
// its line, at most 40 tokens before it, and not closed before it.
func inBrackets(v *tokenView, k int) bool {
	for i, n := v.prev(k), 0; i >= 0 && n < 40; i, n = v.prev(i), n+1 {
		if v.isPunct(i, ")") {
			return false
		}
		if v.isPunct(i, "(") {
			return true
		}
	}
	return false
}

// outside returns the spans that do not overlap sp.
func outside(ss []span, sp span) []span {
	if sp.end <= sp.start {
		return ss
	}
	out := ss[:0]
	for _, s := range ss {
		if s.end <= sp.start || sp.end <= s.start {
			out = append(out, s)
		}
	}
	return out
}

// quotedOrgNames maps the folded quoted part of the rules' organizations
// ("Полюс" of "ПАО «Полюс»") to the organization's name.
func quotedOrgNames(v *tokenView, orgs []orgMention) map[string]string {
	var out map[string]string
	for _, o := range orgs {
		text := v.text[o.start:o.end]
		a := strings.Index(text, "«")
		b := strings.LastIndex(text, "»")
		if a < 0 || b < a {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		k := normalize.Key(flatten(text[a+len("«") : b]))
		if _, ok := out[k]; !ok {
			out[k] = o.nom
		}
	}
	return out
}

// described reports a name in quotes after an organization's noun or a
// plural in the genitive: the name stands beside it as written
// ("компании «Вектор»", "сетью магазинов «Радуга»"), where one after any
// other word is in its case ("акции «Лукойла»").
func described(v *tokenView, s span) bool {
	k := v.tokenAt(s.start)
	q := v.prev(k)
	if !v.isPunct(q, "«\"„") || !v.isPunct(v.tokenAt(s.end), "»\"“") {
		return false
	}
	d := v.prev(q)
	if d < 0 || v.toks[d].kind != word || isUpper(v.toks[d].first) {
		return false
	}
	w := v.low[d]
	return lex.noun(v.lemma(d), headNoun) || hasAnySuffix(w, []string{"ов", "ев", "ей"}) && !adjectival(w)
}

// taggedName is the nominative of a name the tagger found: Latin names as
// written, Russian ones by the phrase rules.
func taggedName(name string) string {
	name = flatten(strings.Trim(name, "«»\"„“” "))
	if latinLike(name) {
		return name
	}
	if acronym, ok := acronymCase(name); ok {
		return acronym // "ЮКОСа", "МВФом"
	}
	if !strings.Contains(name, " ") && isUpper(firstRune(name)) {
		// One capitalized word in "-ы", or in "-и" after г, к, х, is a
		// name in "-а" in the genitive ("Барселоны", "Праги"), not a
		// plural.
		lw := normalize.Lower(name)
		if stem, ok := strings.CutSuffix(name, "ы"); ok && utf8.RuneCountInString(stem) >= 3 && !isVowel(lastRune(stem)) {
			return stem + "а"
		}
		if stem, ok := strings.CutSuffix(name, "и"); ok && utf8.RuneCountInString(stem) >= 3 && strings.ContainsRune("гкх", lastRune(strings.TrimSuffix(lw, "и"))) {
			return stem + "а"
		}
	}
	return normalize.Phrase(name)
}

// acronymCase returns the acronym of a word of two capitals or more and
// a case ending in lower case: "ЮКОСа", "МВФом" (not "ЦРУшники").
func acronymCase(w string) (string, bool) {
	i := strings.IndexFunc(w, func(r rune) bool { return !isUpper(r) || !isCyrillic(r) })
	if i < 0 || utf8.RuneCountInString(w[:i]) < 2 {
		return "", false
	}
	switch w[i:] {
	case "а", "у", "ом", "е", "ы", "ой":
		return w[:i], true
	}
	return "", false
}

// polCases are the endings of a town's name in "-поль" in the oblique
// cases, after "пол".
var polCases = []string{"я", "ю", "ем", "е"}

// townName reports one word with the ending of a town's name in any case
// ("Мариуполя", "Волгограде"), which no one's name has.
func townName(v *tokenView, s span) bool {
	k := v.tokenAt(s.start)
	return k < len(v.toks) && v.toks[k].end == s.end && v.toks[k].kind == word && townWord(v.low[k])
}

// indeclinableEnds end no noun's genitive singular: a name in one after
// a preposition of the genitive does not decline.
var indeclinableEnds = []string{"е", "о", "у", "ю", "э"}

// townInCountry reports one capitalized word after a preposition of
// place and before "в" and a country the gazetteer knows: a town, not a
// person ("начнётся у Кале во Франции и завершится у Дувра в
// Великобритании").
func townInCountry(v *tokenView, g *gazetteer, s span) bool {
	k := v.tokenAt(s.start)
	if k >= len(v.toks) || v.toks[k].end != s.end || v.toks[k].kind != word {
		return false
	}
	if !placePrepositions[v.word(v.prev(k))] {
		return false
	}
	in := v.next(k)
	if w := v.word(in); w != "в" && w != "во" {
		return false
	}
	c := v.next(in)
	if c >= len(v.toks) || v.toks[c].kind != word || !isUpper(v.toks[c].first) {
		return false
	}
	n, _, ok := g.places.longest(v, c)
	return ok && n.thing.kind == "country"
}

// townEnding is a stem that ends towns' names and the endings after it.
type townEnding struct {
	stem string
	ends []string
}

// townEnds are the endings of towns' names after their last stem:
// "Мариуполь", "Волгоград", "Железногорск", in every case.
var townEnds = []townEnding{
	{"пол", append([]string{"ь"}, polCases...)},
	{"град", []string{"", "а", "у", "ом", "е"}},
	{"горск", []string{"", "а", "у", "ом", "е"}},
}

// townNominative returns the nominative of a word townWord accepts:
// "Мариуполя" → "Мариуполь", "Зеленограде" → "Зеленоград".
func townNominative(name string) string {
	w := normalize.Lower(name)
	i, t, ok := townStem(w)
	if !ok || len(w) != len(name) {
		return name
	}
	nom := name[:i+len(t.stem)]
	if t.stem == "пол" {
		nom += "ь"
	}
	return nom
}

// townWord reports a word in lower case that ends as a town's name, with
// three letters or more before the stem ("Тополь" is a family name).
func townWord(w string) bool {
	_, _, ok := townStem(w)
	return ok
}

// townStem finds the town's stem w ends with and where it starts.
func townStem(w string) (int, *townEnding, bool) {
	for n := range townEnds {
		t := &townEnds[n]
		// The stem ends the word but for an ending of two letters at
		// most: only the word's tail is searched.
		from := max(0, len(w)-len(t.stem)-4)
		i := strings.LastIndex(w[from:], t.stem)
		if i < 0 {
			continue
		}
		if i += from; i > 0 && utf8.RuneCountInString(w[:i]) >= 3 && slices.Contains(t.ends, w[i+len(t.stem):]) {
			return i, t, true
		}
	}
	return 0, nil, false
}

// placeName is the nominative of a place the tagger found. A word in
// "-а" or "-я" with no preposition before it is taken as written ("порт
// Усть-Луга", "Рига"): the genitive of a town in a consonant ("Бердска")
// comes after a preposition or a noun, and the nominative is as common;
// after a preposition of the genitive it is that genitive ("из
// Мэриленда").
func placeName(v *tokenView, s span) string {
	name := v.text[s.start:s.end]
	k := v.tokenAt(s.start)
	if k < len(v.toks) && !strings.Contains(name, " ") {
		lw := normalize.Lower(name)
		if townWord(lw) {
			return townNominative(name) // "Мариуполя", "Зеленограде"
		}
		switch c := caseBefore(v, k); {
		case c < 0 && (strings.HasSuffix(name, "а") || strings.HasSuffix(name, "я")):
			return flatten(name)
		case c == 1 && genitiveA(normalize.Lower(name)):
			// "из Мэриленда": after a genitive's preposition, "-а" is a
			// masculine town's (a feminine one's would be "-ы").
			return strings.TrimSuffix(name, "а")
		case c == 1 && hasAnySuffix(lw, indeclinableEnds):
			return name // "у Кале", "из Киото": no genitive's ending, no case
		}
		if strings.HasSuffix(lw, "ьи") {
			return strings.TrimSuffix(name, "и") + "я" // "Болоньи" → Болонья
		}
		if stem, ok := strings.CutSuffix(lw, "ии"); ok && (v.hasSoftWord(foldYo(stem)+"ий") || v.hasSoftWord(foldYo(stem)+"ием")) {
			// "в Капитолии" beside "Капитолий": a masculine name in
			// "-ий", not a feminine one in "-ия".
			return strings.TrimSuffix(name, "и") + "й"
		}
		if stem, ok := strings.CutSuffix(lw, "и"); ok && !isVowel(lastRune(stem)) && !strings.ContainsRune("гкхжшчщ", lastRune(stem)) && !v.hasSoftWord(foldYo(stem)+"ь") {
			// "Солсбери", "Олбани": a town in "-и" the text never writes
			// in "-ь" ("Казани" beside "Казань") does not decline.
			return name
		}
	}
	return taggedName(name)
}

// sortByStart sorts mentions by where they start, keeping the order of
// those that start together.
func sortByStart[T any](ms []T, at func(T) (int, int)) {
	slices.SortStableFunc(ms, func(a, b T) int { x, _ := at(a); y, _ := at(b); return x - y })
}

// spanPerson makes a person of a span the tagger found: the words in the
// text's order, the family name last, each part in the nominative as the
// first name's table reading or the family name's ending tells.
func (s *personScan) spanPerson(sp span) (personMention, bool) {
	v := s.v
	var words []int
	for k := s.v.tokenAt(sp.start); k < len(v.toks) && v.toks[k].start < sp.end; k++ {
		if v.toks[k].kind == word {
			words = append(words, k)
		}
	}
	if len(words) == 0 {
		return personMention{}, false
	}
	if len(words) >= 3 && !caseShared(s.t.firstNames(v.fold(words[0])), s.t.firstNames(v.fold(words[1]))) {
		// "Роман Андрея Белого вышел": two first names in no case
		// together; the first word is no part of the name.
		words = words[1:]
		sp.start = v.toks[words[0]].start
	}
	m := personMention{start: sp.start, end: sp.end, rule: "TG1"}
	text := func(k int) string { return v.tokText(k) }
	if allLatin(v, words) {
		m.first, m.last = strings.Join(wordsText(v, words[:len(words)-1]), " "), text(words[len(words)-1])
		return m, true
	}
	last := len(words) - 1
	// Particles start the family name: "Гарсия де ла Торре".
	for i := 1; i < len(words); i++ {
		if w := text(words[i]); !isUpper(firstRune(w)) && i < last {
			last = i - 1
			break
		}
	}
	// What the sentence says of the name's gender and case: the verb
	// after it ("заявила"), the preposition before it ("с", "у", "им.").
	gender, cas := s.genderAfter(words[len(words)-1]), caseBefore(v, words[0])
	if gender == 0 {
		gender = s.genderBefore(words[0])
	}
	if o := s.t.east[v.fold(words[0])]; o != "" && len(words) <= 3 && last == len(words)-1 && len(words) > 1 {
		// A Chinese or Korean name, family name first: the given name
		// declines ("Сунь Ятсена").
		m.eastern, m.origin, m.last = true, firstWord(o), text(words[0])
		given := wordsText(v, words[1:])
		given[len(given)-1] = surnameNominative(given[len(given)-1], 'm', cas)
		m.first = strings.Join(given, " ")
		return m, true
	}
	lastName := func(g byte, cas int) string {
		parts := []string{surnameNominative(text(words[last]), g, cas)}
		for _, k := range words[last+1:] {
			parts = append(parts, text(k))
		}
		return strings.Join(parts, " ")
	}
	if last == 0 {
		if gender == 0 && feminineSurname(v.low[words[0]]) {
			gender = 'f'
		}
		m.last, m.gender = lastName(gender, cas), gender
		if n, ok := s.t.observedSurname(text(words[0])); ok {
			m.last = n // "Цукерберга": the training gold's nominative
			return m, true
		}
		// "Асию", "Азию-Биби", "Гарсией": "-ию" and "-ией" are the
		// accusative or dative and the instrumental of a name in "-ия",
		// a man's or a woman's.
		head, rest, hyphen := strings.Cut(m.last, "-")
		if nom, ok := iyaFrom(head, iyaOnlyEnds); ok {
			m.last = nom
			if hyphen {
				m.last += "-" + rest
			}
		}
		return m, true
	}
	var first []string
	for i, k := range words[:last] {
		w := text(k)
		switch rs := s.t.firstNames(v.fold(k)); {
		case i == 0 && len(rs) > 0:
			r := pickReading(rs, gender, cas)
			if r.gender == 'm' && r.name == w && indeclinableFirst(v.low[k]) {
				// "Джо Байдена", "Джереми Ханта": a first name that does
				// not decline says no case; the sentence or the family
				// name's ending does.
				w, gender = r.name, r.gender
				if cas < 0 {
					cas = indeclinableCase(v.low[k], v.low[words[last]])
				}
				break
			}
			w, gender, cas = r.name, r.gender, r.cas
		case i > 0 && patronymicForm(v.low[k]):
			m.middle = patronymicNominative(w, gender)
			continue
		case i > 0 && cas > 0 && gender == 'm' && sameCaseEnding(v.low[k], v.low[words[last]]):
			// "Иана Дункана Смита": a second given name declines with the
			// family name.
			w = surnameNominative(w, 'm', cas)
		case i == 0:
			// A first name no table lists: "Асию", "Асии" are Асия's; in
			// the case the sentence or the family name's ending shows
			// ("Джозефом Байденом"), it declines as a family name of its
			// gender does.
			if nom, ok := iyaNominative(w); ok {
				w, gender = nom, 'f'
				break
			}
			shared := sharedCase(v.low[k], v.low[words[last]])
			if c := firstNameCase(v.low[k]); shared < 0 && c > 0 && indeclinableFirst(v.low[words[last]]) {
				shared = c // "Майку Помпео": the family name does not decline; the first name shows the case
			}
			if shared > 0 {
				// Both words end as a man's name does in that case: the
				// verb after agrees with something else ("Речь Майка
				// Пенса прозвучала").
				gender = 'm'
			}
			if c := indeclinableCase(v.low[k], v.low[words[last]]); shared < 0 && cas < 0 && c > 0 {
				shared, gender = c, 'm' // "Кенни Джейкобса"; the first name stays
			}
			if gender == 0 && shared < 0 && hasAnySuffix(v.low[words[last]], womanObliqueEnds) {
				// "Чулпан Хаматовой": a woman's family name in an oblique
				// case; the first name no table lists stays, unless it
				// ends as a woman's in such a case ("Божене Рынской").
				gender, cas = 'f', max(cas, 1)
				w = womanFirstNominative(w, false)
				break
			}
			if gender != 'm' && shared < 0 && hasAnySuffix(v.low[k], womanInstrumentalEnds) && utf8.RuneCountInString(w) >= 5 {
				// "с супругой Хулианой Авада": "-ой" ends no man's first
				// name; a woman's instrumental.
				gender, cas = 'f', 4
				w = womanFirstNominative(w, true)
				break
			}
			if c := max(cas, shared); c > 0 {
				// Each part of a double name declines: "Франка-Вальтера".
				parts := strings.Split(w, "-")
				for j, p := range parts {
					parts[j] = surnameNominative(p, max(gender, 'm'), c)
				}
				w = strings.Join(parts, "-")
				cas = c
			}
		}
		first = append(first, w)
	}
	m.first, m.gender = strings.Join(first, " "), gender
	m.last = lastName(gender, cas)
	return m, true
}

// caseShared reports whether two first names, both listed, have readings
// in one case (or one that is the same in every case); true when either
// is unlisted.
func caseShared(a, b []firstName) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, r := range a {
		if slices.ContainsFunc(b, func(q firstName) bool { return q.cas == r.cas || q.cas < 0 || r.cas < 0 }) {
			return true
		}
	}
	return false
}

// pickReading chooses the reading of a first name that fits what the
// sentence says: the verb's gender ("Валентина ... заявила" is
// Валентина), then the preposition's case; without either, a man's name
// (the genitive "Александра" of Александр); then a Russian name.
func pickReading(rs []firstName, gender byte, cas int) firstName {
	best, score := rs[0], -1
	for _, r := range rs {
		n := 0
		if gender != 0 && r.gender == gender {
			n += 4
		}
		switch {
		case cas >= 0 && r.cas == cas:
			n += 2
		case gender == 0 && cas < 0 && r.gender == 'm':
			// No evidence: a man's name in an oblique case is likelier in
			// news than a woman's in the nominative ("Александра
			// Лукашенко").
			n += 2
		}
		if r.russian {
			n++ // "Марине" is Марина's before a rarer Марин's
		}
		if n > score {
			best, score = r, n
		}
	}
	return best
}

// iyaNominative returns the nominative of a name declined like "Мария"
// in another case: "Асию", "Асии", "Асией", "Асие" → Асия.
func iyaNominative(w string) (string, bool) { return iyaFrom(w, iyaEnds) }

// iyaEnds are the endings of a name like "Мария" in its other cases;
// iyaOnlyEnds those that no name in "-ий" or "-ия"'s genitive, and no
// Japanese name's nominative ("Фудзии"), shares.
var iyaEnds, iyaOnlyEnds = []string{"ией", "ию", "ии", "ие"}, []string{"ией", "ию"}

// iyaFrom is iyaNominative reading only the endings ends.
func iyaFrom(w string, ends []string) (string, bool) {
	for _, end := range ends {
		if stem, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(stem) >= 2 && isUpper(firstRune(w)) {
			return stem + "ия", true
		}
	}
	return "", false
}

// sharedCase returns the case a man's first name and family name show
// by ending alike in it ("Джозефом Байденом" 4, "Джозефу Байдену" 2,
// "Джозефа Байдена" 1), or -1.
func sharedCase(first, last string) int {
	for _, c := range []struct {
		end string
		cas int
	}{{"ом", 4}, {"ем", 4}, {"у", 2}, {"ю", 2}} {
		if strings.HasSuffix(first, c.end) && strings.HasSuffix(last, c.end) && utf8.RuneCountInString(first) > utf8.RuneCountInString(c.end)+2 {
			return c.cas
		}
	}
	if genitiveA(last) && (genitiveA(first) || consonantA(first)) {
		return 1 // "Джозефа Байдена"; "Майка Пенса", whose "Майка" alone could be Japanese
	}
	if hasAnySuffix(last, []string{"овым", "евым", "ёвым", "иным", "ыным"}) && firstNameCase(first) == 4 {
		return 4 // "Бахромом Юсуповым": a family name in "-ов" has "-ым"
	}
	return -1
}

// genitiveSurnames settles a man's family name by the forms of it the
// document has. A name in "-а" is the genitive where another case form
// without it is in the text ("Байдена" beside "Байдену" or "Байден"),
// and "Массимо Бузакка" stays as written; a name the case rules cut to a
// stem the text never writes alone is the a-stem the text does write
// ("Обам" of "Обамой" is Обама where "Обама" is in the text); a
// name in "-у", "-ом" or "-е" whose stem the text writes is that stem
// ("Байдену" beside "Байден").
func (s *personScan) genitiveSurnames() {
	v := s.v
	// The folded capitalized words of the text that start as some name
	// does: made on the first lookup, with only those words.
	var words map[string]bool
	has := func(w string) bool {
		if words == nil {
			var prefixes prefixSet
			for _, m := range s.out {
				if m.last != "" {
					prefixes.add(prefixHash(foldYo(normalize.Lower(m.last)), 3))
				}
			}
			words = map[string]bool{}
			for k, t := range v.toks {
				if t.kind == word && isUpper(t.first) && prefixes.has(prefixHash(v.fold(k), 3)) {
					words[v.fold(k)] = true
				}
			}
		}
		return words[w]
	}
	for i := range s.out {
		m := &s.out[i]
		if m.gender == 'f' || m.eastern || m.last == "" || strings.Contains(m.last, " ") || strings.HasSuffix(m.last, ".") {
			continue
		}
		key := foldYo(normalize.Lower(m.last))
		switch {
		case genitiveA(key):
			stem := strings.TrimSuffix(m.last, "а")
			sk := strings.TrimSuffix(key, "а")
			for _, end := range []string{"", "у", "ом", "е"} {
				if has(sk + end) {
					m.last = stem
					break
				}
			}
		case consonantA(key) && !feminineSurname(key) && has(strings.TrimSuffix(key, "а")):
			// "Наото Кана" beside "Наото Кан": a name that could be
			// Japanese is the genitive where the text writes its stem.
			m.last = strings.TrimSuffix(m.last, "а")
		case !isVowel(lastRune(key)) && !has(key) && (has(key+"а") && aStemOblique(s.surfaceLast(*m), key) || has(key+"ы") || has(key+"ой")):
			// "Обам" of "Обамой" → Обама where "Обама" is in the text;
			// "Обам" of "Бараке Обаме" where "Обамы" or "Обамой" is,
			// which only a name in -а has.
			m.last += "а"
		default:
			for _, end := range []string{"у", "ом", "е"} {
				if sk, ok := strings.CutSuffix(key, end); ok && utf8.RuneCountInString(sk) >= 3 && !isVowel(lastRune(sk)) && has(sk) {
					m.last = m.last[:len(m.last)-len(end)]
					break
				}
			}
		}
	}
}

// surfaceLast returns the folded last word of a mention as the text
// writes it.
func (s *personScan) surfaceLast(m personMention) string {
	k := s.v.tokenAt(m.end - 1)
	return s.v.fold(k)
}

// aStemOblique reports a word that is an oblique case of the a-stem
// stem+"а" and of no consonant stem: "обамой", "обамы" ("Обаме",
// "Обаму" could be Обам's as "Цукербергу" is Цукерберг's).
func aStemOblique(w, stem string) bool {
	end, ok := strings.CutPrefix(w, stem)
	return ok && (end == "ой" || end == "ы" || end == "ою")
}

// feminineAlone keeps a woman's family name alone in the form the text
// gives when a verb beside it agrees with a woman: "заявила Захарова" is
// Захарова, not Захаров's genitive.
func (s *personScan) feminineAlone() {
	for i := range s.out {
		m := &s.out[i]
		if m.first != "" || m.middle != "" || m.eastern {
			continue
		}
		k := s.v.tokenAt(m.start)
		if s.v.tokenAt(m.end-1) != k {
			continue
		}
		w := s.v.tokText(k)
		if !hasAnySuffix(normalize.Lower(w), []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая"}) {
			continue
		}
		// The verb after agrees with the name only when the name is the
		// subject: first in its clause ("Пресс-служба Кадырова заявила"
		// is the press service's).
		p := s.v.prev(k)
		subject := sentenceStart(s.v, k) || p >= 0 && s.v.toks[p].kind == punct
		if s.genderBefore(k) == 'f' || subject && s.genderAfter(k) == 'f' {
			m.last, m.gender = w, 'f'
		}
	}
}

// firstNamesLikeMaria puts first names no table lists that decline as
// "Мария" in the nominative: "Асии Биби" is Асия Биби.
func (s *personScan) firstNamesLikeMaria() {
	for i := range s.out {
		m := &s.out[i]
		if m.first == "" || strings.Contains(m.first, " ") || len(s.t.firstNames(foldYo(normalize.Lower(m.first)))) > 0 {
			continue
		}
		if nom, ok := iyaNominative(m.first); ok {
			m.first, m.gender = nom, 'f'
		}
	}
}

// genitiveA reports a family name that ends in "-а" after a consonant,
// not as a woman's Russian name does and not in Japanese syllables
// ("Байдена", not "Петрова", "Ивашина", "Ковальская", "Тойода"): a man's
// name in the genitive, or a name whose nominative ends so ("Бузакка").
func genitiveA(w string) bool {
	if !consonantA(w) {
		return false
	}
	if _, ok := normalize.Romanize(w, normalize.Polivanov); ok && !consonantE(w) {
		return false // "Тойода": Japanese syllables end in vowels (and write "э", not "е")
	}
	return !feminineSurname(w)
}

// sameCaseEnding reports two words that end in the same case ending of a
// man's name: "-а", "-у", "-ом", "-ем".
func sameCaseEnding(a, b string) bool {
	for _, e := range []string{"ом", "ем", "а", "у"} {
		if strings.HasSuffix(a, e) && strings.HasSuffix(b, e) {
			return true
		}
	}
	return false
}

// womanObliqueEnds end a woman's family name in a case other than the
// nominative: "Хаматовой", "Навальной", "Рынской".
var womanObliqueEnds = []string{"овой", "евой", "иной", "ыной", "ской", "цкой"}

// womanObliqueFirstEnds are the endings of a woman's first name in "-а"
// or "-я" in the oblique cases, with the nominative's.
var womanObliqueFirstEnds = []struct{ end, nom string }{{"ой", "а"}, {"ей", "я"}, {"е", "а"}, {"у", "а"}, {"ю", "я"}, {"ы", "а"}}

// womanInstrumentalEnds end a woman's first name in the instrumental.
var womanInstrumentalEnds = []string{"ой", "ей"}

// womanFirstNominative returns the nominative of a woman's first name no
// table lists, written in an oblique case: "Хулианой" → "Хулиана",
// "Божене" → "Божена", "Лейлу" → "Лейла"; with instrOnly, only the
// instrumental's "-ой" and "-ей" are read. A name in another ending, or
// in "-и" (Мари, Нелли), stays.
func womanFirstNominative(w string, instrOnly bool) string {
	for _, e := range womanObliqueFirstEnds {
		if instrOnly && !slices.Contains(womanInstrumentalEnds, e.end) {
			continue
		}
		if stem, ok := strings.CutSuffix(w, e.end); ok && utf8.RuneCountInString(stem) >= 2 && !isVowel(lastRune(stem)) {
			return stem + e.nom
		}
	}
	return w
}

// firstNameCase returns the case the ending of a man's first name no
// table lists shows, or -1: only the instrumental "Майком" (4) does;
// "Сумаила", "Анаклету" and "Амаду" are nominatives.
func firstNameCase(w string) int {
	if strings.HasSuffix(w, "ом") && consonantA(strings.TrimSuffix(w, "ом")+"а") {
		return 4
	}
	return -1
}

// indeclinableFirst reports a first name that ends as no declining name
// does: "Джо", "Джереми", "Кенни", "Андре"; a longer one in "-о" is
// left out.
func indeclinableFirst(w string) bool {
	if strings.HasSuffix(w, "о") {
		// "Джо", "Лео"; "Франческо Бонура", "Марио Коста" are Romance
		// names whose family names end in "-а" in the nominative.
		return utf8.RuneCountInString(w) <= 3
	}
	return strings.ContainsRune("иеуюэ", lastRune(w)) && !strings.HasSuffix(w, "ие")
}

// consonantA reports a word of three letters or more before a final "-а"
// that ends in a consonant: "майка".
func consonantA(w string) bool {
	stem, ok := strings.CutSuffix(w, "а")
	return ok && utf8.RuneCountInString(stem) >= 3 && !isVowel(lastRune(stem)) && !strings.HasSuffix(stem, "ь") && !strings.HasSuffix(stem, "й")
}

// consonantE reports an "е" after a consonant, which Polivanov's
// Japanese spellings write "э": "Байдена" is no Japanese name.
func consonantE(w string) bool {
	prev := rune(0)
	for _, r := range w {
		if r == 'е' && prev != 0 && !isVowel(prev) && prev != 'ь' && prev != 'ъ' {
			return true
		}
		prev = r
	}
	return false
}

// feminineSurname reports a family name in a woman's form: "Петрова",
// "Кузнецовой", "Ковальская".
func feminineSurname(w string) bool {
	return hasAnySuffix(w, []string{"ова", "ева", "ина", "ына", "овой", "евой", "иной", "ской", "цкой", "ская", "цкая"})
}

// functionWord reports a preposition, conjunction, particle or question
// word, which a sentence may start with in capitals: no part of a name.
// ("И", "Ли", "Да", "Ни" are East Asian family names too, and left out.)
func functionWord(w string) bool {
	if _, ok := casePrepositions[w]; ok {
		return true
	}
	switch w {
	case "в", "во", "на", "за", "а", "но", "не", "что", "как", "это", "почему", "когда", "где", "если", "или", "вот", "уже", "еще", "ещё", "так", "там", "тут", "все", "всё":
		return true
	}
	return false
}

// casePrepositions are the prepositions before a name and the case they
// govern (normalize's order: 1 genitive, 2 dative, 3 accusative, 4
// instrumental, 5 prepositional).
var casePrepositions = map[string]int{
	"у": 1, "для": 1, "от": 1, "до": 1, "из": 1, "без": 1, "около": 1, "после": 1, "против": 1,
	"среди": 1, "кроме": 1, "имени": 1, "им": 1, "вместо": 1, "возле": 1,
	"к": 2, "ко": 2, "по": 2, "благодаря": 2, "согласно": 2,
	"про": 3, "через": 3,
	"с": 4, "со": 4, "между": 4, "над": 4, "перед": 4,
	"о": 5, "об": 5, "обо": 5, "при": 5,
}

// caseBefore returns the case of a name that the word before it
// governs, or -1.
func caseBefore(v *tokenView, k int) int {
	p := v.prev(k)
	if v.isPunct(p, ".") { // "им."
		p = v.prev(p)
	}
	if c, ok := casePrepositions[v.word(p)]; ok {
		return c
	}
	return -1
}

// genderAfter reads a person's gender from the verb after the name:
// "заявила" is a woman's, "заявил" a man's; 0 when no verb tells.
func (s *personScan) genderAfter(k int) byte {
	n := s.v.next(k)
	if s.v.isPunct(n, ",") {
		n = s.v.next(n)
	}
	return verbGender(s.v.word(n))
}

// genderBefore reads a person's gender from the verb right before the
// name: "сообщила Валентина Кузнецова".
func (s *personScan) genderBefore(k int) byte { return verbGender(s.v.word(s.v.prev(k))) }

// verbGender returns the gender a past-tense verb agrees in: 'f' for
// "заявила", "отметилась", 'm' for "заявил", "отметился", 0 for any
// other word.
func verbGender(w string) byte {
	if utf8.RuneCountInString(w) < 4 || !isCyrillic(firstRune(w)) || isUpper(firstRune(w)) {
		return 0
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "сь"), "ся")
	for _, v := range []string{"и", "а", "е", "ы", "у", "я"} {
		switch {
		case strings.HasSuffix(w, v+"ла") && v != "у": // not "мула"
			return 'f'
		case strings.HasSuffix(w, v+"л"):
			return 'm'
		}
	}
	return 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// allLatin reports whether every word is in Latin letters.
func allLatin(v *tokenView, words []int) bool {
	for _, k := range words {
		if !isLatinWord(v.tokText(k)) {
			return false
		}
	}
	return true
}

func wordsText(v *tokenView, words []int) []string {
	out := make([]string, len(words))
	for i, k := range words {
		out[i] = v.tokText(k)
	}
	return out
}

// addTagged adds the people the tagger found where no rule found one,
// with the posts beside them, in the order of the text. A Latin name in
// brackets after a person is another mention of that person ("Лю Цзяи
// (Liu Jiayi)").
//
// It runs in two passes around the rules' coreference (PE7): names of two
// words or more first, then, once coreference has joined the family
// names it knows, the one-word names left (singles true).
func (s *personScan) addTagged(extra []span, singles bool) {
	n := len(s.out)
	found := coverOf(s.out, personSpan)
	for _, sp := range extra {
		sp = s.trimLead(s.trimPosts(sp))
		first, last := s.v.tokenAt(sp.start), s.v.tokenAt(sp.end-1)
		if sp.end <= sp.start || (first == last) != singles {
			continue
		}
		if j, ok := s.afterPerson(first); ok && !found.overlaps(sp.start, sp.end) {
			// "Барри Лоуенкрон (Barry Lowenkron)": the Latin form is
			// another mention of the same person.
			m := s.out[j]
			m.start, m.end, m.rule, m.posts = sp.start, sp.end, "TG1", nil
			s.out = append(s.out, m)
			continue
		}
		if singles && hasAnySuffix(s.v.low[first], []string{"ых", "их", "ыми", "ими"}) {
			continue // "Кремниевых", "Воробьёвых": an adjective or a family, no one's name
		}
		if singles && s.temperatureScale(first) {
			continue // "25 градусов по Цельсию": a scale, named after someone
		}
		if j, ok := s.widens(sp, n); ok {
			// The rules found part of the name: "Хосе Мария Гарсия де ла
			// Торре" of "Гарсия".
			if m, ok := s.spanPerson(sp); ok {
				m.posts, m.latin = s.out[j].posts, s.out[j].latin
				if len(m.posts) == 0 && sp.start < s.out[j].start {
					// "Директор завода Рустем Рахматуллин": the title
					// stands before the wider name.
					m.posts = s.before(first)
				}
				s.out[j] = m
			}
			continue
		}
		if found.overlaps(sp.start, sp.end) || singles && s.loneFirstName(first) || s.brandFirst(first) {
			continue
		}
		m, ok := s.spanPerson(sp)
		if !ok {
			continue
		}
		// "пресс-секретарь Путина Дмитрий Песков": the post is the next
		// name's.
		if employer := first == last && s.employerOf(first, s.v.next(last)); !employer {
			if m.posts = s.before(first); len(m.posts) == 0 {
				m.posts = s.after(s.v.next(last))
			}
		}
		m.posts = append(m.posts, s.predicativeAfter(s.v.next(last), m.posts)...)
		m.posts = append(m.posts, s.appointed(first, s.v.next(last))...)
		s.out = append(s.out, m)
	}
	if len(s.out) > n {
		s.joinSingles(n)
		sortByStart(s.out, personSpan)
	}
}

// trimPosts cuts the post words off a name's end: a signature writes
// "Ольга Петренко Директор", and the post is the person's, not her name.
// (A post before a name is a title the text may count as part of it:
// "Папа Франциск".)
func (s *personScan) trimPosts(sp span) span {
	v := s.v
	for sp.start < sp.end {
		k := s.v.tokenAt(sp.end - 1)
		if _, ok := s.t.posts[v.fold(k)]; !ok || v.toks[k].kind != word {
			break
		}
		p := v.prev(k)
		if p < 0 {
			return span{sp.start, sp.start}
		}
		sp.end = v.toks[p].end
	}
	return sp
}

// brandFirst reports a name that starts with an organization the
// gazetteer knows and no listed first name: "Спутник V" is a vaccine.
func (s *personScan) brandFirst(k int) bool {
	if s.isFirstName(k) {
		return false
	}
	_, _, ok := s.g.orgs.longest(s.v, k)
	return ok
}

// loneFirstName reports a first name alone at a sentence's start with no
// verb after it that agrees with a person: "Вера в успех крепка" is no
// person's, "Мария сказала" is.
func (s *personScan) loneFirstName(k int) bool {
	return sentenceStart(s.v, k) && s.isFirstName(k) && !surnameLike(s.v.tokText(k)) && s.genderAfter(k) == 0
}

// temperatureScale reports a word after "градус ... по": "градусов по
// Цельсию", "градуса по Фаренгейту".
func (s *personScan) temperatureScale(k int) bool {
	v := s.v
	p := v.prev(k)
	if p < 0 || v.low[p] != "по" {
		return false
	}
	d := v.prev(p)
	return d >= 0 && v.toks[d].kind == word && strings.HasPrefix(v.low[d], "градус")
}

// widens returns the one person among s.out[:n] that sp overlaps, when sp
// holds it and more: a name the tagger reads longer than the rules did.
// A name with initials stays the rules'.
func (s *personScan) widens(sp span, n int) (int, bool) {
	found := -1
	// s.out[:n] is in text order and its names do not overlap.
	for j := sort.Search(n, func(i int) bool { return s.out[i].end > sp.start }); j < n && s.out[j].start < sp.end; j++ {
		m := s.out[j]
		if found >= 0 || m.start < sp.start || m.end > sp.end || m.rule == "PE1" {
			return 0, false
		}
		found = j
	}
	if found < 0 || s.out[found].end-s.out[found].start == sp.end-sp.start {
		return 0, false
	}
	return found, true
}

// afterPerson returns the person whose name ends right before the
// brackets that a name starting at token first opens.
func (s *personScan) afterPerson(first int) (int, bool) {
	v := s.v
	p := v.prev(first)
	if !v.isPunct(p, "(") {
		return 0, false
	}
	q := v.prev(p)
	if q < 0 {
		return 0, false
	}
	for j, m := range s.out {
		if m.end == v.toks[q].end {
			return j, true
		}
	}
	return 0, false
}

// trimLead cuts off the front of a name what is no part of it: a
// preposition or another function word a sentence starts with ("У
// Байдена", "За Трампа"), a common noun the lexicon knows ("Слова
// Сагдеева"), or a word before a listed first name that is not one
// itself ("Челси Фрэнк Лэмпард", a club before its player).
func (s *personScan) trimLead(sp span) span {
	v := s.v
	for sp.start < sp.end {
		k := s.v.tokenAt(sp.start)
		n := v.next(k)
		if n >= len(v.toks) || v.toks[n].start >= sp.end || v.toks[k].kind != word {
			break
		}
		function := functionWord(v.low[k])
		if function && s.t.east[v.fold(k)] != "" && !genitiveA(v.low[n]) {
			function = false // "У Ган" is Wu Gang; "У Байдена" is at Biden's
		}
		_, post := s.t.posts[v.fold(k)] // "Император Акихито": the post is before the name
		if !v.known(k) && !function && !post && !(s.isFirstName(n) && !s.isFirstName(k) && s.v.tokenAt(sp.end-1) != n) {
			break
		}
		sp.start = v.toks[n].start
	}
	return sp
}

// joinSingles gives a family name alone that the tagger found (from
// s.out[from:]) the name of the person whose family name it is a case
// form of: "Лофнеру" is Джаред Лофнер, or Лофнер when the text names him
// so.
func (s *personScan) joinSingles(from int) {
	single := func(m personMention) bool { return m.rule == "TG1" && m.first == "" && m.middle == "" }
	var stems map[string]int // the stem of a family name in the nominative → its person
	for i := from; i < len(s.out); i++ {
		m := &s.out[i]
		if !single(*m) {
			continue
		}
		if stems == nil {
			stems = map[string]int{}
			for j, o := range s.out {
				if o.last == "" || single(o) && o.last != s.v.text[o.start:o.end] {
					continue // a name in the nominative only
				}
				if k := surnameStem(normalize.Key(o.last)); k != "" {
					if _, ok := stems[k]; !ok {
						stems[k] = j
					}
				}
			}
		}
		w := normalize.Key(s.v.text[m.start:m.end])
		for _, end := range caseEndings {
			stem, ok := strings.CutSuffix(w, end)
			if !ok {
				continue
			}
			if j, ok := stems[stem]; ok && j != i {
				o := s.out[j]
				if end != "" && o.gender == 'f' && undeclinedName(o.last) {
					// "Трампа" is no form of Мэри Трамп's name, which does
					// not decline: a man of her family name.
					m.last, m.gender = o.last, 'm'
					break
				}
				m.first, m.middle, m.last, m.gender, m.origin, m.eastern = o.first, o.middle, o.last, o.gender, o.origin, o.eastern
				break
			}
		}
	}
}

// caseEndings are the endings a family name takes in its cases, after
// its stem (surnameStem), the longest first; "" is the nominative's.
var caseEndings = []string{"ою", "ею", "ом", "ем", "ым", "им", "ой", "ей", "а", "я", "у", "ю", "е", "и", "ы", ""}

// obliqueStem returns the first stem of key less one of caseEndings (not
// the nominative's "") that has at least minRunes letters and that has
// accepts ("металлоинвест" of "металлоинвеста"), or false.
func obliqueStem(key string, minRunes int, has func(stem string) bool) (string, bool) {
	for _, end := range caseEndings {
		if stem, ok := strings.CutSuffix(key, end); ok && end != "" && utf8.RuneCountInString(stem) >= minRunes && has(stem) {
			return stem, true
		}
	}
	return "", false
}

// surnameStem is what every case form of a family name starts with: the
// folded name less a final vowel, "й" or "ь" ("обам" of "обама", "петров"
// of "петрова"); a name of one or two letters is its own ("ли").
func surnameStem(k string) string {
	if utf8.RuneCountInString(k) < 3 {
		return k
	}
	r, size := utf8.DecodeLastRuneInString(k)
	if strings.ContainsRune("аяоеиыуюйь", r) {
		return k[:len(k)-size]
	}
	return k
}
