package extract

import (
	"fmt"
	"hash/maphash"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/normalize"
)

// gazPlace is a place the gazetteer knows.
type gazPlace struct {
	name, latin, kind, country string
}

// gazOrg is an organization the gazetteer knows.
type gazOrg struct {
	name, acronym, latin string
}

// named is one name of a place or organization in one case: the thing and
// the name's nominative ("Китаем" → Китай, "КНР" → КНР).
type named[T any] struct {
	thing T
	nom   string
}

// nameIndex maps folded names (normalize.Key) in every case to things.
type nameIndex[T any] struct {
	names map[string]named[T]
	// multi holds the first word of every name of several words, so that
	// a lookup tries longer names only where one can start.
	multi    map[string]bool
	maxWords int
	// firsts holds the first word of every name: a word it lacks starts
	// none, and most words are asked without reading the maps.
	firsts *wordBits
}

// wordBits is a set of words as a bitset of their hashes, 32 KB: about
// ten bits a word of the built-in tables' names. A word it has may be
// one it was not given (a collision), never the reverse, so it only
// ever spares a map lookup.
type wordBits [1 << wordBitsShift / 64]uint64

const wordBitsShift = 18

// wordBitsSeed seeds wordBits' hash; it is fixed only within a process,
// which is all the filter needs.
var wordBitsSeed = maphash.MakeSeed()

func wordBit(w string) (int, uint64) {
	h := maphash.String(wordBitsSeed, w) >> (64 - wordBitsShift)
	return int(h >> 6), 1 << (h & 63)
}

func (s *wordBits) add(w string) {
	i, b := wordBit(w)
	s[i] |= b
}

// mayHave reports false for a word the set was never given.
func (s *wordBits) mayHave(w string) bool {
	i, b := wordBit(w)
	return s[i]&b != 0
}

func newIndex[T any](size int) nameIndex[T] {
	return nameIndex[T]{names: make(map[string]named[T], size), multi: map[string]bool{}, firsts: new(wordBits)}
}

// put adds one form unless the key is taken.
func (ix *nameIndex[T]) put(key string, n named[T]) {
	if _, ok := ix.names[key]; ok || key == "" {
		return
	}
	ix.names[key] = n
	first := key
	if i := strings.IndexByte(key, ' '); i >= 0 {
		first = key[:i]
	}
	ix.firsts.add(first)
	if words := strings.Count(key, " ") + 1; words > 1 {
		ix.multi[key[:strings.IndexByte(key, ' ')]] = true
		ix.maxWords = max(ix.maxWords, words)
	}
}

// longest matches the longest name that starts at word token i, its words
// separated by single spaces (quotes between them are skipped: РИА
// «Новости»), and returns it with the index of its last token.
func (ix *nameIndex[T]) longest(v *tokenView, i int) (named[T], int, bool) {
	first := v.fold(i)
	best, bestEnd := named[T]{}, -1
	if !ix.firsts.mayHave(first) {
		return best, bestEnd, false
	}
	if n, ok := ix.names[first]; ok {
		best, bestEnd = n, i
	}
	if !ix.multi[first] {
		return best, bestEnd, bestEnd >= 0
	}
	var buf [96]byte // the key of several words, built without allocating
	key, k := append(buf[:0], first...), i
	for words := 2; words <= ix.maxWords; words++ {
		nk := v.next(k)
		for nk < len(v.toks) && v.isPunct(nk, "«\"„") {
			nk = v.next(nk)
		}
		if nk >= len(v.toks) || v.toks[nk].kind != word || !singleSpaced(v, k, nk) {
			break
		}
		k = nk
		key = append(append(key, ' '), v.fold(k)...)
		if n, ok := ix.names[string(key)]; ok {
			best, bestEnd = n, k
		}
	}
	return best, bestEnd, bestEnd >= 0
}

// singleSpaced reports whether tokens a < b are separated by nothing but
// one space and quotes. The empty space between glued words
// (gluePoint) is one.
func singleSpaced(v *tokenView, a, b int) bool {
	spaces := 0
	for k := a + 1; k < b; k++ {
		switch {
		case v.toks[k].kind == space:
			if v.toks[k].end-v.toks[k].start > 1 {
				return false
			}
			spaces++
		case !v.isPunct(k, "«\"„"):
			return false
		}
	}
	return spaces <= 1
}

// gazetteer holds the places, organizations and agencies the extractor
// knows. It is built once and never changed.
type gazetteer struct {
	places   nameIndex[*gazPlace]
	orgs     nameIndex[*gazOrg]
	agencies map[string]string // key → the agency's name as written
	// ambiguous holds the forms that cannot name a place on their own at the
	// start of a sentence ("Того" is mostly a pronoun).
	ambiguous map[string]bool
	names     *nameTables
}

// loadGazetteer builds the gazetteer of the built-in tables, once.
var loadGazetteer = sync.OnceValues(func() (*gazetteer, error) { return buildGazetteer(userTables{}) })

// userTables are the tables a user adds to the built-in ones
// (WithPlaces, WithOrganizations, WithFirstNames, WithPosts), each in the
// format of the built-in table it adds to.
type userTables struct {
	places, orgs, firstNames, posts []*lexicon.Table
}

func (u userTables) empty() bool {
	return len(u.places)+len(u.orgs)+len(u.firstNames)+len(u.posts) == 0
}

// builtinTables returns the embedded table name, then the user's tables
// of the same kind.
func builtinTables(name string, user []*lexicon.Table) ([]*lexicon.Table, error) {
	tab, err := lexicon.Load(name)
	if err != nil {
		return nil, err
	}
	// The user's rows first: where a user's name is also a built-in one,
	// the user's entry wins.
	return append(append([]*lexicon.Table{}, user...), tab), nil
}

// buildGazetteer indexes the built-in tables and the user's. Places,
// organizations and names are indexed at once, each on its own goroutine:
// they share nothing, and the case forms of their names are most of a
// process's start-up.
func buildGazetteer(user userTables) (*gazetteer, error) {
	g := &gazetteer{
		places:    newIndex[*gazPlace](formKeyCount(placeFormKeys)),
		orgs:      newIndex[*gazOrg](formKeyCount(orgFormKeys)),
		agencies:  map[string]string{},
		ambiguous: map[string]bool{"того": true, "мали": true, "чад": true},
	}
	var wg sync.WaitGroup
	var errs [3]error
	wg.Go(func() { errs[0] = g.loadPlaces(user) })
	wg.Go(func() {
		orgs, err := builtinTables("orgs.tsv", user.orgs)
		if err == nil {
			err = g.loadOrgs(orgs)
		}
		errs[1] = err
	})
	wg.Go(func() { errs[2] = g.loadPeople(user) })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first in the order above, whatever finished first
		}
	}
	return g, nil
}

// loadPlaces indexes the tables of places and of countries, and CLDR's
// names of the countries they do not list.
func (g *gazetteer) loadPlaces(user userTables) error {
	var entries []gazEntry[*gazPlace]
	places, err := builtinTables("places.tsv", user.places)
	if err != nil {
		return err
	}
	for _, tab := range places[:len(places)-1] {
		if entries, err = placeEntries(tab, entries); err != nil {
			return err
		}
	}
	countries, err := lexicon.Load("countries.tsv")
	if err != nil {
		return err
	}
	listed := map[string]bool{}
	for _, r := range countries.Rows {
		p := &gazPlace{name: r.Fields[1], latin: r.Fields[2], kind: "country", country: r.Fields[0]}
		e, err := newEntry(p, p.name, r.Fields[3], r.Fields[4])
		if err != nil {
			return countries.Errorf(r, "%v", err)
		}
		entries = append(entries, e)
		listed[p.country] = true
	}
	// CLDR's Russian and English names for every country the table does
	// not list.
	ru, en := display.Regions(language.Russian), display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			reg, err := language.ParseRegion(code)
			if err != nil || !reg.IsCountry() || listed[code] || reg.Canonicalize() != reg {
				continue // deprecated codes ("BU" for Burma) share their successor's name
			}
			if name := ru.Name(reg); name != "" {
				e, _ := newEntry(&gazPlace{name: name, latin: en.Name(reg), kind: "country", country: code}, name, "", "")
				entries = append(entries, e)
			}
		}
	}
	if entries, err = placeEntries(places[len(places)-1], entries); err != nil {
		return err
	}
	index(&g.places, entries, placeFormKeys, normalize.Forms)
	return nil
}

// loadPeople indexes the tables of first names and posts, with the ones
// the training gold shows under the written ones, and the agencies.
func (g *gazetteer) loadPeople(user userTables) error {
	firstNames, err := builtinTables("firstnames.tsv", user.firstNames)
	if err != nil {
		return err
	}
	observedFirst, err := lexicon.Load(observedFirstNamesFile)
	if err != nil {
		return err
	}
	firstNames = append(firstNames, observedFirst)
	posts, err := builtinTables("posts.tsv", user.posts)
	if err != nil {
		return err
	}
	observed, err := lexicon.Load(observedPostsFile)
	if err != nil {
		return err
	}
	posts = append(posts, observed)
	if g.names, err = loadNames(firstNames, posts); err != nil {
		return err
	}
	agencies, err := lexicon.Load("agencies.tsv")
	if err != nil {
		return err
	}
	for _, r := range agencies.Rows {
		g.agencies[normalize.Key(r.Fields[0])] = r.Fields[0]
	}
	return nil
}

// placeColumns are the columns of places.tsv, which a user's table of
// places must have too.
var placeColumns = []string{"name", "latin", "kind", "country", "decl", "aliases"}

// placeEntries adds the entries of a table of places.
func placeEntries(tab *lexicon.Table, entries []gazEntry[*gazPlace]) ([]gazEntry[*gazPlace], error) {
	if err := wantColumns(tab, placeColumns); err != nil {
		return nil, err
	}
	for _, r := range tab.Rows {
		p := &gazPlace{name: r.Fields[0], latin: r.Fields[1], kind: r.Fields[2], country: r.Fields[3]}
		switch {
		case p.name == "":
			return nil, tab.Errorf(r, "no name")
		case p.kind == "":
			return nil, tab.Errorf(r, "%s: no kind (city, region, country, ...)", p.name)
		case p.country != "" && !isCountryCode(p.country):
			return nil, tab.Errorf(r, "%s: country %q is no ISO 3166-1 alpha-2 code", p.name, p.country)
		}
		e, err := newEntry(p, p.name, r.Fields[4], r.Fields[5])
		if err != nil {
			return nil, tab.Errorf(r, "%s: %v", p.name, err)
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// isCountryCode reports two capital Latin letters.
func isCountryCode(c string) bool {
	return len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z'
}

// wantColumns checks that a table has the columns want, in that order.
func wantColumns(tab *lexicon.Table, want []string) error {
	if strings.Join(tab.Header, "\t") != strings.Join(want, "\t") {
		return fmt.Errorf("lexicon: %s: columns %q, want %q", tab.Name, tab.Header, want)
	}
	return nil
}

// gazEntry is a place or an organization with its names and how they
// decline.
type gazEntry[T any] struct {
	thing T
	names []string
	decl  normalize.Declension
}

// newEntry makes an entry of a thing's name, a declension as the tables
// write it, and other names separated by "|" (empty ones left out).
func newEntry[T any](thing T, name, decl, aliases string) (gazEntry[T], error) {
	d, err := normalize.ParseDeclension(decl)
	if err != nil {
		return gazEntry[T]{}, err
	}
	e := gazEntry[T]{thing: thing, names: []string{name}, decl: d}
	for _, a := range strings.Split(aliases, "|") {
		if a != "" {
			e.names = append(e.names, a)
		}
	}
	return e, nil
}

// index puts every entry's names in, then the forms of each name that
// forms makes: nominatives first, so that another entry's oblique form
// never hides a name ("Нара" is a prefecture, not a form of "Нар").
//
// The keys of the forms come from formkeys.gen.tsv under kind when it
// has them.
func index[T any](ix *nameIndex[T], entries []gazEntry[T], kind byte, forms func(string, normalize.Declension) []string) {
	for _, e := range entries {
		for _, n := range e.names {
			ix.put(normalize.Key(n), named[T]{e.thing, n})
		}
	}
	for _, e := range entries {
		for _, n := range e.names {
			eachKey(kind, n, e.decl, forms, func(k string) { ix.put(k, named[T]{e.thing, n}) })
		}
	}
}

// place looks a name up in any spelling and case.
func (g *gazetteer) place(name string) (gazPlace, bool) {
	n, ok := g.places.names[normalize.Key(name)]
	if !ok {
		return gazPlace{}, false
	}
	return *n.thing, true
}

// agency returns the known agency a name spells, or "".
func (g *gazetteer) agency(name string) string {
	return g.agencies[normalize.Key(name)]
}

// orgColumns are the columns of orgs.tsv, which a user's table of
// organizations must have too.
var orgColumns = []string{"name", "acronym", "latin", "decl", "aliases"}

// loadOrgs indexes tables of organizations: every name, acronym and alias
// in every case; Latin names as they are.
func (g *gazetteer) loadOrgs(tabs []*lexicon.Table) error {
	var entries []gazEntry[*gazOrg]
	for _, tab := range tabs {
		if err := wantColumns(tab, orgColumns); err != nil {
			return err
		}
		for _, r := range tab.Rows {
			o := &gazOrg{name: r.Fields[0], acronym: r.Fields[1], latin: r.Fields[2]}
			if o.name == "" {
				return tab.Errorf(r, "no name")
			}
			e, err := newEntry(o, o.name, r.Fields[3], o.acronym+"|"+r.Fields[4])
			if err != nil {
				return tab.Errorf(r, "%s: %v", o.name, err)
			}
			entries = append(entries, e)
		}
	}
	index(&g.orgs, entries, orgFormKeys, orgForms)
	return nil
}

// orgForms makes the case forms of an organization's name: an acronym
// read as a word takes endings ("МИДа", "МИДе"), a Russian name declines,
// Latin names and other acronyms stay as they are.
func orgForms(n string, d normalize.Declension) []string {
	switch {
	case !isCyrillicName(n):
		return nil
	case normalize.IsUpper(n):
		if strings.Contains(n, " ") || strings.ContainsRune("АЕИОУЭЮЯЫ", lastRune(n)) {
			return nil
		}
		return []string{n + "а", n + "у", n + "ом", n + "е"}
	}
	return normalize.Forms(n, d)
}

// nominative puts a name in the nominative: the gazetteer's own name when
// it knows the form ("Москве" → Москва, "Цзинане" → Цзинань), else the
// inflection core's guess (normalize.Phrase).
func (g *gazetteer) nominative(name string) string {
	k := normalize.Key(name)
	if n, ok := g.places.names[k]; ok {
		return n.nom
	}
	if n, ok := g.orgs.names[k]; ok {
		return n.nom
	}
	return normalize.Phrase(name)
}
