// Command train learns the tagger's model from the training corpora and
// writes it, by default over the built-in model:
//
//	go run ./internal/cmd/train [flags]
//
// Flags:
//
//	-nerel DIR      NEREL's training split (default ../shared/corpora/nerel-train)
//	-slavicner DIR  SlavicNER's training split (default ../shared/corpora/slavicner-ru-train)
//	-leave-out T    leave the SlavicNER topic T out (to measure on it)
//	-o FILE         where to write the model (default internal/tagger/ru.model)
//	-epochs N       passes over the data (default 8)
//	-min-count N    drop the features seen in fewer tokens (default 2)
//	-max-features N keep the N features that weigh most (default 30000; 0: all)
//	-posts FILE     write the posts NEREL's gold shows (lexicon.go) to FILE
//	                instead of training: internal/lexicon/posts_observed.tsv
//	-first-names FILE
//	                write the first names NEREL's gold shows (names.go) to
//	                FILE instead of training: internal/lexicon/firstnames_observed.tsv
//	-surnames FILE  write the family names NEREL's gold shows after a first
//	                name in the nominative (surnames.go) to FILE instead of
//	                training: internal/lexicon/surnames_observed.tsv
//
// The tagger's features read the written lexicons, not the observed
// posts and first names, which come from the same gold it learns from.
//
// Either corpus may be "" to train without it. The same corpora and flags
// give a byte-identical file. How each corpus's annotation is mapped onto
// the contract's mentions is in corpus.go.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	_ "github.com/pressfacts/pressfacts/extract" // sets tagger.Featurize
	"github.com/pressfacts/pressfacts/internal/tagger"
)

// layers are the types the model tags, one BIO layer each.
var layers = []string{"PER", "ORG", "LOC"}

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	nerel := fs.String("nerel", "../shared/corpora/nerel-train", "NEREL training split, or \"\"")
	slavic := fs.String("slavicner", "../shared/corpora/slavicner-ru-train", "SlavicNER training split, or \"\"")
	leaveOut := fs.String("leave-out", "", "SlavicNER topic to leave out")
	out := fs.String("o", filepath.Join("internal", "tagger", "ru.model"), "model file to write")
	epochs := fs.Int("epochs", 8, "passes over the data")
	runs := fs.Int("runs", 5, "train this many times, each on its own order of the sentences, and average the runs' weights")
	minCount := fs.Int("min-count", 2, "drop the features seen in fewer tokens")
	maxFeatures := fs.Int("max-features", 30000, "keep only the `N` features that weigh most (0: all)")
	posts := fs.String("posts", "", "write the posts of NEREL's gold to `FILE` instead of training")
	firstNames := fs.String("first-names", "", "write the first names of NEREL's gold to `FILE` instead of training")
	surnames := fs.String("surnames", "", "write the family names of NEREL's gold to `FILE` instead of training")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *posts != "" {
		return writeObservedPosts(*nerel, *posts, log)
	}
	if *firstNames != "" {
		return writeObservedNames(*nerel, *firstNames, log)
	}
	if *surnames != "" {
		return writeObservedSurnames(*nerel, *surnames, log)
	}
	var docs []document
	hash := sha256.New()
	fmt.Fprintf(hash, "leave-out %q epochs %d min-count %d max-features %d runs %d\n", *leaveOut, *epochs, *minCount, *maxFeatures, *runs)
	for _, c := range []struct {
		dir  string
		read func(dir string, h io.Writer) ([]document, error)
	}{{*nerel, readNEREL}, {*slavic, func(dir string, h io.Writer) ([]document, error) { return readSlavicNER(dir, *leaveOut, h) }}} {
		if c.dir == "" {
			continue
		}
		ds, err := c.read(c.dir, hash)
		if err != nil {
			return err
		}
		docs = append(docs, ds...)
	}
	if len(docs) == 0 {
		return fmt.Errorf("no training documents")
	}
	examples, err := featurizeAll(docs)
	if err != nil {
		return err
	}
	tokens := 0
	for _, ex := range examples {
		tokens += ex.Len()
	}
	fmt.Fprintf(log, "%d documents, %d sentences, %d tokens\n", len(docs), len(examples), tokens)
	h := tagger.Header{Features: tagger.FeatureSet, Data: hex.EncodeToString(hash.Sum(nil)), Layers: layers}
	m, err := tagger.Train(h, examples, tagger.Options{Epochs: *epochs, MinCount: *minCount, MaxFeatures: *maxFeatures, Runs: *runs, Progress: func(epoch int, rate float64) {
		fmt.Fprintf(log, "pass %d: %.4f of labels wrong\n", epoch, rate)
	}})
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	fmt.Fprintf(log, "%s: %d features\n", *out, m.NumFeatures())
	return f.Close()
}

// featurizeAll turns the documents into labelled examples, in the
// documents' order, on every core.
func featurizeAll(docs []document) ([]tagger.Example, error) {
	per := make([][]tagger.Example, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				per[i], errs[i] = docs[i].examples()
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []tagger.Example
	for i := range docs {
		if errs[i] != nil {
			return nil, fmt.Errorf("%s: %w", docs[i].id, errs[i])
		}
		out = append(out, per[i]...)
	}
	return out, nil
}

// writeObservedPosts writes the posts table observed in a NEREL split.
func writeObservedPosts(dir, path string, log io.Writer) error {
	if dir == "" {
		return fmt.Errorf("-posts needs -nerel")
	}
	posts, err := observePosts(dir)
	if err != nil {
		return err
	}
	return writeTable(path, log, fmt.Sprintf("%d posts", len(posts)), func(w io.Writer) error {
		return writePosts(w, posts, filepath.Base(dir))
	})
}

// writeObservedNames writes the first names observed in a NEREL split.
func writeObservedNames(dir, path string, log io.Writer) error {
	if dir == "" {
		return fmt.Errorf("-first-names needs -nerel")
	}
	known, err := knownNames()
	if err != nil {
		return err
	}
	names, err := observeFirstNames(dir, known)
	if err != nil {
		return err
	}
	return writeTable(path, log, fmt.Sprintf("%d first names", len(names)), func(w io.Writer) error {
		return writeNames(w, names, filepath.Base(dir))
	})
}

// writeObservedSurnames writes the family names observed in a NEREL split.
func writeObservedSurnames(dir, path string, log io.Writer) error {
	if dir == "" {
		return fmt.Errorf("-surnames needs -nerel")
	}
	nominative, err := nominativeFirstNames()
	if err != nil {
		return err
	}
	known, err := knownNames()
	if err != nil {
		return err
	}
	names, err := observeSurnames(dir, nominative, known)
	if err != nil {
		return err
	}
	return writeTable(path, log, fmt.Sprintf("%d family names", len(names)), func(w io.Writer) error {
		return writeSurnames(w, names, filepath.Base(dir))
	})
}

// writeTable creates path, writes it with write and logs what it holds.
func writeTable(path string, log io.Writer, what string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	fmt.Fprintf(log, "%s: %s\n", path, what)
	return f.Close()
}
