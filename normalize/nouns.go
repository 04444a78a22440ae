package normalize

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed nouns.tsv
var nounFiles embed.FS

// Case is a grammatical case.
type Case string

// The six cases of Russian nouns.
const (
	Nominative    Case = "nom"
	Genitive      Case = "gen"
	Dative        Case = "dat"
	Accusative    Case = "acc"
	Instrumental  Case = "ins"
	Prepositional Case = "loc"
)

var caseOrder = []Case{Nominative, Genitive, Dative, Accusative, Instrumental, Prepositional}

// Analysis is one reading of a noun form: its dictionary form, case and
// number.
type Analysis struct {
	Lemma  string
	Case   Case
	Plural bool
}

// paradigm gives the endings of a declension class, singular then plural,
// in the order of caseOrder. The lemma is the stem plus the nominative
// singular ending.
type paradigm struct {
	sg, pl [6]string
}

// Declension classes. The names say gender and the nominative ending:
// m0 "завод", mь "пользователь", mй "музей", mий "комментарий", fа
// "страна", fя "неделя", fия "компания", fь "площадь", nо "место", nие
// "соглашение", nе "поле". Spelling rules (ы after к, г, х, ж, ш, щ, ч
// written и; о after ж, ш, щ, ч, ц written е) are applied when forms are
// made.
var paradigms = map[string]paradigm{
	"m0":  {[6]string{"", "а", "у", "", "ом", "е"}, [6]string{"ы", "ов", "ам", "ы", "ами", "ах"}},
	"mь":  {[6]string{"ь", "я", "ю", "ь", "ем", "е"}, [6]string{"и", "ей", "ям", "и", "ями", "ях"}},
	"mй":  {[6]string{"й", "я", "ю", "й", "ем", "е"}, [6]string{"и", "ев", "ям", "и", "ями", "ях"}},
	"mий": {[6]string{"ий", "ия", "ию", "ий", "ием", "ии"}, [6]string{"ии", "иев", "иям", "ии", "иями", "иях"}},
	"fа":  {[6]string{"а", "ы", "е", "у", "ой", "е"}, [6]string{"ы", "", "ам", "ы", "ами", "ах"}},
	"fя":  {[6]string{"я", "и", "е", "ю", "ей", "е"}, [6]string{"и", "ь", "ям", "и", "ями", "ях"}},
	"fия": {[6]string{"ия", "ии", "ии", "ию", "ией", "ии"}, [6]string{"ии", "ий", "иям", "ии", "иями", "иях"}},
	"fь":  {[6]string{"ь", "и", "и", "ь", "ью", "и"}, [6]string{"и", "ей", "ям", "и", "ями", "ях"}},
	"nо":  {[6]string{"о", "а", "у", "о", "ом", "е"}, [6]string{"а", "", "ам", "а", "ами", "ах"}},
	"nие": {[6]string{"ие", "ия", "ию", "ие", "ием", "ии"}, [6]string{"ия", "ий", "иям", "ия", "иями", "иях"}},
	"nе":  {[6]string{"е", "я", "ю", "е", "ем", "е"}, [6]string{"я", "ей", "ям", "я", "ями", "ях"}},
	// Indeclinable: every form is the lemma ("евро", "тенге", "кафе").
	"ind": {},
}

// nounLexicon maps every form of every lexicon noun to its analyses.
type nounLexicon struct {
	forms  map[string][]Analysis
	lemmas map[string]bool
	gender map[string]byte // lemma → 'm', 'f', 'n', or 0 for indeclinables
	// nomPlural is each lemma's nominative plural, the first the table
	// gives when there are two ("годы", not "года").
	nomPlural map[string]string
	// table holds each lemma's forms by number (singular, plural) and
	// case, for Forms.
	table map[string]*[2][6][]string
}

var loadNouns = sync.OnceValues(func() (*nounLexicon, error) {
	data, err := nounFiles.ReadFile("nouns.tsv")
	if err != nil {
		return nil, err
	}
	lex := &nounLexicon{forms: map[string][]Analysis{}, lemmas: map[string]bool{}, gender: map[string]byte{}, nomPlural: map[string]string{}, table: map[string]*[2][6][]string{}}
	header := true
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("normalize: nouns.tsv:%d: %d fields, want 4", n+1, len(f))
		}
		if err := lex.add(f[0], f[1], f[2], f[3]); err != nil {
			return nil, fmt.Errorf("normalize: nouns.tsv:%d: %v", n+1, err)
		}
	}
	for _, as := range lex.forms {
		sort.Slice(as, func(i, j int) bool { return less(as[i], as[j]) })
	}
	return lex, nil
})

func less(a, b Analysis) bool {
	if a.Lemma != b.Lemma {
		return a.Lemma < b.Lemma
	}
	if a.Plural != b.Plural {
		return !a.Plural
	}
	return caseIndex(a.Case) < caseIndex(b.Case)
}

func caseIndex(c Case) int {
	for i, x := range caseOrder {
		if x == c {
			return i
		}
	}
	return len(caseOrder)
}

// add makes every form of one lexicon noun. stem overrides the oblique
// stem (fleeting vowels: "рынок" → "рынк"); overrides lists irregular
// forms as case:form pairs ("gpl:лет", "gpl:масок"), "sg" for
// singular-only and "pl" for plural-only nouns.
func (lex *nounLexicon) add(lemma, class, stem, overrides string) error {
	p, ok := paradigms[class]
	if !ok {
		return fmt.Errorf("unknown class %q", class)
	}
	lex.lemmas[lemma] = true
	if class != "ind" {
		lex.gender[lemma] = class[0]
	}
	if class == "ind" {
		lex.nomPlural[lemma] = lemma
		for _, c := range caseOrder {
			lex.put(lemma, Analysis{lemma, c, false})
			lex.put(lemma, Analysis{lemma, c, true})
		}
		return nil
	}
	irregular := map[string]string{}
	singularOnly, pluralOnly := false, false
	if overrides != "" {
		for _, o := range strings.Split(overrides, " ") {
			switch o {
			case "sg":
				singularOnly = true
				continue
			case "pl":
				pluralOnly = true
				continue
			}
			k, v, ok := strings.Cut(o, ":")
			if !ok {
				return fmt.Errorf("bad override %q", o)
			}
			irregular[k] = v
		}
	}
	// A plural-only noun is listed by its plural ("сутки") and must give
	// its plural forms as overrides.
	nomEnd := p.sg[0]
	if !pluralOnly && !strings.HasSuffix(lemma, nomEnd) {
		return fmt.Errorf("%q does not end in %q for class %s", lemma, nomEnd, class)
	}
	base := strings.TrimSuffix(lemma, nomEnd)
	oblique := base
	if stem != "" {
		oblique = stem
	}
	tab := &[2][6][]string{}
	lex.table[lemma] = tab
	keys := [2][6]string{{"nom", "gen", "dat", "acc", "ins", "loc"}, {"npl", "gpl", "dpl", "apl", "ipl", "lpl"}}
	for num, ends := range [2][6]string{p.sg, p.pl} {
		if num == 0 && pluralOnly || num == 1 && singularOnly {
			continue
		}
		for ci, end := range ends {
			s := oblique
			if num == 0 && (ci == 0 || ci == 3 && (class == "m0" || class == "mь" || class == "mй" || class == "fь" || class == "nо" || class == "nе" || class == "nие")) {
				// The nominative, and an accusative like it, keep the
				// lemma's own stem ("рынок", not "рынк").
				s = base
			}
			forms := spell(s, end, class, ci, num == 1)
			if v, ok := irregular[keys[num][ci]]; ok {
				forms = strings.Split(v, ",")
			}
			tab[num][ci] = forms
			for _, form := range forms {
				lex.put(form, Analysis{lemma, caseOrder[ci], num == 1})
			}
			if num == 1 && ci == 0 && len(forms) > 0 {
				lex.nomPlural[lemma] = forms[0]
			}
		}
	}
	return nil
}

func (lex *nounLexicon) put(form string, a Analysis) {
	for _, x := range lex.forms[form] {
		if x == a {
			return
		}
	}
	lex.forms[form] = append(lex.forms[form], a)
}

// spell joins a stem and an ending under the spelling rules, and returns
// the variants a text may have.
func spell(stem, end, class string, ci int, plural bool) []string {
	last := lastRune(stem)
	velarOrSibilant := strings.ContainsRune("кгхжшщч", last)
	sibilantOrC := strings.ContainsRune("жшщчц", last)
	switch {
	case end == "ы" && velarOrSibilant:
		end = "и"
	case class == "m0" && plural && ci == 1 && strings.ContainsRune("жшщч", last):
		end = "ей" // "товарищей"
	case class == "m0" && plural && ci == 1 && last == 'ц':
		end = "ев" // "месяцев"
	case (end == "ом" || end == "ой") && sibilantOrC:
		// Stressed о or unstressed е: both are written.
		return []string{stem + end, stem + "е" + end[len("о"):]}
	}
	return []string{stem + end}
}

func lastRune(s string) rune {
	var r rune
	for _, x := range s {
		r = x
	}
	return r
}

// Analyze returns the readings of a lower-case noun form that the lexicon
// knows, in a fixed order (by lemma, singular first, then by case). It
// returns nil for a word the lexicon lacks; see [NounLemma] for a guess.
func Analyze(form string) []Analysis {
	lex, err := loadNouns()
	if err != nil {
		return nil
	}
	as := lex.forms[lookupKey(form)]
	if len(as) == 0 {
		return nil
	}
	out := make([]Analysis, len(as))
	copy(out, as)
	return out
}

// Known reports whether the lexicon knows form as a form of some noun:
// Analyze(form) != nil, without copying the readings.
func Known(form string) bool {
	lex, err := loadNouns()
	return err == nil && len(lex.forms[lookupKey(form)]) > 0
}

// guessEndings are plural and oblique endings with the nominative ending
// that replaces them, for nouns the lexicon lacks, longest first.
var guessEndings = []struct{ end, nom string }{
	{"иями", "ия"}, {"ениям", "ение"}, {"ениях", "ение"}, {"ений", "ение"}, {"ения", "ение"},
	{"иях", "ия"}, {"иям", "ия"}, {"ией", "ия"},
	{"ствий", "ствие"}, {"ний", "ние"}, {"тий", "тие"}, {"ций", "ция"}, {"сий", "сия"}, {"зий", "зия"},
	{"ями", "ь"}, {"ами", ""}, {"ов", ""}, {"ев", "й"}, {"ам", ""}, {"ах", ""},
	{"ям", "ь"}, {"ях", "ь"}, {"ей", "ь"}, {"ом", ""}, {"ем", "ь"},
	{"ы", ""}, {"а", ""},
}

// NounLemma returns the dictionary form (nominative singular) of a noun
// form: from the lexicon when it knows the word (the first reading), else
// a guess from its ending, which may be wrong for irregular nouns. The
// result is lower case.
func NounLemma(form string) string {
	lower := lookupKey(form)
	if lex, err := loadNouns(); err == nil {
		if as := lex.forms[lower]; len(as) > 0 {
			return as[0].Lemma // no copy: this is on every word's path
		}
	}
	for _, g := range guessEndings {
		if strings.HasSuffix(lower, g.end) && utf8.RuneCountInString(lower) > utf8.RuneCountInString(g.end)+2 {
			stem := strings.TrimSuffix(lower, g.end)
			if g.nom == "" || g.end == "ем" {
				r, _ := utf8.DecodeRuneInString(form)
				if n, ok := etsNominative(stem, !unicode.IsUpper(r)); ok {
					return n // "бойца" → "боец"
				}
			}
			return stem + g.nom
		}
	}
	return lower
}
