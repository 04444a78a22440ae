package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/jsonl"
)

// TestMain runs the pipelines of the tests on Beam's local runner
// (prism, in the test's own process).
func TestMain(m *testing.M) { ptest.Main(m) }

// inputs writes two JSON Lines files of documents made from the
// project's seed releases, one paragraph each on several dates, with the lines that fail
// put among them: not JSON, invalid UTF-8, no text, a bad date, an empty
// line, an id that is no string; the second file opens with a byte order
// mark. It returns the glob of the files.
func inputs(t *testing.T, dir string) string {
	t.Helper()
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed releases: %v", err)
	}
	var docs []string
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for i, para := range strings.Split(string(b), "\n\n") {
			if strings.TrimSpace(para) == "" {
				continue
			}
			// Each paragraph on five dates: five documents, whose dates
			// resolve apart.
			for _, date := range []string{"2024-03-12", "2023-12-31", "2025-07", "2022", "2021-07-23T09:30:00+03:00"} {
				line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s#%d@%s", filepath.Base(s), i, date), "text": para, "date": date})
				docs = append(docs, string(line))
			}
		}
	}
	bad := []string{
		`{"id": "b1", "text": `,
		"{\"id\": \"b2\", \"text\": \"\xff\"}",
		`{"id": "b3"}`,
		`{"id": "b4", "text": "Текст.", "date": "2024-02-30"}`,
		``,
		`{"id": {"x": 1}, "text": "Текст."}`,
		`{"id": 17, "text": "Число как id."}`,
	}
	half := len(docs) / 2
	first := append(append([]string{}, docs[:half]...), bad[:4]...)
	second := append(append([]string{}, bad[4:]...), docs[half:]...)
	write := func(name string, lines []string, prefix string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(prefix+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.jsonl", first, "")
	write("b.jsonl", second, "\uFEFF")
	if len(docs) < 200 {
		t.Fatalf("only %d documents from the seeds", len(docs))
	}
	return filepath.Join(dir, "*.jsonl")
}

// readShards returns the lines of every shard of prefix.
func readShards(t *testing.T, prefix string, shards int) []string {
	t.Helper()
	var lines []string
	for i := 0; i < shards; i++ {
		b, err := os.ReadFile(shardName(prefix, i, shards))
		if os.IsNotExist(err) {
			continue // a shard no line went to
		}
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}
	return lines
}

// TestPipeline runs the pipeline over a few hundred documents and holds
// its output to extract -jsonl's (the jsonl package's) line for line, as
// sets; every line that failed is in the failures with its reason.
func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	glob := inputs(t, dir)
	o := Options{Input: glob, Output: filepath.Join(dir, "out", "docs"), Failures: filepath.Join(dir, "out", "failed"), Shards: 3}
	if err := os.MkdirAll(filepath.Join(dir, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	res := ptest.RunAndValidate(t, p)

	// What extract -jsonl writes for the same files.
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(glob)
	var want, wantFailed []string
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := (&jsonl.Pipeline{Extractor: ex}).Run(context.Background(), &buf, jsonl.Input{Name: f, Reader: r}); err != nil {
			t.Fatal(err)
		}
		r.Close()
		for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
			var rec struct {
				ID    string `json:"id"`
				Error string `json:"error"`
			}
			json.Unmarshal([]byte(line), &rec)
			if rec.Error != "" {
				wantFailed = append(wantFailed, rec.ID)
			} else {
				want = append(want, line)
			}
		}
	}
	got := readShards(t, o.Output, o.Shards)
	slices.Sort(got)
	slices.Sort(want)
	if len(got) != len(want) {
		t.Errorf("%d documents, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("the documents differ from extract -jsonl's:\n got %.300s\nwant %.300s", got[i], want[i])
			break
		}
	}

	var gotFailed []string
	for _, line := range readShards(t, o.Failures, o.Shards) {
		var f failure
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("a failure record is not JSON: %q", line)
		}
		if f.Error == "" || f.File == "" || f.Line == "" && f.LineBase64 == "" && f.Error != "empty line" {
			t.Errorf("a failure record lacks its reason, file or line: %+v", f)
		}
		gotFailed = append(gotFailed, f.ID)
	}
	slices.Sort(gotFailed)
	slices.Sort(wantFailed)
	if !slices.Equal(gotFailed, wantFailed) {
		t.Errorf("failed ids %q, want %q", gotFailed, wantFailed)
	}

	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counters[c.Key.Name] = c.Committed
	}
	if counters["documents"] != int64(len(want)) || counters["failures"] != int64(len(wantFailed)) || counters["bytes"] == 0 {
		t.Errorf("counters %v, want %d documents and %d failures", counters, len(want), len(wantFailed))
	}
}

// TestBuildRefuses: options that cannot work are refused before a run.
func TestBuildRefuses(t *testing.T) {
	for _, o := range []Options{
		{Output: "o", Failures: "f", Shards: 1},
		{Input: "i", Failures: "f", Shards: 1},
		{Input: "i", Output: "o", Failures: "f", Shards: 0},
		{Input: "i", Output: "o", Failures: "f", Shards: 1, Date: "2024-13-01"},
	} {
		_, s := beam.NewPipelineWithRoot()
		if err := Build(s, o); err == nil {
			t.Errorf("Build(%+v) took it", o)
		}
	}
}
