package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/extract"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// decodeLines decodes JSON Lines output into generic objects.
func decodeLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line is not JSON: %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

// TestFiles: several files give JSON Lines, one compact line each, with
// the file names as ids; -format json gives one indented array instead.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "r001.txt")
	b := filepath.Join(dir, "r002.txt")
	os.WriteFile(a, []byte("ПЕКИН, 23 июля (Синьхуа) — Китай поставил вакцины."), 0o644)
	os.WriteFile(b, []byte("Второй документ. Две фразы."), 0o644)
	code, out, errOut := runCmd(t, "", a, b)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var ids []string
	for _, doc := range decodeLines(t, out) {
		ids = append(ids, fmt.Sprint(doc["id"]))
	}
	if strings.Join(ids, ",") != "r001,r002" {
		t.Errorf("ids %v, want r001,r002 (file names without extension)", ids)
	}
	if !strings.Contains(errOut, "2 documents, 0 failed") {
		t.Errorf("stderr %q has no summary line", errOut)
	}
	if _, _, quiet := runCmd(t, "", "-q", a, b); quiet != "" {
		t.Errorf("-q: stderr %q, want nothing", quiet)
	}

	code, out, errOut = runCmd(t, "", "-format", "json", a, b)
	if code != 0 {
		t.Fatalf("-format json: exit %d, stderr %q", code, errOut)
	}
	var docs []entities.Document
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 2 || docs[1].ID != "r002" {
		t.Fatalf("-format json with two files: %v, %d documents:\n%s", err, len(docs), out)
	}
	if !strings.Contains(out, "\n    \"lang\": \"ru\"") {
		t.Errorf("the array is not indented:\n%s", out)
	}
	if code, out, _ = runCmd(t, "", a); code != 0 || !strings.Contains(out, "\n  \"lang\": \"ru\"") {
		t.Errorf("one file: exit %d, want one indented document:\n%s", code, out)
	}
}

// TestFileIDs: two files of the same name in different folders keep
// their folders in their ids; a file given twice gets ~2.
func TestFileIDs(t *testing.T) {
	got := fileIDs([]string{"a/r1.txt", "b/r1.txt", "c/r2.txt", "c/r2.txt", "-"})
	want := []string{"a/r1", "b/r1", "r2", "r2~2", "stdin"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("ids %q, want %q", got, want)
	}
}

// TestFlagsAfterFiles: flags may follow the file names, and "--" ends
// them.
func TestFlagsAfterFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("Текст."), 0o644)
	code, out, errOut := runCmd(t, "", a, "-format", "jsonl")
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("a flag after the file: exit %d, stderr %q, output %q", code, errOut, out)
	}
	dash := filepath.Join(dir, "-q")
	os.WriteFile(dash, []byte("Текст."), 0o644)
	if code, out, errOut := runCmd(t, "", "-format", "jsonl", "--", dash); code != 0 || !strings.Contains(out, `"id":"-q"`) {
		t.Errorf("a file named -q after --: exit %d, stderr %q, output %q", code, errOut, out)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd(t, "", "-version")
	if code != 0 || !strings.HasPrefix(out, "extract "+extract.Version+" (contract 2") {
		t.Errorf("-version: exit %d, %q", code, out)
	}
}

func TestStdinDocument(t *testing.T) {
	code, out, _ := runCmd(t, "Один. Два.")
	if code != 0 || !strings.Contains(out, `"id": "stdin"`) {
		t.Errorf("exit %d, output %s", code, out)
	}
}

func TestMissingFile(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.txt")
	os.WriteFile(ok, []byte("Текст."), 0o644)
	code, out, errOut := runCmd(t, "", filepath.Join(dir, "missing.txt"), ok)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errOut, "missing.txt") {
		t.Errorf("stderr %q does not name the missing file", errOut)
	}
	if !strings.Contains(out, `"id":"ok"`) {
		t.Errorf("the readable file was not processed after the missing one")
	}
}

func TestInvalidUTF8File(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("Текст \xff."), 0o644)
	code, _, errOut := runCmd(t, "", bad)
	if code != 1 || !strings.Contains(errOut, "byte 11") {
		t.Errorf("exit %d, stderr %q; want 1 and the byte offset", code, errOut)
	}
}

func TestJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "ПЕКИН, 23 июля (Синьхуа) — Китай поставил вакцины."}`,
		`not json`,
		`{"id": "c"}`,
		"{\"id\": \"d\", \"text\": \"bad \xff byte\"}",
		``,
		`{"id": "f", "text": "Харбин, 28 октября /Синьхуа/ -- Текст.", "date": "2021-11-02"}`,
		"{\"id\": \"g\", \"text\": \"Строка с CRLF.\"}\r",
		`{"id": "h", "text": "x", "date": "вчера"}`,
		`{"id": "i", "text": "Последняя строка без перевода строки."}`,
	}, "\n")
	code, out, errOut := runCmd(t, in, "-jsonl", "-j", "3")
	if code != 1 {
		t.Errorf("exit %d, want 1 (some lines failed); stderr %q", code, errOut)
	}
	got := decodeLines(t, out)
	want := []struct{ id, err string }{
		{"a", ""}, {"", "not a JSON object"}, {"c", `no "text"`}, {"d", "invalid UTF-8"}, // the id is valid where the text is not
		{"", "empty line"}, {"f", ""}, {"g", ""}, {"h", "date"}, {"i", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("%d output lines, want %d (one per input line):\n%s", len(got), len(want), out)
	}
	for i, w := range want {
		if got[i]["id"] != w.id {
			t.Errorf("line %d: id %v, want %q", i+1, got[i]["id"], w.id)
		}
		e, _ := got[i]["error"].(string)
		if w.err == "" && e != "" || w.err != "" && !strings.Contains(e, w.err) {
			t.Errorf("line %d: error %q, want one containing %q", i+1, e, w.err)
		}
		if w.err != "" && !strings.HasPrefix(e, fmt.Sprintf("stdin:%d: ", i+1)) {
			t.Errorf("line %d: error %q does not name its line", i+1, e)
		}
	}
	if dl, _ := got[5]["dateline"].(map[string]any); dl == nil || dl["date"] != "2021-10-28" {
		t.Errorf("the input date did not give the dateline its year: %v", got[5]["dateline"])
	}
}

// TestJSONLinesOrder runs many documents of very different sizes through
// several workers: the output must keep the input order.
func TestJSONLinesOrder(t *testing.T) {
	var in strings.Builder
	for i := range 300 {
		text := strings.Repeat("Семинар прошел в Цзинане. ", 1+(i*37)%200)
		fmt.Fprintf(&in, "{\"id\": \"doc%03d\", \"text\": %q}\n", i, text)
	}
	code, out, errOut := runCmd(t, in.String(), "-jsonl", "-j", "8")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	got := decodeLines(t, out)
	if len(got) != 300 {
		t.Fatalf("%d lines, want 300", len(got))
	}
	for i, doc := range got {
		if want := fmt.Sprintf("doc%03d", i); doc["id"] != want {
			t.Fatalf("line %d has id %v, want %s", i+1, doc["id"], want)
		}
	}
}

func TestJSONLinesLongLine(t *testing.T) {
	text := strings.Repeat("Длинная строка без конца и края. ", 200000) // about 6 MB
	in := fmt.Sprintf("{\"id\": \"long\", \"text\": %q}\n", text)
	code, out, errOut := runCmd(t, in, "-jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if got := decodeLines(t, out); len(got) != 1 || got[0]["id"] != "long" {
		t.Errorf("long line: got %d lines", len(got))
	}
}

func TestJSONLinesFromFiles(t *testing.T) {
	dir := t.TempDir()
	p1, p2 := filepath.Join(dir, "1.jsonl"), filepath.Join(dir, "2.jsonl")
	os.WriteFile(p1, []byte(`{"id":"x","text":"Один."}`+"\n"), 0o644)
	os.WriteFile(p2, []byte(`{"id":"y","text":"Два."}`+"\n"), 0o644)
	code, out, _ := runCmd(t, "", "-jsonl", p1, p2)
	got := decodeLines(t, out)
	if code != 0 || len(got) != 2 || got[0]["id"] != "x" || got[1]["id"] != "y" {
		t.Errorf("exit %d, output %s", code, out)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"unknown flag", []string{"-nope"}, 2},
		{"zero workers", []string{"-j", "0"}, 2},
		{"bad date", []string{"-date", "23.07.2021"}, 2},
		{"help", []string{"-h"}, 0},
		{"bad format", []string{"-format", "xml"}, 2},
		{"json with jsonl", []string{"-format", "json", "-jsonl"}, 2},
		{"from without html", []string{"-from", "x.json"}, 2},
		{"impossible date", []string{"-date", "2021-02-30"}, 2},
		{"html with two files", []string{"-format", "html", "a.txt", "b.txt"}, 2},
		{"no model file", []string{"-model", "testdata/no-such.model"}, 2},
		{"model and rules", []string{"-model", "x", "-rules"}, 2},
		{"not a model", []string{"-model", "main.go"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			if code == 2 && !strings.Contains(errOut, "usage") && !strings.Contains(errOut, "extract: ") {
				t.Errorf("stderr %q has no usage line", errOut)
			}
		})
	}
}

// TestRulesFlag runs the command with the rules alone and with the
// tagger: the tagger finds a town the rules do not.
func TestRulesFlag(t *testing.T) {
	text := "Новый завод построят в Барабинске к осени."
	places := func(args ...string) int {
		code, out, errOut := runCmd(t, text, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var doc struct{ Places []any }
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		return len(doc.Places)
	}
	if r, m := places("-rules"), places(); r != 0 || m != 1 {
		t.Errorf("places: %d by the rules alone, %d with the tagger; want 0 and 1", r, m)
	}
}

func TestReferenceDateFlag(t *testing.T) {
	code, out, _ := runCmd(t, "ПЕКИН, 23 июля (Синьхуа) — Текст.", "-date", "2015-08-01")
	if code != 0 || !strings.Contains(out, `"date": "2015-07-23"`) {
		t.Errorf("exit %d, output %s", code, out)
	}
}

func TestTraceFlag(t *testing.T) {
	in := "ПЕКИН, 23 июля (Синьхуа) — Делегация прибыла в Цзинань."
	code, out, _ := runCmd(t, in, "-trace")
	if code != 0 || !strings.Contains(out, `"rule": "PL1"`) || !strings.Contains(out, `"rule": "DL1"`) {
		t.Errorf("-trace: exit %d, output %s", code, out)
	}
	if _, plain, _ := runCmd(t, in); strings.Contains(plain, `"trace"`) {
		t.Errorf("no -trace, yet a trace: %s", plain)
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"-jsonl"}, strings.NewReader(`{"id":"a","text":"x"}`+"\n"), &out, &errOut)
	if code != 1 {
		t.Errorf("a canceled run exited %d, want 1", code)
	}
}

func TestHTMLFormat(t *testing.T) {
	code, out, errOut := runCmd(t, "Мэр Москвы Сергей Собянин открыл 2 станции.", "-format", "html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"<!DOCTYPE html>", `<mark class="person"`, "Сергей Собянин</td>"} {
		if !strings.Contains(out, want) {
			t.Errorf("the page has no %q", want)
		}
	}
}

// TestJSONLinesEdges: a byte order mark before the first line, a lone
// surrogate escape, a field of the wrong type (the error keeps the id and
// speaks of the input, not of Go's types), a number for an id (kept as
// its JSON text).
func TestJSONLinesEdges(t *testing.T) {
	in := strings.Join([]string{
		"\ufeff" + `{"id": "a", "text": "Первая строка после BOM."}`,
		`{"id": "b", "text": "плохой \udcff символ"}`,
		`{"id": "c", "text": "пара \ud83d\ude00 цела"}`,
		`{"id": "d", "text": 123}`,
		`{"id": 7, "text": "x"}`,
		`{"id": "f", "text": "экранированный \\udcff не суррогат"}`,
	}, "\n")
	code, out, _ := runCmd(t, in, "-jsonl", "-j", "2")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	got := decodeLines(t, out)
	want := []struct{ id, err string }{
		{"a", ""}, {"b", "lone surrogate"}, {"c", ""}, {"d", `"text" is a number, want a string`},
		{"7", ""}, {"f", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(got), len(want), out)
	}
	for i, w := range want {
		e, _ := got[i]["error"].(string)
		if got[i]["id"] != w.id || w.err == "" && e != "" || w.err != "" && !strings.Contains(e, w.err) {
			t.Errorf("line %d: id %v, error %q; want id %q, error with %q", i+1, got[i]["id"], e, w.id, w.err)
		}
		if strings.Contains(e, "Go struct") || strings.Contains(e, "inputLine") {
			t.Errorf("line %d: the error speaks of Go's types: %q", i+1, e)
		}
	}
}

func TestJobsBound(t *testing.T) {
	for _, j := range []string{"0", "20000000000000", "1025"} {
		code, _, errOut := runCmd(t, "x", "-j", j)
		if code != 2 || !strings.Contains(errOut, "want 1 to 1024") {
			t.Errorf("-j %s: exit %d, stderr %q; want a usage error", j, code, errOut)
		}
	}
}

// failWriter fails every write, as a full disk does.
type failWriter struct{ writes int }

func (w *failWriter) Write([]byte) (int, error) {
	w.writes++
	return 0, fmt.Errorf("no space left on device")
}

// TestWriteErrorOnce: a write that fails is reported once, and the rest
// of the input is not read.
func TestWriteErrorOnce(t *testing.T) {
	var in strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&in, "{\"id\": \"%d\", \"text\": \"Семинар прошел в Цзинане.\"}\n", i)
	}
	r := &countingReader{r: strings.NewReader(in.String())}
	var errOut bytes.Buffer
	w := &failWriter{}
	code := run(context.Background(), []string{"-jsonl", "-j", "2"}, r, w, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if n := strings.Count(errOut.String(), "no space left"); n != 1 {
		t.Errorf("the write error is reported %d times:\n%s", n, errOut.String())
	}
	if r.n >= in.Len() {
		t.Errorf("all %d bytes were read after the output failed", r.n)
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestFromFlag: -format html -from shows a result written before, for the
// text it came from; a result of another text is refused.
func TestFromFlag(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	os.WriteFile(text, []byte("Мэр Москвы Сергей Собянин открыл 2 станции."), 0o644)
	_, doc, _ := runCmd(t, "", text)
	res := filepath.Join(dir, "a.json")
	os.WriteFile(res, []byte(doc), 0o644)
	code, out, errOut := runCmd(t, "", "-format", "html", "-from", res, text)
	if code != 0 || !strings.Contains(out, "Сергей Собянин</td>") {
		t.Errorf("-from: exit %d, stderr %q", code, errOut)
	}
	other := filepath.Join(dir, "b.txt")
	os.WriteFile(other, []byte("Другой текст."), 0o644)
	if code, _, errOut := runCmd(t, "", "-format", "html", "-from", res, other); code != 1 || !strings.Contains(errOut, "not of this text") {
		t.Errorf("-from with another text: exit %d, stderr %q", code, errOut)
	}

	lines := filepath.Join(dir, "in.jsonl")
	os.WriteFile(lines, []byte(`{"id":"x","text":"Один."}`+"\n"+`{"id":"y","text":"Мэр Москвы Сергей Собянин открыл 2 станции."}`+"\n"), 0o644)
	_, results, _ := runCmd(t, "", "-jsonl", lines)
	second := filepath.Join(dir, "y.json")
	os.WriteFile(second, []byte(strings.Split(results, "\n")[1]), 0o644)
	if code, out, errOut := runCmd(t, "", "-format", "html", "-jsonl", "-from", second, lines); code != 0 || !strings.Contains(out, "Сергей Собянин</td>") {
		t.Errorf("-from a line of JSON Lines: exit %d, stderr %q", code, errOut)
	}
}

// TestFilesInOrder: many files through several workers come out in the
// order given.
func TestFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("d%02d.txt", i))
		os.WriteFile(p, []byte(strings.Repeat("Семинар прошел в Цзинане. ", 1+(i*37)%100)), 0o644)
		names = append(names, p)
	}
	code, out, errOut := runCmd(t, "", append([]string{"-j", "6"}, names...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for i, doc := range decodeLines(t, out) {
		if want := fmt.Sprintf("d%02d", i); doc["id"] != want {
			t.Fatalf("document %d has id %v, want %s", i+1, doc["id"], want)
		}
	}
}

// TestDateFlagForms: -date takes a timestamp as well as a day, and says
// what is wrong with an impossible one.
func TestDateFlagForms(t *testing.T) {
	code, out, _ := runCmd(t, "ПЕКИН, 23 июля (Синьхуа) — Текст.", "-date", "2015-08-01T09:30:00+03:00")
	if code != 0 || !strings.Contains(out, `"date": "2015-07-23"`) {
		t.Errorf("RFC 3339: exit %d, output %s", code, out)
	}
	code, _, errOut := runCmd(t, "x", "-date", "2021-02-30")
	if code != 2 || !strings.Contains(errOut, "February 2021 has no day 30") {
		t.Errorf("impossible date: exit %d, stderr %q", code, errOut)
	}
}

// TestFileWithBOM: a file saved with a byte order mark keeps its offsets:
// they are the file's, BOM included.
func TestFileWithBOM(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bom.txt")
	data := "\ufeffПЕКИН, 23 июля (Синьхуа) — Китай поставил вакцины."
	os.WriteFile(p, []byte(data), 0o644)
	code, out, errOut := runCmd(t, "", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc entities.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Dateline == nil || doc.Dateline.Place != "Пекин" {
		t.Errorf("the BOM hid the dateline: %+v", doc.Dateline)
	}
	if err := doc.Validate(data); err != nil {
		t.Errorf("spans are not the file's: %v", err)
	}
}

// TestUserTables: -places and the other table flags add a user's names;
// a bad table fails with its file and line; a missing one is a usage
// error.
func TestUserTables(t *testing.T) {
	dir := t.TempDir()
	places := filepath.Join(dir, "places.tsv")
	os.WriteFile(places, []byte("name\tlatin\tkind\tcountry\tdecl\taliases\nЗаречинск\tZarechinsk\tcity\tRU\t\t\n"), 0o644)
	orgs := filepath.Join(dir, "orgs.tsv")
	os.WriteFile(orgs, []byte("name\tacronym\tlatin\tdecl\taliases\nКвантолит\t\tKvantolit\t\t\n"), 0o644)
	text := "Завод «Квантолита» откроют в Заречинске."
	code, out, errOut := runCmd(t, text, "-places", places, "-orgs", orgs, "-q")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var doc entities.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Places) != 1 || doc.Places[0].Name != "Заречинск" || doc.Places[0].Latin != "Zarechinsk" {
		t.Errorf("places %+v, want the user's Заречинск", doc.Places)
	}
	if len(doc.Organizations) != 1 || doc.Organizations[0].Latin != "Kvantolit" {
		t.Errorf("organizations %+v, want the user's Квантолит", doc.Organizations)
	}

	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("name\tlatin\tkind\tcountry\tdecl\taliases\nЗаречинск\tZarechinsk\n"), 0o644)
	code, _, errOut = runCmd(t, text, "-places", bad)
	if code != 1 || !strings.Contains(errOut, bad+":2:") || strings.Count(errOut, "extract:") != 1 {
		t.Errorf("a bad table: exit %d, stderr %q; want 1 and the file and line", code, errOut)
	}
	code, _, errOut = runCmd(t, text, "-places", filepath.Join(dir, "none.tsv"))
	if code != 2 || !strings.Contains(errOut, "none.tsv") {
		t.Errorf("a missing table: exit %d, stderr %q; want 2 and the file", code, errOut)
	}
}

// TestWithoutFlag: -without leaves parts out; an unknown part is a usage
// error that lists the parts.
func TestWithoutFlag(t *testing.T) {
	text := "Иван Петров прибыл в Москву 3 марта."
	code, out, errOut := runCmd(t, text, "-without", "people,places", "-q")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var doc entities.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.People) != 0 || len(doc.Places) != 0 || len(doc.Dates) != 1 {
		t.Errorf("-without people,places: %d people, %d places, %d dates; want 0, 0, 1", len(doc.People), len(doc.Places), len(doc.Dates))
	}
	code, _, errOut = runCmd(t, text, "-without", "people,names")
	if code != 2 || !strings.Contains(errOut, `"names"`) || !strings.Contains(errOut, "facts") {
		t.Errorf("-without names: exit %d, stderr %q", code, errOut)
	}
}
