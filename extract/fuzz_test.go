package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// FuzzExtractInput extracts any text with any publication date, with
// and without the trace and a reference date: an error only for invalid
// UTF-8 or a malformed date, a valid document otherwise (every date one
// the calendar has, every figure finite, JSON that marshals), and the
// trace changes nothing but the trace.
func FuzzExtractInput(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for i, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data), []string{"", "2020-08-10", "2023-03-01", "2021", "2020-13", "вчера"}[i%6], i%2 == 0)
		}
	}
	f.Add("Это случилось 29 февраля.", "2023-03-01", false)
	f.Add("1"+strings.Repeat(" 000", 30)+" рублей", "", true)
	plain := newTestExtractor(f)
	ref, err := New(WithReferenceDate(time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		f.Fatal(err)
	}
	traced, err := New(WithTrace())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, date string, useRef bool) {
		ex := plain
		if useRef {
			ex = ref
		}
		in := Input{ID: "fuzz", Text: text, Date: date}
		doc, err := ex.ExtractInput(in)
		if err != nil {
			if !errors.Is(err, ErrInvalidUTF8) && !errors.Is(err, ErrBadDate) {
				t.Fatalf("ExtractInput(%q, date %q): %v", text, date, err)
			}
			return
		}
		checkDocument(t, text, doc)
		if useRef {
			return
		}
		tr, err := traced.ExtractInput(in)
		if err != nil {
			t.Fatal(err)
		}
		if err := tr.Validate(text); err != nil {
			t.Fatalf("the traced document: %v", err)
		}
		tr.Trace = nil
		if diff := cmp.Diff(doc, tr); diff != "" {
			t.Fatalf("the trace changed the document (-without +with):\n%s", diff)
		}
	})
}
