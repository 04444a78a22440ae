package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/normalize"
)

// The first names observed in NEREL's training gold (-first-names): the
// first words of its PERSON mentions of two or more words ("Хайко" of
// "Хайко Мааса"), put in the nominative, each with how often it starts
// one and how often its forms occur in the texts written with a capital.
// The extractor reads them (internal/lexicon/firstnames_observed.tsv)
// under the written firstnames.tsv, which they never repeat.
//
// A name is kept when it starts at least minNameMentions mentions and at
// least minNameShare of its forms' capitalized occurrences: a family name
// written first ("Путин Владимир") or a title ("Папа Франциск") starts
// some mentions but is mostly alone.
const (
	minNameMentions = 3
	minNameShare    = 0.5
)

// nameWordRE matches a capitalized Cyrillic word, with inner hyphens.
var nameWordRE = regexp.MustCompile(`^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*$`)

// observedName is a row of the observed first names.
type observedName struct {
	name     string
	gender   byte
	mentions int // the PERSON mentions it starts
	words    int // the capitalized occurrences of its forms in the texts
}

// observeFirstNames reads a NEREL split and returns the first names its
// gold shows that known (the written table's names, the East Asian family
// names) does not hold, by name.
func observeFirstNames(dir string, known map[string]bool) ([]observedName, error) {
	texts, ids, gold, err := readCorpus(dir, io.Discard)
	if err != nil {
		return nil, err
	}
	starts := map[string]int{} // a first word's surface → mentions
	words := map[string]int{}  // normalize.Key of a capitalized word → occurrences
	votes := map[string]int{}  // a first word's surface → women's verbs less men's
	for _, id := range ids {
		text := texts[id]
		for _, w := range wordRE.FindAllString(text, -1) {
			if nameWordRE.MatchString(w) {
				words[normalize.Key(w)]++
			}
		}
		seen := map[int]bool{} // nested mentions share their first word
		for _, m := range gold[id] {
			if m.Type != "PERSON" || m.Start < 0 || m.End > len(text) || m.Start >= m.End || seen[m.Start] {
				continue
			}
			parts := strings.Fields(text[m.Start:m.End])
			if len(parts) < 2 || !nameWordRE.MatchString(parts[0]) || !nameWordRE.MatchString(parts[1]) {
				continue // initials, Latin letters, a lone name
			}
			seen[m.Start] = true
			if !known[normalize.Key(parts[0])] {
				starts[parts[0]]++
				// "Уитни Хьюстон скончалась": the verb right after the
				// name says its gender (the one before it may have
				// another subject: "суд выдал Ратко Младича").
				if loc := wordRE.FindStringIndex(text[m.End:min(len(text), m.End+40)]); loc != nil && strings.TrimSpace(text[m.End:m.End+loc[0]]) == "" {
					switch verbGender(text[m.End+loc[0] : m.End+loc[1]]) {
					case 'f':
						votes[parts[0]]++
					case 'm':
						votes[parts[0]]--
					}
				}
			}
		}
	}
	return chooseNames(starts, words, votes, known), nil
}

// chooseNames groups the first words' surface forms by nominative and
// keeps the names that pass the thresholds. A nominative is a surface
// seen itself, whose case forms (as a man's name, or a woman's for one in
// -а or -я) hold the other surfaces; each surface goes to the nominative
// that covers the most mentions, chosen greedily, so that "Хайко",
// "Хайко" and "Мюриэл", "Мюриэл" stay and "Джозефа", "Джозефом" go to
// "Джозеф".
func chooseNames(starts, words, votes map[string]int, known map[string]bool) []observedName {
	surfaces := slices.Sorted(maps.Keys(starts))
	byKey := map[string][]string{}
	for _, s := range surfaces {
		byKey[normalize.Key(s)] = append(byKey[normalize.Key(s)], s)
	}
	type cand struct {
		name   string
		gender byte
		keys   []string // the keys of its forms
		covers []string
	}
	var cands []cand
	// The verbs' votes of the surfaces a nominative may cover.
	vote := func(name string) int {
		n := 0
		for _, e := range []string{"", "а", "я", "у", "ю", "ом", "ем", "ой", "ей", "е", "ы", "и"} {
			n += votes[name+e]
		}
		return n
	}
	for _, s := range surfaces {
		if known[normalize.Key(s)] || utf8.RuneCountInString(s) < 3 || hasSuffix(s, "ы", "ой", "ою", "ий", "ый") {
			continue // a case form ("Димы"), an adjective ("Святой"), a syllable ("Би")
		}
		g := nameGender(s, vote(strings.TrimRight(s, "ая")))
		d := normalize.Declension{Noun: true, Feminine: g == 'f'}
		if g == 'f' && !strings.ContainsRune("ая", lastRune(s)) {
			d = normalize.Declension{Indeclinable: true} // a woman's name in a consonant
		}
		c := cand{name: s, gender: g}
		for _, f := range normalize.Forms(s, d) {
			c.keys = append(c.keys, normalize.Key(f))
		}
		slices.Sort(c.keys)
		c.keys = slices.Compact(c.keys)
		for _, k := range c.keys {
			c.covers = append(c.covers, byKey[k]...)
		}
		cands = append(cands, c)
	}
	var out []observedName
	coverGreedily(cands, func(c cand) (string, []string) { return c.name, c.covers }, starts, func(c cand, n int) {
		o := observedName{name: c.name, gender: c.gender, mentions: n}
		for _, k := range c.keys {
			o.words += words[k]
		}
		if o.mentions >= minNameMentions && float64(o.mentions) >= minNameShare*float64(o.words) {
			out = append(out, o)
		}
	})
	slices.SortFunc(out, func(a, b observedName) int { return cmp.Compare(a.name, b.name) })
	return out
}

// nameGender tells a first name's gender: by the verbs next to its
// mentions where they agree with it more one way than the other
// ("Уитни Хьюстон скончалась", "Габдулла Тукай написал"), else by its
// ending: a name in "-а" or "-я" is a woman's ("Хулиана"), others a
// man's.
func nameGender(s string, vote int) byte {
	switch {
	case vote > 0:
		return 'f'
	case vote < 0:
		return 'm'
	case strings.ContainsRune("ая", lastRune(s)):
		return 'f'
	}
	return 'm'
}

// verbGender returns the gender a past-tense verb agrees in: 'f' for
// "заявила", "отметилась", 'm' for "заявил", 'm' for "отметился", 0 for
// any other word.
func verbGender(w string) byte {
	if utf8.RuneCountInString(w) < 4 || w != strings.ToLower(w) {
		return 0
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "сь"), "ся")
	for _, v := range []string{"и", "а", "е", "ы", "я"} {
		switch {
		case strings.HasSuffix(w, v+"ла"):
			return 'f'
		case strings.HasSuffix(w, v+"л"):
			return 'm'
		}
	}
	return 0
}

// hasSuffix reports whether s ends in one of ends.
func hasSuffix(s string, ends ...string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// knownNames returns the keys of every form of the written first names
// (internal/lexicon/firstnames.tsv) and of the East Asian family names,
// which the observed table leaves out.
func knownNames() (map[string]bool, error) {
	known := map[string]bool{}
	first, err := lexicon.Load("firstnames.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range first.Rows {
		name := r.Fields[0]
		for _, f := range normalize.Forms(name, normalize.Declension{Noun: true, Feminine: r.Fields[1] == "f"}) {
			known[normalize.Key(f)] = true
		}
		// "Павла", "Льва": the forms of a man's name whose last vowel
		// drops (as the extractor reads them).
		stem := ""
		switch {
		case r.Fields[1] != "m":
		case name == "Лев":
			stem = "Льв"
		case strings.HasSuffix(name, "ел") && utf8.RuneCountInString(name) >= 4:
			stem = strings.TrimSuffix(name, "ел") + "л"
		}
		if stem != "" {
			for _, e := range []string{"а", "у", "ом", "е"} {
				known[normalize.Key(stem+e)] = true
			}
		}
	}
	east, err := lexicon.Load("surnames_east.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range east.Rows {
		known[normalize.Key(r.Fields[0])] = true
	}
	return known, nil
}

// writeNames writes the table of observed first names.
func writeNames(w io.Writer, names []observedName, source string) error {
	fmt.Fprintf(w, "# First names observed in the training gold, written by `go run ./internal/cmd/train -first-names`:\n")
	fmt.Fprintf(w, "# the first words of at least %d PERSON mentions of two words or more in %s,\n", minNameMentions, source)
	fmt.Fprintf(w, "# at least %.0f%% of their forms' capitalized occurrences in its texts, that\n", 100*minNameShare)
	fmt.Fprintf(w, "# firstnames.tsv does not list (facts about words: the counts, not the texts;\n")
	fmt.Fprintf(w, "# the gender from the verbs after the names, else the ending). Do not edit: regenerate.\n")
	fmt.Fprintf(w, "name\tgender\torigin\tmentions\twords\tsource\n")
	for _, n := range names {
		if _, err := fmt.Fprintf(w, "%s\t%c\tother\t%d\t%d\t%s\n", n.name, n.gender, n.mentions, n.words, source); err != nil {
			return err
		}
	}
	return nil
}
