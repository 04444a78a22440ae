package extract

// The harness the tests of this package share: extractors, the table
// runner for entity summaries, and the checks every extracted document
// must pass (spans, sentence tiling, ids and references).

import (
	"encoding/json"
	"strconv"
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

// checkDocument checks what every document must satisfy: its spans
// (checkSpans) and its ids and references (checkReferences).
func checkDocument(t testing.TB, text string, doc *entities.Document) {
	t.Helper()
	checkSpans(t, text, doc)
	checkReferences(t, doc)
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
		for _, pos := range p.Positions {
			check("position of "+p.Name, pos.Span)
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

// checkReferences checks contract 2's ids and references: the document
// says its version; every item of every list has the id its list's letter
// and its place give ("p1", "o2"); every reference names an item of the
// right list, and the string beside it is that item's name; a string with
// no id names no listed entity.
func checkReferences(t testing.TB, doc *entities.Document) {
	t.Helper()
	if doc.Contract != entities.ContractVersion {
		t.Errorf("contract = %d, want %d", doc.Contract, entities.ContractVersion)
	}
	if doc.Facts == nil {
		t.Errorf("facts is nil, want a list")
	}
	ids := func(prefix string, n int, id func(int) string) map[string]int {
		m := map[string]int{}
		for i := 0; i < n; i++ {
			if want := prefix + strconv.Itoa(i+1); id(i) != want {
				t.Errorf("%s item %d has id %q, want %q", prefix, i, id(i), want)
			}
			m[id(i)] = i
		}
		return m
	}
	people := ids("p", len(doc.People), func(i int) string { return doc.People[i].ID })
	orgs := ids("o", len(doc.Organizations), func(i int) string { return doc.Organizations[i].ID })
	places := ids("l", len(doc.Places), func(i int) string { return doc.Places[i].ID })
	ids("d", len(doc.Dates), func(i int) string { return doc.Dates[i].ID })
	ids("f", len(doc.Figures), func(i int) string { return doc.Figures[i].ID })
	ids("q", len(doc.Quotes), func(i int) string { return doc.Quotes[i].ID })
	ids("x", len(doc.Facts), func(i int) string { return doc.Facts[i].ID })
	// ref checks one reference: id names an item of the list whose name
	// is str, or id is empty and no item is named str.
	ref := func(what, str, id string, index map[string]int, name func(int) string) {
		if id == "" {
			for i := range index {
				if str != "" && name(index[i]) == str {
					t.Errorf("%s %q has no id, but %s is named so", what, str, i)
				}
			}
			return
		}
		i, ok := index[id]
		switch {
		case !ok:
			t.Errorf("%s: id %q names no item of its list", what, id)
		case str != "" && name(i) != str, str == "" && what != "parent" && what != "place of organization":
			t.Errorf("%s %q: id %q is named %q", what, str, id, name(i))
		}
	}
	orgName := func(i int) string { return doc.Organizations[i].Name }
	placeName := func(i int) string { return doc.Places[i].Name }
	personName := func(i int) string { return doc.People[i].Name }
	for _, p := range doc.People {
		for _, pos := range p.Positions {
			ref("organization of "+p.Name, pos.Organization, pos.OrganizationID, orgs, orgName)
			ref("place of "+p.Name, pos.Place, pos.PlaceID, places, placeName)
		}
	}
	for _, q := range doc.Quotes {
		ref("speaker", q.Speaker, q.SpeakerID, people, personName)
		if q.Kind != entities.Direct && q.Kind != entities.Indirect {
			t.Errorf("quote %q: kind %q", q.Text, q.Kind)
		}
	}
	for _, o := range doc.Organizations {
		ref("place of organization", "", o.PlaceID, places, placeName)
		ref("parent", "", o.ParentID, orgs, orgName)
		if o.ParentID == o.ID && o.ID != "" {
			t.Errorf("organization %s is its own parent", o.ID)
		}
	}
}
