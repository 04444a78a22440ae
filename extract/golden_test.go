package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pressfacts/pressfacts/entities"
)

// update rewrites the golden files: go test ./... -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from seeds/*.txt")

const (
	seedDir   = "../seeds"
	goldenDir = "../testdata"
)

// TestGolden extracts every seed release and compares the result with its
// golden file, testdata/NAME.golden.json.
func TestGolden(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds in %s: %v", seedDir, err)
	}
	ex := newTestExtractor(t)
	for _, path := range seeds {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			got, err := ex.Extract(name, text)
			if err != nil {
				t.Fatalf("Extract(%s): %v", name, err)
			}
			checkSpans(t, text, got)
			checkSentenceTiling(t, text, got.Sentences)
			goldenPath := filepath.Join(goldenDir, name+".golden.json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(goldenPath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			raw, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run go test ./... -update to create it)", err)
			}
			var want entities.Document
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatalf("%s: %v", goldenPath, err)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Extract(%s) mismatch (-want +got):\n%s", name, diff)
				b, _ := json.MarshalIndent(got, "", "  ")
				_ = os.WriteFile(filepath.Join(goldenDir, name+".got.json"), append(b, '\n'), 0o644)
			}
		})
	}
}

// TestDeterministic extracts every seed many times, from several
// goroutines, and requires byte-identical JSON.
func TestDeterministic(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	ex := newTestExtractor(t)
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		first := mustJSON(t, ex, string(data))
		results := make(chan []byte, 20)
		for range 20 {
			go func() { results <- mustJSON(t, ex, string(data)) }()
		}
		for range 20 {
			if got := <-results; !bytes.Equal(got, first) {
				t.Fatalf("%s: two runs gave different JSON", path)
			}
		}
	}
}

func mustJSON(t *testing.T, ex *Extractor, text string) []byte {
	doc, err := ex.Extract("x", text)
	if err != nil {
		t.Error(err)
		return nil
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Error(err)
	}
	return b
}

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// checkSpans checks every span of a document against its text: offsets in
// range and on rune boundaries, Text equal to the bytes at the offsets.
func checkSpans(t testing.TB, text string, doc *entities.Document) {
	t.Helper()
	check := func(what string, s entities.Span) {
		if !s.Valid(text) {
			t.Errorf("%s: invalid span %+v", what, s)
		}
	}
	if doc.Title != nil {
		check("title", *doc.Title)
	}
	if doc.Dateline != nil {
		check("dateline", doc.Dateline.Span)
	}
	for _, s := range doc.Sentences {
		check("sentence", s)
	}
	for _, d := range doc.Dates {
		check("date", d.Span)
	}
	for _, p := range doc.Places {
		for _, m := range p.Mentions {
			check("place "+p.Name, m)
		}
	}
	for _, o := range doc.Organizations {
		for _, m := range o.Mentions {
			check("organization "+o.Name, m)
		}
	}
	for _, p := range doc.People {
		for _, m := range p.Mentions {
			check("person "+p.Name, m)
		}
	}
	for _, f := range doc.Figures {
		check("figure", f.Span)
	}
	for _, q := range doc.Quotes {
		check("quote", q.Span)
	}
}

// checkSentenceTiling checks that sentences are non-empty, in order, do not
// overlap, do not start or end with white space, and that only white space
// lies between them; before the first one a header marker may stand.
func checkSentenceTiling(t testing.TB, text string, sents []entities.Span) {
	t.Helper()
	prev := 0
	for i, s := range sents {
		if s.Start >= s.End {
			t.Errorf("sentence %d is empty: %+v", i, s)
			return
		}
		if s.Start < prev {
			t.Errorf("sentence %d overlaps or is out of order: %+v", i, s)
			return
		}
		if trimSpace(s.Text) != s.Text {
			t.Errorf("sentence %d has white space at an end: %q", i, s.Text)
		}
		if i == 0 {
			if body := parseHeader(text).bodyStart; s.Start < body {
				t.Errorf("sentence 0 starts inside the header marker: %+v", s)
				return
			} else {
				prev = body
			}
		}
		gap := text[prev:s.Start]
		if trimSpace(gap) != "" {
			t.Errorf("text between sentences %d and %d is not white space: %q", i-1, i, gap)
		}
		prev = s.End
	}
	if rest := text[prev:]; len(sents) > 0 && trimSpace(rest) != "" {
		t.Errorf("text after the last sentence: %q", rest)
	}
}

// trimSpace trims what the tokenizer counts as white space (which includes
// the zero-width space and the byte order mark, unlike strings.TrimSpace).
func trimSpace(s string) string {
	return strings.TrimFunc(s, isSpace)
}
