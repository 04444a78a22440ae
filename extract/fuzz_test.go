package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func addSeeds(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	for _, tc := range sentenceCases {
		f.Add(tc.in)
	}
	for _, tc := range datelineCases {
		f.Add(tc.in)
	}
}

// FuzzSentences checks, on any bytes, that splitting does not panic and
// that sentences tile valid text.
func FuzzSentences(f *testing.F) {
	addSeeds(f)
	ex := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		sents := ex.Sentences(text)
		for _, s := range sents {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Text {
				t.Fatalf("bad span %+v", s)
			}
		}
		if utf8.ValidString(text) {
			checkSentenceTiling(t, text, sents)
		}
	})
}

// FuzzExtract checks, on any bytes, that extraction does not panic, that
// invalid UTF-8 is refused with a UTF8Error, that every span of a
// document is valid, and that extracting again gives the same document
// (no state leaks between documents through the pooled buffers).
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	ex := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := ex.Extract("fuzz", text)
		if !utf8.ValidString(text) {
			var ue *UTF8Error
			if !errors.As(err, &ue) || !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("invalid UTF-8 gave %v", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("valid text gave an error: %v", err)
		}
		checkDocument(t, text, doc)
		checkSentenceTiling(t, text, doc.Sentences)
		again, err := ex.Extract("fuzz", text)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(doc, again); diff != "" {
			t.Fatalf("a second extraction differs (-first +second):\n%s", diff)
		}
	})
}
