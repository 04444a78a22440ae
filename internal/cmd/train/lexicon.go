package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/pressfacts/pressfacts/normalize"
)

// The posts observed in NEREL's training gold (-posts): the nouns that
// head its PROFESSION mentions ("актрисы" in "актрисы Чулпан Хаматовой",
// "тренером" in "главным тренером клуба"), each with how often it heads
// one and how often its forms occur in the texts at all. The extractor
// reads the nouns as posts (internal/lexicon/posts_observed.tsv), beside
// the ones written by hand in posts.tsv.
//
// A noun is kept when it heads at least minProfessions mentions and at
// least minShare of its forms' occurrences: "глава" (of a body; also of
// a book) and "актриса" are posts, "человек" and "жертва" are not.
const (
	minProfessions = 3
	minShare       = 0.5
)

// wordRE matches a word of the texts: letters, with inner hyphens.
var wordRE = regexp.MustCompile(`\p{L}+(?:-\p{L}+)*`)

// adjectiveEnd matches the endings of adjectives and participles, which
// come before a post's noun ("главным тренером", "генерального
// директора").
var adjectiveEnd = regexp.MustCompile(`(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)$`)

// observedPost is a noun of the posts table with its counts.
type observedPost struct {
	lemma       string
	professions int // the PROFESSION mentions it heads
	words       int // the occurrences of its forms in the texts
}

// observePosts reads a NEREL split and returns the posts its gold shows,
// by lemma.
func observePosts(dir string) ([]observedPost, error) {
	texts, ids, gold, err := readCorpus(dir, io.Discard)
	if err != nil {
		return nil, err
	}
	heads := map[string]int{} // a head's surface form (lower case) → mentions
	words := map[string]int{} // normalize.Key of a word → occurrences
	for _, id := range ids {
		text := texts[id]
		for _, w := range wordRE.FindAllString(text, -1) {
			words[normalize.Key(w)]++
		}
		seen := map[int]bool{} // nested mentions share their head
		for _, m := range gold[id] {
			if m.Type != "PROFESSION" || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				continue
			}
			if start, head, ok := postHead(text[m.Start:m.End]); ok && !seen[m.Start+start] {
				seen[m.Start+start] = true
				heads[head]++
			}
		}
	}
	return choosePosts(heads, words), nil
}

// postHead returns the offset and lower-case form of a mention's noun:
// its first word that is a known noun or has no adjective's ending, or
// the last word. A head in capitals ("ЦРУ") names a body: the mention
// has none.
func postHead(mention string) (int, string, bool) {
	locs := wordRE.FindAllStringIndex(mention, -1)
	if len(locs) == 0 {
		return 0, "", false
	}
	for i, l := range locs {
		w := normalize.Lower(mention[l[0]:l[1]])
		if i == len(locs)-1 || normalize.Known(w) || !adjectiveEnd.MatchString(w) {
			if normalize.IsUpper(mention[l[0]:l[1]]) {
				return 0, "", false // an acronym names a body, not a post
			}
			return l[0], w, true
		}
	}
	return 0, "", false
}

// choosePosts groups the heads' surface forms by lemma. A lemma is a
// surface seen as a head itself (a post is named in the nominative
// often enough), with no adjective's ending, that is no plural of another
// (NounLemma gives a word its case forms do not hold: "адвокаты"). It
// covers the surfaces among its case forms and those NounLemma takes to
// it ("музыкантами" → "музыкант"); each surface goes to the lemma that
// covers the most mentions, chosen greedily, so that "актрисы",
// "актрисой" and "актриса" go to "актриса" and not to "актрис".
func choosePosts(heads map[string]int, words map[string]int) []observedPost {
	type cand struct {
		lemma  string
		covers []string // the surfaces among heads its forms include
	}
	forms := map[string][]string{} // lemma → the keys of its forms
	keysOf := func(lemma string) []string {
		if ks, ok := forms[lemma]; ok {
			return ks
		}
		var ks []string
		for _, f := range normalize.Forms(lemma, normalize.Declension{}) {
			ks = append(ks, normalize.Key(f))
		}
		slices.Sort(ks)
		ks = slices.Compact(ks)
		forms[lemma] = ks
		return ks
	}
	surfaces := slices.Sorted(maps.Keys(heads))
	byKey := map[string][]string{} // normalize.Key → the surfaces with it
	for _, s := range surfaces {
		byKey[normalize.Key(s)] = append(byKey[normalize.Key(s)], s)
	}
	byLemma := map[string][]string{} // NounLemma → the surfaces it takes there
	for _, s := range surfaces {
		if l := normalize.NounLemma(s); l != s {
			byLemma[l] = append(byLemma[l], s)
		}
	}
	byNominative := map[string][]string{} // nominative → the surfaces it takes there
	for _, s := range surfaces {
		if l := nominative(s, heads, keysOf); l != s {
			byNominative[l] = append(byNominative[l], s)
		}
	}
	var cands []cand
	seen := map[string]bool{}
	for _, s := range surfaces {
		l := nominative(s, heads, keysOf)
		if seen[l] {
			continue
		}
		seen[l] = true
		if adjectiveEnd.MatchString(l) || len(keysOf(l)) == 1 {
			continue // an adjective; a word that does not decline ("леди")
		}
		if nl := normalize.NounLemma(l); nl != l && !slices.Contains(keysOf(nl), normalize.Key(l)) {
			continue // a plural: "адвокаты" of "адвокат"
		}
		c := cand{lemma: l}
		for _, k := range keysOf(l) {
			c.covers = append(c.covers, byKey[k]...)
		}
		c.covers = append(c.covers, byLemma[l]...)
		c.covers = append(c.covers, byNominative[l]...)
		slices.Sort(c.covers)
		c.covers = slices.Compact(c.covers)
		cands = append(cands, c)
	}
	var out []observedPost
	coverGreedily(cands, func(c cand) (string, []string) { return c.lemma, c.covers }, heads, func(c cand, n int) {
		p := observedPost{lemma: c.lemma, professions: n}
		counted := map[string]bool{}
		for _, k := range keysOf(c.lemma) {
			counted[k] = true
		}
		for _, s := range c.covers {
			counted[normalize.Key(s)] = true
		}
		for _, k := range slices.Sorted(maps.Keys(counted)) {
			p.words += words[k]
		}
		if p.professions >= minProfessions && float64(p.professions) >= minShare*float64(p.words) {
			out = append(out, p)
		}
	})
	slices.SortFunc(out, func(a, b observedPost) int { return cmp.Compare(a.lemma, b.lemma) })
	return out
}

// coverGreedily picks candidates one after another: each time the one
// whose surfaces (of) not yet taken weigh most in weight, ties to the
// smaller name, skipping a candidate whose name a pick has taken
// ("врача" of "врач"); it takes the pick's surfaces and calls pick with
// it and the weight it covered, until no candidate covers any.
func coverGreedily[C any](cands []C, of func(C) (string, []string), weight map[string]int, pick func(c C, n int)) {
	taken := map[string]bool{}
	for {
		best, bestN, bestName := -1, 0, ""
		for i, c := range cands {
			name, covers := of(c)
			if taken[name] {
				continue
			}
			n := 0
			for _, s := range covers {
				if !taken[s] {
					n += weight[s]
				}
			}
			if n > bestN || n == bestN && n > 0 && name < bestName {
				best, bestN, bestName = i, n, name
			}
		}
		if best < 0 {
			return
		}
		_, covers := of(cands[best])
		for _, s := range covers {
			taken[s] = true
		}
		pick(cands[best], bestN)
	}
}

// nominative returns the lemma a head's surface form stands for: the
// form itself, or the noun it is a case form or a nominative plural of
// ("императора", "врача", "спасателя", "бомбардиром"; "врачи", "медики",
// "следователи"): a noun whose case forms hold it (or any noun, for a
// plural), with a masculine agent's suffix or seen as a head, at least as
// often for a genitive in -а or -я, which a noun in -а may be itself.
func nominative(s string, heads map[string]int, keysOf func(string) []string) string {
	for _, end := range []string{"ами", "ями", "ом", "ем", "ём", "ой", "ей", "а", "я", "ы", "и", "у", "ю", "е"} {
		stem, ok := strings.CutSuffix(s, end)
		if !ok || len([]rune(stem)) < 2 {
			continue
		}
		plural := end == "ы" || end == "и" || end == "ами" || end == "ями"
		for _, base := range []string{stem, stem + "ь", stem + "й"} {
			agent := masculineAgent.MatchString(base)
			if heads[base] == 0 && !agent {
				continue
			}
			if plural {
				return base
			}
			if !slices.Contains(keysOf(base), normalize.Key(s)) {
				continue
			}
			if (end == "а" || end == "я") && !agent && heads[base] < heads[s] {
				continue
			}
			return base
		}
	}
	return s
}

// masculineAgent matches the suffixes of masculine nouns of agents and
// posts: "император", "шериф", "пограничник", "спасатель".
var masculineAgent = regexp.MustCompile(`(тор|ор|ер|ёр|ник|чик|щик|ик|тель|арий|ант|ент|ист|ог|ат|ир|иф|ец)$`)

// writePosts writes the table of observed posts.
func writePosts(w io.Writer, posts []observedPost, source string) error {
	fmt.Fprintf(w, "# Posts observed in the training gold, written by `go run ./internal/cmd/train -posts`:\n")
	fmt.Fprintf(w, "# the nouns that head at least %d PROFESSION mentions of %s and at least\n", minProfessions, source)
	fmt.Fprintf(w, "# %.0f%% of their forms' occurrences in its texts (facts about words: the\n", 100*minShare)
	fmt.Fprintf(w, "# counts, not the texts). Do not edit: regenerate.\n")
	fmt.Fprintf(w, "post\tprofessions\twords\tsource\n")
	for _, p := range posts {
		if _, err := fmt.Fprintf(w, "%s\t%d\t%d\t%s\n", p.lemma, p.professions, p.words, source); err != nil {
			return err
		}
	}
	return nil
}
