package normalize

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Declension says how a name declines where its ending does not tell.
// The zero value lets Forms decide from the ending.
type Declension struct {
	// Feminine marks a feminine noun in -ь ("Казань", "Сибирь"); a name
	// in -ь is otherwise masculine ("Цзинань", "Тайвань").
	Feminine bool
	// Indeclinable marks a name that never changes ("Осло", "Палау").
	// Names in -о, -е, -и, -у, -ю, -э are indeclinable without it.
	Indeclinable bool
	// Plural marks a plural name in -и ("Гавайи"); names in -ы and names
	// after plural adjectives are plural without it.
	Plural bool
	// Stem is the oblique stem of a noun with a fleeting vowel, as the
	// name writes it: "Египт" for "Египет".
	Stem string
	// Noun marks a one-word name that is a noun although it ends like an
	// adjective: "Дмитрий", "Георгий" (not "Грозный").
	Noun bool
}

// ParseDeclension reads a declension written as a gazetteer writes it:
// "" (from the ending), "f", "ind", "pl", "noun", "stem=Египт", or several of them
// separated by commas.
func ParseDeclension(s string) (Declension, error) {
	var d Declension
	if s == "" {
		return d, nil
	}
	for _, p := range strings.Split(s, ",") {
		switch {
		case p == "f":
			d.Feminine = true
		case p == "ind":
			d.Indeclinable = true
		case p == "pl":
			d.Plural = true
		case p == "noun":
			d.Noun = true
		case strings.HasPrefix(p, "stem=") && len(p) > len("stem="):
			d.Stem = p[len("stem="):]
		default:
			return d, fmt.Errorf("normalize: unknown declension %q", p)
		}
	}
	return d, nil
}

// String writes the declension as [ParseDeclension] reads it: "" for
// none, else "f", "ind", "pl", "noun" and "stem=..." joined by commas.
func (d Declension) String() string {
	b, _ := d.AppendText(nil)
	return string(b)
}

// AppendText appends the declension as String writes it to b (it
// implements [encoding.TextAppender]); it never fails.
func (d Declension) AppendText(b []byte) ([]byte, error) {
	start := len(b)
	part := func(p string) {
		if len(b) > start {
			b = append(b, ',')
		}
		b = append(b, p...)
	}
	if d.Feminine {
		part("f")
	}
	if d.Indeclinable {
		part("ind")
	}
	if d.Plural {
		part("pl")
	}
	if d.Noun {
		part("noun")
	}
	if d.Stem != "" {
		part("stem=")
		b = append(b, d.Stem...)
	}
	return b, nil
}

// Forms returns the forms of a proper name given in the nominative, in
// every case, the nominative first and without repeats: the head noun and
// the adjectives before it decline, the words after the head stay
// ("Республика Корея" → "Республики Корея"), and of a hyphenated noun the
// last part declines ("Нью-Йорка") unless a "-на-" joins it ("Ростова-на-Дону").
// Capitalization follows the name. Place names are inanimate: the
// accusative of a masculine name is its nominative.
//
//	Forms("Хабаровский край", Declension{}) // Хабаровский край, Хабаровского края, Хабаровскому краю, ...
//	Forms("Цзинань", Declension{})          // Цзинань, Цзинаня, Цзинаню, Цзинанем, Цзинане
func Forms(name string, d Declension) []string {
	out := make([]string, 0, 8)
	for _, fs := range Cases(name, d) {
		for _, f := range fs {
			if !slices.Contains(out, f) { // a dozen forms at most
				out = append(out, f)
			}
		}
	}
	return out
}

// Cases is Forms by case, in the order nominative, genitive, dative,
// accusative, instrumental, prepositional; the nominative is the name as
// written. The accusative is an inanimate one; a person's accusative is
// the genitive (masculine names) or the accusative given (feminine in -а).
func Cases(name string, d Declension) [6][]string {
	words := strings.Split(name, " ")
	head := 0
	for head < len(words) && !d.Noun && nominativeAdjective(lastPart(words[head])) != "" {
		head++
	}
	plural, neuter := d.Plural, false
	for _, w := range words[:head] {
		switch nominativeAdjective(lastPart(w)) {
		case "ые", "ие":
			plural = true
		case "ое", "ее":
			neuter = true
		}
	}
	var nouns [6][]string
	if head < len(words) {
		nouns = nounForms(words[head], d, plural, neuter)
	} else {
		// Adjectives only: "Большой Уссурийский" (остров).
		for c := range nouns {
			nouns[c] = []string{""}
		}
	}
	var out [6][]string
	out[0] = []string{name}
	if len(words) == 1 && head == 0 {
		// One noun, the common case: its forms are the name's.
		for c := 1; c < 6; c++ {
			out[c] = nouns[c]
		}
		return out
	}
	for c := 1; c < 6; c++ {
		for _, n := range nouns[c] {
			parts := make([]string, len(words))
			copy(parts, words)
			if head < len(words) {
				parts[head] = n
			}
			for k := range words[:head] {
				parts[k] = adjectiveForm(words[k], c, plural)
			}
			out[c] = append(out[c], strings.Join(parts, " "))
		}
	}
	return out
}

// lastPart is the part of a hyphenated word after its last hyphen.
func lastPart(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return w
}

// nominativeAdjective returns the nominative ending of an adjective, or "".
func nominativeAdjective(w string) string {
	lw := Lower(w)
	if utf8.RuneCountInString(lw) < 5 || NounSuffix(lw) {
		return ""
	}
	for _, e := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"} {
		if strings.HasSuffix(lw, e) {
			return e
		}
	}
	return ""
}

// adjEnds are the adjective endings by nominative ending, in the order of
// caseOrder, for inanimate nouns. Velar and sibilant stems change ы to и
// when the form is made.
var adjEnds = map[string][6]string{
	"ый": {"ый", "ого", "ому", "ый", "ым", "ом"},
	"ой": {"ой", "ого", "ому", "ой", "ым", "ом"},
	"ий": {"ий", "его", "ему", "ий", "им", "ем"},
	"ая": {"ая", "ой", "ой", "ую", "ой", "ой"},
	"яя": {"яя", "ей", "ей", "юю", "ей", "ей"},
	"ое": {"ое", "ого", "ому", "ое", "ым", "ом"},
	"ее": {"ее", "его", "ему", "ее", "им", "ем"},
	"ые": {"ые", "ых", "ым", "ые", "ыми", "ых"},
	"ие": {"ие", "их", "им", "ие", "ими", "их"},
}

// adjectiveForm declines an adjective in the nominative (the last part of
// a hyphenated one) into case c.
func adjectiveForm(w string, c int, plural bool) string {
	prefix, part := "", w
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		prefix, part = w[:i+1], w[i+1:]
	}
	end := nominativeAdjective(part)
	stem := part[:len(part)-len(end)]
	last := lastRune(stem)
	velar := strings.ContainsRune("кгхКГХ", last)
	sibilant := strings.ContainsRune("жшщчЖШЩЧ", last)
	key := end
	switch {
	case end == "ий" && (velar || sibilant):
		key = "ый" // "Хабаровский": -ого, -ому, -им, -ом
	case end == "ие" && (velar || sibilant):
		key = "ые"
	}
	if plural && key != "ые" && key != "ие" {
		// A plural noun after a singular-looking adjective cannot happen
		// in a name; keep the singular endings.
		plural = false
	}
	e := adjEnds[key][c]
	if velar || sibilant {
		e = strings.Replace(e, "ы", "и", 1)
	}
	if sibilant && key != "ой" && (e == "ого" || e == "ому" || e == "ом") {
		e = "е" + e[len("о"):] // "Свежего"
	}
	return prefix + withCase(part, Lower(stem)+e)
}

// nounForms declines a head noun (the name's own capitalization kept)
// into the six cases.
func nounForms(w string, d Declension, plural, neuterAdj bool) [6][]string {
	var out [6][]string
	parts := strings.Split(w, "-")
	k := len(parts) - 1
	for i, p := range parts {
		if Lower(p) == "на" && i > 0 {
			k = i - 1
			break
		}
	}
	word := parts[k]
	forms := declineWord(Lower(word), d, plural, neuterAdj)
	stem := Lower(d.Stem)
	for c := range out {
		for _, f := range forms[c] {
			if stem != "" && c != 0 && !(c == 3 && !strings.HasSuffix(word, "а")) {
				f = stem + strings.TrimPrefix(f, Lower(word))
			}
			if len(parts) == 1 {
				out[c] = append(out[c], withCase(word, f)) // no hyphen to join
				continue
			}
			ps := make([]string, len(parts))
			copy(ps, parts)
			ps[k] = withCase(word, f)
			out[c] = append(out[c], strings.Join(ps, "-"))
		}
	}
	return out
}

// declineWord declines one lower-case noun: from the lexicon when it
// knows it, else by its ending.
func declineWord(w string, d Declension, plural, neuterAdj bool) [6][]string {
	var out [6][]string
	if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		d.Indeclinable = true // quotes, digits, Latin marks: "«Полюс»", "G20"
	}
	num := 0
	if plural {
		num = 1
	}
	if lex, err := loadNouns(); err == nil {
		if tab := lex.table[w]; tab != nil && !plural {
			return tab[0]
		}
		// A plural name the lexicon knows by its singular: "Штаты".
		for _, a := range lex.forms[w] {
			if a.Plural == plural && a.Case == Nominative && lex.table[a.Lemma] != nil {
				return lex.table[a.Lemma][num]
			}
		}
	}
	same := func() [6][]string {
		for c := range out {
			out[c] = []string{w}
		}
		return out
	}
	if d.Indeclinable {
		return same()
	}
	if lex, err := loadNouns(); err == nil {
		// A compound ending in a noun the lexicon knows declines like it:
		// "Ленобласть" like "область".
		if lemma, tab := lexSuffix(lex, w); tab != nil {
			prefix := strings.TrimSuffix(w, lemma)
			for c, fs := range tab[num] {
				for _, f := range fs {
					out[c] = append(out[c], prefix+f)
				}
			}
			return out
		}
	}
	class, base := "", w
	switch {
	case plural || strings.HasSuffix(w, "ы"):
		return pluralForms(w)
	case len(w) > 2 && strings.HasSuffix(w, "а") && strings.ContainsRune("аеиоуэ", lastRune(strings.TrimSuffix(w, "а"))):
		return same() // "Самоа", "Гоа"
	case strings.HasSuffix(w, "ия"):
		class, base = "fия", strings.TrimSuffix(w, "ия")
	case strings.HasSuffix(w, "а"):
		class, base = "fа", strings.TrimSuffix(w, "а")
	case strings.HasSuffix(w, "я"):
		class, base = "fя", strings.TrimSuffix(w, "я")
	case strings.HasSuffix(w, "ь") && d.Feminine:
		class, base = "fь", strings.TrimSuffix(w, "ь")
	case strings.HasSuffix(w, "ь"):
		class, base = "mь", strings.TrimSuffix(w, "ь")
	case strings.HasSuffix(w, "ий") && utf8.RuneCountInString(w) > 3:
		class, base = "mий", strings.TrimSuffix(w, "ий") // "Юрий": "Юрии"
	case strings.HasSuffix(w, "й"):
		class, base = "mй", strings.TrimSuffix(w, "й")
	case strings.HasSuffix(w, "ье"):
		class, base = "nе", strings.TrimSuffix(w, "е") // "Приморье"
	case strings.HasSuffix(w, "ство") || strings.HasSuffix(w, "о") && neuterAdj:
		class, base = "nо", strings.TrimSuffix(w, "о") // "Соединенное Королевство"
	case strings.HasSuffix(w, "ово") || strings.HasSuffix(w, "ево") || strings.HasSuffix(w, "ино") || strings.HasSuffix(w, "ыно"):
		// "в Сколково" and "в Сколкове": both are written.
		out = declineClass("nо", strings.TrimSuffix(w, "о"), 0)
		for c := range out {
			if c != 0 && c != 3 {
				out[c] = append([]string{w}, out[c]...)
			}
		}
		return out
	case strings.ContainsRune("оеиуюэыё", lastRune(w)):
		return same()
	case strings.HasSuffix(w, "ец"):
		if stem, ok := fleetingEts(w); ok && d.Stem == "" {
			// "боец": "бойца", "бойцом"; the nominative and the
			// inanimate accusative keep the е.
			out = declineClass("m0", stem, num)
			out[0], out[3] = []string{w}, []string{w}
			return out
		}
		class = "m0"
	default:
		class = "m0"
	}
	return declineClass(class, base, num)
}

// declineClass makes the forms of one number of a declension class.
func declineClass(class, base string, num int) [6][]string {
	var out [6][]string
	p := paradigms[class]
	ends := p.sg
	if num == 1 {
		ends = p.pl
	}
	for c, e := range ends {
		if num == 0 && c == 3 && class[0] != 'f' {
			e = ends[0] // inanimate accusative
		}
		out[c] = spell(base, e, class, c, num == 1)
	}
	return out
}

// pluralForms declines a plural name by its nominative ending:
// "Нидерланды" → "Нидерландов", "Курилы" → "Курил".
func pluralForms(w string) [6][]string {
	var out [6][]string
	base := strings.TrimRight(w, "ыи")
	if base == w {
		for c := range out {
			out[c] = []string{w}
		}
		return out
	}
	out[0] = []string{w}
	out[3] = []string{w}
	soft := strings.HasSuffix(w, "и") && !strings.ContainsRune("кгхжшщч", lastRune(base))
	if soft {
		out[1] = []string{base + "ей", base + "ий"}
		if lastRune(base) == 'й' {
			out[1] = []string{base + "ев"} // "Гавайи" → "Гавайев"
		}
		out[2] = []string{base + "ям"}
		out[4] = []string{base + "ями"}
		out[5] = []string{base + "ях"}
		return out
	}
	out[1] = []string{base + "ов", base}
	if r := []rune(base); len(r) > 2 && r[len(r)-1] == 'к' {
		out[1] = append(out[1], string(r[:len(r)-1])+"ок") // "Химок"
	}
	out[2] = []string{base + "ам"}
	out[4] = []string{base + "ами"}
	out[5] = []string{base + "ах"}
	return out
}

// lexSuffix returns the longest lexicon noun of at least four letters
// that w ends in after a prefix of at least three letters, with its forms,
// or a nil table.
func lexSuffix(lex *nounLexicon, w string) (string, *[2][6][]string) {
	r := []rune(w)
	for i := 3; i+4 <= len(r); i++ {
		lemma := string(r[i:])
		if tab := lex.table[lemma]; tab != nil {
			return lemma, tab
		}
	}
	return "", nil
}

// vowels are the Russian vowel letters.
const vowels = "аеёиоуыэюя"

// fleetingEts returns the oblique stem of a noun in "-ец" whose е drops
// in its other cases: a single consonant after a vowel before it
// ("отец" → "отц", "Елец" → "Ельц", "владелец" → "владельц"), or a
// vowel, where the е becomes "й" ("боец" → "бойц"). Two consonants keep
// it: "мудрец" → "мудреца", "кузнец" → "кузнеца".
func fleetingEts(w string) (string, bool) {
	base, ok := strings.CutSuffix(w, "ец")
	r := []rune(base)
	if !ok || len(r) < 2 {
		return "", false
	}
	last, prev := r[len(r)-1], r[len(r)-2]
	switch {
	case strings.ContainsRune(vowels, unicode.ToLower(last)):
		return base + "йц", true
	case !strings.ContainsRune(vowels, unicode.ToLower(prev)) || last == 'й' || last == 'ь':
		return "", false
	case last == 'л':
		return base + "ьц", true
	}
	return base + "ц", true
}

// etsNominative returns the nominative of a noun the lexicon lacks from
// an oblique stem that ends in a consonant and "ц", which no nominative
// in "-ец" keeps ("бойц" → "боец", "пальц" → "палец", "отц" → "отец"),
// or false. A capitalized name after "н", "р" or "л" is likely a loan
// that keeps its consonants ("Майнца", "Шварца", "Пфальца"), and
// "-ица", "-еца" are not this, nor "убийца", a nominative.
func etsNominative(stem string, lowerInitial bool) (string, bool) {
	base, ok := strings.CutSuffix(stem, "ц")
	r := []rune(base)
	if !ok || len(r) < 2 || strings.HasSuffix(base, "убий") {
		return "", false
	}
	last := r[len(r)-1]
	switch {
	case strings.ContainsRune(vowels+"ц", last):
		return "", false
	case !lowerInitial && strings.ContainsRune("нрл", last), !lowerInitial && strings.HasSuffix(base, "ль"):
		return "", false
	case last == 'й' || last == 'ь':
		return string(r[:len(r)-1]) + "ец", true
	}
	return base + "ец", true
}
