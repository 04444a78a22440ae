package extract

// The harness the tests of this package share: extractors, the table
// runner for entity summaries, and the checks every extracted document
// must pass (spans, sentence tiling, ids and references).

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// summaryTest is a row of the entity tests: a text, the summary lines it
// must give, and why.
type summaryTest struct {
	name, text string
	want       []string
	why        string
}

// runSummaries extracts each text, checks its spans, and compares the
// summary lines of what was found with the row's.
func runSummaries(t *testing.T, tests []summaryTest, summarize func(*entities.Document) []string) {
	t.Helper()
	ex := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ex.Extract("t", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, tc.text, doc)
			got := summarize(doc)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", tc.why, strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
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

// checkDocument checks what every document must satisfy: the contract,
// by entities.Document.Validate (spans, dates the calendar has, finite
// figures, ids and references, JSON).
func checkDocument(t testing.TB, text string, doc *entities.Document) {
	t.Helper()
	if err := doc.Validate(text); err != nil {
		t.Errorf("the document breaks the contract:\n%v", err)
	}
	if doc.Contract != entities.ContractVersion {
		t.Errorf("contract = %d, want %d", doc.Contract, entities.ContractVersion)
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
