package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/normalize"
)

// The words layer: tests of a word's shape and ending that more than one
// recognizer uses. They read a word (or a token of the view) and the
// language knowledge of normalize, nothing a recognizer found.

// isInitial reports a capital letter followed by a period: "В." of "В.Матвиенко".
func isInitial(v *tokenView, k int) bool {
	w := v.tokText(k)
	_, size := utf8.DecodeRuneInString(w)
	return w != "" && size == len(w) && k+1 < len(v.toks) && v.isPunct(k+1, ".")
}

// flatten writes a span on one line with single spaces.
func flatten(s string) string {
	if !strings.ContainsAny(s, "\n\t\u00a0  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// genitiveLike reports a lower-case word that can be a genitive (of a noun
// or adjective) in a name's chain and is no verb.
func genitiveLike(w string) bool {
	if utf8.RuneCountInString(w) < 3 || lex.stop(w, chainStop) {
		return false
	}
	for _, e := range []string{"ет", "ит", "ют", "ят", "ать", "ить", "еть", "ся", "сь", "ал", "ил", "ел", "ла", "ло", "али", "или", "ели", "ыли", "яли"} {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	if strings.HasSuffix(w, "ами") || strings.HasSuffix(w, "ями") || strings.HasSuffix(w, "ими") || strings.HasSuffix(w, "ыми") {
		return false // instrumental plurals: "своими текстами"
	}
	for _, e := range []string{"ого", "его", "ой", "ей", "ых", "их", "а", "я", "ы", "и", "ов", "ев", "ий", "ств", "ций", "ний", "ию"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// obliqueLike reports a lower-case word in an oblique case (a noun or an
// adjective), for "по" and "при" complements.
func obliqueLike(w string) bool {
	if utf8.RuneCountInString(w) < 3 || lex.stop(w, chainStop) {
		return false
	}
	for _, e := range []string{"ет", "ит", "ют", "ят", "ать", "ить", "ся", "сь", "ал", "ил", "ла", "ло", "ли"} {
		if strings.HasSuffix(w, e) && !strings.HasSuffix(w, "ии") {
			return false
		}
	}
	for _, e := range []string{"ому", "ему", "ой", "ей", "ым", "им", "ам", "ям", "у", "ю", "е", "и", "ов", "ев", "ых", "их", "а", "я", "ы", "ами", "ями", "ах", "ях"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// obliqueAfter reports a lower-case word in an oblique case after prev:
// obliqueLike, an instrumental after "с" or "за" ("за оборотом"), or a
// genitive plural noun after a genitive plural adjective
// ("информационных технологий", "массовых коммуникаций").
func obliqueAfter(prev, w string) bool {
	if obliqueLike(w) || genitivePluralAfter(prev, w) {
		return true
	}
	if (prev == "с" || prev == "со" || prev == "за") && utf8.RuneCountInString(w) >= 3 && hasAnySuffix(w, instrumentalEnds) {
		return true
	}
	return hasAnySuffix(prev, genitivePluralAdjEnds) && strings.HasSuffix(w, "ий") && utf8.RuneCountInString(w) >= 4
}

var genitivePluralAdjEnds = []string{"ых", "их"}

// pluralForm reports a noun form only plural readings explain.
func pluralForm(w string) bool {
	as := normalize.Analyze(w)
	return len(as) > 0 && allPlural(as)
}

func allPlural(as []normalize.Analysis) bool {
	for _, a := range as {
		if !a.Plural {
			return false
		}
	}
	return true
}

// capitalizeFirst writes the first letter in upper case.
func capitalizeFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// isLatinWord reports a word that starts with a Latin letter.
func isLatinWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r < 0x250 && unicode.IsLetter(r)
}

// latinLike reports text in Latin letters, digits, spaces and the marks
// names use.
func latinLike(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && r >= 0x250 {
			return false
		}
	}
	return true
}

// romanNumeral reports a Roman numeral in Latin or look-alike Cyrillic
// letters: "XXI", "ХХ".
func romanNumeral(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune("IVXLCDMХІ", r) {
			return false
		}
	}
	return w != ""
}

// isDigits reports a non-empty run of ASCII digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			return true
		case (c == 0xD0 || c == 0xD1) && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			i++ // a Cyrillic letter: no digit
		case c >= 0x80:
			// Beyond ASCII and Cyrillic: the tables.
			return strings.IndexFunc(w[i:], unicode.IsDigit) >= 0
		}
	}
	return false
}

// genitivePluralAfter reports a genitive plural without an ending after a
// genitive plural adjective: "иностранных дел". A long word in -л is
// the verb after a name ("Суд присяжных признал"), not a genitive.
func genitivePluralAfter(prev, w string) bool {
	n := utf8.RuneCountInString(w)
	return hasAnySuffix(prev, genitivePluralAdjEnds) && n >= 3 && !strings.ContainsRune("аеиоуыэюяйь", lastRune(w)) &&
		!(n >= 7 && verbGender(w) == 'm')
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// headLemma is the lemma of a possible head noun; "сборная" (a team) is
// an adjective used as a noun and keeps its adjectival endings.
func headLemma(w string) string {
	if strings.HasPrefix(w, "сборн") && !strings.HasSuffix(w, "ые") && !strings.HasSuffix(w, "ых") {
		return "сборная"
	}
	return normalize.NounLemma(w)
}

// agrees reports whether a cue noun and the name after it end alike, as
// a name that declines with its cue does ("реки Славянки", "городе
// Москве"); a name that does not ("провинции Хэйлунцзян") stays as
// written.
func agrees(cue, name string) bool {
	for _, end := range []string{"и", "ы", "у", "ю", "е", "ой", "ом", "ем"} {
		if strings.HasSuffix(cue, end) && strings.HasSuffix(name, end) {
			return true
		}
	}
	return false
}

// adjectival reports a lower-case word with an adjective's ending that is
// no noun's suffix ("решение", "правительством" are nouns; see
// normalize.NounSuffix).
func adjectival(w string) bool {
	if len(w) < 4 {
		return false
	}
	end := w[len(w)-4:] // the last two Cyrillic letters
	switch {
	case adjectiveEnd2(end):
		return utf8.RuneCountInString(w) >= 5 && !normalize.NounSuffix(w)
	case end == "го" || end == "му":
		// "-ого", "-его", "-ому", "-ему".
		if len(w) >= 6 && (w[len(w)-6:len(w)-4] == "о" || w[len(w)-6:len(w)-4] == "е") {
			return utf8.RuneCountInString(w) >= 6
		}
	}
	return false
}

// adjectiveEnd2 reports a two-letter ending of adjectives.
func adjectiveEnd2(e string) bool {
	switch e {
	case "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие",
		"ом", "ем", "ым", "им", "ую", "юю", "ей", "ых", "их":
		return true
	}
	return false
}

// capitalized writes a name given in capitals with ordinary
// capitalization, and leaves other names as they are.
func capitalized(s string) string {
	if normalize.IsUpper(s) && utf8.RuneCountInString(s) > 4 {
		return normalize.Capitalize(s)
	}
	return s
}

// sentenceStart reports whether token i starts a sentence or a line.
func sentenceStart(v *tokenView, i int) bool {
	p := v.prev(i)
	return p < 0 || v.isPunct(p, ".!?…\"«—-–") || v.tokText(p) == "--"
}

// foldYo writes ё as е, as gazetteer keys do.
func foldYo(w string) string {
	if !strings.Contains(w, "ё") {
		return w
	}
	return strings.ReplaceAll(w, "ё", "е")
}

// isCyrillic reports a Cyrillic letter.
func isCyrillic(r rune) bool {
	return r >= 0x400 && r <= 0x4FF
}

// quoted reports a name that quotes enclose exactly: «Колумбия» is a
// shuttle, «Сколково» a project.
func quoted(v *tokenView, i, end int) bool {
	return v.isPunct(v.prev(i), "«\"„“") && v.isPunct(v.next(end), "»\"“”")
}

func hasAnySuffix(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isVowel reports a Russian vowel letter.
func isVowel(r rune) bool { return strings.ContainsRune("аеёиоуыэюяАЕЁИОУЫЭЮЯ", r) }

// latinStarts lists the Latin letters a word may start with when its
// Cyrillic form starts with a letter: Palladius "Цзяи" is "Jiayi", "Хэ" is
// "He", Hepburn "Сасаки" "Sasaki".
var latinStarts = map[rune]string{
	'а': "a", 'б': "b", 'в': "vw", 'г': "gh", 'д': "dj", 'е': "ey", 'ё': "y", 'ж': "zjr", 'з': "z",
	'и': "iy", 'й': "y", 'к': "kcq", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "pb", 'р': "rl",
	'с': "sx", 'т': "td", 'у': "uwo", 'ф': "f", 'х': "hk", 'ц': "ctqjz", 'ч': "czj", 'ш': "sx", 'щ': "s",
	'э': "ea", 'ю': "yj", 'я': "yj",
}

// spells reports whether a Latin form can spell a Cyrillic name: as many
// words (initials may be joined: "JK Shin" for "Дж. К. Шин"), each
// starting with a letter the Cyrillic word's first letter allows.
func spells(latin, cyr string) bool {
	lw := strings.Fields(latin)
	cw := strings.FieldsFunc(cyr, func(r rune) bool { return r == ' ' || r == '.' || r == '\u00a0' })
	if len(lw) == 0 || len(cw) == 0 {
		return false
	}
	if len(lw) != len(cw) {
		// "JK Shin" for "Дж. К. Шин": initials joined into one word.
		if len(lw) >= len(cw) || !normalize.IsUpper(lw[0]) || len(lw[0]) != len(cw)-len(lw)+1 {
			return false
		}
		letters := []string{}
		for _, r := range lw[0] {
			letters = append(letters, string(r))
		}
		lw = append(letters, lw[1:]...)
	}
	for k := 0; k < len(lw) && k < len(cw); k++ {
		c, _ := utf8.DecodeRuneInString(normalize.Lower(cw[len(cw)-1-k]))
		l, _ := utf8.DecodeRuneInString(strings.ToLower(lw[len(lw)-1-k]))
		if !strings.ContainsRune(latinStarts[c], l) {
			return false
		}
	}
	return true
}

// quoteEnd returns the closing mark of the quotation opened at token
// open, within a few words on the same line, or -1.
func quoteEnd(v *tokenView, open int) int {
	closing := map[string]string{"«": "»", "„": "“", "\"": "\""}[v.tokText(open)]
	for k, n := open+1, 0; k < len(v.toks) && n < 12; k, n = k+1, n+1 {
		if v.toks[k].kind == space && v.toks[k].lines > 0 {
			return -1
		}
		if v.isPunct(k, closing) {
			return k
		}
	}
	return -1
}

// firstWord returns s up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

// isCyrillicName reports whether a name starts with a Cyrillic letter
// (after any quotes).
func isCyrillicName(s string) bool {
	for _, r := range s {
		if r == '«' || r == '"' {
			continue
		}
		return isCyrillic(r)
	}
	return false
}

// surnameLike reports whether a capitalized word ends like a surname:
// "Ветров", "Шевченко", "Пашинян".
func surnameLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !isUpper(r) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	lw := w
	if normalize.IsUpper(w) {
		lw = normalize.Lower(w) // the endings are in lower case, as the rest of the word is
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// initialsMatch reports whether an acronym's letters begin words of the
// name in order, the first letter the first word's ("СКМТ" of "Совет КНР
// по содействию международной торговле": С, К, М, Т; words may be skipped).
func initialsMatch(acr, name string) bool {
	return nameInitials(name).match(acronymLetters(acr))
}

// initials are the words of a name as initialsMatch reads them: lower
// case, split at spaces, hyphens, quotes and inner capitals, without a
// leading legal form.
type initials [][]rune

// nameInitials splits a name for initialsMatch.
func nameInitials(name string) initials {
	words := strings.FieldsFunc(camelSplit(name), func(r rune) bool { return r == ' ' || r == '-' || r == '«' || r == '»' || r == '"' })
	if len(words) > 1 && lex.acronym(words[0], legalForm) {
		words = words[1:] // "ПАО «Мобильные ТелеСистемы» (МТС)"
	}
	out := make(initials, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

// acronymLetters are an acronym's letters in lower case.
func acronymLetters(acr string) []rune { return []rune(normalize.Lower(acr)) }

// first is the letter an acronym of the name must start with, or -1.
func (ws initials) first() rune {
	if len(ws) == 0 {
		return -1
	}
	return ws[0][0]
}

// match reports whether letters (an acronym's, lower case) begin the
// words in order, as initialsMatch says.
func (ws initials) match(letters []rune) bool {
	if len(letters) == 0 || len(ws) == 0 || ws[0][0] != letters[0] {
		return false
	}
	li := 1
	for _, r := range ws[1:] {
		if li == len(letters) {
			break
		}
		if r[0] == letters[li] {
			li++
			// An acronym inside the name lends all its letters: "КНР".
			for _, c := range r[1:] {
				if li < len(letters) && c == letters[li] && len(r) <= 4 {
					li++
				}
			}
		}
	}
	return li == len(letters)
}

// surnameEndings are the endings of most Russian, Ukrainian, Georgian and
// Armenian surnames, in the nominative and the oblique cases.
var surnameEndings = []string{
	"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "ова", "ева", "ина", "ына",
	"ская", "цкая", "ко", "ук", "юк", "ич", "ян", "дзе", "швили", "их", "ых",
	"ову", "овым", "ове", "еву", "евым", "ину", "иным",
}
