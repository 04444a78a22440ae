package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// adjEndings are the endings of full adjectives, longest first, with the
// number and gender they show: 'm', 'f', 'n', 'M' for masculine or neuter
// (the oblique cases they share), or 0 when the ending does not tell.
var adjEndings = []struct {
	end    string
	plural bool
	gender byte
}{
	{"ыми", true, 0}, {"ими", true, 0},
	{"ого", false, 'M'}, {"его", false, 'M'},
	{"ому", false, 'M'}, {"ему", false, 'M'},
	{"ых", true, 0}, {"их", true, 0},
	{"ые", true, 0}, {"ие", true, 0},
	{"ая", false, 'f'}, {"яя", false, 'f'},
	{"ую", false, 'f'}, {"юю", false, 'f'},
	{"ое", false, 'n'}, {"ее", false, 'n'},
	{"ый", false, 'm'}, {"ий", false, 'm'},
	{"ой", false, 'f'}, {"ей", false, 'f'},
	{"ым", false, 'M'}, {"им", false, 'M'},
	{"ом", false, 'M'}, {"ем", false, 'M'},
}

// adjectiveEnding returns the adjectival ending of a word, or "" when it
// has none (or too short a stem to be an adjective).
func adjectiveEnding(w string) (end string, plural bool, gender byte) {
	lw := Lower(w)
	if NounSuffix(lw) {
		return "", false, 0
	}
	for _, e := range adjEndings {
		if strings.HasSuffix(lw, e.end) && utf8.RuneCountInString(lw) >= utf8.RuneCountInString(e.end)+3 {
			return e.end, e.plural, e.gender
		}
	}
	return "", false, 0
}

// Phrase returns a noun phrase in the nominative: the adjectives before
// the head noun and the head change, the words after it (genitives,
// prepositional phrases) stay as they are.
//
//	Phrase("Японской внешнеторговой организации") == "Японская внешнеторговая организация"
//	Phrase("Совета КНР по содействию международной торговле") == "Совет КНР по содействию международной торговле"
//	Phrase("Объединенных Арабских Эмиратов") == "Объединенные Арабские Эмираты"
//
// The head is the first word that does not look like an adjective. Nouns
// the lexicon knows take their dictionary form; others are guessed from
// the ending and from the gender the adjectives show, choosing the reading
// most frequent in news text (so an unknown "Донбасса" becomes "Донбасс",
// and an unknown "Москва" would wrongly lose its "а": look place names up
// first). The phrase stays plural when its adjectives or head are plural
// ("заповедных территориях" → "заповедные территории"). Capitals and the
// words' separators are kept.
func Phrase(s string) string {
	return PhraseWith(s, nil)
}

// PhraseWith is Phrase knowing more nouns than the lexicon: nouns returns
// the nominative singular of a noun the lexicon lacks from the Key of one
// of its singular forms ("актрисы" → "актриса", which Phrase alone would
// guess to be "актрис"), or false. A nil nouns knows none.
func PhraseWith(s string, nouns func(key string) (string, bool)) string {
	known := func(w string) (string, bool) {
		if nouns == nil || Analyze(Lower(w)) != nil {
			return "", false
		}
		return nouns(Key(w))
	}
	words := strings.Split(s, " ")
	head := 0
	for head < len(words)-1 {
		w := words[head]
		if w == "и" && head > 0 && head+1 < len(words)-1 {
			// "продовольственной и сельскохозяйственной организации"
			head++
			continue
		}
		if e, _, _ := adjectiveEnding(w); e == "" || isAcronym(w) || Analyze(Lower(w)) != nil {
			break
		}
		if _, ok := known(w); ok {
			break
		}
		if adjectivalHead(words, head) {
			return adjectivalPhrase(words, head)
		}
		head++
	}
	if head == len(words)-1 && adjectivalHead(words, head) {
		return adjectivalPhrase(words, head) // "главного военного"
	}
	if isAcronym(words[head]) || utf8.RuneCountInString(words[head]) < 3 {
		return s
	}
	// What the adjectives say of the head.
	var gender byte
	plural := false
	for _, w := range words[:head] {
		_, p, g := adjectiveEnding(w)
		plural = plural || p
		if g != 0 && gender == 0 {
			gender = g
		}
	}
	noun, nGender, nPlural := headNominative(words[head], gender, plural)
	if nPlural && !plural && head > 0 && !slices.Contains(words[:head], "и") {
		// Singular adjectives agree with no plural head: the first word
		// is the head ("Кабинетом министров" → "Кабинет министров", not
		// the adjective of "министры").
		head, gender = 0, 0
		noun, nGender, nPlural = headNominative(words[0], 0, false)
	}
	if l, ok := known(words[head]); ok && !plural {
		noun, nGender, nPlural = l, 0, false // its gender: the adjectives'
	}
	if commonGender[noun] && gender != 0 {
		nGender = 0 // "бывшего главы" is a man
	}
	if nGender != 0 {
		gender = nGender
	} else if gender == 'M' {
		gender = 'm'
		if strings.HasSuffix(noun, "ие") || strings.HasSuffix(noun, "о") || strings.HasSuffix(noun, "е") {
			gender = 'n'
		}
	}
	plural = plural || nPlural
	out := make([]string, len(words))
	copy(out, words)
	out[head] = withCase(words[head], noun)
	for k := 0; k < head; k++ {
		if words[k] == "и" {
			continue
		}
		out[k] = withCase(words[k], adjectiveNominative(words[k], gender, plural))
	}
	return strings.Join(out, " ")
}

// commonGender are the nouns in -а/-я that take the gender of whom they
// name: "бывший глава компании", "бывшая глава компании", "федеральный
// судья". Their adjectives, not their declension, give the gender.
var commonGender = map[string]bool{
	"глава": true, "судья": true, "коллега": true, "староста": true, "сирота": true,
}

// adjectivalNouns are the stems of nouns declined as adjectives that head
// the titles of posts and a few names: "заведующего кафедрой" is the
// заведующий of a chair, "уполномоченного по правам человека" the
// уполномоченный, "российской сборной" a сборная (a national team).
var adjectivalNouns = map[string]bool{
	"заведующ": true, "управляющ": true, "уполномоченн": true, "командующ": true,
	"исполняющ": true, "учен": true, "военн": true, "служащ": true, "рабоч": true,
	"ведущ": true, "дежурн": true, "вожат": true, "председательствующ": true,
	"сборн": true,
}

// adjectivalHead reports whether word i of a phrase is an adjectival noun
// that heads it: the last word, or one whose next word does not agree
// with it (a preposition, an instrumental, "обязанности"), as
// "управляющего директора" (an adjective) is not.
func adjectivalHead(words []string, i int) bool {
	lw := strings.ReplaceAll(Lower(words[i]), "ё", "е")
	end, _, _ := adjectiveEnding(lw)
	if end == "" || !adjectivalNouns[strings.TrimSuffix(lw, end)] {
		return false
	}
	if i == len(words)-1 {
		return true
	}
	next := Lower(words[i+1])
	switch next {
	case "по", "при", "в", "во", "на", "от", "обязанности":
		return true
	}
	// An instrumental after it does not agree with it ("заведующего
	// кафедрой", "заведующей отделом"), unless it is in the instrumental
	// itself.
	var others []string
	switch end {
	case "ым", "им":
		return false
	case "ой", "ей":
		others = []string{"ом", "ем", "ами", "ями"}
	default:
		others = []string{"ой", "ей", "ом", "ем", "ами", "ями"}
	}
	if ne, _, _ := adjectiveEnding(next); ne == end {
		return false // another adjective of its case
	}
	for _, e := range others {
		if strings.HasSuffix(next, e) {
			return true
		}
	}
	return false
}

// adjectivalPhrase puts a phrase whose head, word head, is an adjectival
// noun in the nominative: the head and the adjectives before it change,
// the rest stays.
func adjectivalPhrase(words []string, head int) string {
	var gender byte
	plural := false
	for _, w := range words[:head+1] {
		_, p, g := adjectiveEnding(Lower(w))
		plural = plural || p
		if g == 'f' && gender == 0 {
			gender = g
		}
	}
	out := make([]string, len(words))
	copy(out, words)
	for k := 0; k <= head; k++ {
		if words[k] == "и" {
			continue
		}
		out[k] = withCase(words[k], adjectiveNominative(words[k], gender, plural))
	}
	return strings.Join(out, " ")
}

func isAcronym(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && IsUpper(w)
}

// withCase writes lemma with the capitalization of the word it replaces,
// part by part across hyphens ("Ямало-Ненецкого" → "Ямало-Ненецкий").
func withCase(orig, lemma string) string {
	if IsUpper(orig) && utf8.RuneCountInString(orig) > 1 {
		return strings.ToUpper(lemma)
	}
	if !strings.Contains(orig, "-") && !strings.Contains(lemma, "-") {
		// One part, the common case, without splitting.
		r, _ := utf8.DecodeRuneInString(orig)
		if !unicode.IsUpper(r) || lemma == "" {
			return lemma
		}
		l, size := utf8.DecodeRuneInString(lemma)
		if unicode.IsUpper(l) {
			return lemma
		}
		var b strings.Builder // one allocation for the capitalized form
		b.Grow(len(lemma) + utf8.UTFMax)
		b.WriteRune(unicode.ToUpper(l))
		b.WriteString(lemma[size:])
		return b.String()
	}
	op, lp := strings.Split(orig, "-"), strings.Split(lemma, "-")
	if len(op) != len(lp) {
		op, lp = []string{orig}, []string{lemma}
	}
	for i := range lp {
		r, _ := utf8.DecodeRuneInString(op[i])
		if unicode.IsUpper(r) && lp[i] != "" {
			l, size := utf8.DecodeRuneInString(lp[i])
			lp[i] = string(unicode.ToUpper(l)) + lp[i][size:]
		}
	}
	return strings.Join(lp, "-")
}

// headNominative returns the nominative of a head noun (lower case), its
// gender when known, and whether it is plural.
func headNominative(w string, gender byte, plural bool) (string, byte, bool) {
	lw := strings.ReplaceAll(Lower(w), "ё", "е")
	if strings.Contains(lw, "-") && !strings.HasSuffix(lw, "-") {
		// "Нью-Йорка": only the last part declines.
		i := strings.LastIndex(lw, "-")
		n, g, p := headNominative(lw[i+1:], gender, plural)
		return lw[:i+1] + n, g, p
	}
	if lex, err := loadNouns(); err == nil {
		if as := lex.forms[lw]; len(as) > 0 {
			best := as[0]
			for _, a := range as {
				g := lex.gender[a.Lemma]
				if a.Plural == plural && (gender == 0 || g == gender || gender == 'M' && (g == 'm' || g == 'n')) {
					best = a
					break
				}
			}
			if best.Plural && (plural || allPlural(as)) {
				return lex.nomPlural[best.Lemma], lex.gender[best.Lemma], true
			}
			return best.Lemma, lex.gender[best.Lemma], false
		}
	}
	if plural || pluralOblique(lw) {
		return guessPlural(lw), 0, true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return guessSingular(lw, gender, unicode.IsLower(r)), gender, false
}

// pluralOblique reports endings only plural nouns have: "Эмиратах",
// "Викиновостям", "странами".
func pluralOblique(w string) bool {
	for _, e := range []string{"ах", "ях", "ами", "ями", "ам", "ям"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > 4 {
			return true
		}
	}
	return false
}

// NounSuffix reports a lower-case word whose ending belongs to nouns
// although it looks like an adjective's: the suffixes -ение, -ание,
// -тие, -ствие and -ство in their frequent forms ("движение",
// "общежитие", "соглашения", "решением", "правительством"), and the
// instrumental of a noun in -ец ("дворцом", "американцем"). Every
// adjective test of this module rejects such words.
func NounSuffix(w string) bool {
	for _, e := range []string{"ение", "ание", "тие", "ствие", "ения", "ания", "тия", "ствия", "ством", "ства", "ству", "стве", "ство", "цом", "цем"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// neuterEndings are oblique endings of the frequent neuter suffixes, with
// their nominative: "-ства" → "-ство", "-ения" → "-ение".
var neuterEndings = []struct{ end, nom string }{
	{"ством", "ство"}, {"ства", "ство"}, {"ству", "ство"}, {"стве", "ство"},
	{"ением", "ение"}, {"ения", "ение"}, {"ению", "ение"},
	{"анием", "ание"}, {"ания", "ание"}, {"анию", "ание"},
}

// afterVowel handles endings after a vowel: "Кореи" → "корея", "Эритрее"
// → "эритрея", "Китае", "Китая" → "китай".
func afterVowel(w string) (string, bool) {
	r := []rune(w)
	if len(r) < 4 {
		return "", false
	}
	last, prev := r[len(r)-1], r[len(r)-2]
	if !strings.ContainsRune("аеоуэюя", prev) {
		return "", false
	}
	stem := string(r[:len(r)-1])
	switch {
	case last == 'ю' && (prev == 'а' || prev == 'о' || prev == 'у'):
		return stem + "й", true // "Китаю"
	case last == 'и' || last == 'ю' || last == 'е' && prev == 'е':
		return stem + "я", true
	case last == 'е' || last == 'я' || last == 'ю':
		return stem + "й", true
	}
	return "", false
}

func allPlural(as []Analysis) bool {
	for _, a := range as {
		if !a.Plural {
			return false
		}
	}
	return true
}

// guessPlural turns an oblique plural into the nominative plural:
// "Эмиратов" → "эмираты", "территориях" → "территории".
func guessPlural(w string) string {
	for _, r := range []struct{ end, nom string }{
		{"иями", "ии"}, {"иях", "ии"}, {"иям", "ии"}, {"ий", "ии"},
		{"ами", "ы"}, {"ями", "и"}, {"ах", "ы"}, {"ях", "и"}, {"ам", "ы"}, {"ям", "и"},
		{"ов", "ы"}, {"ев", "и"}, {"ей", "и"},
	} {
		if strings.HasSuffix(w, r.end) {
			stem := strings.TrimSuffix(w, r.end)
			nom := r.nom
			if nom == "ы" && strings.ContainsRune("кгхжшщч", lastRune(stem)) {
				nom = "и"
			}
			return stem + nom
		}
	}
	return w
}

// guessSingular guesses the nominative singular of a noun the lexicon
// lacks. The gender the adjectives show decides where it can; otherwise
// the reading most frequent among named places and organizations in news
// text wins ("-е" and "-а" are mostly a masculine noun's: "в Таллине",
// "Донбасса"; "-и" mostly "-ия": "России").
func guessSingular(w string, gender byte, lowerInitial bool) string {
	stem := func(end string) string { return strings.TrimSuffix(w, end) }
	for _, r := range neuterEndings {
		// "-ения" may be a feminine name ("Армении", "Испания"): the -ение
		// and -ание readings need a lower-case word or an adjective that
		// shows a masculine or neuter noun.
		if strings.HasSuffix(w, r.end) && (strings.HasPrefix(r.nom, "ство") || gender == 'n' || gender == 'M' || lowerInitial) {
			return stem(r.end) + r.nom // "представительства" → "представительство"
		}
	}
	if strings.HasSuffix(w, "ие") {
		return w // a neuter nominative: "Движение"
	}
	if v, ok := afterVowel(w); ok {
		return v
	}
	if gender != 'f' && gender != 'n' {
		// "бойца", "Дворцом": a masculine noun in "-ец".
		for _, e := range []string{"ом", "ем", "у", "е", "а"} {
			if stem, ok := strings.CutSuffix(w, e); ok {
				if n, ok := etsNominative(stem, lowerInitial); ok {
					return n
				}
			}
		}
	}
	switch {
	case strings.HasSuffix(w, "ии") || strings.HasSuffix(w, "ию") || strings.HasSuffix(w, "ией"):
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "ией"), "ии"), "ию")
		if gender == 'n' {
			return base + "ие" // "здании" → "здание"
		}
		return base + "ия"
	case strings.HasSuffix(w, "ия") && (gender == 'n' || gender == 'M'):
		return stem("ия") + "ие" // "подразделения" → "подразделение"
	case strings.HasSuffix(w, "аем") || strings.HasSuffix(w, "оем") || strings.HasSuffix(w, "уем"):
		return stem("ем") + "й" // "Китаем"
	case strings.HasSuffix(w, "ом") || strings.HasSuffix(w, "ем") && gender != 'f':
		if gender == 'n' {
			return stem("ом") + "о"
		}
		if strings.HasSuffix(w, "ем") {
			return stem("ем") + "ь"
		}
		return stem("ом")
	case strings.HasSuffix(w, "ой") || strings.HasSuffix(w, "ою"):
		return w[:len(w)-len("ой")] + "а"
	case strings.HasSuffix(w, "ы"):
		return stem("ы") + "а"
	case strings.HasSuffix(w, "ю"):
		return stem("ю") + "я"
	case strings.HasSuffix(w, "у"):
		if gender == 'm' || gender == 'n' || gender == 'M' {
			return stem("у")
		}
		return stem("у") + "а"
	case strings.HasSuffix(w, "и"):
		if strings.ContainsRune("кгхжшщч", lastRune(stem("и"))) {
			return stem("и") + "а"
		}
		return stem("и") + "ь"
	case strings.HasSuffix(w, "е"):
		if gender == 'f' {
			return stem("е") + "а"
		}
		if gender == 'n' {
			return w
		}
		return stem("е")
	case strings.HasSuffix(w, "а"):
		if gender == 'f' {
			return w
		}
		if gender == 'n' {
			return stem("а") + "о"
		}
		return stem("а")
	}
	return w
}

// stressedAdjectives are the stems of common adjectives whose ending is
// stressed, so that the masculine nominative is "-ой" where the oblique
// forms do not tell it from "-ый" or "-ий": "областного суда" →
// "областной суд", "простым солдатом" → "простой солдат".
var stressedAdjectives = map[string]bool{
	"областн": true, "краев": true, "окружн": true, "городск": true, "волостн": true,
	"морск": true, "мужск": true, "заводск": true, "донск": true, "людск": true,
	"основн": true, "молод": true, "прост": true, "друг": true, "дорог": true,
	"рядов": true, "родн": true, "золот": true, "миров": true, "делов": true,
	"передов": true, "боев": true, "полев": true, "берегов": true, "сторожев": true,
	"войсков": true, "постов": true, "рулев": true, "штабн": true, "нефтян": true,
	"водян": true, "земн": true, "ночн": true, "дневн": true, "лесн": true,
	"речн": true, "степн": true, "запасн": true, "выходн": true, "часов": true,
	"годов": true, "головн": true, "стальн": true, "ледян": true, "цветн": true,
	"ручн": true, "жив": true, "слеп": true, "глух": true, "сух": true,
	"худ": true, "зл": true, "густ": true, "пуст": true, "прям": true,
	"свят": true, "сед": true, "крут": true, "туг": true, "холост": true,
	"чуж": true, "смешн": true, "боков": true, "веков": true,
}

// adjectiveNominative puts an adjective in the nominative of the given
// gender and number: "Японской" → "японская" (f), "Шаньдунского" →
// "шаньдунское" (n), "Арабских" → "арабские" (plural).
func adjectiveNominative(w string, gender byte, plural bool) string {
	lw := Lower(w)
	end, _, _ := adjectiveEnding(lw)
	if end == "" {
		return lw
	}
	stem := strings.TrimSuffix(lw, end)
	last := lastRune(stem)
	velar := strings.ContainsRune("кгх", last)
	sibilant := strings.ContainsRune("жшщч", last)
	soft := !velar && !sibilant && strings.ContainsAny(end[:2], "еяюи") && end != "ие" && end != "их" && end != "им" && end != "ими" ||
		(end == "ие" || end == "их" || end == "им" || end == "ими" || end == "ий") && !velar && !sibilant
	switch {
	case plural:
		if soft || velar || sibilant {
			return stem + "ие"
		}
		return stem + "ые"
	case gender == 'f':
		if soft {
			return stem + "яя"
		}
		return stem + "ая"
	case gender == 'n':
		if soft || sibilant {
			return stem + "ее"
		}
		return stem + "ое"
	}
	// Masculine, or unknown: the masculine form.
	if end == "ой" {
		return lw // "Мировой": a stressed masculine nominative
	}
	if stressedAdjectives[stem] {
		return stem + "ой" // "областного" → "областной", as "районного" → "районный"
	}
	if sibilant && (end == "ого" || end == "ому" || end == "ом") {
		return stem + "ой" // "Большого": stressed, as "хорошего" is not
	}
	if soft || velar || sibilant {
		return stem + "ий"
	}
	return stem + "ый"
}
