package tagger

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// toy makes a sentence of words: a capitalized word is a name, and the
// word before it says which kind ("mr" a person, "in" a place).
func toy(words ...string) (Sentence, [][]int8) {
	var s Sentence
	s.Reset()
	gold := [][]int8{make([]int8, len(words)), make([]int8, len(words))}
	for k, w := range words {
		s.AddToken(k*10, k*10+len(w), true, WordKey(w), Aux{uint32(len(w)), 7})
		for g := 0; g < Groups; g++ {
			if g == 0 {
				s.Add(Hash(1, w))
				if strings.ToUpper(w[:1]) == w[:1] {
					s.Add(Hash(2, "cap"))
				}
			}
			if g == 1 {
				s.Add(Hash(3, w)) // as the word before another
			}
			s.EndGroup()
		}
		s.Add(Hash(4, "bias"))
		if k > 0 && strings.ToUpper(w[:1]) == w[:1] {
			switch words[k-1] {
			case "mr":
				gold[0][k] = B
			case "in":
				gold[1][k] = B
			}
		}
		if k > 1 && strings.ToUpper(w[:1]) == w[:1] && strings.ToUpper(words[k-1][:1]) == words[k-1][:1] && gold[0][k-1] != O {
			gold[0][k] = I
		}
	}
	s.AddEdge(1, Hash(3, "<s>"))
	s.Close()
	return s, gold
}

func toyExamples() []Example {
	var out []Example
	for _, ws := range [][]string{
		{"we", "met", "mr", "Smith", "in", "Paris"},
		{"mr", "Jones", "lives", "in", "Rome"},
		{"in", "Oslo", "mr", "Berg", "Olsen", "spoke"},
		{"they", "flew", "in", "Lima"},
		{"mr", "Tan", "said", "so"},
		{"in", "Kyiv", "it", "rained"},
	} {
		s, gold := toy(ws...)
		out = append(out, Example{Sentence: s, Gold: gold})
	}
	return out
}

var toyHeader = Header{Features: "toy", Data: "none", Layers: []string{"PER", "LOC"}}

func TestTrainLearns(t *testing.T) {
	m, err := Train(toyHeader, toyExamples(), Options{Epochs: 10, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := toy("yesterday", "mr", "Lee", "Park", "came", "in", "Seoul")
	var tg Tagging
	m.Tag(&s, &tg)
	if got := Spans(nil, tg.Labels[0]); len(got) != 1 || got[0] != [2]int{2, 4} {
		t.Errorf("PER spans %v, want [[2 4]] (Lee Park)", got)
	}
	if got := Spans(nil, tg.Labels[1]); len(got) != 1 || got[0] != [2]int{6, 7} {
		t.Errorf("LOC spans %v, want [[6 7]] (Seoul)", got)
	}
}

// TestTrainRuns checks that averaged runs still learn the toy set, give
// the same file twice, and differ from one run (their orders differ).
func TestTrainRuns(t *testing.T) {
	write := func(opt Options) []byte {
		m, err := Train(toyHeader, toyExamples(), opt)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := toy("then", "mr", "Lee", "came", "in", "Seoul")
		var tg Tagging
		m.Tag(&s, &tg)
		if got := Spans(nil, tg.Labels[0]); len(got) != 1 || got[0] != [2]int{2, 3} {
			t.Errorf("runs %d: PER spans %v, want [[2 3]] (Lee)", opt.Runs, got)
		}
		if got := Spans(nil, tg.Labels[1]); len(got) != 1 || got[0] != [2]int{5, 6} {
			t.Errorf("runs %d: LOC spans %v, want [[5 6]] (Seoul)", opt.Runs, got)
		}
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	three := Options{Epochs: 10, MinCount: 1, Runs: 3}
	a, b := write(three), write(three)
	if !bytes.Equal(a, b) {
		t.Error("three runs gave two different models")
	}
	if bytes.Equal(a, write(Options{Epochs: 10, MinCount: 1})) {
		t.Error("three runs wrote the model of one")
	}
}

// TestTrainDeterministic trains twice and compares the files, and reads
// one back.
func TestTrainDeterministic(t *testing.T) {
	var files [2]bytes.Buffer
	for i := range files {
		m, err := Train(toyHeader, toyExamples(), Options{Epochs: 5, MinCount: 1, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.WriteTo(&files[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(files[0].Bytes(), files[1].Bytes()) {
		t.Fatal("the same examples gave two different models")
	}
	m, err := Read(bytes.NewReader(files[0].Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if _, err := m.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), files[0].Bytes()) {
		t.Error("a model read back writes other bytes")
	}
	if m.Features != "toy" || m.Layer("LOC") != 1 || m.Layer("ORG") != -1 {
		t.Errorf("header %+v", m.Header)
	}
}

func TestReadErrors(t *testing.T) {
	m, err := Train(toyHeader, toyExamples(), Options{Epochs: 2, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	var good bytes.Buffer
	m.WriteTo(&good)
	for name, data := range map[string]string{
		"empty":     "",
		"magic":     "not a model\n\n",
		"format":    strings.Replace(good.String(), "format "+strconv.Itoa(Format), "format 9", 1),
		"old":       strings.Replace(good.String(), "format "+strconv.Itoa(Format), "format 1", 1),
		"truncated": good.String()[:good.Len()-3],
		"longer":    good.String() + "x",
		"no header": "pressfacts tagger\n",
	} {
		if _, err := Read(strings.NewReader(data)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: error %v, want ErrFormat", name, err)
		}
	}
}

// TestSegmentsMatchDecode checks that decoding the runs of active tokens
// apart (Tag) finds the path the whole sentence's decoding finds.
func TestSegmentsMatchDecode(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		n := 1 + r.IntN(12)
		s := Sentence{Start: make([]int, n), Active: make([]bool, n)}
		em := make([]float32, n*Labels)
		for k := range n {
			s.Active[k] = r.IntN(4) > 0
			for c := range Labels {
				em[k*Labels+c] = float32(r.NormFloat64() * 3)
			}
		}
		var trans [Labels + 1][Labels]float32
		for p := range trans {
			for c := range trans[p] {
				trans[p][c] = float32(r.NormFloat64() * 2)
			}
		}
		var v viterbi
		whole := make([]uint8, n)
		v.decode(&s, func(k, c int) float32 { return em[k*Labels+c] }, &trans, nil, whole)
		parts := make([]uint8, n)
		for k := 0; k < n; {
			if !s.Active[k] {
				k++
				continue
			}
			end := k
			for end < n && s.Active[end] {
				end++
			}
			v.segment(em, Labels, 0, k, end, &trans, k == 0, end < n, parts)
			k = end
		}
		if !bytes.Equal(whole, parts) {
			t.Fatalf("trial %d: whole %v, by runs %v (active %v)", trial, whole, parts, s.Active)
		}
	}
}

// TestCacheChangesNothing tags a sentence twice with one Tagging: the
// second time its words' scores come from the cache.
func TestCacheChangesNothing(t *testing.T) {
	m, err := Train(toyHeader, toyExamples(), Options{Epochs: 5, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	var tg Tagging
	tg.Prepare(m, "owner")
	s, _ := toy("mr", "Smith", "met", "mr", "Smith", "in", "Paris")
	m.Tag(&s, &tg)
	first := [][]uint8{append([]uint8{}, tg.Labels[0]...), append([]uint8{}, tg.Labels[1]...)}
	s2, _ := toy("mr", "Smith", "met", "mr", "Smith", "in", "Paris")
	cached := 0
	for k, w := range s2.Word {
		if slot, aux, ok := tg.Cached(w); ok {
			if aux != s2.Aux[k] {
				t.Errorf("word %d: aux %v, cached %v", k, s2.Aux[k], aux)
			}
			s2.Slot[k] = slot
			cached++
		}
	}
	if cached == 0 {
		t.Fatal("nothing cached")
	}
	m.Tag(&s2, &tg)
	for l := range first {
		if !bytes.Equal(first[l], tg.Labels[l]) {
			t.Errorf("layer %d: %v, then %v from the cache", l, first[l], tg.Labels[l])
		}
	}
}

func TestDefault(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"PER", "ORG", "LOC"} {
		if m.Layer(l) < 0 {
			t.Errorf("no %s layer", l)
		}
	}
	if m.NumFeatures() == 0 || m.Data == "" || m.Features == "" {
		t.Errorf("header %+v, %d features", m.Header, m.NumFeatures())
	}
}
