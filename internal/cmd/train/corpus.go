package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/internal/tagger"
)

// How the corpora's annotations become the contract's mentions, one BIO
// layer per type (PER, ORG, LOC). A gold mention either labels its tokens
// (B, then I) or leaves them Free: the tagger is neither taught nor
// corrected there, where the corpus's convention is not the contract's.
//
// NEREL (nested): PER ← PERSON; ORG ← ORGANIZATION; LOC ← CITY, COUNTRY,
// STATE_OR_PROVINCE, DISTRICT, LOCATION. Nesting survives because each
// type has its layer ("КНР" in "Совета КНР по ..."); within one layer
// the outermost name wins. Free: mentions that start in lower case
// (NEREL tags generic "правительства", "полиции" as organizations; the
// contract's mentions are names, but a lower-case body with a name after
// it is one, so the tagger is left to the rules there) and one-word place
// adjectives ("Керченского", NEREL's CITY). FACILITY (buildings,
// airports, stadiums) is O in every layer: the contract's places are
// geographic and its organizations bodies, a hall is neither.
//
// SlavicNER (flat): PER, ORG, LOC as they are. Free: mentions in lower
// case or with a base form in lower case (demonyms "американцы",
// "Американцы" as PER, "республиканец" as ORG), EVT and
// PRO ("Brexit", "Boeing 737") for every layer, and the PER and LOC
// layers inside an ORG mention (the corpus does not nest: "МИД
// Великобритании" is one ORG, where NEREL and the contract also see the
// place).
//
// Quotes, brackets and spaces at a mention's edges are not part of it.
// A mention whose edges fall inside a token ("Грузия" in
// "Новости-Грузия") leaves the tokens it touches Free.

// document is one training text with its mentions mapped to the layers.
type document struct {
	id, text string
	gold     []goldSpan
}

// goldSpan is a mapped gold mention: a layer and whether it labels or
// frees.
type goldSpan struct {
	start, end int
	layer      int
	free       bool
}

// layerOf returns the index of a layer.
func layerOf(typ string) int {
	for i, l := range layers {
		if l == typ {
			return i
		}
	}
	panic("no layer " + typ)
}

// readJSONL reads one JSON object per line of path into fn, and the
// file's bytes into h.
func readJSONL(path string, h io.Writer, fn func(line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(io.TeeReader(f, h))
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// readTexts reads a corpus's input.jsonl: id → text, and the ids in order.
func readTexts(dir string, h io.Writer) (map[string]string, []string, error) {
	texts := map[string]string{}
	var ids []string
	err := readJSONL(filepath.Join(dir, "input.jsonl"), h, func(line []byte) error {
		var d struct{ ID, Text string }
		if err := json.Unmarshal(line, &d); err != nil {
			return err
		}
		texts[d.ID] = d.Text
		ids = append(ids, d.ID)
		return nil
	})
	return texts, ids, err
}

// readCorpus reads a corpus's texts, their ids in order, and its gold
// mentions.
func readCorpus(dir string, h io.Writer) (map[string]string, []string, map[string][]rawMention, error) {
	texts, ids, err := readTexts(dir, h)
	if err != nil {
		return nil, nil, nil, err
	}
	gold, err := readGold(dir, h)
	return texts, ids, gold, err
}

// rawMention is a gold mention as both corpora write it; only SlavicNER
// gives a base form.
type rawMention struct {
	Type       string
	Start, End int
	Text, Base string
}

// readGold reads a corpus's gold.jsonl: id → mentions.
func readGold(dir string, h io.Writer) (map[string][]rawMention, error) {
	gold := map[string][]rawMention{}
	err := readJSONL(filepath.Join(dir, "gold.jsonl"), h, func(line []byte) error {
		var d struct {
			ID       string
			Mentions []rawMention
		}
		if err := json.Unmarshal(line, &d); err != nil {
			return err
		}
		gold[d.ID] = d.Mentions
		return nil
	})
	return gold, err
}

// nerelLayers maps NEREL's types to layers.
var nerelLayers = map[string]string{
	"PERSON": "PER", "ORGANIZATION": "ORG",
	"CITY": "LOC", "COUNTRY": "LOC", "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC", "LOCATION": "LOC",
}

// placeAdjective matches a one-word place adjective: "Керченского",
// "Американский".
var placeAdjective = regexp.MustCompile(`(?i)(ск|цк)(ий|ый|ая|ое|ие|ые|ого|ой|ому|ом|ую|им|ым|их|ых|ими|ыми|ей)$`)

func readNEREL(dir string, h io.Writer) ([]document, error) {
	texts, ids, gold, err := readCorpus(dir, h)
	if err != nil {
		return nil, err
	}
	var docs []document
	for _, id := range ids {
		d := document{id: "nerel/" + id, text: texts[id]}
		for _, m := range gold[id] {
			if m.Type == "FACILITY" {
				continue // O: a building is neither a place nor an organization
			}
			typ, ok := nerelLayers[m.Type]
			if !ok {
				continue
			}
			free := lowerStart(d.text, m.Start, m.End) ||
				typ == "LOC" && !strings.Contains(strings.TrimSpace(m.Text), " ") && placeAdjective.MatchString(m.Text)
			d.gold = append(d.gold, goldSpan{m.Start, m.End, layerOf(typ), free})
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func readSlavicNER(dir, leaveOut string, h io.Writer) ([]document, error) {
	texts, ids, gold, err := readCorpus(dir, h)
	if err != nil {
		return nil, err
	}
	var docs []document
	for _, id := range ids {
		if leaveOut != "" && strings.HasPrefix(id, leaveOut+"/") {
			continue
		}
		d := document{id: "slavicner/" + id, text: texts[id]}
		for _, m := range gold[id] {
			switch m.Type {
			case "EVT", "PRO":
				for l := range layers {
					d.gold = append(d.gold, goldSpan{m.Start, m.End, l, true})
				}
			case "PER", "ORG", "LOC":
				if m.Type == "ORG" {
					d.gold = append(d.gold, goldSpan{m.Start, m.End, layerOf("PER"), true}, goldSpan{m.Start, m.End, layerOf("LOC"), true})
				}
				// A demonym is not a name, even capitalized at a sentence's
				// start ("Американцы"): its base form is in lower case.
				free := lowerStart(d.text, m.Start, m.End) || lowerStart(m.Base, 0, len(m.Base))
				d.gold = append(d.gold, goldSpan{m.Start, m.End, layerOf(m.Type), free})
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// lowerStart reports a mention whose first letter is in lower case.
func lowerStart(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	for _, r := range text[start:end] {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// trim narrows a span to what is inside its quotes, brackets and spaces.
func trim(text string, start, end int) (int, int) {
	const edges = " \t\n«»\"„“”()[]'"
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !strings.ContainsRune(edges, r) {
			break
		}
		start += n
	}
	for start < end {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !strings.ContainsRune(edges, r) {
			break
		}
		end -= n
	}
	return start, end
}

// examples labels the document's sentences. Frees go first, so that a
// name inside a freed mention ("МВД" in "пресс-служба МВД") is labelled;
// within a layer an outer mention labels over the ones inside it.
func (d document) examples() ([]tagger.Example, error) {
	sents, err := tagger.Featurize(d.text)
	if err != nil {
		return nil, err
	}
	out := make([]tagger.Example, len(sents))
	for i, s := range sents {
		ex := tagger.Example{Sentence: s, Gold: make([][]int8, len(layers))}
		for l := range ex.Gold {
			ex.Gold[l] = make([]int8, s.Len()) // O
		}
		for pass := 0; pass < 2; pass++ {
			for _, g := range d.gold {
				if g.free != (pass == 0) {
					continue
				}
				label(&ex, g, d.text, d.gold)
			}
		}
		unreachable(&ex)
		out[i] = ex
	}
	return out, nil
}

// unreachable frees the labels the tagger cannot give: those of inactive
// tokens (always O), and the rest of a mention after one.
func unreachable(ex *tagger.Example) {
	if ex.Active == nil {
		return
	}
	for _, gold := range ex.Gold {
		cut := false
		for k := range gold {
			switch {
			case !ex.Active[k]:
				cut = gold[k] == tagger.B || gold[k] == tagger.I
				gold[k] = tagger.Free
			case cut && gold[k] == tagger.I:
				gold[k] = tagger.Free
			default:
				cut = false
			}
		}
	}
}

// label writes one gold mention's labels into an example's layer.
func label(ex *tagger.Example, g goldSpan, text string, all []goldSpan) {
	start, end := trim(text, g.start, g.end)
	first, last := -1, -1
	aligned := false
	for k := 0; k < ex.Len(); k++ {
		if ex.Start[k] < end && start < ex.End[k] {
			if first < 0 {
				first = k
				aligned = ex.Start[k] == start
			}
			last = k
		}
	}
	if first < 0 {
		return
	}
	aligned = aligned && ex.End[last] == end
	gold := ex.Gold[g.layer]
	if g.free || !aligned {
		for k := first; k <= last; k++ {
			gold[k] = tagger.Free
		}
		return
	}
	for _, o := range all {
		// An outer mention of the same layer that labels holds this one.
		if o.layer == g.layer && !o.free && o.start <= g.start && g.end <= o.end && (o.start < g.start || g.end < o.end) {
			return
		}
	}
	gold[first] = tagger.B
	for k := first + 1; k <= last; k++ {
		gold[k] = tagger.I
	}
}
