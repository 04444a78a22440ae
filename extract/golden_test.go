package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/testflags"
)

// update rewrites the golden files: go test ./... -update
var update = testflags.Update

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
			checkDocument(t, text, got)
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
