package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/normalize"
)

// The family names observed in NEREL's training gold (-surnames): the
// second words of its PERSON mentions of two words whose first word is a
// first name of firstnames.tsv in its nominative, one that declines
// ("Борис Джонсон"; not "Джо Байден", where "Джо" says no case, nor
// "Бориса Джонсона"): the family name is in its nominative too. The
// extractor reads them (internal/lexicon/surnames_observed.tsv) to give
// a family name written alone in another case its nominative
// ("Джонсона" → Джонсон). A name is kept when at least minSurnameMentions
// mentions show it.
const minSurnameMentions = 1

// observedSurname is a row of the observed family names.
type observedSurname struct {
	name     string
	mentions int
}

// nominativeFirstNames returns the keys of firstnames.tsv's names that
// decline: written so, they are nominatives.
func nominativeFirstNames() (map[string]bool, error) {
	first, err := lexicon.Load("firstnames.tsv")
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, r := range first.Rows {
		name := r.Fields[0]
		k := normalize.Key(name)
		for _, f := range normalize.Forms(name, normalize.Declension{Noun: true, Feminine: r.Fields[1] == "f"}) {
			if normalize.Key(f) != k {
				out[k] = true // a form unlike the nominative: it declines
				break
			}
		}
	}
	return out, nil
}

// observeSurnames reads a NEREL split and returns the family names its
// gold shows after a nominative first name (nominative), by name; a word
// that is a form of a first name (firstForms) is none.
func observeSurnames(dir string, nominative, firstForms map[string]bool) ([]observedSurname, error) {
	texts, ids, gold, err := readCorpus(dir, io.Discard)
	if err != nil {
		return nil, err
	}
	count := map[string]int{}
	for _, id := range ids {
		text := texts[id]
		for _, m := range gold[id] {
			if m.Type != "PERSON" || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				continue
			}
			parts := strings.Fields(text[m.Start:m.End])
			if len(parts) != 2 || !nameWordRE.MatchString(parts[0]) || !nameWordRE.MatchString(parts[1]) || !nominative[normalize.Key(parts[0])] {
				continue
			}
			if firstForms[normalize.Key(parts[1])] {
				continue // "Роман Андрея": a first name's form, not a family name
			}
			count[parts[1]]++
		}
	}
	var out []observedSurname
	for name, n := range count {
		if n >= minSurnameMentions {
			out = append(out, observedSurname{name: name, mentions: n})
		}
	}
	slices.SortFunc(out, func(a, b observedSurname) int { return cmp.Compare(a.name, b.name) })
	return out, nil
}

// writeSurnames writes the table of observed family names.
func writeSurnames(w io.Writer, names []observedSurname, source string) error {
	fmt.Fprintf(w, "# Family names observed in the training gold, written by `go run ./internal/cmd/train -surnames`:\n")
	fmt.Fprintf(w, "# the second words of the PERSON mentions of two words in %s (at least %d) whose first\n", source, minSurnameMentions)
	fmt.Fprintf(w, "# word is a first name of firstnames.tsv in its nominative (facts about words:\n")
	fmt.Fprintf(w, "# the names and their counts, not the texts). Do not edit: regenerate.\n")
	fmt.Fprintf(w, "surname\tmentions\tsource\n")
	for _, n := range names {
		if _, err := fmt.Fprintf(w, "%s\t%d\t%s\n", n.name, n.mentions, source); err != nil {
			return err
		}
	}
	return nil
}
