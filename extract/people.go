package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/normalize"
)

// personMention is one mention of a person: its span, the parts of the
// name in the nominative, and what the text says around it.
type personMention struct {
	start, end          int
	first, middle, last string
	// eastern marks a family name written first (Chinese, Korean,
	// Japanese in that order).
	eastern bool
	gender  byte
	// origin says how to romanize: "ru", "zh", "ja", "ko", or "" (none).
	origin string
	latin  string // a Latin form the text gives in brackets
	// latinAt is where the text gives that Latin form, when it does.
	latinAt span
	// posts are the titles before or after the name, in the nominative,
	// with the organization and place each names: the one next to the
	// name first, then those written before it; nil when there is none.
	posts []post
	// display is the name written as the text writes its initials ("В.Матвиенко",
	// "А.А. Ветров"), with the family name in the nominative.
	display string
	// rule is the ID of the rule that found it (see findPeople).
	rule string
}

// name writes the mention's full name in the text's order.
func (m personMention) name() string {
	if m.display != "" {
		return m.display
	}
	var parts []string
	for _, p := range []string{m.first, m.middle, m.last} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if m.eastern {
		parts = nil
		for _, p := range []string{m.last, m.first, m.middle} {
			if p != "" {
				parts = append(parts, p)
			}
		}
	}
	return strings.Join(parts, " ")
}

// personScan is the state of one document's scan for people. It reads the
// tokens and the earlier mentions through the post recognizer's view of
// them, and asks that recognizer for the posts next to each name.
type personScan struct {
	*postScan
	out []personMention
	// named holds the family names (normalize.Key) of out[:namedUpTo],
	// with 1 set for a woman's and 2 for a man's (namedAs).
	named     map[string]uint8
	namedUpTo int
}

// spanCover answers in O(log n) whether a range lies inside one of a set
// of spans: the spans sorted by start, with the running maximum of their
// ends.
type spanCover struct{ starts, maxEnd []int }

func newSpanCover(n int, span func(i int) (int, int)) spanCover {
	buf := make([]int, 2*n)
	c := spanCover{starts: buf[:n:n], maxEnd: buf[n:]}
	sorted := true
	for i := 0; i < n; i++ {
		c.starts[i], c.maxEnd[i] = span(i)
		sorted = sorted && (i == 0 || c.starts[i-1] <= c.starts[i])
	}
	if !sorted {
		// Most lists are in text order already; the others sort by start.
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return c.starts[idx[a]] < c.starts[idx[b]] })
		starts, ends := make([]int, n), make([]int, n)
		for k, i := range idx {
			starts[k], ends[k] = c.starts[i], c.maxEnd[i]
		}
		copy(c.starts, starts)
		copy(c.maxEnd, ends)
	}
	for k := 1; k < n; k++ {
		c.maxEnd[k] = max(c.maxEnd[k], c.maxEnd[k-1])
	}
	return c
}

// overlaps reports whether some span overlaps [a, b).
func (c spanCover) overlaps(a, b int) bool {
	k := sort.SearchInts(c.starts, b) - 1 // the last span starting before b
	return k >= 0 && c.maxEnd[k] > a
}

// cuts reports whether some span overlaps [a, b) without lying inside
// it.
func (c spanCover) cuts(a, b int) bool {
	k := sort.SearchInts(c.starts, a) - 1 // the last span starting before a
	if k >= 0 && c.maxEnd[k] > a {
		return true
	}
	k = sort.SearchInts(c.starts, b) - 1
	return k >= 0 && c.maxEnd[k] > b
}

// within reports whether a span that starts before a holds a..b: a word
// inside a longer name.
func (c spanCover) within(a, b int) bool {
	k := sort.SearchInts(c.starts, a) - 1 // the last span starting before a
	return k >= 0 && c.maxEnd[k] >= b
}

// covers reports whether some span starts at or before a and ends at or
// after b.
func (c spanCover) covers(a, b int) bool {
	k := sort.SearchInts(c.starts, a+1) - 1 // the last span starting at or before a
	return k >= 0 && c.maxEnd[k] >= b
}

// findPeople finds people: first names with a patronymic and a family
// name, initials before or after a family name, Chinese and Korean names
// by their family name, Japanese names by their syllables and context,
// family names after a post; then later mentions of a family name alone.
// Its rules:
//
//	PE1  initials before or after a family name: "А.А. Ветров", "Петров А.В."
//	PE2  a Chinese, Korean or Vietnamese name by its family name: "Лю Цзяи", "Ким Чен Ир"
//	PE3  a first name the tables list, with a patronymic and a family name:
//	     "Валентины Ивановны Матвиенко", "Сергей Удальцов"
//	PE4  a Japanese name by its syllables and context: "Тошихиро Никай"
//	PE5  two or three words no table lists that something vouches for: a
//	     post before them, a family name's ending, a Latin form that spells
//	     them ("полковник Сансерн Каевкамнерд", "Барри Лоуенкрон (Barry Lowenkron)")
//	PE6  a family name alone after a post, or with a family name's ending
//	     inside a sentence: "премьер-министр Нетаньяху", "Саакашвили"
//	PE7  a later mention of a family name alone (resolve_people.go: coreference)
//	PE8  the Latin form in brackets after a name: "Барри Лоуенкрон (Barry Lowenkron)"
//	TG1  a name the tagger found (tagger.go), given in extra
func (e *Extractor) findPeople(v *tokenView, places []placeMention, placeAt map[int]int, orgs []orgMention, extra []span) []personMention {
	s := &personScan{postScan: newPostScan(v, e.gaz, places, placeAt, orgs), out: (*peoplePool.Get().(*[]personMention))[:0]}
	for i := 0; i < len(v.toks); i++ {
		t := v.toks[i]
		if t.kind != word || !isUpper(t.first) || !isCyrillic(t.first) || s.inPlace.within(t.start, t.end) {
			continue // not "Каролине" in "Южной Каролине"
		}
		m, next, ok := s.at(i)
		if !ok {
			continue
		}
		if s.namesake(m) {
			i = next - 1
			continue // "Ансамбль ... имени А.В.Александрова": part of a name
		}
		if m.eastern && m.origin != "ja" {
			s.burmese(&m, i)
		}
		if m.latin == "" { // at may have read it already, and the post
			s.latinAfter(&m, next)
		}
		if m.latin != "" {
			latinCase(&m)
		}
		m.posts = s.postsOf(i, next, m.posts)
		s.out = append(s.out, m)
		i = next - 1
	}
	s.listPosts()
	s.latinMentions()
	s.addTagged(extra, false)
	s.coreference()
	s.addTagged(extra, true)
	s.postsBefore()
	s.postsOfPronouns()
	s.genitiveSurnames()
	s.feminineAlone()
	s.firstNamesLikeMaria()
	return s.out
}

// postsOf adds to the posts a name from token i to next (exclusive)
// already has what the text says of it: the title before it (unless the
// name is an employer's, "пресс-секретарь Путина Дмитрий Песков"), else
// the one after it; then the posts said after its verb and the one an
// appointing verb before it gives.
func (s *personScan) postsOf(i, next int, posts []post) []post {
	if len(posts) == 0 && !s.employerOf(i, next) {
		posts = s.before(i)
	}
	if len(posts) == 0 {
		posts = s.after(next)
	}
	posts = append(posts, s.predicativeAfter(next, posts)...)
	return append(posts, s.appointed(i, next)...)
}

// peoplePool keeps the buffers of findPeople's mentions between
// documents (putPeople).
var peoplePool = sync.Pool{New: func() any { return new([]personMention) }}

// putPeople returns findPeople's buffer once the document no longer
// reads it, unless a huge document made it huge.
func putPeople(ms []personMention) {
	if cap(ms) > maxPooledTokens/16 {
		return
	}
	clear(ms[:cap(ms)]) // the strings and posts they hold
	ms = ms[:0]
	peoplePool.Put(&ms)
}

// at recognizes a person's name starting at token i.
func (s *personScan) at(i int) (personMention, int, bool) {
	v := s.v
	if m, next, ok := s.initials(i); ok {
		m.rule = "PE1"
		return m, next, true
	}
	if m, next, ok := s.eastAsian(i); ok {
		m.rule = "PE2"
		return m, next, true
	}
	if m, next, ok := s.withFirstName(i); ok {
		m.rule = "PE3"
		return m, next, true
	}
	if m, next, ok := s.japanese(i); ok {
		m.rule = "PE4"
		return m, next, true
	}
	if !s.unknownName(i) {
		return personMention{}, 0, false
	}
	afterPost := false
	if p := v.prev(i); p >= 0 && s.postAt(p) != "" && !sentenceStart(v, p) {
		afterPost = true
	}
	// Two unknown capitalized words after a post, or before a word that
	// ends like a family name, are a first name the tables lack and a
	// family name: "полковник Сансерн Каевкамнерд", "блогер Рустем
	// Адагамов".
	if k := s.nextWord(i); k > 0 && isUpper(v.toks[k].first) && isCyrillic(v.toks[k].first) && s.lastNameAt(k) && !sentenceStart(v, i) {
		m := personMention{start: v.toks[i].start, end: v.toks[k].end, first: v.tokText(i), last: v.tokText(k), rule: "PE5"}
		if !afterPost && !(surnameLike(v.tokText(k)) && utf8.RuneCountInString(v.tokText(k)) >= 5) {
			// "Барри Лоуенкрон (Barry Lowenkron)": the text spells the name
			// in Latin; "Помощник госсекретаря США Фил Гордон": a post
			// further back.
			if s.latinAfter(&m, k+1); m.latin == "" {
				if m.posts = s.before(i); len(m.posts) == 0 {
					return personMention{}, 0, false
				}
			}
		}
		if k3 := s.nextWord(k); k3 > 0 && isUpper(v.toks[k3].first) && isCyrillic(v.toks[k3].first) && s.lastNameAt(k3) && (afterPost || len(m.posts) > 0) {
			// "премьер-министр Турции Реджеп Тайип Эрдоган": two given names.
			m.first += " " + m.last
			m.last = v.tokText(k3)
			m.end = v.toks[k3].end
			k = k3
		}
		if last := surnameNominative(v.tokText(k), 'm', -1); last != m.last {
			// "Кирилла Петрова": the first name took the same case.
			m.last = last
			m.first = strings.TrimSuffix(m.first, "а")
		} else if a, b := strings.TrimSuffix(m.first, "а"), strings.TrimSuffix(m.last, "а"); a != m.first && b != m.last && !isVowel(lastRune(a)) && !isVowel(lastRune(b)) {
			// "Влада Филата": both words in -а after a consonant are a
			// man's name in the genitive.
			m.first, m.last = a, b
		}
		return m, k + 1, true
	}
	// A family name right after a post: "премьер-министр Нетаньяху"; or
	// one that ends like a Russian, Ukrainian, Georgian or Armenian family
	// name inside a sentence: "Лукашенко", "Саакашвили".
	if k := s.nextWord(i); afterPost && k > 0 && s.isFirstName(k) && s.surnameCandidate(s.nextWord(k)) {
		return personMention{}, 0, false // "защитник Арсенала Киран Гиббс": the name follows
	}
	if afterPost || surnameLike(v.tokText(i)) && !sentenceStart(v, i) && utf8.RuneCountInString(v.tokText(i)) >= 5 {
		m := personMention{start: v.toks[i].start, end: v.toks[i].end, last: surnameNominative(v.tokText(i), 'm', -1), rule: "PE6"}
		if s.womanNamed(v.tokText(i)) || s.genderBefore(i) == 'f' && !s.manNamed(m.last) {
			// "Журавлева" after "Виктория Журавлева", or "заявила
			// Журавлева" where no man is named Журавлев: a woman's name
			// in the nominative. A verb after the name may agree with
			// the noun it depends on ("гибель Свиридова вызвала").
			m.last, m.gender = surnameNominative(v.tokText(i), 'f', -1), 'f'
		} else if n, ok := s.t.observedSurname(v.tokText(i)); ok {
			m.last = n // "премьер-министра Джонсона": the training gold's nominative
		}
		return m, i + 1, true
	}
	return personMention{}, 0, false
}

// employerOf reports a family name alone, token i (next is the token
// after its mention), right before a first name and a family name: the
// one the post before it serves, not its holder ("пресс-секретаря
// Навального Киру Ярмыш", "президент института Пушкина Виталий
// Костомаров").
func (s *personScan) employerOf(i, next int) bool {
	v := s.v
	f := s.nextWord(i)
	if f < next || !s.isFirstName(f) {
		return false // a name of several words, or no first name after it
	}
	n := s.nextWord(f)
	return n > 0 && isUpper(v.toks[n].first)
}

// genderHint reads the gender of the name that starts at token i from
// the sentence: the verb right before it ("сообщила Валентина"), a
// woman's post in the nominative one or two words before it ("студентка
// КФУ Дина Юнусова"), or the next word's ending as a family name's that
// only a woman's or a man's has ("Алена Миклашевская", "Андрея
// Рождественского"); 0 when none tells.
func (s *personScan) genderHint(i int) byte {
	v := s.v
	if g := s.genderBefore(i); g != 0 {
		return g
	}
	for p, n := v.prev(i), 0; p >= 0 && n < 2 && v.toks[p].kind == word; p, n = v.prev(p), n+1 {
		if w := v.low[p]; !isUpper(v.toks[p].first) && hasAnySuffix(w, feminineEnds) && s.postAt(p) == w {
			return 'f'
		}
	}
	if k := s.nextWord(i); k > 0 && isUpper(v.toks[k].first) && utf8.RuneCountInString(v.low[k]) >= 6 {
		switch w := v.low[k]; {
		case hasAnySuffix(w, womanSurnameEnds):
			return 'f'
		case hasAnySuffix(w, manSurnameEnds):
			return 'm'
		}
	}
	return 0
}

// womanSurnameEnds and manSurnameEnds end family names of one gender
// only, in any case: "Миклашевская", "Рождественского".
var (
	womanSurnameEnds = []string{"ская", "цкая", "скую", "цкую"}
	manSurnameEnds   = []string{"ский", "цкий", "ского", "цкого", "скому", "цкому", "ским", "цким"}
)

// namedAs returns the genders of the people found so far whose family
// name is last: 1 set for a woman, 2 for a man. The names are indexed on
// the first question and then as more are found.
func (s *personScan) namedAs(last string) uint8 {
	for ; s.namedUpTo < len(s.out); s.namedUpTo++ {
		m := s.out[s.namedUpTo]
		if m.last == "" || m.gender != 'f' && m.gender != 'm' {
			continue
		}
		if s.named == nil {
			s.named = map[string]uint8{}
		}
		bit := uint8(2)
		if m.gender == 'f' {
			bit = 1
		}
		s.named[normalize.Key(m.last)] |= bit
	}
	return s.named[normalize.Key(last)]
}

// womanNamed reports a woman the text named before with w as her family
// name in the nominative: "Журавлева" after "Виктория Журавлева".
func (s *personScan) womanNamed(w string) bool { return s.namedAs(w)&1 != 0 }

// manNamed reports a man the text named before with the family name
// last.
func (s *personScan) manNamed(last string) bool { return s.namedAs(last)&2 != 0 }

// lastNameAt reports a word that can end a name whose first part the
// tables lack: an unknown name, or a first name with no name after it
// ("Фил Гордон").
func (s *personScan) lastNameAt(k int) bool {
	if s.unknownName(k) {
		return true
	}
	v := s.v
	n := s.nextWord(k)
	return s.isFirstName(k) && s.surnameCandidate(k) && !adjectival(v.low[k]) && !v.known(k) &&
		(n < 0 || !isUpper(v.toks[n].first))
}

// unknownName reports a capitalized word that can only be a name here:
// a family name candidate that is no adjective, no common word, no first
// name and no organization's start.
func (s *personScan) unknownName(i int) bool {
	t := s.v.toks[i]
	return s.surnameCandidate(i) && !adjectival(s.v.low[i]) && !s.orgStarts(i) && !s.v.known(i) && !s.isFirstName(i) &&
		!s.inPlace.covers(t.start, t.end) && !s.inOrg.covers(t.start, t.end)
}

// withFirstName recognizes "Имя [Отчество] [Фамилия]".
func (s *personScan) withFirstName(i int) (personMention, int, bool) {
	v := s.v
	readings := s.t.firstNames(v.fold(i))
	if len(readings) == 0 || s.placeAt(i) {
		return personMention{}, 0, false
	}
	// The reading the sentence shows: the verb's gender before the name
	// ("сообщила Валентина"), the preposition's case ("с Валентином");
	// the nominative without either. The verb after it may still change
	// it (below).
	hint := s.genderHint(i)
	fn := pickReading(readings, hint, caseBefore(v, i))
	if hint == 'f' && unlistedWoman(fn, v.low[i]) {
		// "Победила Дина Юнусова": a foreign man's name in the genitive
		// where the sentence speaks of a woman is a woman's name the
		// table lacks, in the nominative.
		fn = firstName{name: v.tokText(i), gender: 'f', russian: fn.russian, cas: 0}
	}
	same := 0
	for _, r := range readings {
		if r.name == fn.name {
			same++
		}
	}
	if same >= 3 {
		fn.cas = -1 // "Кими", "Наото": the same in every case
	}
	m := personMention{start: v.toks[i].start, end: v.toks[i].end, first: fn.name, gender: fn.gender}
	if fn.russian {
		m.origin = "ru"
	}
	last := i
	k := s.nextWord(i)
	if m, next, ok := s.regnal(m, i, k, fn); ok {
		return m, next, true
	}
	if k > 0 && patronymicForm(v.low[k]) && s.patronymicHere(k) {
		m.middle = patronymicNominative(v.tokText(k), fn.gender)
		last = k
		k = s.nextWord(k)
	}
	if k > 0 && m.middle == "" && normalize.IsUpper(v.tokText(k)) && utf8.RuneCountInString(v.tokText(k)) >= 4 && !s.placeAt(k) && !s.orgAt(k) {
		// "Татьяна КУДРЯВЦЕВА": a byline writes the family name in capitals.
		m.last = normalize.Capitalize(v.tokText(k))
		m.end = v.toks[k].end
		return m, k + 1, true
	}
	if k > 0 && hyphenParticle(v.low[k]) {
		// "Сами аль-Хадж", "Халеда эль-Масри".
		m.last = v.tokText(k)
		m.end = v.toks[k].end
		return m, k + 1, true
	}
	particle := k > 0 && nameParticles[v.low[k]] && s.nextWord(k) > 0 && isUpper(v.toks[s.nextWord(k)].first)
	if !particle && m.middle == "" && k > 0 && s.isFirstName(k) {
		// "Реджеп Тайип Эрдоган", "Хуан Пабло Монтойя": two given names.
		second := s.t.firstNames(v.fold(k))
		if k2 := s.nextWord(k); k2 > 0 && caseShared([]firstName{fn}, second) && s.surnameCandidate(k2) && !s.isFirstName(k2) {
			// The second given name in the first one's case and gender:
			// "Уильяму Говарду Тафту"; not "Роман Андрея Белого", a
			// novel by him.
			m.first += " " + pickReading(second, fn.gender, fn.cas).name
			k = k2
		}
	}
	// "Гарри Рид", "Фил Гордон": a word that could be a first name is the
	// family name when no other name follows it.
	lastName := k > 0 && (s.surnameCandidate(k) || m.middle != "" && s.placeSurname(k)) && (!s.isFirstName(k) || s.nextWord(k) < 0 || !isUpper(v.toks[s.nextWord(k)].first))
	if !particle && lastName || !particle && k > 0 && s.t.east[v.fold(k)] != "" && isUpper(v.toks[k].first) {
		cas := fn.cas
		if c := indeclinableCase(v.low[i], v.low[k]); cas < 0 && fn.gender == 'm' && c > 0 {
			cas = c // "Гарри Трумена", "Джо Байдену"
		}
		m.last = surnameNominative(v.tokText(k), fn.gender, cas)
		last = k
		if unlistedWoman(fn, v.low[i]) && hint != 'm' && cyrillicConsonantEnd(v.low[k]) {
			// "Конгрессвумен Рашида Тлаиб": a man's family name in a
			// consonant would take his genitive's "-а" ("Рашида
			// Тлаиба"); a woman's does not decline. The first name is
			// hers, in the nominative.
			fn = firstName{name: v.tokText(i), gender: 'f', russian: fn.russian, cas: 0}
			m.first, m.gender, m.last = fn.name, 'f', v.tokText(k)
		}
		// "Мануэль Мехуто Гонсалес", "Ливиу-Дитер Нисипяну": a second family name.
		if k2 := s.nextWord(k); k2 > 0 && fn.cas == 0 && s.surnameCandidate(k2) && !s.isFirstName(k2) && !v.known(k2) && !adjectival(v.low[k2]) {
			m.last += " " + v.tokText(k2)
			last = k2
		}
	} else if particle {
		// "Мухаммед бен Заид аль Нахайян": particles join the parts.
		end := -1
		for n, j := 0, k; n < 6 && j > 0; n, j = n+1, s.nextWord(j) {
			if nameParticles[v.low[j]] {
				continue
			}
			if !isUpper(v.toks[j].first) || !s.surnameCandidate(j) {
				break
			}
			end = j
		}
		if end < 0 {
			return personMention{}, 0, false
		}
		m.last = flatten(v.text[v.toks[k].start:v.toks[end].start]) + " " + surnameNominative(v.tokText(end), fn.gender, fn.cas)
		last = end
	} else if m.middle == "" {
		// A first name alone is a person only where it cannot be a common
		// word: not at a sentence start ("Вера в ...").
		if sentenceStart(v, i) || s.orgAt(i) {
			return personMention{}, 0, false
		}
	}
	if !particle && m.last != "" && last > i {
		// "Хосе Мария Гарсия де ла Торре": particles and a second family
		// name after the first.
		j := s.nextWord(last)
		first := j
		for n := 0; n < 3 && j > 0 && nameParticles[v.low[j]]; n++ {
			j = s.nextWord(j)
		}
		if j > 0 && j != first && isUpper(v.toks[j].first) && s.surnameCandidate(j) {
			m.last += " " + flatten(v.text[v.toks[first].start:v.toks[j].end])
			last = j
		}
	}
	m.end = v.toks[last].end
	if g := s.genderAfter(last); g != 0 && g != fn.gender && m.last != "" && last > i && !particle && !strings.Contains(m.last, " ") {
		// "Валентина Кузнецова заявила": the verb says she.
		if r := pickReading(readings, g, -1); r.gender == g {
			m.first, m.gender = r.name, g
			m.last = surnameNominative(v.tokText(last), g, r.cas)
		} else if g == 'f' && unlistedWoman(fn, v.low[i]) && hasAnySuffix(v.low[last], aYaEnds) && sharedCase(v.low[i], v.low[last]) < 0 {
			// "Дина Юнусова победила": a woman's name the table lacks
			// reads as the genitive of a foreign man's (Дин); the verb
			// says it is hers. A Russian man's genitive stays one
			// ("вероятность отставки Бориса Громова стала"), and so do
			// two words that both end as a man's genitive ("Речь Майка
			// Пенса прозвучала").
			m.first, m.gender, m.last = v.tokText(i), g, v.tokText(last)
		}
	}
	return m, last + 1, true
}

// unlistedWoman reports a reading of a first name as a foreign man's in
// an oblique case whose word ends in "-а" or "-я", as a woman's name the
// table lacks would: "Дина" read as Дин's genitive.
func unlistedWoman(fn firstName, w string) bool {
	return fn.gender == 'm' && fn.cas > 0 && !fn.russian && hasAnySuffix(w, aYaEnds)
}

var aYaEnds = []string{"а", "я"}

// cyrillicConsonantEnd reports a lower-case word that ends in a Cyrillic
// consonant other than "й": no case ending, as a noun's nominative.
func cyrillicConsonantEnd(w string) bool {
	r := lastRune(w)
	return r >= 'а' && r <= 'я' && !isVowel(r) && !strings.ContainsRune("йьъ", r)
}

// regnal reads a ruler's or a pope's name: one or two first names and a
// Roman numeral ("Карл III", "Иоанн Павел II"), the numeral as the name's
// last part. k is the word after the first name i.
func (s *personScan) regnal(m personMention, i, k int, fn firstName) (personMention, int, bool) {
	v := s.v
	if k > 0 && isUpper(v.toks[k].first) {
		if rs := s.t.firstNames(v.fold(k)); len(rs) > 0 {
			if n := s.nextWord(k); n > 0 && romanNumeral(v.tokText(n)) {
				m.first += " " + pickReading(rs, fn.gender, fn.cas).name
				k = n
			}
		}
	}
	if k < 0 || !romanNumeral(v.tokText(k)) {
		return m, 0, false
	}
	m.last, m.end = v.tokText(k), v.toks[k].end
	return m, k + 1, true
}

// initials recognizes "А. Кудрин", "А.А. Ветров", "В.Матвиенко" and
// "Кудрин А.", "Ветров А.А.".
func (s *personScan) initials(i int) (personMention, int, bool) {
	v := s.v
	var inits []string
	k := i
	for len(inits) < 2 && (isInitial(v, k) || v.tokText(k) == "Дж" && v.isPunct(k+1, ".")) {
		inits = append(inits, v.tokText(k)+".")
		k = k + 2 // the letter and its period
		if k < len(v.toks) && v.toks[k].kind == space && v.toks[k].lines == 0 {
			k++
		}
	}
	if len(inits) > 0 {
		if k < len(v.toks) && v.toks[k].kind == word && s.surnameCandidate(k) {
			m := personMention{start: v.toks[i].start, end: v.toks[k].end, last: surnameNominative(v.tokText(k), 0, -1), origin: "ru"}
			m.first = inits[0]
			if len(inits) > 1 {
				m.middle = inits[1]
			}
			m.display = flatten(v.text[v.toks[i].start:v.toks[k].start])
			if k > 0 && v.toks[k-1].kind == space {
				m.display += " " // "А.А. Ветров", but "В.Матвиенко"
			}
			m.display += m.last
			return m, k + 1, true
		}
		return personMention{}, 0, false
	}
	// "Ветров А.А.": a family name, then initials.
	k = s.nextWord(i)
	if k < 0 || !isInitial(v, k) || !surnameLike(v.tokText(i)) || !s.surnameCandidate(i) {
		return personMention{}, 0, false
	}
	m := personMention{start: v.toks[i].start, last: surnameNominative(v.tokText(i), 0, -1), origin: "ru"}
	if p := v.prev(i); p < 0 || v.toks[p].kind == punct || sentenceStart(v, i) || verbGender(v.word(p)) != 0 {
		// "Гаврилова А.В., главный врач", "сообщила Гаврилова А.В.": a
		// family name before initials where no noun or preposition
		// governs it is a nominative, a woman's in "-ова" or "-ина".
		m.last = v.tokText(i)
		if feminineSurname(v.low[i]) {
			m.gender = 'f'
		}
	}
	first := k
	end := k
	for n := 0; n < 2 && isInitial(v, k); n++ {
		if n == 0 {
			m.first = v.tokText(k) + "."
		} else {
			m.middle = v.tokText(k) + "."
		}
		end = k + 1 // the period
		k += 2
	}
	m.end = v.toks[end].end
	// "Петров А.В.": the text's order and spacing.
	m.display = m.last + v.text[v.toks[i].end:v.toks[first].start] + flatten(v.text[v.toks[first].start:m.end])
	return m, end + 1, true
}

// eastAsian recognizes a Chinese name ("Ли Ганьцзе", "Чжан Шэньфэна": the
// given name in Palladius syllables, sometimes with a Russian ending) or a
// Korean one ("Мун Чжэ Ин": three one-syllable words).
func (s *personScan) eastAsian(i int) (personMention, int, bool) {
	v := s.v
	origin := s.t.east[v.fold(i)]
	family := v.tokText(i)
	if origin == "" {
		// "Кима Чен Ира": a Korean family name takes Russian endings.
		for _, e := range []string{"а", "у", "ом", "е"} {
			if base := strings.TrimSuffix(v.low[i], e); base != v.low[i] && strings.Contains(s.t.east[base], "ko") {
				origin, family = "ko", strings.TrimSuffix(family, e)
				break
			}
		}
	}
	if origin == "" || s.placeAt(i) {
		return personMention{}, 0, false
	}
	k := s.nextWord(i)
	if k < 0 || !isUpper(v.toks[k].first) || !isCyrillic(v.toks[k].first) || s.placeAt(k) {
		return personMention{}, 0, false
	}
	// Korean: two more one-syllable words.
	if strings.Contains(origin, "ko") {
		if k2 := s.nextWord(k); k2 > 0 && isUpper(v.toks[k2].first) && isCyrillic(v.toks[k2].first) && !s.placeAt(k2) {
			last := v.tokText(k2)
			if family != v.tokText(i) {
				last = strings.TrimSuffix(strings.TrimSuffix(last, "а"), "у") // "Чен Ира" → "Чен Ир"
			} else {
				last = koreanGivenNominative(last) // "Ким Чен Ыном" → "Чен Ын"
			}
			// The press writes many given names outside Kontsevich ("Ким Ир
			// Сен", "Ким Чен Ир"): after a Korean family name, two short
			// one-syllable words are enough.
			_, ok := normalize.Romanize(v.tokText(k)+last, normalize.Kontsevich)
			short := utf8.RuneCountInString(v.tokText(k)) <= 4 && utf8.RuneCountInString(last) <= 4
			if oneSyllable(v.low[k]) && oneSyllable(normalize.Lower(last)) && (ok || short) {
				m := personMention{start: v.toks[i].start, end: v.toks[k2].end, eastern: true, origin: "ko",
					last: family, first: v.tokText(k) + " " + last}
				return m, k2 + 1, true
			}
		}
		if family != v.tokText(i) {
			return personMention{}, 0, false
		}
	}
	if strings.Contains(origin, "vi") {
		// "Фам Минь Тинь": a Vietnamese name has three parts.
		if k2 := s.nextWord(k); k2 > 0 && isUpper(v.toks[k2].first) && oneSyllable(v.low[k]) && oneSyllable(v.low[k2]) && !s.placeAt(k2) {
			m := personMention{start: v.toks[i].start, end: v.toks[k2].end, eastern: true,
				last: v.tokText(i), first: v.tokText(k) + " " + v.tokText(k2)}
			return m, k2 + 1, true
		}
	}
	if !strings.Contains(origin, "zh") && !strings.Contains(origin, "ko") {
		return personMention{}, 0, false
	}
	if sentenceStart(v, i) && functionWord(v.low[i]) && genitiveA(v.low[k]) && consonantE(v.low[k]) {
		// "У Байдена": a preposition starting the sentence before a
		// Western name in the genitive, not the family name У.
		return personMention{}, 0, false
	}
	given, ok := chineseGiven(v.tokText(k))
	if !ok || utf8.RuneCountInString(given) < 1 {
		return personMention{}, 0, false
	}
	origin = "zh"
	if _, ok := normalize.Romanize(given, normalize.Palladius); !ok {
		origin = "ko"
	}
	m := personMention{start: v.toks[i].start, end: v.toks[k].end, eastern: true, origin: origin, last: v.tokText(i), first: given}
	return m, k + 1, true
}

// koreanGivenNominative takes the Russian case ending off the last
// syllable of a Korean given name after a family name that does not
// decline: "Ыном", "Ына", "Ыну" → "Ын". It comes off only after a
// consonant that ends Korean syllables, so "Хе" of "Пак Кын Хе" and "Ха"
// stay.
func koreanGivenNominative(w string) string {
	for _, end := range []string{"ом", "а", "у"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if strings.ContainsRune("нмкптр", lastRune(stem)) || strings.HasSuffix(stem, "ль") {
			return stem
		}
	}
	return w
}

// burmese widens a name that reads as Chinese or Korean to the short
// one-syllable words right before it: "Аун Сан Су Чжи" is one Burmese
// name with no family name, not "Су Чжи" after two unknown words.
func (s *personScan) burmese(m *personMention, i int) {
	v := s.v
	start, words := i, 0
	for ; words < 2; words++ {
		p := v.prev(start)
		if p < 0 || p != start-2 || v.toks[p+1].lines > 0 || v.toks[p].kind != word || !isUpper(v.toks[p].first) ||
			!shortSyllable(v.low[p]) || sentenceStart(v, p) ||
			!s.surnameCandidate(p) || s.isFirstName(p) || s.inPlace.covers(v.toks[p].start, v.toks[p].end) {
			break
		}
		start = p
	}
	if words < 2 {
		return // one short word before a Chinese name is too weak a sign
	}
	m.start = v.toks[start].start
	m.last = flatten(v.text[m.start:m.end])
	m.first, m.middle, m.eastern, m.origin = "", "", false, ""
}

// shortSyllable reports a word of at most four letters with one group of
// vowels: "Аун", "Сан", "Ын".
func shortSyllable(w string) bool {
	if utf8.RuneCountInString(w) > 4 {
		return false
	}
	groups, prev := 0, false
	for _, r := range w {
		vowel := strings.ContainsRune("аеёиоуыэюя", r)
		if vowel && !prev {
			groups++
		}
		prev = vowel
	}
	return groups == 1
}

// japanese recognizes two capitalized words that both read as Polivanov
// syllables, with a Latin form after them or a post before them:
// "Сасаки Нобухико (Sasaki Nobuhiko)", "посол Японии Ютака Ёкои".
func (s *personScan) japanese(i int) (personMention, int, bool) {
	v := s.v
	k := s.nextWord(i)
	if k < 0 || !isUpper(v.toks[k].first) || !isCyrillic(v.toks[k].first) || s.placeAt(i) || s.placeAt(k) {
		return personMention{}, 0, false
	}
	if acronymLike(v.tokText(i)) || acronymLike(v.tokText(k)) {
		return personMention{}, 0, false // "академик РАН Иван Петров"
	}
	// Context first, as it is cheap: a post before, a Latin form after,
	// or syllables Russian hardly has.
	p := v.prev(i)
	if !(p >= 0 && s.postAt(p) != "" || v.isPunct(v.next(k), "(") || japaneseLooking(v.tokText(i)) || japaneseLooking(v.tokText(k))) {
		return personMention{}, 0, false
	}
	if s.orgAt(i) || s.orgAt(k) {
		return personMention{}, 0, false // "директором Синьхуа Цай Минчжао"
	}
	a, b := japaneseNominative(v.tokText(i)), japaneseNominative(v.tokText(k))
	if _, ok := normalize.Romanize(a, normalize.Polivanov); !ok || utf8.RuneCountInString(a) < 3 {
		return personMention{}, 0, false
	}
	if _, ok := normalize.Romanize(b, normalize.Polivanov); !ok || utf8.RuneCountInString(b) < 3 {
		return personMention{}, 0, false
	}

	m := personMention{start: v.toks[i].start, end: v.toks[k].end, origin: "ja", first: a, last: b}
	if givenNameLooking(b) && !givenNameLooking(a) {
		// "Сасаки Нобухико": the family name first, as Japanese writes it.
		m.first, m.last, m.eastern = b, a, true
	}
	if stem := strings.TrimSuffix(m.last, "на"); stem != m.last && givenNameLooking(m.first) {
		// "Наото Кана": a family name in -н took the genitive ending.
		m.last = stem + "н"
	}
	return m, k + 1, true
}

// japaneseNominative undoes the Russian endings a Japanese name in -а
// takes: "Кэнтой" → "Кэнта", "Ютаки" → "Ютака".
func japaneseNominative(w string) string {
	if strings.HasSuffix(w, "ы") {
		return strings.TrimSuffix(w, "ы") + "а" // Japanese has no "ы": "Маехары"
	}
	if strings.HasSuffix(w, "ой") {
		if _, ok := normalize.Romanize(strings.TrimSuffix(w, "ой")+"а", normalize.Polivanov); ok {
			return strings.TrimSuffix(w, "ой") + "а"
		}
	}
	return w
}

// givenNameLooking reports the endings of Japanese given names: "-хико",
// "-хиро", "-ко", "-о" ("Нобухико", "Тошихиро", "Юкио").
func givenNameLooking(w string) bool {
	lw := normalize.Lower(w)
	for _, e := range []string{"хико", "хиро", "хито", "дзи", "ити", "таро", "ро", "ко", "о", "фуми", "нори"} {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// orgStarts reports an organization mention starting at token k.
func (s *personScan) orgStarts(k int) bool {
	return len(s.orgsAt[s.v.toks[k].start]) > 0
}

// japaneseLooking reports syllables Russian words hardly have: "дз", "цу",
// and given-name endings ("-хико", "-хиро", "-ко" after a vowel).
func japaneseLooking(w string) bool {
	lw := normalize.Lower(w)
	for _, x := range []string{"дз", "цу", "ёси", "хико", "хиро", "сукэ", "таро", "ити", "дзи"} {
		if strings.Contains(lw, x) {
			return true
		}
	}
	return false
}

// nextWord returns the next token after k if it is a word on the same
// line separated by one space, or -1.
func (s *personScan) nextWord(k int) int {
	v := s.v
	nk := v.next(k)
	if nk >= len(v.toks) || v.toks[nk].kind != word || nk != k+2 {
		return -1
	}
	return nk
}

// surnameCandidate reports a capitalized Cyrillic word that can be a
// family name: not a place, not a known organization, not an acronym.
func (s *personScan) surnameCandidate(k int) bool {
	v := s.v
	if k < 0 || k >= len(v.toks) || v.toks[k].kind != word || !isUpper(v.toks[k].first) || !isCyrillic(v.toks[k].first) {
		return false
	}
	// The view's memo keeps the answer: one personScan reads a view.
	m := v.memoAt(k)
	if c := m.candidate; c != 0 {
		return c == 2
	}
	ok := s.candidateAt(k)
	m.candidate = 1
	if ok {
		m.candidate = 2
	}
	return ok
}

// placeSurname reports a family name that is also a place's name, after
// a first name and a patronymic, where no place stands: "Петру
// Сергеевичу Иванову" (Иваново), "Анны Павловны Ивановой".
func (s *personScan) placeSurname(k int) bool {
	v := s.v
	return k >= 0 && k < len(v.toks) && v.toks[k].kind == word && isUpper(v.toks[k].first) && isCyrillic(v.toks[k].first) &&
		!normalize.IsUpper(v.tokText(k)) && s.placeAt(k) && !s.orgAt(k)
}

func (s *personScan) candidateAt(k int) bool {
	v := s.v
	w := v.tokText(k)
	if len(w) < 2 || normalize.IsUpper(w) || utf8.RuneCountInString(w) < 2 || hasDigit(w) || s.placeAt(k) || s.orgAt(k) || lex.noun(s.v.lemma(k), headNoun) {
		return false
	}
	if _, ok := s.t.posts[s.v.fold(k)]; ok {
		return false
	}
	return true
}

func (s *personScan) placeAt(k int) bool {
	_, ok := s.places[s.v.toks[k].start]
	return ok
}

// orgAt reports a known organization's name starting at token k.
func (s *personScan) orgAt(k int) bool {
	_, _, ok := s.g.orgs.longest(s.v, k)
	return ok
}

// hyphenParticle reports a family name that starts with an Arabic
// article: "аль-Хадж", "эль-Масри", "ад-Дин".
func hyphenParticle(w string) bool {
	for _, p := range []string{"аль-", "эль-", "ад-", "ас-", "ан-", "ар-", "бин-", "ибн-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			return true
		}
	}
	return false
}

// nameParticles join the parts of Arabic, Dutch, German and other names.
var nameParticles = map[string]bool{
	"бен": true, "бин": true, "ибн": true, "аль": true, "эль": true, "ас": true, "ад": true,
	"абу": true, "ван": true, "фон": true, "дер": true, "де": true, "ди": true, "да": true, "ла": true, "ле": true,
}

// patronymicHere reports whether the word at k, which ends as a
// patronymic does, is one after a first name: a family name follows it
// ("Владимир Владимирович Путин"), or it is made of a man's first name
// ("Владимир Владимирович", "Сергей Васильевич"). "Виктор Янукович" and
// "Виктор Шендерович" end in a family name.
func (s *personScan) patronymicHere(k int) bool {
	v := s.v
	if n := s.nextWord(k); n > 0 && isUpper(v.toks[n].first) && (s.surnameCandidate(n) || s.placeSurname(n)) && !s.isFirstName(n) {
		return true
	}
	w := v.fold(k)
	for _, e := range []string{"ович", "евич", "ьич", "овн", "евн", "ичн"} {
		i := strings.Index(w, e)
		if i <= 0 {
			continue
		}
		stem := w[:i]
		for _, c := range []string{stem, stem + "й", stem + "ий", strings.TrimSuffix(stem, "ь") + "ий", stem + "а", stem + "я", stem + "ья"} {
			for _, r := range s.t.firstNames(c) {
				if r.gender == 'm' && r.cas == 0 {
					return true
				}
			}
		}
	}
	return false
}

// isPatronymic reports a patronymic in any case of a man's, or in the
// nominative of a woman's: "Николаевича", "Иосифовна" (the tagger's
// feature; patronymicForm also takes a woman's other cases).
func isPatronymic(w string) bool {
	for _, e := range []string{"ович", "евич", "ьич", "овна", "евна", "ична", "инична"} {
		if i := strings.Index(w, e); i > 1 && utf8.RuneCountInString(w[i+len(e):]) <= 2 {
			return true
		}
	}
	return false
}

// patronymicForm reports a patronymic in any case, a woman's too:
// "Марковны", "Иосифовне", "Ивановной". Adjectives end so too
// ("основной"): the callers ask it only of a capitalized word after a
// first name.
func patronymicForm(w string) bool {
	if isPatronymic(w) {
		return true
	}
	for _, p := range shortPatronymics {
		if rest, ok := strings.CutPrefix(w, p); ok {
			switch rest {
			case "", "а", "у", "ем", "ом", "е":
				return true
			}
		}
	}
	for _, e := range []string{"овн", "евн", "ичн"} {
		if i := strings.Index(w, e); i > 1 {
			switch w[i+len(e):] {
			case "ы", "е", "у", "ой":
				return true
			}
		}
	}
	return false
}

// shortPatronymics are the men's patronymics in "-ич" alone, made from
// first names in "-а" and "-я": "Владимир Козьмич Зворыкин", "Ильич".
var shortPatronymics = []string{"ильич", "кузьмич", "козьмич", "фомич", "лукич", "никитич", "саввич", "фокич"}

// patronymicNominative puts a patronymic in the nominative.
func patronymicNominative(w string, gender byte) string {
	for _, e := range []string{"ович", "евич", "ьич", "ич"} {
		if i := strings.LastIndex(w, e); i > 0 && !strings.Contains(w[i:], "на") {
			return w[:i+len(e)]
		}
	}
	for _, e := range []string{"овна", "евна", "ична"} {
		if i := strings.LastIndex(w, e[:len(e)-len("на")]); i > 0 {
			return w[:i] + e
		}
	}
	return w
}

// surnameNominative puts a family name in the nominative, reading its
// ending with the gender and case its first name shows (cas -1 when no
// first name tells): the Petrovich rules run backwards.
func surnameNominative(w string, gender byte, cas int) string {
	lw := normalize.Lower(w)
	stem := func(n int) string { return w[:len(w)-n] }
	has := func(e string) bool {
		return strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw) > utf8.RuneCountInString(e)+1
	}
	if cas == 0 || strings.HasSuffix(lw, "дзе") {
		return w // the first name is nominative: so is the family name
	}
	if nom, ok := irregularNames[lw[:len(lw)-len(lastCaseEnding(lw))]]; ok && lw != nom {
		return capitalizeFirst(nom) // "Иисуса Христа" → Христос
	}
	if i := strings.LastIndex(lw, "-"); i > 0 {
		// "Буша-младшего" → "Буш-младший": the family name and the
		// epithet after it decline apart.
		for _, e := range []string{"младш", "старш"} {
			if rest := lw[i+1:]; strings.HasPrefix(rest, e) && rest != e+"ий" {
				return surnameNominative(w[:i], gender, cas) + w[i:i+1+len(e)] + "ий"
			}
		}
	}
	switch {
	case has("ского") || has("цкого"):
		return stem(len("ого")) + "ий"
	case has("скому") || has("цкому"):
		return stem(len("ому")) + "ий"
	case has("ским") && gender != 'f':
		return stem(len("им")) + "ий"
	case has("ской") && gender == 'f' || has("цкой") && gender == 'f':
		return stem(len("ой")) + "ая"
	case has("скую") || has("цкую"):
		return stem(len("ую")) + "ая"
	case gender != 'f' && (has("кого") || has("гого") || has("хого")):
		return stem(len("ого")) + "ий" // "Долгорукого"
	case gender != 'f' && (has("кому") || has("гому") || has("хому")):
		return stem(len("ому")) + "ий"
	case gender != 'f' && (has("ого") || has("ому")) && !strings.HasSuffix(lw, "жого") && !strings.HasSuffix(lw, "шого"):
		// "Андрея Белого": an adjective's endings; "-ый" is the commoner
		// nominative ("Толстой" is the exception the text cannot tell).
		return stem(len("ого")) + "ый"
	}
	for _, suf := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		switch {
		case gender == 'f' && (has(suf+"ой") || has(suf+"у")):
			return w[:strings.LastIndex(w, suf)+len(suf)] + "а"
		case gender != 'f' && (has(suf+"а") || has(suf+"у") || has(suf+"ым") || has(suf+"е")):
			return w[:strings.LastIndex(w, suf)+len(suf)]
		}
	}
	if _, ja := normalize.Romanize(lw, normalize.Polivanov); has("ии") && cas > 0 && !ja {
		// "Алана Гарсии" → Гарсия, "Берии" → Берия; a Japanese name in
		// "-ии" is its nominative ("Фудзии").
		return stem(len("и")) + "я"
	}
	if gender == 'f' {
		switch {
		case has("ки") || has("ги") || has("хи"):
			if cas >= 1 {
				return stem(len("и")) + "а" // "Елизаветы Глинки" → Глинка
			}
		case has("ной") || has("ную") || has("стой") || has("стую"):
			// A woman's adjectival name: "Юлии Навальной", "Юлию
			// Навальную" → Навальная, "Анны Толстой" → Толстая ("-иной",
			// "-ыной" are "-ина"'s above).
			return stem(len("ой")) + "ая"
		case has("ой"):
			return stem(len("ой")) + "а"
		case has("ы"):
			return stem(len("ы")) + "а"
		case has("у"), has("е"):
			if cas != 5 || !has("е") {
				return stem(len("у")) + "а"
			}
		}
		return w
	}
	// A man's foreign or Ukrainian name: the consonant stem's endings.
	switch {
	case has("ом") || has("ем") && !has("ием"):
		return stem(len("ом"))
	case has("ой") && cas >= 0:
		return stem(len("ой")) + "а" // "Обамой"
	case has("ы"):
		return stem(len("ы")) + "а" // "Обамы"
	case has("а") && cas >= 1 && !strings.ContainsRune("аеиоуыэюя", lastRune(strings.TrimSuffix(lw, "а"))):
		return stem(len("а"))
	case has("у") && (cas == 2 || cas == 3):
		return stem(len("у"))
	case has("е") && cas == 5:
		return stem(len("е"))
	case has("е") && cas == 2 && !strings.ContainsRune("аеиоуыэюяь", lastRune(strings.TrimSuffix(lw, "е"))):
		return stem(len("е")) + "а" // "Бараку Обаме": a man's name in "-а"'s dative
	case has("я") && cas >= 1:
		if isVowel(lastRune(strings.TrimSuffix(lw, "я"))) {
			return stem(len("я")) + "й" // "Гурея"
		}
		return stem(len("я")) + "ь" // "Скрипаля"
	case has("ю") && cas == 2:
		if isVowel(lastRune(strings.TrimSuffix(lw, "ю"))) {
			return stem(len("ю")) + "й" // "Кристоферу Рэю"
		}
		return stem(len("ю")) + "ь" // "Скрипалю"
	}
	return w
}

// irregularNames maps the oblique stem of a name that declines as no
// rule says to its nominative: "Христа", "Христу" → Христос.
var irregularNames = map[string]string{"христ": "христос"}

// lastCaseEnding returns the case ending w ends in ("а", "у", "ом", "е"),
// or "".
func lastCaseEnding(w string) string {
	for _, e := range []string{"ом", "а", "у", "е"} {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return e
		}
	}
	return ""
}

// oneSyllable reports a short word of one syllable: "чжэ", "ин", "ён".
func oneSyllable(w string) bool {
	vowels := 0
	for _, r := range w {
		if strings.ContainsRune("аеёиоуыэюя", r) {
			vowels++
		}
	}
	return vowels == 1 || vowels == 2 && (strings.Contains(w, "ы") || strings.HasPrefix(w, "в"))
}

// latinAfter takes a Latin form in brackets right after the name, if it
// can spell the name: "(Liu Jiayi)", "(Kazuo Hirai)"; never "(СКМТ)" or
// "(SPB: TSM)".
func (s *personScan) latinAfter(m *personMention, next int) {
	v := s.v
	open := next
	if open < len(v.toks) && v.toks[open].kind == space && v.toks[open].lines == 0 {
		open++
	}
	if !v.isPunct(open, "(") {
		return
	}
	close := open + 1
	for close < len(v.toks) && close < open+12 && !v.isPunct(close, ")") {
		close++
	}
	if !v.isPunct(close, ")") {
		return
	}
	inner := strings.TrimSpace(v.text[v.toks[open].end:v.toks[close].start])
	if inner == "" || strings.ContainsAny(inner, ":;,") || !latinLike(inner) || !isLatinWord(inner) {
		return
	}
	if spells(inner, v.text[m.start:m.end]) {
		m.latin = inner
		from := v.toks[open].end + strings.Index(v.text[v.toks[open].end:v.toks[close].start], inner)
		m.latinAt = span{from, from + len(inner)}
	}
}

// latinMentions adds the Latin forms the text gives in brackets after
// names as mentions of the same people (PE8).
func (s *personScan) latinMentions() {
	var more []personMention
	for _, m := range s.out {
		if m.latinAt.end > m.latinAt.start {
			l := m
			l.start, l.end, l.rule, l.posts, l.latinAt = m.latinAt.start, m.latinAt.end, "PE8", nil, span{}
			more = append(more, l)
		}
	}
	if len(more) > 0 {
		s.out = mergeByStart(s.out, more)
	}
}

// latinCase undoes the Russian case ending of a foreign name when the
// Latin form the text gives ends without it: "Джошуа Вольфа (Joshua
// Wolf)" is Вольф, "Гаррета Рейсмана (Garrett Reisman)" Гаррет Рейсман.
func latinCase(m *personMention) {
	words := strings.Fields(m.latin)
	if len(words) == 0 || m.origin == "ru" && m.display != "" {
		return
	}
	strip := func(cyr, lat string) string {
		if lat == "" || strings.ContainsRune("aeiouy", rune(lat[len(lat)-1])) {
			return cyr
		}
		for _, e := range []string{"ом", "ем", "а", "у", "е"} {
			if stem := strings.TrimSuffix(cyr, e); stem != cyr && utf8.RuneCountInString(stem) >= 2 && !isVowel(lastRune(stem)) {
				return stem
			}
		}
		return cyr
	}
	if m.last != "" && !m.eastern {
		m.last = strip(m.last, words[len(words)-1])
	}
	if m.first != "" && m.gender == 0 && !m.eastern && len(words) > 1 && !strings.HasSuffix(m.first, ".") {
		// A first name from the tables is in the nominative already.
		m.first = strip(m.first, words[0])
	}
}

// chineseGiven reads a Chinese given name that may have taken a Russian
// ending ("Шэньфэна" → "Шэньфэн", "Цзяня" → "Цзянь", "Цзиньпина" →
// "Цзиньпин", "Ханьхуэем" → "Ханьхуэй"): a Russian ending wins when the
// stem left is Palladius too.
func chineseGiven(w string) (string, bool) {
	full, fullOK := normalize.Romanize(w, normalize.Palladius)
	for _, e := range []struct{ end, add string }{
		{"ем", "й"}, {"я", "й"}, {"ю", "й"}, {"е", "й"},
		{"ем", "ь"}, {"я", "ь"}, {"ю", "ь"}, {"е", "ь"},
		{"ом", ""}, {"а", ""}, {"у", ""}, {"е", ""},
	} {
		stem := strings.TrimSuffix(w, e.end)
		if stem == w || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		py, ok := normalize.Romanize(stem+e.add, normalize.Palladius)
		if !ok {
			continue
		}
		// The ending wins when the name reads in fewer syllables without
		// it ("Шэньфэна" = shen+feng+a); "Хуа" (hua) and "Чжэньу" (zhen+wu)
		// keep theirs.
		if !fullOK || e.end != "у" && vowelGroups(py) < vowelGroups(full) {
			return stem + e.add, true
		}
	}
	return w, fullOK
}

// vowelGroups counts the runs of vowels in a pinyin word: its syllables,
// near enough.
func vowelGroups(py string) int {
	n, in := 0, false
	for _, r := range strings.ToLower(py) {
		v := strings.ContainsRune("aeiouü", r)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// namesake reports a person named in an organization's name after
// "имени" or "им.": the organization's name, not a person in the story.
func (s *personScan) namesake(m personMention) bool {
	i := s.imeni(m)
	return i >= 0 && s.inOrg.covers(i, m.end)
}

// imeni returns the offset of the "имени" or "им." right before a
// mention, which names what a body is named after ("институт русского
// языка имени А. С. Пушкина"), or -1.
func (s *personScan) imeni(m personMention) int {
	before := strings.TrimRightFunc(s.v.text[:m.start], unicode.IsSpace)
	for _, w := range []string{"имени", "им."} {
		if strings.HasSuffix(before, w) {
			return len(before) - len(w)
		}
	}
	return -1
}

// indeclinableCase returns the case a man's family name shows by its
// ending after a first name that does not decline, or -1: the genitive
// "Гарри Трумена", "Джо Байдена", "Кенни Джейкобса" (1), the dative
// "Джо Байдену" (2), the instrumental "Джо Байденом" (4). After a Japanese
// given name a family name in "-а" or "-у" is one only where it cannot be
// Japanese ("Кими Райкконена", not "Синдзи Харада"); "дж" is no
// Polivanov spelling, so "Джереми Ханта" is English.
func indeclinableCase(first, last string) int {
	if !indeclinableFirst(first) {
		return -1
	}
	_, ja := normalize.Romanize(first, normalize.Polivanov)
	ja = ja && !strings.Contains(first, "дж")
	switch {
	case strings.HasSuffix(last, "а"):
		if ja && !genitiveA(last) || !ja && (!consonantA(last) || feminineSurname(last)) {
			return -1
		}
		stem := []rune(strings.TrimSuffix(last, "а"))
		if len(stem) >= 2 && stem[len(stem)-1] != stem[len(stem)-2] {
			return 1
		}
	case strings.HasSuffix(last, "у") && consonantA(strings.TrimSuffix(last, "у")+"а"):
		if _, jaLast := normalize.Romanize(last, normalize.Polivanov); !ja || !jaLast {
			return 2
		}
	case (strings.HasSuffix(last, "ом") || strings.HasSuffix(last, "ем")) && utf8.RuneCountInString(last) >= 5:
		return 4
	}
	return -1
}

// listPosts gives a plural post before a list of names to each name of
// the list (PS7): "академики РАН Иван Петров и Олег Сидоров",
// "губернаторы Приморья и Хабаровского края Олег Кожемяко и Михаил
// Дегтярев".
func (s *personScan) listPosts() {
	for i := 0; i < len(s.out); i++ {
		var plural *post
		for j := range s.out[i].posts {
			if p := &s.out[i].posts[j]; p.rule == "PS1" && s.plural(p) {
				plural = p
			}
		}
		if plural == nil {
			s.headedList(i)
			continue
		}
		list := []int{i}
		for j := i + 1; j < len(s.out) && len(s.out[j].posts) == 0; j++ {
			if !s.listed(s.out[j-1].end, s.out[j].start) {
				break
			}
			s.out[j].posts = []post{{plural.Position, "PS7"}}
			list = append(list, j)
		}
		if len(list) == 1 {
			// A plural post before one name is not the name's:
			// "представители федеральной власти, глава области ...".
			s.out[i].posts = slices.DeleteFunc(s.out[i].posts, func(p post) bool { return p.rule == "PS1" && s.plural(&p) })
			continue
		}
		s.sharePlaces(list, *plural)
		i = list[len(list)-1]
	}
}

// postsBefore gives each name the post in the instrumental that opens
// its clause before its verb (PS9: "Главой Рособрнадзора назначен Сергей
// Кравцов"); a plural post goes to each name of the list the name opens
// ("Операторами выступили Михаил Агранович и Михаил Хасая") and to none
// when the list has one name.
func (s *personScan) postsBefore() {
	v := s.v
	for i := 0; i < len(s.out); i++ {
		start := s.out[i].start
		for _, p := range s.out[i].posts {
			if (p.rule == "PS1" || p.rule == "PS2") && p.Start < start {
				start = p.Start
			}
		}
		ps := s.predicativeBefore(v.tokenAt(start))
		if len(ps) == 0 {
			continue
		}
		if !s.plural(&ps[0]) {
			s.out[i].posts = append(s.out[i].posts, ps...)
			continue
		}
		list := []int{i}
		for j := i + 1; j < len(s.out) && s.listed(s.out[j-1].end, s.out[j].start); j++ {
			list = append(list, j)
		}
		if len(list) < 2 {
			continue
		}
		for _, j := range list {
			s.out[j].posts = append(s.out[j].posts, ps[0])
		}
		i = list[len(list)-1]
	}
}

// subjectVerbs are the verbs of a post that open a sentence with no
// subject, whose person is the one the text speaks of, with the gender
// they show: "Стал генералом, работал министром", "Избран главой ...",
// "До этого занимал пост ...".
var subjectVerbs = map[string]byte{
	"стал": 'm', "стала": 'f', "работал": 'm', "работала": 'f', "служил": 'm', "служила": 'f',
	"избран": 'm', "избрана": 'f', "назначен": 'm', "назначена": 'f', "был": 'm', "была": 'f',
	"занимал": 'm', "занимала": 'f', "занял": 'm', "заняла": 'f', "являлся": 'm', "являлась": 'f',
}

// postsOfPronouns gives a post said of "он" or "она", or by a sentence
// that opens with its verb and names no subject, to the nearest person
// named before it, in its paragraph or the one before, whose gender is
// the pronoun's or the verb's (PS10): "В 2005 году он был назначен
// послом Японии", "Стал генералом, работал министром". A person of the
// other gender is passed over; a nearest one whose gender is unknown
// takes it.
func (s *personScan) postsOfPronouns() {
	v := s.v
	var order []int             // s.out by start, made for the first post found
	quote, straight := 0, false // inside «...» or "...": another's words
	for k := 0; k < len(v.toks); k++ {
		switch t := v.toks[k]; t.kind {
		case space:
			if t.lines > 0 {
				quote, straight = 0, false
			}
			continue
		case punct:
			switch t.text(v.text) {
			case "«", "„":
				quote++
			case "»", "“", "”":
				quote = max(quote-1, 0)
			case "\"":
				straight = !straight
			}
			continue
		}
		if v.toks[k].kind != word || quote > 0 || straight {
			continue
		}
		var ps []post
		var want byte
		switch w := v.low[k]; {
		case w == "он" || w == "она":
			if want = 'm'; w == "она" {
				want = 'f'
			}
			ps = s.predicative(k + 1)
		case subjectVerbs[w] != 0 && s.opensSubjectless(k):
			want = subjectVerbs[w]
			ps = s.predicative(k)
		}
		if len(ps) == 0 {
			continue
		}
		if order == nil {
			order = make([]int, len(s.out))
			for i := range order {
				order[i] = i
			}
			sort.SliceStable(order, func(a, b int) bool { return s.out[order[a]].start < s.out[order[b]].start })
		}
		h := s.antecedent(k, want, order)
		for h >= 0 && len(ps) > 0 {
			for i := range ps {
				ps[i].rule = "PS10"
			}
			s.out[h].posts = append(s.out[h].posts, ps...)
			// "Стал генералом, работал министром": the next verb after
			// a comma says more of the same person.
			c := v.next(v.tokenAt(ps[len(ps)-1].End) - 1)
			if !v.isPunct(c, ",") || subjectVerbs[v.word(v.next(c))] != want {
				break
			}
			k = v.next(c)
			ps = s.predicative(k)
		}
	}
}

// opensSubjectless reports a verb at token k that opens its sentence,
// alone or after a comma-less adverbial of time ("До этого занимал",
// "В 2005 году назначен", "Затем стал"): no word before it in the
// sentence is capitalized but the first.
func (s *personScan) opensSubjectless(k int) bool {
	v := s.v
	for n, j := 0, k; n < 4; n++ {
		if opensSentence(v, j) {
			return true
		}
		j = v.prev(j)
		if j < 0 || v.toks[j].kind != word && v.toks[j].kind != number || v.toks[j].kind == word && isUpper(v.toks[j].first) && !opensSentence(v, j) {
			return false
		}
	}
	return false
}

// opensSentence reports a token that opens a sentence of the narration:
// the text's or a line's first, or one after a full stop, "!", "?" or
// "…" (not one after a quotation mark or a dash, as sentenceStart).
func opensSentence(v *tokenView, j int) bool {
	return j == 0 || v.toks[j-1].kind == space && v.toks[j-1].lines > 0 || v.isPunct(v.prev(j), ".!?…")
}

// antecedent returns the index in s.out of the person a pronoun or a
// subjectless verb at token k stands for (see postsOfPronouns), or -1;
// order lists s.out's indices by start, and it looks at the eight people
// named last before k at most.
func (s *personScan) antecedent(k int, want byte, order []int) int {
	v := s.v
	at := v.toks[k].start
	// The starts of k's paragraph and of the one before it.
	para, from, breaks := 0, 0, 0
	for j := k - 1; j >= 0; j-- {
		if v.toks[j].kind == space && v.toks[j].lines > 0 {
			if breaks++; breaks == 1 {
				para = v.toks[j].end
			} else {
				from = v.toks[j].end
				break
			}
		}
		if k-j == 2000 {
			from = v.toks[j].start // a long paragraph: as far back as that
			if breaks == 0 {
				para = from
			}
			break
		}
	}
	// In k's paragraph, then in the one before: the nearest subject, a
	// name in the nominative ("Варичев возглавил ..., после его покупки
	// структурами Василия Анисимова. До этого занимал пост ..." is
	// Варичев's), else the nearest name ("Абдурахману Мартазанову было
	// 63 года. Избран главой ...").
	top := sort.Search(len(order), func(x int) bool { return s.out[order[x]].start >= at })
	for _, start := range []int{para, from} {
		for _, subject := range []bool{true, false} {
			for n, x := 0, top; x > 0 && n < 8; x-- {
				m := s.out[order[x-1]]
				if m.start < start {
					break
				}
				if m.end > at || s.imeni(m) >= 0 {
					continue // a name the pronoun is inside of, or one a body is named after
				}
				if subject && s.nominativeMention(m) && (m.gender == want || m.gender == 0) ||
					!subject && (m.gender == want || m.gender == 0 && n == 0) {
					return order[x-1]
				}
				n++
			}
		}
	}
	return -1
}

// nominativeMention reports a mention written as its name is: its last
// word is the family name ("Варичев", "Анна Петрова"), or, without one,
// the first name.
func (s *personScan) nominativeMention(m personMention) bool {
	text := s.v.text[m.start:m.end]
	if m.last != "" {
		return strings.HasSuffix(text, m.last)
	}
	return m.first != "" && strings.HasSuffix(text, m.first)
}

// headedList gives the plural posts before a colon that opens a list of
// names (PS8) to each name of the list when the name at s.out[i], its
// first, has no post of its own and the list has two names or more.
func (s *personScan) headedList(i int) {
	if len(s.out[i].posts) > 0 {
		return
	}
	heads := s.listHead(s.v.tokenAt(s.out[i].start))
	if len(heads) == 0 {
		return
	}
	list := []int{i}
	for j := i + 1; j < len(s.out) && len(s.out[j].posts) == 0 && s.listed(s.out[j-1].end, s.out[j].start); j++ {
		list = append(list, j)
	}
	if len(list) < 2 {
		return
	}
	for _, j := range list {
		s.out[j].posts = slices.Clone(heads)
	}
	for _, h := range heads {
		s.sharePlaces(list, h)
	}
}

// sharePlaces gives the places of a plural post to the names of its list
// one by one when there are as many of each: "губернаторы Приморья и
// Хабаровского края Олег Кожемяко и Михаил Дегтярев".
func (s *personScan) sharePlaces(list []int, p post) {
	v := s.v
	var places []string
	for k := v.tokenAt(p.Start); k < len(v.toks) && v.toks[k].end <= p.End; k++ {
		if n := s.placeNameAt(k, p.End); n != "" {
			places = append(places, n)
		}
	}
	if len(list) < 2 || len(places) != len(list) {
		return
	}
	// The title up to its post noun: the places are each one's.
	title := p.Title
	words := strings.Split(title, " ")
	for i, w := range words {
		if s.t.posts[normalize.Key(w)] != "" {
			title = strings.Join(words[:i+1], " ")
			break
		}
	}
	for n, i := range list {
		for j := range s.out[i].posts {
			if q := &s.out[i].posts[j]; q.Start == p.Start && q.End == p.End {
				q.Title, q.Place = title, places[n]
			}
		}
	}
}

// listed reports names side by side in a list: only a comma or "и"
// between offsets a and b, and a gloss in brackets on one line after
// the first name ("музыканты Юрий Царёв (проект «Метро»), Алексей Борисов
// и ...").
func (s *personScan) listed(a, b int) bool {
	v := s.v
	seen := false
	for k := v.tokenAt(a); k < len(v.toks) && v.toks[k].start < b; k++ {
		switch {
		case v.toks[k].kind == space && v.toks[k].lines == 0:
		case v.isPunct(k, ","), v.toks[k].kind == word && v.low[k] == "и":
			seen = true
		case v.isPunct(k, "(") && !seen:
			n := 0
			for k++; k < len(v.toks) && v.toks[k].start < b && !v.isPunct(k, ")"); k++ {
				if n++; n > 24 || v.isPunct(k, "(") || v.toks[k].kind == space && v.toks[k].lines > 0 {
					return false
				}
			}
			if k >= len(v.toks) || v.toks[k].start >= b {
				return false
			}
		default:
			return false
		}
	}
	return seen
}

// acronymLike reports a word of two or more letters all in capitals:
// an acronym ("РАН"), no part of a name.
func acronymLike(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && normalize.IsUpper(w)
}
