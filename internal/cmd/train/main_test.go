package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/extract"
)

// TestTrainTiny trains on the tiny corpora in testdata and checks that
// the model learnt them, that the same data gives the same file, and that
// leaving a topic out changes the data's hash.
func TestTrainTiny(t *testing.T) {
	dir := t.TempDir()
	train := func(name string, extra ...string) []byte {
		t.Helper()
		out := filepath.Join(dir, name)
		args := append([]string{"-nerel", "testdata/nerel", "-slavicner", "testdata/slavicner", "-o", out, "-epochs", "5", "-min-count", "1"}, extra...)
		var log bytes.Buffer
		if err := run(args, &log); err != nil {
			t.Fatalf("%v\n%s", err, log.String())
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	a, b := train("a.model"), train("b.model")
	if !bytes.Equal(a, b) {
		t.Error("the same corpora gave two different models")
	}
	if c := train("c.model", "-leave-out", "south"); bytes.Equal(header(c, "data"), header(a, "data")) {
		t.Error("leaving a topic out kept the data's hash")
	}
	ex, err := extract.New(extract.WithModel(bytes.NewReader(a)), extract.WithTrace())
	if err != nil {
		t.Fatal(err)
	}
	text := "Вчера в Зареченске выступил Ардан Келомов."
	doc, err := ex.Extract("t", text)
	if err != nil {
		t.Fatal(err)
	}
	var people []string
	for _, p := range doc.People {
		people = append(people, p.Name)
	}
	if !strings.Contains(strings.Join(people, "|"), "Ардан Келомов") {
		t.Errorf("people %q, want Ардан Келомов", people)
	}
}

// header returns the value of a model file's header line.
func header(model []byte, key string) []byte {
	for _, line := range bytes.Split(model, []byte("\n")) {
		if k, v, ok := bytes.Cut(line, []byte(" ")); ok && string(k) == key {
			return v
		}
		if len(line) == 0 {
			break
		}
	}
	return nil
}

func TestTrainErrors(t *testing.T) {
	var log bytes.Buffer
	for name, args := range map[string][]string{
		"no corpora":     {"-nerel", "", "-slavicner", "", "-o", filepath.Join(t.TempDir(), "m")},
		"missing corpus": {"-nerel", "testdata/none", "-slavicner", "", "-o", filepath.Join(t.TempDir(), "m")},
		"argument":       {"extra"},
	} {
		if err := run(args, &log); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestObservedPosts builds the posts table from the tiny corpus in
// testdata/posts: each noun under its nominative ("актрисе", "актрисой"
// are "актриса"; "врача", "врачи" are "врач"), nested mentions counted
// once, a noun seen fewer than three times ("режиссёр") left out, and the
// same corpus gives the same bytes.
func TestObservedPosts(t *testing.T) {
	a := buildTable(t, "testdata/posts", "-posts")
	if b := buildTable(t, "testdata/posts", "-posts"); a != b {
		t.Error("the same corpus gave two different tables")
	}
	checkRows(t, a, []string{
		"post\tprofessions\twords\tsource",
		"актриса\t4\t4\tposts",
		"врач\t4\t4\tposts",
		"тренер\t3\t3\tposts",
	})
}

// buildTable runs the trainer with flag (-posts or -first-names) on the
// NEREL-format corpus in dir and returns the table it writes.
func buildTable(t *testing.T, dir, flag string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "table.tsv")
	var log bytes.Buffer
	if err := run([]string{"-nerel", dir, flag, out}, &log); err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// checkRows compares a table's lines but its comments with want.
func checkRows(t *testing.T, table string, want []string) {
	t.Helper()
	var rows []string
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		if !strings.HasPrefix(line, "#") {
			rows = append(rows, line)
		}
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("table:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// TestChoosePosts checks the lemma each group of surfaces goes to: a
// masculine agent seen only in oblique cases ("императора", "императору"),
// plurals ("врачи") under their singular, a feminine noun in -а under
// itself, and an adjective or a word that does not decline left out.
func TestChoosePosts(t *testing.T) {
	heads := map[string]int{
		"императора": 2, "императору": 1,
		"врач": 2, "врачи": 2,
		"актриса": 1, "актрисы": 1, "актрисой": 1,
		"главный": 5, "леди": 4,
	}
	got := map[string]int{}
	for _, p := range choosePosts(heads, map[string]int{}) {
		got[p.lemma] = p.professions
	}
	want := map[string]int{"император": 3, "врач": 4, "актриса": 3}
	for l, n := range want {
		if got[l] != n {
			t.Errorf("%s: %d mentions, want %d (all: %v)", l, got[l], n, got)
		}
	}
	for _, l := range []string{"главный", "леди", "императора", "врачи", "актрис"} {
		if _, ok := got[l]; ok {
			t.Errorf("%s is a lemma: %v", l, got)
		}
	}
}

// TestObservedNames builds the first names table from a tiny invented
// corpus: a man's name seen in three cases, a woman's (the verb after it
// says so), a name seen twice (under the threshold), a written name
// (firstnames.tsv has it) and a word that starts mentions but is mostly
// alone ("Маяк") are left out.
func TestObservedNames(t *testing.T) {
	checkRows(t, buildTable(t, "testdata/names", "-first-names"), []string{
		"name\tgender\torigin\tmentions\twords\tsource",
		"Зорбек\tm\tother\t3\t3\tnames",
		"Мирандола\tf\tother\t4\t4\tnames",
	})
}

func TestObservedSurnames(t *testing.T) {
	checkRows(t, buildTable(t, "testdata/names", "-surnames"), []string{
		"surname\tmentions\tsource",
		"Петров\t3\tnames", // not Улаев, Кестер, Аскеров: no first name of the table before them
	})
}
