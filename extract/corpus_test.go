package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// The measuring corpora live beside the project in ../shared; a clone
// without them skips these tests.
const sharedDir = "../../shared"

type corpusDoc struct {
	ID        string          `json:"id"`
	Text      string          `json:"text"`
	Sentences []entities.Span `json:"sentences"`
}

func readJSONL(t testing.TB, path string) []corpusDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	var docs []corpusDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d corpusDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

func factRuEvalTexts(t testing.TB) []corpusDoc {
	return readJSONL(t, filepath.Join(sharedDir, "corpora/factrueval-dev/input.jsonl"))
}

// boundaries returns the sentence ends of a document after trailing white
// space, the end of the text left out: the measure of
// ../shared/eval/score.py.
func boundaries(text string, sents []entities.Span) map[int]bool {
	out := map[int]bool{}
	for _, s := range sents {
		e := s.End
		for e < len(text) && strings.IndexByte(" \n\t\r", text[e]) >= 0 {
			e++
		}
		if e < len(text) {
			out[e] = true
		}
	}
	return out
}

// maxSentenceErrors is the regression bound on factRuEval dev, in errors
// per 1000 gold sentences (missed + extra boundaries). razdel with line
// breaks makes 101; this splitter made 24.9 when the bound was set.
const maxSentenceErrors = 35

// TestFactRuEvalSentences measures sentence splitting on the factRuEval
// dev set the way score.py does and fails on a regression.
func TestFactRuEvalSentences(t *testing.T) {
	texts := factRuEvalTexts(t)
	gold := readJSONL(t, filepath.Join(sharedDir, "corpora/factrueval-dev/gold.jsonl"))
	byID := map[string]string{}
	for _, d := range texts {
		byID[d.ID] = d.Text
	}
	ex := newTestExtractor(t)
	missed, extra, sentences := 0, 0, 0
	for _, g := range gold {
		text := byID[g.ID]
		got := ex.Sentences(text)
		checkSentenceTiling(t, text, got)
		want, have := boundaries(text, g.Sentences), boundaries(text, got)
		for b := range want {
			if !have[b] {
				missed++
			}
		}
		for b := range have {
			if !want[b] {
				extra++
			}
		}
		sentences += len(g.Sentences)
	}
	rate := float64(missed+extra) * 1000 / float64(sentences)
	t.Logf("factRuEval dev: %.1f errors per 1000 sentences (missed %d, extra %d, %d sentences)", rate, missed, extra, sentences)
	if rate > maxSentenceErrors {
		t.Errorf("%.1f errors per 1000 sentences, more than %d", rate, maxSentenceErrors)
	}
}

// TestReleaseDatelines checks every dateline of the releases dev set: the
// gold's fields where it has one, nothing where it has none.
func TestReleaseDatelines(t *testing.T) {
	dir := filepath.Join(sharedDir, "corpora/releases-dev")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skipf("no releases corpus in %s", dir)
	}
	ex := newTestExtractor(t)
	for _, gp := range golds {
		raw, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			ID       string             `json:"id"`
			Dateline *entities.Dateline `json:"dateline"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		data, err := os.ReadFile(filepath.Join(dir, g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		// The text is everything after the header's first empty line.
		text := string(data)
		if _, body, ok := strings.Cut(text, "\n\n"); ok {
			text = body
		}
		doc, err := ex.Extract(g.ID, text)
		if err != nil {
			t.Fatalf("%s: %v", g.ID, err)
		}
		checkDocument(t, text, doc)
		got := doc.Dateline
		switch {
		case g.Dateline == nil && got != nil:
			t.Errorf("%s: dateline %q, gold has none", g.ID, got.Text)
		case g.Dateline != nil && got == nil:
			t.Errorf("%s: no dateline, gold %+v", g.ID, *g.Dateline)
		case g.Dateline != nil:
			w := *g.Dateline
			if got.Place != w.Place || got.Country != w.Country || got.Date != w.Date || got.Agency != w.Agency || got.PlaceLatin != w.PlaceLatin {
				t.Errorf("%s: dateline %+v, gold %+v", g.ID, *got, w)
			}
		}
	}
}
