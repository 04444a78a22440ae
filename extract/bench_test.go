package extract

import (
	"strings"
	"testing"
)

// benchText is every seed release, joined: about 20 KB of release text.
func benchText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	for _, text := range textFiles(b, seedDir) {
		sb.WriteString(text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// seedDocs returns the seed releases one by one.
func seedDocs(b *testing.B) []string {
	b.Helper()
	return textFiles(b, seedDir)
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tokenize(text)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	ex := newTestExtractor(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ex.Sentences(text)
	}
}

// BenchmarkExtract extracts each seed release as its own document, as a
// pipeline would.
func BenchmarkExtract(b *testing.B) {
	docs := seedDocs(b)
	ex := newTestExtractor(b)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract("x", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractFactRuEval extracts the factRuEval dev texts (122 news
// documents, 345 KB), when ../shared is there.
func BenchmarkExtractFactRuEval(b *testing.B) {
	benchFactRuEval(b, newTestExtractor(b))
}

// BenchmarkExtractFactRuEvalRules is BenchmarkExtractFactRuEval with the
// rules alone (WithoutModel): the difference is the tagger's cost.
func BenchmarkExtractFactRuEvalRules(b *testing.B) {
	ex, err := New(WithoutModel())
	if err != nil {
		b.Fatal(err)
	}
	benchFactRuEval(b, ex)
}

// benchFactRuEval extracts the factRuEval dev texts with ex.
func benchFactRuEval(b *testing.B, ex *Extractor) {
	docs := factRuEvalTexts(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(d.ID, d.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}
