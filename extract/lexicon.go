package extract

import (
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/normalize"
)

// The word tables the recognizers share, read from internal/lexicon's
// TSV files: what a noun does in an organization's name (org_nouns.tsv),
// what a Latin word does around one (latin_words.tsv), which acronyms
// name no organization (acronyms.tsv), which words end a name's genitive
// chain (name_stops.tsv), which nouns tell a place's kind
// (place_cues.tsv), which words stand around numbers (figure_words.tsv)
// which verbs attribute speech (speech_verbs.tsv) and which nouns head
// an event's or a building's name (other_names.tsv). Each property is
// a column of its table, so teaching the recognizers a new word is one
// row.
//
// The tables are embedded and parsed once, when the package loads; a
// malformed table makes New return its error (file:line: what is wrong),
// and the recognizers then see empty tables, never a nil one.
var lex, lexErr = loadWordTables()

// nounProps says what a noun does in an organization's name.
type nounProps uint8

// The columns of org_nouns.tsv.
const (
	headNoun       nounProps = 1 << iota // heads a name
	partNoun                             // names a part of the organization after it
	govNoun                              // names one body in lower case before a place
	abroadNoun                           // takes "в" and a place in its name
	peopleNoun                           // a body of people: a name only with a country
	poNoun                               // takes a "по" complement in its name
	descriptorNoun                       // makes a quoted name after it an organization's
	causeNoun                            // takes "за", "против" or "в защиту" and its cause in its name
)

// latinProps says what a Latin word does around an organization's name.
type latinProps uint8

// The columns of latin_words.tsv.
const (
	latinSuffix latinProps = 1 << iota // ends a company's name
	latinOrg                           // makes a run of Latin words a name
	latinStop                          // a product, technique or title
	latinEvent                         // an event, prize or show
)

// acronymProps says why an acronym names no organization on its own.
type acronymProps uint8

// The columns of acronyms.tsv.
const (
	commonAcronym acronymProps = 1 << iota // a common noun's acronym
	legalForm                              // a legal form before a quoted name
)

// stopProps says where a word ends a name.
type stopProps uint8

// The columns of name_stops.tsv.
const (
	chainStop stopProps = 1 << iota // a function word that ends like a genitive
	poStop                          // after "по", an adverbial
	postStop                        // a form of a post
)

// wordTables holds the word tables by lower-case word.
type wordTables struct {
	nouns    map[string]nounProps
	latin    map[string]latinProps
	acronyms map[string]acronymProps
	stops    map[string]stopProps
	cues     map[string]placeCue
	figures  map[string]figureWord
	// speech holds the stems of the verbs that attribute speech.
	speech []string
	// events and facilities hold the nouns that head an event's name and
	// end a building's (other_names.tsv).
	events, facilities map[string]bool
	// lowerHeads holds the first four letters of the lower-case words
	// that can start an organization's name: the nouns that name a body in
	// lower case, "власти", and the adjectives of places
	// ("правительства", "российского министерства"), for a cheap first
	// test. The key is the eight bytes of four Cyrillic letters
	// (prefix8).
	lowerHeads map[uint64]bool
	// headPrefixes holds the first four letters (prefix8, ё as е) of the
	// case forms of the nouns that head a name or name a part: a word
	// without them is no form of one, and its lemma need not be found
	// (maybeHead).
	headPrefixes map[uint64]bool
}

// maybeHead reports whether a folded word may be a form of a noun that
// heads a name or names a part: a word of fewer than four Cyrillic
// letters may be, a longer one when it starts as one of their case
// forms does.
func (t *wordTables) maybeHead(fold string) bool {
	if len(fold) < 8 {
		return true
	}
	return t.headPrefixes[prefix8(fold)]
}

// prefix8 returns the first eight bytes of w as a number: the key of
// wordTables.lowerHeads.
func prefix8(w string) uint64 {
	return binary.LittleEndian.Uint64([]byte(w[:8]))
}

// placeCue is a row of place_cues.tsv: the kind of place a name after the
// noun is, the kind it makes of an adjective before it, and whether it is
// an abbreviation written with a period.
type placeCue struct {
	cue, region string
	period      bool
}

// figureWord is a row of figure_words.tsv: a word never counted, the
// qualifier a word gives a number, the order of magnitude it names.
type figureWord struct {
	stop      bool
	qualifier string
	order     float64
}

// noun reports whether a noun's lemma has all of props.
func (t *wordTables) noun(lemma string, props nounProps) bool {
	return t.nouns[lemma]&props == props
}

// latinWord reports whether a lower-case Latin word has all of props.
func (t *wordTables) latinWord(w string, props latinProps) bool {
	return t.latin[w]&props == props
}

// acronym reports whether a lower-case acronym has all of props.
func (t *wordTables) acronym(w string, props acronymProps) bool {
	return t.acronyms[w]&props == props
}

// stop reports whether a lower-case word form has all of props.
func (t *wordTables) stop(w string, props stopProps) bool {
	return t.stops[w]&props == props
}

// loadWordTables reads the word tables. On an error it returns empty
// tables with it.
func loadWordTables() (*wordTables, error) {
	t := &wordTables{lowerHeads: map[uint64]bool{}, headPrefixes: map[uint64]bool{}}
	var err error
	if t.nouns, err = loadProps[nounProps]("org_nouns.tsv", nounColumns...); err != nil {
		return &wordTables{}, err
	}
	if t.latin, err = loadProps[latinProps]("latin_words.tsv", "suffix", "org", "stop", "event"); err != nil {
		return &wordTables{}, err
	}
	if t.acronyms, err = loadProps[acronymProps]("acronyms.tsv", "common", "legal"); err != nil {
		return &wordTables{}, err
	}
	if t.stops, err = loadProps[stopProps]("name_stops.tsv", "chain", "po", "post"); err != nil {
		return &wordTables{}, err
	}
	if t.cues, err = loadCues(); err != nil {
		return &wordTables{}, err
	}
	if t.figures, err = loadFigureWords(); err != nil {
		return &wordTables{}, err
	}
	others, err := lexicon.Load("other_names.tsv")
	if err != nil {
		return &wordTables{}, err
	}
	t.events, t.facilities = map[string]bool{}, map[string]bool{}
	for _, r := range others.Rows {
		switch r.Fields[1] {
		case "event":
			t.events[r.Fields[0]] = true
		case "facility":
			t.facilities[r.Fields[0]] = true
		default:
			return &wordTables{}, others.Errorf(r, "kind %q, want event or facility", r.Fields[1])
		}
	}
	speech, err := lexicon.Load("speech_verbs.tsv")
	if err != nil {
		return &wordTables{}, err
	}
	for _, r := range speech.Rows {
		t.speech = append(t.speech, r.Fields[0])
	}
	adjectives, err := lexicon.Load("place_adjectives.tsv")
	if err != nil {
		return &wordTables{}, err
	}
	prefix := func(w string) { // the first four letters, as maybeLowerHead cuts them
		n := 0
		for i := range w {
			if n == 4 {
				if i == 8 {
					t.lowerHeads[prefix8(w)] = true
				}
				return
			}
			n++
		}
		if n == 4 && len(w) == 8 {
			t.lowerHeads[prefix8(w)] = true
		}
	}
	for lemma, p := range t.nouns {
		if p&govNoun != 0 || p&headNoun != 0 && p&(descriptorNoun|peopleNoun|partNoun) == 0 {
			prefix(lemma) // a government body; a capitalized head's lower-case adjective ("синодального Отдела")
		}
		if p&(headNoun|partNoun) != 0 {
			for _, f := range normalize.Forms(lemma, normalize.Declension{}) {
				if f = foldYo(f); len(f) >= 8 {
					t.headPrefixes[prefix8(f)] = true // "судом" of "суд"
				}
			}
		}
	}
	prefix("власти")
	for _, r := range adjectives.Rows {
		prefix(r.Fields[0])
	}
	return t, nil
}

// nounColumns are the columns of org_nouns.tsv, in the order of the
// nounProps bits.
var nounColumns = []string{"head", "part", "gov", "abroad", "people", "po", "descriptor", "cause"}

// loadProps reads an embedded table of words and their properties.
func loadProps[P ~uint8](name string, cols ...string) (map[string]P, error) {
	tab, err := lexicon.Load(name)
	if err != nil {
		return nil, err
	}
	return propsTable[P](tab, cols...)
}

// propsTable reads a table whose first column is a word and whose other
// columns, named cols in the order of the property bits, say "+" or "-".
func propsTable[P ~uint8](tab *lexicon.Table, cols ...string) (map[string]P, error) {
	idx := make([]int, len(cols))
	for i, c := range cols {
		if idx[i] = tab.Col(c); idx[i] < 0 {
			return nil, tab.Errorf(lexicon.Row{Line: 1}, "no column %q", c)
		}
	}
	m := make(map[string]P, len(tab.Rows))
	for _, r := range tab.Rows {
		w := r.Fields[0]
		if w == "" || w != strings.ToLower(w) {
			return nil, tab.Errorf(r, "%q: want a word in lower case", w)
		}
		var p P
		for i, c := range idx {
			switch r.Fields[c] {
			case "+":
				p |= 1 << i
			case "-":
			default:
				return nil, tab.Errorf(r, "%s: %q, want + or -", cols[i], r.Fields[c])
			}
		}
		if p == 0 {
			return nil, tab.Errorf(r, "%q has no property", w)
		}
		m[w] = p
	}
	return m, nil
}

// loadCues reads place_cues.tsv.
func loadCues() (map[string]placeCue, error) {
	tab, err := lexicon.Load("place_cues.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string]placeCue, len(tab.Rows))
	for _, r := range tab.Rows {
		c := placeCue{cue: dash(r.Fields[1]), region: dash(r.Fields[2]), period: r.Fields[3] == "+"}
		if c.cue == "" && c.region == "" || r.Fields[3] != "+" && r.Fields[3] != "-" {
			return nil, tab.Errorf(r, "%q: want a cue or region kind, and + or - for period", r.Fields[0])
		}
		m[r.Fields[0]] = c
	}
	return m, nil
}

// loadFigureWords reads figure_words.tsv.
func loadFigureWords() (map[string]figureWord, error) {
	tab, err := lexicon.Load("figure_words.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string]figureWord, len(tab.Rows))
	for _, r := range tab.Rows {
		f := figureWord{stop: r.Fields[1] == "+", qualifier: dash(r.Fields[2])}
		if o := dash(r.Fields[3]); o != "" {
			if f.order, err = strconv.ParseFloat(o, 64); err != nil || f.order <= 1 {
				return nil, tab.Errorf(r, "order %q: want a power of ten", o)
			}
		}
		if r.Fields[1] != "+" && r.Fields[1] != "-" || !f.stop && f.qualifier == "" && f.order == 0 {
			return nil, tab.Errorf(r, "%q: want + or - for stop, and a property", r.Fields[0])
		}
		m[r.Fields[0]] = f
	}
	return m, nil
}

// dash returns a field, with "-" read as empty.
func dash(f string) string {
	if f == "-" {
		return ""
	}
	return f
}
