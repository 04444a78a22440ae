package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// The post recognizer: the titles written next to a person's name
// ("губернатора пров. Шаньдун Ли Ганьцзе", "Юй Цзяньхуа, постоянный
// представитель Китая при ..."), read as a title in the nominative with
// the organization and place it names. It reads the tokens and the place
// and organization mentions found before it; the people recognizer asks
// it for the post before or after each name, and a post it finds vouches
// for a name no table lists.
//
// Its rules:
//
//	PS1  the post right before the name: "губернатора пров. Шаньдун Ли Ганьцзе"
//	PS2  earlier posts before that one, side by side or after commas:
//	     "представитель вооружённых сил полковник ...", "совладелец WFC, бывший глава ...",
//	     "доктор наук, профессор, академик ..."
//	PS3  the post after the name and a comma or dash, and more after commas
//	     in the same case: "Лю Цзяи, секретарь ...", "Ван Бин, генерал, замначальника ..."
//	PS5  a post said of the name after it: "Сергей Кравцов назначен
//	     руководителем Рособрнадзора", "стала главой", "занял пост министра",
//	     "назначил В.Зворыкина руководителем лаборатории"
//	PS6  a post in brackets after the name: "Сергей Кравцов (министр просвещения)"
//	PS7  a plural post before a list of names is each one's: "академики РАН
//	     Иван Петров и Олег Сидоров"
//	PS8  so are plural posts before a colon that opens the list: "пять
//	     экс-президентов: Альберто Фухимори (…), Алехандро Толедо (…)",
//	     "писатели и критики, среди которых — Павел Басинский и …"
//	PS9  a post in the instrumental that opens a clause, said of the name
//	     after its verb: "Главой Рособрнадзора назначен Сергей Кравцов",
//	     "Операторами выступили Михаил Агранович и Михаил Хасая"; and a
//	     post the sentence opens with as the object of "занял": "Место
//	     спикера Палаты представителей занял Джон Бенер"
//	PS10 a post said of "он" or "она", or by a sentence that opens with its
//	     verb: the nearest person named before, in the paragraph or the one
//	     before, of the gender they show (people.go: postsOfPronouns): "В
//	     2005 году он был назначен послом Японии", "Стал генералом, работал
//	     министром"
//	PS4  a signature: the post after the name on the same or the next line:
//	     "Кирсан Илюмжинов Президент ФИДЕ"

// post is a post the recognizer read, with the rule that read it.
type post struct {
	entities.Position
	rule string
}

// postScan reads posts in one document: the tokens, and the place and
// organization mentions the recognizers before it found.
type postScan struct {
	v      *tokenView
	t      *nameTables
	g      *gazetteer
	places map[int]int // start → end of place mentions
	orgs   []orgMention
	// orgsAt lists the organization mentions starting at each offset, by
	// their index in orgs; inOrg and inPlace answer whether a range lies
	// inside an organization or place mention.
	orgsAt         map[int][]int
	inOrg, inPlace spanCover
}

// newPostScan prepares the post recognizer for one document.
func newPostScan(v *tokenView, g *gazetteer, places []placeMention, placeAt map[int]int, orgs []orgMention) *postScan {
	s := &postScan{v: v, t: g.names, g: g, places: placeAt, orgs: orgs, orgsAt: map[int][]int{}}
	for n, o := range orgs {
		s.orgsAt[o.start] = append(s.orgsAt[o.start], n)
	}
	s.inOrg = newSpanCover(len(orgs), func(i int) (int, int) { return orgs[i].start, orgs[i].end })
	s.inPlace = newSpanCover(len(places), func(i int) (int, int) { return places[i].start, places[i].end })
	return s
}

// titlePrepositions join the parts of a post's title: "представитель
// Китая в Женеве", "член палаты от штата Аризона", "лидер движения против
// нелегальной иммиграции".
var titlePrepositions = map[string]bool{"в": true, "во": true, "по": true, "от": true, "при": true, "против": true, "на": true}

// academic are the abbreviated degrees and forms of address between a
// post and a name: "проф.", "акад.".
var academic = map[string]bool{"проф": true, "акад": true, "д-р": true, "г-н": true, "г-жа": true, "доц": true, "чл.-корр": true}

// honorifics stand between a post and a name without a period: "председатель
// Совета муфтиев России шейх Равиль Гайнутдин".
var honorifics = map[string]bool{"шейх": true, "муфтий": true, "господин": true, "госпожа": true, "сэр": true, "мистер": true, "миссис": true}

// titleAbbrev are the abbreviations inside a post's title whose period
// ends no sentence: "губернатора пров. Шаньдун".
var titleAbbrev = func() map[string]bool {
	m := map[string]bool{"пров": true, "г": true, "обл": true, "им": true, "р-на": true, "ст": true}
	for a := range postAbbreviations {
		m[a] = true
	}
	return m
}()

// titleAbbreviations are written out in a post's title: "губернатора
// пров. Шаньдун" is the governor of the province, "корр. УзА" its
// correspondent.
var titleAbbreviations = func() *strings.Replacer {
	pairs := []string{"пров. ", "провинции ", "г. ", "города ", "обл. ", "области ", "р-на ", "района ", "им. ", "имени "}
	for a, post := range postAbbreviations {
		pairs = append(pairs, a+". ", post+" ")
	}
	return strings.NewReplacer(pairs...)
}()

// postAbbreviations are the post nouns written short, with a period:
// "корр. УзА", "зам. директора".
var postAbbreviations = map[string]string{"корр": "корреспондент", "спецкорр": "специальный корреспондент", "зам": "заместитель", "зав": "заведующий"}

// notAdjectives are words with an adjective's ending that are not
// adjectives of a post: "включая секретаря ...".
var notAdjectives = map[string]bool{"включая": true, "являясь": true, "будучи": true, "такая": true, "такой": true, "этот": true, "этой": true}

// possessive reports a possessive pronoun, which looks like an adjective
// but is no part of a title: "нашего первого президента", "своим
// председателем".
func possessive(w string) bool {
	for _, stem := range []string{"наш", "ваш", "сво", "мо", "тво"} {
		if rest, ok := strings.CutPrefix(w, stem); ok && len(rest) <= len("ими") {
			switch rest {
			case "", "а", "е", "и", "й", "я", "ё", "ю", "у", "его", "ей", "ему", "им", "ем", "ём", "их", "ими":
				return true
			}
		}
	}
	return false
}

// adjectiveCases lists, for the ending of a post noun, the endings an
// adjective agreeing with it may have: "бывший глава", "первого
// заместителя", "новым послом".
var adjectiveCases = []struct {
	noun string
	adjs []string
}{
	{"ом", []string{"ым", "им"}}, {"ем", []string{"ым", "им"}},
	{"ой", []string{"ым", "им", "ой", "ей"}}, {"ей", []string{"ым", "им", "ой", "ей"}},
	{"у", []string{"ому", "ему", "ого", "его", "ую", "юю"}}, {"ю", []string{"ому", "ему", "ого", "его", "ую", "юю"}},
	{"ы", []string{"ого", "его", "ой", "ей", "ые", "ие"}}, {"и", []string{"ого", "его", "ой", "ей", "ые", "ие"}},
	{"а", []string{"ого", "его"}}, {"я", []string{"ого", "его"}}, {"е", []string{"ом", "ем", "ому", "ему", "ой", "ей"}},
}

// nominativeAdjectiveEnds are the endings of an adjective that agrees with
// a post in the nominative: "бывший глава", "главная медсестра".
var nominativeAdjectiveEnds = []string{"ый", "ий", "ой", "ая", "яя"}

// genitiveEnds are the endings of a capitalized genitive inside a title:
// "защитник Арсенала", "посол Франции".
var genitiveEnds = []string{"а", "я", "ы", "и", "ого", "его", "ой", "ей", "ых", "их", "ов", "ев"}

// agreesWithPost reports whether adjective adj can agree with the post noun
// written as noun, whose lemma is lemma; "против действий президента"
// and "затем генерал-майора" are no titles. Plurals and forms not listed
// pass.
func agreesWithPost(adj, noun, lemma string) bool {
	if noun == lemma {
		return hasAnySuffix(adj, nominativeAdjectiveEnds)
	}
	for _, c := range adjectiveCases {
		if strings.HasSuffix(noun, c.noun) && !strings.HasSuffix(lemma, c.noun) {
			return hasAnySuffix(adj, c.adjs)
		}
	}
	return true
}

func (s *postScan) isFirstName(k int) bool {
	return k >= 0 && k < len(s.v.toks) && s.v.toks[k].kind == word && len(s.t.firstNames(s.v.fold(k))) > 0
}

// postAt returns the lemma of a post noun at token k, or "".
func (s *postScan) postAt(k int) string {
	if k < 0 || k >= len(s.v.toks) || s.v.toks[k].kind != word {
		return ""
	}
	w := s.v.fold(k)
	if w == "после" {
		return "" // a preposition, not the ambassador's case
	}
	for _, p := range []string{"экс-", "вице-", "и.о."} {
		w = strings.TrimPrefix(w, p)
	}
	if p, ok := s.t.posts[w]; ok {
		return p
	}
	if p, ok := postAbbreviations[w]; ok && s.v.isPunct(k+1, ".") {
		return p // "корр. УзА"
	}
	if p, ok := s.t.postPlurals[w]; ok {
		return p // "академики РАН Иванов и Петров"
	}
	// A compound whose last part is a post after a part that does not
	// decline: "рок-музыкант", "хип-хоп-исполнителя", "поп-певица"; not
	// "женщины-космонавта", whose first part is a noun of its own.
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 && !strings.ContainsRune("аяыи", lastRune(w[:i])) {
		if p := s.t.posts[w[i+1:]]; p != "" {
			return w[:i+1] + p
		}
	}
	if p, ok := s.twoPosts(w); ok {
		return p // "журналиста-расследователя": both parts decline
	}
	return ""
}

// softPair writes a soft vowel of an ending as its hard pair, so that
// the endings of one case compare: "журналиста-расследователя".
func softPair(r rune) rune {
	switch r {
	case 'я':
		return 'а'
	case 'ю':
		return 'у'
	}
	return r
}

// twoPosts returns the lemma of a compound of a post and a noun in
// apposition, both in one case ("журналиста-расследователя" →
// "журналист-расследователь", "солдата-срочника"), from the Key of one
// of its forms, or false.
func (s *postScan) twoPosts(key string) (string, bool) {
	i := strings.IndexByte(key, '-')
	if i <= 0 || i == len(key)-1 || strings.IndexByte(key[i+1:], '-') >= 0 {
		return "", false
	}
	a, b := key[:i], key[i+1:]
	pa := s.t.posts[a]
	switch {
	case pa == "" || utf8.RuneCountInString(b) < 4:
		return "", false
	case a == pa:
		return key, true
	case softPair(lastRune(a)) == softPair(lastRune(b)) && !strings.ContainsRune("аяы", lastRune(pa)):
		if pb := s.t.posts[b]; pb != "" {
			return pa + "-" + pb, true
		}
		if lb := normalize.NounLemma(b); lb != b {
			return pa + "-" + lb, true
		}
		switch r := lastRune(b); r {
		case 'я', 'ю':
			return pa + "-" + b[:len(b)-utf8.RuneLen(r)] + "ь", true // "расследователя"
		case 'а', 'у':
			return pa + "-" + b[:len(b)-utf8.RuneLen(r)], true
		}
	}
	return "", false
}

// postLemma returns the post whose form has the normalize.Key key, for
// normalize.PhraseWith.
func (s *postScan) postLemma(key string) (string, bool) {
	if p, ok := s.t.posts[key]; ok {
		return p, true
	}
	if p, ok := s.twoPosts(key); ok {
		return p, true
	}
	p, ok := s.t.postPlurals[key]
	return p, ok
}

// singular puts a title whose post noun is plural in the singular: the
// noun and the adjectives before it ("главные тренеры сборной" →
// "главный тренер сборной").
func (s *postScan) singular(title string) string {
	words := strings.Split(title, " ")
	for i, w := range words {
		lemma, ok := s.t.postPlurals[normalize.Key(w)]
		if !ok {
			continue
		}
		words[i] = lemma
		for j := 0; j < i; j++ {
			switch a := words[j]; {
			case strings.HasSuffix(a, "ые"):
				words[j] = strings.TrimSuffix(a, "ые") + "ый"
			case strings.HasSuffix(a, "ие"):
				words[j] = strings.TrimSuffix(a, "ие") + "ий"
			}
		}
		return strings.Join(words, " ")
	}
	return title
}

// plural reports a post whose noun is plural ("академики РАН"): it is
// the post of each person of the list after it (PS7).
func (s *postScan) plural(p *post) bool {
	v := s.v
	for k := v.tokenAt(p.Start); k < len(v.toks) && v.toks[k].end <= p.End; k++ {
		if v.toks[k].kind == word {
			if _, ok := s.t.postPlurals[v.fold(k)]; ok {
				return true
			}
		}
	}
	return false
}

// before reads the post written before the name that starts at token i
// (rule PS1: "губернатора пров. Шаньдун", "секретаря Шаньдунского
// комитета КПК", "посол Японии в КНР") and an earlier post before it
// (PS2), the one next to the name first; nil when there is none.
func (s *postScan) before(i int) []post {
	v := s.v
	nameEnd := v.prev(i) // the last token of the title
	if ageWord(v, nameEnd) {
		nameEnd = v.prev(nameEnd - 2) // "директора ФБР 68-летнего Роберта Мюллера": the age stands between
	}
	for v.isPunct(nameEnd, ".") && academic[v.word(v.prev(nameEnd))] {
		nameEnd = v.prev(v.prev(nameEnd)) // "директор СЭК проф. А.А. Ветров"
	}
	if honorifics[v.word(nameEnd)] {
		nameEnd = v.prev(nameEnd)
	}
	if nameEnd < 0 || v.isPunct(nameEnd, ",«„") {
		return nil // not "премьера документального фильма «Александр Ширвиндт: …»": the name opens a quoted title
	}
	if w := v.word(nameEnd); w == "имени" || v.isPunct(nameEnd, ".") && v.word(v.prev(nameEnd)) == "им" {
		return nil // the name a body is named after: "института имени А. С. Пушкина"
	}
	start := s.titleEndingAt(nameEnd)
	if start < 0 {
		return nil
	}
	if k := v.prev(start); k >= 0 && s.relativeOfPost(k, nameEnd) && !s.genitiveName(i) {
		return nil // "дочь действующего президента Иванку Трамп" is the president's daughter
	}
	if start = s.agreeingStart(start, nameEnd, i); start < 0 {
		return nil // "главным советником избирательной кампании Бориса Ельцина": the name depends on the title
	}
	posts := []post{{s.position(start, nameEnd), "PS1"}}
	s.delegationHead(&posts[0], start)
	// Earlier posts, right before or after a comma, back along a list:
	// "представитель вооружённых сил полковник ...", "совладелец WFC,
	// бывший глава ...", "доктор наук, профессор, академик ...".
	for len(posts) < 6 {
		end := v.prev(start)
		for n := 0; n < 2 && thenWords[v.word(end)]; n++ {
			end = v.prev(end) // "бывшего вице-президента Лукойла, а ныне члена Совета Федерации"
		}
		comma := v.isPunct(end, ",")
		and := !comma && v.word(end) == "и"
		if comma || and {
			end = v.prev(end)
		}
		named := end >= 0 && isUpper(v.toks[end].first) && (s.isFirstName(end) || s.isFirstName(v.prev(end)) ||
			and && s.postAt(end) == "" && !s.inOrg.covers(v.toks[end].start, v.toks[end].end) && !s.inPlace.covers(v.toks[end].start, v.toks[end].end))
		if end < 0 || v.toks[end].kind != word || named { // not "..., Сергей Удальцов, правозащитник ..."
			break
		}
		if s.postAt(end) != "" && !comma && !and {
			break // a bare post noun joins only after a comma or "и": "профессор, академик ...", "продюсер и актер ..."
		}
		start2 := s.titleEndingAt(end)
		if start2 < 0 || !v.isPunct(v.next(end), ",") && !s.sameCase(start2, start) {
			break
		}
		p := post{s.position(start2, end), "PS2"}
		if s.plural(&p) {
			break // not "представители власти, глава области ..."
		}
		posts = append(posts, p)
		start = start2
	}
	return posts
}

// listHead reads the plural posts that open a list of names after a
// colon, or after "среди которых" and a colon or dash (PS8), for the name
// that starts at token i: "пять экс-президентов: Альберто Фухимори (…),
// Алехандро Толедо …", "писатели и критики, среди которых — Павел
// Басинский и …". The post next to the list comes first; nil when there
// is none.
func (s *postScan) listHead(i int) []post {
	v := s.v
	k := v.prev(i)
	if k < 0 || !v.isPunct(k, ":—–") {
		return nil
	}
	colon := v.isPunct(k, ":")
	k = v.prev(k)
	if w := v.word(k); w == "которых" || w == "них" {
		if v.word(v.prev(k)) != "среди" {
			return nil
		}
		k = v.prev(v.prev(k))
		if v.isPunct(k, ",") {
			k = v.prev(k)
		}
	} else if !colon {
		return nil
	}
	var out []post
	for len(out) < 3 && k >= 0 && v.toks[k].kind == word {
		start := s.titleEndingAt(k)
		if start < 0 {
			break
		}
		p := post{s.position(start, k), "PS8"}
		if !s.plural(&p) {
			break
		}
		out = append(out, p)
		k = v.prev(start)
		if !v.isPunct(k, ",") && v.word(k) != "и" {
			break
		}
		k = v.prev(k) // "писатели и критики"
	}
	return out
}

// ageWord reports the "-летний" of an age at word token k, right after
// its number and hyphen: "57-летний", "68-летнего".
func ageWord(v *tokenView, k int) bool {
	return k >= 2 && v.toks[k].kind == word && strings.HasPrefix(v.low[k], "летн") && v.isPunct(k-1, "-") && v.toks[k-2].kind == number
}

// relativeOfPost reports a relative's noun at token k in the nominative
// or the accusative before a title whose last post, before token end, is
// in the genitive: "дочь президента", "мать пограничника"; not "его
// супруги певицы Бейонсе", which are one person.
func (s *postScan) relativeOfPost(k, end int) bool {
	v := s.v
	w := v.low[k]
	if v.toks[k].kind != word || !kinNouns[w] && !(relativeForms()[w] && (strings.HasSuffix(w, "у") || strings.HasSuffix(w, "ю"))) {
		return false
	}
	for p := end; p > k; p = v.prev(p) {
		if lemma := s.postAt(p); lemma != "" {
			pw := v.low[p]
			return pw != lemma && strings.ContainsRune("аяыи", lastRune(pw))
		}
	}
	return false
}

// genitiveName reports whether the name that starts at token i can be a
// genitive: its first name's form is one ("жена президента Барака
// Обамы", not "вдова президента Наина Ельцина"), or, without a first
// name, its last capitalized word ends as one (not "дочь президента
// Иванку Трамп").
func (s *postScan) genitiveName(i int) bool {
	v := s.v
	if fs := s.t.firstNames(v.fold(i)); len(fs) > 0 {
		return slices.ContainsFunc(fs, func(f firstName) bool { return f.cas == 1 })
	}
	last := i
	for k := v.next(i); k < len(v.toks) && k-last <= 2 && v.toks[k].kind == word && isUpper(v.toks[k].first); k = v.next(k) {
		last = k
	}
	return hasAnySuffix(v.low[last], genitiveEnds)
}

// agreeingStart returns where the title from start to end begins for
// the name that starts at token i: at start when the title's post noun
// and the name's first name share a case ("министром Иваном Петровым",
// "заместителя председателя Вячеслава Тимченко") or either case is
// unknown; else at the first later post noun that agrees, with the
// adjectives before it, when only names follow it ("пресс-секретарю
// экс-президента США Билла Клинтона" is Клинтон's "экс-президента
// США"); -1 when none does ("главным советником избирательной кампании
// Бориса Ельцина": the name depends on the title, which is another
// person's). A first name in the nominative is left alone: after a title
// in an oblique case it is more often a title cut short than a dependent
// ("участвовализаместитель главы администрации Владивостока Александр
// Юров", with a space lost).
func (s *postScan) agreeingStart(start, end, i int) int {
	v := s.v
	nc := s.nameCases(i)
	if nc == 0 || nc&1 != 0 {
		return start
	}
	first := true
	for k := start; k <= end; k = v.next(k) {
		if s.postAt(k) == "" {
			continue
		}
		pc := s.postCases(k)
		if first && pc == 0 {
			return start
		}
		if pc&nc != 0 {
			if first {
				return start
			}
			for q := v.next(k); q <= end; q = v.next(q) {
				if t := v.toks[q]; t.kind == word && !isUpper(t.first) && !s.inOrg.covers(t.start, t.end) && !s.inPlace.covers(t.start, t.end) {
					return -1 // "заместителем генпрокурора в администрации Джорджа Буша": the name is the administration's
				}
			}
			a := k
			for p := v.prev(a); p > start && v.toks[p].kind == word && adjectival(v.low[p]) && p == a-2; p = v.prev(p) {
				a = p
			}
			return a
		}
		first = false
	}
	return -1
}

// nameCases returns the cases the first name at token i can be in, a
// bit each as postCases gives them, with a man's accusative that is his
// genitive; 0 when it is no first name the tables list.
func (s *postScan) nameCases(i int) uint8 {
	var nc uint8
	for _, f := range s.t.firstNames(s.v.fold(i)) {
		nc |= 1 << f.cas
		if f.cas == 1 && f.gender == 'm' {
			nc |= 1 << 3
		}
	}
	return nc
}

// delegationHead gives a bare post the body of the delegation its holder
// leads: "делегация министерства экономики, торговли и промышленности
// Японии во главе с министром Сёити Накагава" is the minister of
// economy, trade and industry of Japan. The title is the post and the
// body's name as written, less the ministry's own noun after a
// minister's post.
func (s *postScan) delegationHead(p *post, start int) {
	v := s.v
	if p.Organization != "" || p.Place != "" || strings.Contains(p.Title, " ") {
		return
	}
	c := v.prev(start)
	if v.word(c) != "с" || v.word(v.prev(c)) != "главе" || v.word(v.prev(v.prev(c))) != "во" {
		return
	}
	for k, n := v.prev(v.prev(v.prev(c))), 0; k >= 0 && n < 30; k, n = v.prev(k), n+1 {
		if v.isPunct(k, ".!?") || v.toks[k].kind == space && v.toks[k].lines > 0 {
			return
		}
		if v.toks[k].kind != word || !strings.HasPrefix(v.low[k], "делегаци") {
			continue
		}
		at := v.next(k)
		if at >= len(v.toks) {
			return
		}
		// The body right after "делегация", or after its descriptor:
		// "делегация компании «Ростех»".
		best := -1
		for j, n := at, 0; best < 0 && j < len(v.toks) && n < 3; j, n = v.next(j), n+1 {
			for _, m := range s.orgsAt[v.toks[j].start] {
				if best < 0 || s.orgs[m].end > s.orgs[best].end {
					best = m
				}
			}
		}
		if best < 0 || s.orgs[best].end > v.toks[c].start {
			return
		}
		o := s.orgs[best]
		written := flatten(v.text[v.toks[at].start:o.end])
		if strings.Count(written, "«") > strings.Count(written, "»") && strings.HasPrefix(v.text[o.end:], "»") {
			written += "»" // the quoted name's closing mark
		}
		if p.Title == "министр" {
			if rest, ok := strings.CutPrefix(written, "министерства "); ok {
				written = rest // "министр экономики ...", not "министр министерства ..."
			}
		}
		p.Title += " " + written
		p.Organization = o.nom
		for j := at; j < len(v.toks) && v.toks[j].end <= o.end && p.Place == ""; j++ {
			p.Place = s.placeNameAt(j, o.end)
		}
		return
	}
}

// sameCase reports whether the posts starting two titles are in the same
// case, as two posts of one person side by side are ("представитель
// вооружённых сил полковник"), and a post inside another name is not
// ("Совета при Президенте РФ ... глава РФ").
func (s *postScan) sameCase(a, b int) bool {
	v := s.v
	post := func(k int) int {
		for ; k < len(v.toks) && s.postAt(k) == ""; k = v.next(k) {
		}
		return k
	}
	a, b = post(a), post(b)
	if a >= len(v.toks) || b >= len(v.toks) {
		return false
	}
	ca, cb := s.postCases(a), s.postCases(b)
	if ca != 0 && cb != 0 {
		return ca&cb != 0 // "на пост главы МВД полковника Игоря Шуневича"
	}
	wa, wb := v.fold(a), v.fold(b)
	na, nb := wa == s.postAt(a), wb == s.postAt(b) // "спортсмен и актёр"
	return na && nb || !na && !nb && lastRune(wa) == lastRune(wb)
}

// postCaseMemo keeps postCases's answers by the post's lemma and form,
// for the forms of the post tables only (not for compounds made on the
// fly, which would grow it with the input).
var postCaseMemo = struct {
	sync.RWMutex
	m map[[2]string]uint8 // lemma, form → cases
}{m: map[[2]string]uint8{}}

// postCases returns the cases the singular post noun at token k can be
// in, a bit each in normalize.Cases's order, with a man's accusative
// that is his genitive ("назначил полковника"); 0 for a plural or a
// form it does not know.
func (s *postScan) postCases(k int) uint8 {
	lemma := s.postAt(k)
	if lemma == "" {
		return 0
	}
	w := s.v.fold(k)
	_, listed := s.t.posts[w]
	key := [2]string{lemma, w}
	if listed {
		postCaseMemo.RLock()
		m, ok := postCaseMemo.m[key]
		postCaseMemo.RUnlock()
		if ok {
			return m
		}
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if i := strings.LastIndexByte(lemma, '-'); i >= 0 {
		lemma = lemma[i+1:]
	}
	var mask uint8
	for c, forms := range normalize.Cases(lemma, normalize.Declension{Noun: true}) {
		if slices.ContainsFunc(forms, func(f string) bool { return foldYo(f) == w }) {
			mask |= 1 << c
		}
	}
	if !strings.ContainsRune("ая", lastRune(lemma)) {
		// A man's accusative is his genitive, not the nominative
		// normalize.Cases gives a thing: "заместитель" is no accusative.
		mask &^= 1 << 3
		if mask&(1<<1) != 0 {
			mask |= 1 << 3
		}
	}
	if listed {
		postCaseMemo.Lock()
		postCaseMemo.m[key] = mask
		postCaseMemo.Unlock()
	}
	return mask
}

// titleEndingAt finds the post whose title ends at token end, walking
// back over the words a title holds, and returns the title's first token
// (the post or the adjectives and posts before it), or -1.
func (s *postScan) titleEndingAt(end int) int {
	v := s.v
	k := end
	for n := 0; n < 14 && k >= 0; n++ {
		if v.isPunct(k, ")") {
			// "главы Китайского национального космического управления
			// (CNSA) Чжан Кэцзянь": skip a bracketed acronym.
			if o := v.prev(v.prev(k)); v.isPunct(o, "(") {
				k = v.prev(o)
				continue
			}
		}
		if v.isPunct(k, "/") {
			// "заместитель директора ... центра исполнительских искусств
			// /Большой национальный театр/ Чжао Цзячэнь": skip a gloss
			// between slashes, as the agencies write brackets.
			o := v.prev(k)
			for i := 0; i < 8 && o >= 0 && (v.toks[o].kind == word || v.isPunct(o, "-«»\"")); i++ {
				o = v.prev(o)
			}
			if v.isPunct(o, "/") && o != k {
				k = v.prev(o)
				continue
			}
		}
		if v.toks[k].kind != word && !v.isPunct(k, ".-«»\"") {
			return -1
		}
		if v.isPunct(k, ".") && !titleAbbrev[v.word(v.prev(k))] {
			return -1 // a sentence ends: "вице-губернатор провинции. С докладом"
		}
		if k < end && v.toks[k].kind == word && isUpper(v.toks[k].first) {
			if nc := s.nameCases(k); nc != 0 && nc&(1<<1) == 0 {
				// Another person's name, not in the genitive a title
				// ends with ("пресс-секретарь Билла Клинтона"): not
				// "глава района Андрей Петров и жена".
				return -1
			}
		}
		if v.toks[k].kind == word && s.postAt(k) == "" && !s.inTitle(k) {
			return -1 // "президент приехали ...": no title runs over a verb
		}
		if lemma := s.postAt(k); lemma != "" {
			start := k
			// Posts and adjectives before it: "заместитель главы",
			// "первый заместитель председателя", "генеральный секретарь".
			noun, head, headLemma := start, start, lemma
			for p := v.prev(start); p >= 0 && p == start-2 && v.toks[p].kind == word && (!isUpper(v.toks[p].first) || sentenceStart(v, p)); p = v.prev(start) {
				w := v.low[p]
				if w == "и" && start != noun {
					// "чрезвычайный и полномочный посол": adjectives joined.
					if q := v.prev(p); q >= 0 && q == p-2 && v.toks[q].kind == word && !isUpper(v.toks[q].first) && s.postAt(q) == "" &&
						adjectival(v.low[q]) && !notAdjectives[v.low[q]] && !normalize.Known(v.low[q]) && agreesWithPost(v.low[q], v.low[noun], lemma) {
						start = q
						continue
					}
					break
				}
				if l := s.postAt(p); l != "" {
					head, headLemma = p, l
				} else if !adjectival(w) || notAdjectives[w] || possessive(w) || normalize.Known(w) ||
					strings.HasSuffix(w, "ие") || strings.HasSuffix(w, "ство") || !agreesWithPost(w, v.low[head], headLemma) {
					break // an adjective agrees with its noun: not "кончиной бывшего президента"
				}
				start = p
			}
			if n := v.prev(start); k < end && v.word(n) == "имя" && v.word(v.prev(n)) == "во" {
				// "настоятель собора во имя святого князя Александра
				// Невского" (and a name after the saint's): the saint's
				// title is part of the church's name, and the post is
				// before it.
				if outer := s.titleEndingAt(v.prev(v.prev(n))); outer >= 0 {
					return outer
				}
			}
			return start
		}
		k = v.prev(k)
	}
	return -1
}

// inTitle reports a word that can stand between a post and a name: part
// of a place or an organization, a genitive, "в" before a place, an
// abbreviation with its period.
func (s *postScan) inTitle(k int) bool {
	v := s.v
	if a := v.toks[k].start; s.inOrg.covers(a, a+1) || s.inPlace.covers(a, a+1) {
		return true
	}
	w := v.low[k]
	if titleAbbrev[w] || academic[w] || titlePrepositions[w] || normalize.IsUpper(v.tokText(k)) {
		return true
	}
	if p := v.prev(k); p >= 0 && genitivePluralAfter(v.word(p), w) {
		return true // "министра иностранных дел"
	}
	if w == "и" {
		// "министр связи и коммуникаций", "глава отдела серверов и сетей".
		p, n := v.prev(k), v.next(k)
		if p >= 0 && n < len(v.toks) && s.inPlace.covers(v.toks[p].start, v.toks[p].end) && s.inPlace.covers(v.toks[n].start, v.toks[n].end) {
			return true // "губернаторы Приморья и Хабаровского края"
		}
		if p >= 0 && n < len(v.toks) && s.inOrg.covers(v.toks[p].start, v.toks[p].end) && !isUpper(v.toks[n].first) && (genitiveLike(v.word(n)) || obliqueLike(v.word(n))) {
			return true // "представитель при отделении ООН и других организациях"
		}
		return p >= 0 && n < len(v.toks) && genitiveLike(v.word(p)) && genitiveLike(v.word(n)) && !isUpper(v.toks[n].first)
	}
	if h := v.lemma(k); lex.noun(h, headNoun) || lex.noun(h, partNoun) {
		return true // "глава отдела ...": "-ла" is no verb here
	}
	if isUpper(v.toks[k].first) && hasAnySuffix(w, genitiveEnds) {
		return true // "защитник Арсенала": a capitalized genitive
	}
	return genitiveLike(w) || !isUpper(v.toks[k].first) && obliqueLike(w)
}

// position reads tokens start..end as a post with its organization and
// place; its span is those tokens. The organization and place are names
// here; resolve links them to the document's entities.
func (s *postScan) position(start, end int) entities.Position {
	v := s.v
	for start < end && ageWord(v, start) {
		start = v.next(start) // "57-летний кронпринц": the age is no part of the post
	}
	for end > start && v.toks[end].kind == word && titleTrail[v.low[end]] {
		end = v.prev(end) // "премьер Государственного совета Китая в 1988—1998 годах"
	}
	text := withoutGlosses(flatten(strings.TrimSpace(v.text[v.toks[start].start:v.toks[end].end])))
	if strings.Count(text, "«") != strings.Count(text, "»") {
		text = strings.Trim(text, "«»") // "классический чемпион мира»"
	}
	text = titleAbbreviations.Replace(text + " ")
	text = strings.TrimSpace(text)
	var p entities.Position
	p.Start, p.End = v.toks[start].start, v.toks[end].end
	p.Span.Text = v.text[p.Start:p.End]
	p.Title = s.singular(normalize.PhraseWith(text, s.postLemma))
	if r, _ := utf8.DecodeRuneInString(p.Title); isUpper(r) && !normalize.IsUpper(firstWord(p.Title)) {
		p.Title = normalize.Lower(p.Title[:utf8.RuneLen(r)]) + p.Title[utf8.RuneLen(r):]
	}
	b := v.toks[end].end
	p.Organization = s.orgWithin(start, end, true)
	quoted := false
	for k := start; k <= end && p.Place == ""; k++ {
		// The first place: "посол Японии в КНР" is Japan's; not one
		// inside a quoted name ("главред радио «Эхо Москвы»").
		switch {
		case v.isPunct(k, "«„"):
			quoted = true
		case v.isPunct(k, "»“"):
			quoted = false
		case !quoted:
			p.Place = s.placeNameAt(k, b)
		}
	}
	// The organization the title names is the whole noun phrase after the
	// post when it is headed by an organization's noun: "лидер фракции
	// КПРФ" is the faction's, "глава синодального Отдела по ..." the
	// department's.
	lastPost := -1
	for k := start; k <= end; k++ {
		if v.toks[k].kind == word && s.postAt(k) != "" {
			lastPost = k
		}
	}
	if lastPost >= 0 && lastPost < end {
		first := v.next(lastPost)
		if v.isPunct(first, ".") {
			first = v.next(first) // "зав. кафедрой ..."
		}
		h := first
		for h <= end && v.toks[h].kind == word && adjectival(v.low[h]) && !lex.noun(v.lemma(h), headNoun) {
			h = v.next(h)
		}
		if h <= end && v.toks[h].kind == word && (lex.noun(v.lemma(h), headNoun) || lex.noun(v.lemma(h), partNoun)) {
			rest := flatten(strings.TrimSpace(v.text[v.toks[first].start:v.toks[end].end]))
			for _, cut := range []string{" (", " на ", " в ", " от "} {
				if i := strings.Index(rest, cut); i > 0 {
					rest = rest[:i] // "Национального фронта (FN)", "делегации на переговорах", "Палаты представителей от штата Аризона"
				}
			}
			company, board := companyOfBoard(rest)
			switch {
			case board && company != normalize.Lower(company):
				// "председатель Совета директоров «Башинформа»" is the
				// company's post.
				if q, ok := strings.CutPrefix(company, "«"); ok && strings.HasSuffix(q, "»") && !strings.ContainsAny(q, "«") {
					company = strings.TrimSuffix(q, "»")
				}
				p.Organization = normalize.Phrase(company)
			case strings.Contains(rest, " "):
				p.Organization = normalize.Phrase(rest) // not "агентства" alone
			}
		}
	}
	if p.Place == "" {
		// "российский президент", "подмосковный губернатор".
		for k := start; k <= end; k++ {
			if v.toks[k].kind == word && !isUpper(v.toks[k].first) {
				if place := s.t.placeOfAdjective(v.low[k]); place != "" {
					p.Place = place
					break
				}
			}
		}
	}
	if p.Organization == "" {
		p.Organization = s.orgWithin(start, end, false)
	}
	if p.Organization == "" && v.isPunct(end, "»“\"") {
		// "солист ленинградского «Телевизора»": the quoted name.
		for k := end - 1; k > start; k-- {
			if v.isPunct(k, "«„\"") {
				if name := strings.TrimSpace(v.text[v.toks[k].end:v.toks[end].start]); name != "" {
					p.Organization = normalize.Phrase(name)
				}
				break
			}
		}
	}
	return p
}

// boards are the genitives of a company's boards: a post on one is a
// post in the company named after it.
var boards = []string{"совета директоров ", "наблюдательного совета ", "правления ", "совета акционеров "}

// companyOfBoard returns the company after a board's name at the start
// of rest ("Совета директоров «Башинформа»" → «Башинформа»), or false;
// position takes it only when it is a name, not "компании".
func companyOfBoard(rest string) (string, bool) {
	for _, b := range boards {
		if len(rest) > len(b) && normalize.Lower(rest[:len(b)]) == b {
			return rest[len(b):], true
		}
	}
	return "", false
}

// withoutGlosses drops from a title the glosses titleEndingAt walks over:
// an acronym or a Latin name in brackets ("глава Китайского национального
// космического управления (CNSA)"; not "северной (скандинавской)
// ходьбы") and a name between slashes ("... центра
// исполнительских искусств /Большой национальный театр/").
func withoutGlosses(text string) string {
	for _, marks := range []string{"()", "//"} {
		from := 0
		for {
			i := strings.Index(text[from:], " "+marks[:1])
			if i < 0 {
				break
			}
			i += from
			j := strings.IndexByte(text[i+2:], marks[1])
			if j < 0 {
				break
			}
			if gloss := text[i+2 : i+2+j]; marks == "()" && !normalize.IsUpper(gloss) && !latinLike(gloss) {
				from = i + 2 // "северной (скандинавской) ходьбы": part of the title
				continue
			}
			text = text[:i] + text[i+2+j+1:]
		}
	}
	return text
}

// titleTrail are the words a title does not end with: prepositions and
// conjunctions whose phrase is cut off.
var titleTrail = map[string]bool{
	"в": true, "во": true, "на": true, "и": true, "от": true, "с": true, "со": true, "по": true, "для": true,
	"из": true, "к": true, "о": true, "об": true, "до": true, "а": true, "или": true, "при": true, "за": true,
}

// placeNameAt returns the nominative name of the place mention that
// starts at token k and ends by offset b, or "".
func (s *postScan) placeNameAt(k, b int) string {
	v := s.v
	e, ok := s.places[v.toks[k].start]
	if !ok || e > b {
		return ""
	}
	if n, ok := s.g.places.names[normalize.Key(v.text[v.toks[k].start:e])]; ok {
		return n.nom
	}
	return capitalized(v.text[v.toks[k].start:e])
}

// orgWithin returns the name of the first organization mention (in scan
// order) that lies within tokens start..end, a bare acronym only when
// bare is allowed, or "".
func (s *postScan) orgWithin(start, end int, notBare bool) string {
	b := s.v.toks[end].end
	best := -1
	for k := start; k <= end; k++ {
		for _, n := range s.orgsAt[s.v.toks[k].start] {
			if o := s.orgs[n]; o.end <= b && !(notBare && o.bare) && (best < 0 || n < best) {
				best = n
			}
		}
	}
	if best < 0 {
		return ""
	}
	return s.orgs[best].nom
}

// after reads a post written after the name, whose next token is next,
// and a comma or dash (rule PS3: "Юй Цзяньхуа, постоянный представитель
// Китая при отделении ООН ...") or in a signature (PS4); nil when there
// is none.
func (s *postScan) after(next int) []post {
	v := s.v
	k := next
	if k < len(v.toks) && v.toks[k].kind == space && v.toks[k].lines == 0 {
		k++
	}
	if v.isPunct(k, "(") {
		// PS6: a post in brackets, "Сергей Кравцов (министр просвещения)".
		if ps := s.postFrom(v.next(k), false); len(ps) > 0 && v.isPunct(v.next(v.tokenAt(ps[0].End-1)), ")") {
			ps[0].rule = "PS6"
			return ps
		}
		// Past a Latin form in brackets.
		for n := 0; n < 12 && k < len(v.toks) && !v.isPunct(k, ")"); n++ {
			k++
		}
		k = v.next(k)
	}
	start, rule := v.next(k), "PS3"
	if v.isPunct(k, ",") && k+2 < len(v.toks) && v.toks[k+1].kind == space && v.toks[k+1].lines == 1 && v.toks[k+2].kind == word {
		start, rule = k+2, "PS4" // a signature: "Гульноза Бабаева,\nкорр. УзА."
	} else if k < len(v.toks) && v.toks[k].kind == space && v.toks[k].lines == 1 && k+1 < len(v.toks) && isUpper(v.toks[k+1].first) && s.postAt(k+1) != "" {
		start, rule = k+1, "PS4" // a signature: the name, and the post on the next line
	} else if k < len(v.toks) && v.toks[k].kind == word && isUpper(v.toks[k].first) && s.postAt(k) != "" {
		start, rule = k, "PS4" // a signature on one line: "Кирсан Илюмжинов Президент ФИДЕ"
	} else if !v.isPunct(k, ",—–-") {
		return nil // "Лю Цзяи, секретарь ...", "Светлана Яковлева - директор ..."
	}
	noun := s.postNoun(start, false)
	if noun < 0 {
		return nil
	}
	end := s.titleEnd(noun)
	if nk := v.next(end); nk < len(v.toks) && v.toks[nk].kind == word && isUpper(v.toks[nk].first) {
		if nc, pc := s.nameCases(nk), s.postCases(noun); nc&pc != 0 || nc != 0 && pc == 0 {
			return nil // "другу Месси, футболисту Лукасу Скаглии": the post of the name after it
		}
	}
	p := post{s.position(start, end), rule}
	if s.plural(&p) {
		return nil // "..., уличные художники проведут": not the name's
	}
	posts := []post{p}
	// More posts after commas, in the same case: "Иван Петров,
	// профессор, директор института, ...".
	for rule == "PS3" && len(posts) < 6 {
		comma := v.next(end)
		if !v.isPunct(comma, ",") {
			break
		}
		next := v.next(comma)
		noun := s.postNoun(next, false)
		if noun < 0 || !s.sameCase(start, next) {
			break
		}
		end = s.titleEnd(noun)
		p := post{s.position(next, end), "PS3"}
		if s.plural(&p) {
			break
		}
		posts = append(posts, p)
	}
	return posts
}

// titleEnd returns the last token of the title whose post noun is at
// token noun: the words that belong to it after the noun.
func (s *postScan) titleEnd(noun int) int {
	v := s.v
	end := noun
	if _, ok := postAbbreviations[v.fold(noun)]; ok && v.isPunct(noun+1, ".") {
		end = noun + 1 // "корр. УзА": past the period
	}
	for j, n := v.next(end), 0; n < 14 && j < len(v.toks); j, n = v.next(j), n+1 {
		if v.isPunct(j, "«„\"") {
			// "лидер московского «Центра»": a quoted name ends the title.
			if c := quoteEnd(v, j); c > 0 {
				end = c
			}
			break
		}
		if v.toks[j].kind != word || !(s.inTitle(j) || s.postAt(j) != "" || v.low[j] == "при") || isUpper(v.toks[j].first) && s.isFirstName(j) {
			break // "бортинженер Валерий Токарев": the next person
		}
		if v.low[j] == "по" && byWhat[v.word(v.next(j))] {
			break // "врач-реаниматолог по образованию": how, not where
		}
		if timesAdverbs[v.low[j]] {
			break // "пост президента Перу дважды": how often
		}
		end = j
	}
	return end
}

// timesAdverbs say how often, and end like genitives: "дважды".
var timesAdverbs = map[string]bool{"однажды": true, "дважды": true, "трижды": true, "четырежды": true}

// byWhat are the nouns of "по образованию", "по профессии": after a post
// they say how the holder came to it, not where it is held.
var byWhat = map[string]bool{
	"образованию": true, "профессии": true, "специальности": true, "происхождению": true,
	"национальности": true, "призванию": true, "рождению": true,
}

// becomeVerbs are the verbs that give a person a post in the instrumental
// after them: "назначен министром", "стала главой", "избран председателем".
var becomeVerbs = map[string]bool{
	"назначен": true, "назначена": true, "назначены": true, "избран": true, "избрана": true,
	"избраны": true, "переизбран": true, "переизбрана": true, "утвержден": true, "утверждена": true,
	"стал": true, "стала": true, "станет": true, "становится": true, "являлся": true, "являлась": true,
	"является": true, "работал": true, "работала": true, "работает": true, "служил": true, "служила": true,
}

// predicative reads a post said of a person after the name, whose next
// token is next (rule PS5): "Сергей Кравцов назначен руководителем
// Рособрнадзора", "Иванова была избрана председателем комитета", "стал
// главой", "занял пост министра"; nil when there is none.
func (s *postScan) predicative(next int) []post {
	v := s.v
	k := next
	if k < len(v.toks) && v.toks[k].kind == space && v.toks[k].lines == 0 {
		k++
	}
	for n := 0; n < 3 && k < len(v.toks) && v.toks[k].kind == word && !becomeVerbs[v.fold(k)]; n++ {
		switch w := v.fold(k); w {
		case "был", "была", "будет", "уже", "ранее", "недавно", "официально", "вновь", "снова", "также", "тогда", "впервые":
			k = v.next(k)
			if w == "был" || w == "была" || w == "будет" {
				// The copula and the post in the instrumental: "был
				// министром здравоохранения", "была простым солдатом".
				if ps := s.postFrom(k, true); len(ps) > 0 {
					return s.morePredicative(ps)
				}
			}
		default:
			return s.tookPost(k)
		}
	}
	if k >= len(v.toks) || v.toks[k].kind != word || !becomeVerbs[v.fold(k)] {
		return nil
	}
	k = v.next(k)
	if w := v.word(k); w == "на" {
		// "назначен на пост министра", "на должность директора".
		if p := v.word(v.next(k)); p == "пост" || p == "должность" {
			return s.postFrom(v.next(v.next(k)), false)
		}
	}
	// The post is in the instrumental: "является основатель фронта
	// Жан-Мари Ле Пен" puts the name after it.
	return s.morePredicative(s.postFrom(k, true))
}

// becomeBeforeVerbs are the verbs after a post in the instrumental that
// opens its clause and before its holder's name (PS9): becomeVerbs, and
// the plural and "выступил" forms a list of holders takes ("Операторами
// выступили Михаил Агранович и Михаил Хасая").
var becomeBeforeVerbs = map[string]bool{
	"выступил": true, "выступила": true, "выступили": true, "стали": true, "станут": true,
	"являются": true, "являлись": true, "были": true, "был": true, "была": true, "будет": true,
}

// instrumentalPrepositions govern the instrumental: a post after one is
// no predicate.
var instrumentalPrepositions = map[string]bool{
	"с": true, "со": true, "над": true, "под": true, "перед": true, "за": true, "между": true,
}

// predicativeBefore reads a post in the instrumental that opens a clause
// and is said of the name after the verb that follows it (rule PS9):
// "Главой Рособрнадзора назначен Сергей Кравцов", "Операторами выступили
// Михаил Агранович и …". first is the first token of the name, or of the
// title written before it; nil when there is none.
func (s *postScan) predicativeBefore(first int) []post {
	v := s.v
	verb := v.prev(first)
	if ps := s.takenPost(verb); ps != nil {
		return ps
	}
	if verb < 0 || v.toks[verb].kind != word || !becomeVerbs[v.fold(verb)] && !becomeBeforeVerbs[v.fold(verb)] {
		return nil
	}
	end := v.prev(verb)
	if end < 0 || v.word(end) == "не" {
		return nil // "… не станет Олег Сидоров" holds no post
	}
	if v.isPunct(end, ",") {
		return s.openingPost(verb) // "Руководителем …, по словам …, станет"
	}
	if v.toks[end].kind != word {
		return nil
	}
	start := s.titleEndingAt(end)
	if start < 0 {
		return s.openingPost(verb)
	}
	if instrumentalPrepositions[v.word(v.prev(start))] {
		return nil // "вместе с президентом компании был Иван Петров": not the post's clause
	}
	if noun := s.postNoun(start, true); noun < 0 || noun > end {
		return s.openingPost(verb) // "Главой Рособрнадзора": the post is in the instrumental
	}
	return []post{{s.position(start, end), "PS9"}}
}

// takeVerbs take a post named before them as their object: "Пост главы
// правительства Кейта занимал …".
var takeVerbs = map[string]bool{
	"занял": true, "заняла": true, "занимал": true, "занимала": true, "занимает": true, "займет": true, "займёт": true,
}

// postWords name a post as a thing taken or held: "пост министра",
// "место спикера", "должность директора", "кресло мэра".
var postWords = map[string]bool{"пост": true, "место": true, "должность": true, "кресло": true}

// takenPost reads the post that opens the sentence of a take verb at
// token verb (or before a word in lower case there, the holder's
// descriptor), said of the name after it (PS9): "Место спикера Палаты
// представителей в новом Конгрессе занял республиканец Джон Бенер"; nil
// when there is none.
func (s *postScan) takenPost(verb int) []post {
	v := s.v
	if verb < 0 || v.toks[verb].kind != word {
		return nil
	}
	if !takeVerbs[v.fold(verb)] && !isUpper(v.toks[verb].first) && s.postAt(verb) == "" {
		verb = v.prev(verb) // "занял республиканец Джон Бенер"
	}
	if verb < 0 || v.toks[verb].kind != word || !takeVerbs[v.fold(verb)] {
		return nil
	}
	k := v.prev(verb)
	for n := 0; n < 16 && k >= 0 && !sentenceStart(v, k); n++ {
		if v.toks[k].kind != word && !v.isPunct(k, ",-«»\"") {
			return nil // a sentence's or a clause's end
		}
		k = v.prev(k)
	}
	if k < 0 || !sentenceStart(v, k) || !postWords[v.low[k]] {
		return nil
	}
	ps := s.postFrom(v.next(k), false)
	if len(ps) == 0 || ps[0].End > v.toks[verb].start {
		return nil
	}
	ps[0].rule = "PS9"
	return ps
}

// openingPost reads the post in the instrumental that opens the sentence
// of the verb at token verb, with words between them that hold no verb
// and no sentence end: "Новым руководителем Рособрнадзора вместо
// отправленного в отставку Ивана Муравьева стал …" (PS9); nil when
// there is none.
func (s *postScan) openingPost(verb int) []post {
	v := s.v
	k := v.prev(verb)
	for n := 0; n < 16 && k >= 0 && !sentenceStart(v, k); n++ {
		if v.toks[k].kind != word && !v.isPunct(k, ",-«»\"") {
			return nil // a sentence's or a clause's end: ".", ";", ":"
		}
		if w := v.fold(k); becomeVerbs[w] || becomeBeforeVerbs[w] {
			return nil
		}
		k = v.prev(k)
	}
	if k < 0 || !sentenceStart(v, k) {
		return nil
	}
	noun := s.postNoun(k, true)
	if noun < 0 {
		return nil
	}
	end := s.titleEnd(noun)
	if end >= verb {
		return nil
	}
	return []post{{s.position(k, end), "PS9"}}
}

// appointVerbs make the person after them, in the accusative, the
// holder of the post in the instrumental after the name: "назначил
// В.Зворыкина руководителем лаборатории".
var appointVerbs = map[string]bool{
	"назначил": true, "назначила": true, "назначили": true, "назначит": true, "назначат": true,
	"избрали": true, "избрал": true, "избрала": true, "утвердил": true, "утвердила": true,
	"утвердили": true, "переизбрали": true, "назначить": true, "избрать": true, "утвердить": true,
}

// appointed reads the post in the instrumental after a name that an
// appointing verb before it governs (PS5): "назначил В.Зворыкина
// руководителем лаборатории электроники"; first is the name's first
// token, next the token after it.
func (s *postScan) appointed(first, next int) []post {
	v := s.v
	if verb := v.prev(first); verb < 0 || v.toks[verb].kind != word || !appointVerbs[v.fold(verb)] {
		return nil
	}
	k := next
	if k < len(v.toks) && v.toks[k].kind == space && v.toks[k].lines == 0 {
		k++
	}
	return s.morePredicative(s.postFrom(k, true))
}

// thenWords join a post said of a person to the next: "был министром
// здравоохранения, а затем министром иностранных дел", "бывший
// вице-президент Лукойла, а ныне член Совета Федерации".
var thenWords = map[string]bool{"а": true, "затем": true, "потом": true, "позже": true, "позднее": true, "впоследствии": true,
	"ныне": true, "теперь": true, "сейчас": true}

// morePredicative adds to the posts said of a person the posts in the
// instrumental joined to the last by "и", a comma or "а затем": "был
// скрипачом и дирижёром".
func (s *postScan) morePredicative(ps []post) []post {
	v := s.v
	for len(ps) > 0 && len(ps) < 5 {
		k := v.next(v.tokenAt(ps[len(ps)-1].End - 1))
		joined := false
		for n := 0; n < 3 && k < len(v.toks); n++ {
			if v.isPunct(k, ",") || v.word(k) == "и" || thenWords[v.word(k)] {
				joined = true
				k = v.next(k)
				continue
			}
			break
		}
		if !joined {
			break
		}
		more := s.postFrom(k, true)
		if len(more) == 0 {
			break
		}
		ps = append(ps, more...)
	}
	return ps
}

// predicativeAfter reads a post said of a person after the name (PS5),
// whose next token is next, or after the post written beside the name
// and a comma ("Мария Зуева, директор сети «Радуга», стала председателем
// совета директоров"), or in a clause of "который" ("Ю Чжон Бок, который
// является председателем Ассоциации").
func (s *postScan) predicativeAfter(next int, posts []post) []post {
	if ps := s.predicative(next); len(ps) > 0 {
		return ps
	}
	v := s.v
	if c := next; c < len(v.toks) && v.isPunct(c, ",") || v.toks[min(c, len(v.toks)-1)].kind == space && v.isPunct(c+1, ",") {
		if !v.isPunct(c, ",") {
			c++
		}
		if w := v.next(c); relatives[v.word(w)] {
			return s.predicative(w + 1)
		}
	}
	for _, p := range posts {
		if p.rule != "PS3" {
			continue
		}
		if c := v.next(v.tokenAt(p.End - 1)); v.isPunct(c, ",") {
			return s.predicative(c + 1)
		}
	}
	return nil
}

// tookPost reads "занял пост министра", "заняла должность директора",
// "возглавил" is no post of its own: the verb at k.
func (s *postScan) tookPost(k int) []post {
	v := s.v
	switch v.fold(k) {
	case "занял", "заняла", "занимал", "занимала", "занимает", "получил", "получила":
	default:
		return nil
	}
	k = v.next(k)
	if p := v.word(k); p != "пост" && p != "должность" {
		return nil
	}
	return s.postFrom(v.next(k), false)
}

// postFrom reads the title that starts at token k with a post noun, or
// with up to three adjectives before it ("первым заместителем"); with
// instr, the noun must be in the instrumental.
func (s *postScan) postFrom(k int, instr bool) []post {
	noun := s.postNoun(k, instr)
	if noun < 0 {
		return nil
	}
	return []post{{s.position(k, s.titleEnd(noun)), "PS5"}}
}

// postNoun returns the post noun a title starting at token k has, at k or
// after up to three lower-case adjectives, or -1; with instr, a noun not
// in the instrumental gives -1.
func (s *postScan) postNoun(k int, instr bool) int {
	v := s.v
	for j, n := k, 0; n < 4 && j < len(v.toks) && v.toks[j].kind == word; j, n = v.next(j), n+1 {
		if s.postAt(j) != "" {
			if instr && !hasAnySuffix(v.fold(j), instrumentalEnds) {
				return -1
			}
			return j
		}
		if !adjectival(v.low[j]) || isUpper(v.toks[j].first) && !(j == k && sentenceStart(v, k)) { // "Новым руководителем …", first in its sentence
			return -1
		}
	}
	return -1
}
