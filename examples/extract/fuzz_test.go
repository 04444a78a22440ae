package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
)

// FuzzJSONLines feeds any bytes to the command's JSON Lines mode: one
// output line per input line, in order, each a JSON object that is either
// a document or an error record naming its line; the exit status 0 only
// when no line failed.
func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "ПЕКИН, 23 июля (Синьхуа) — Текст."}` + "\n" + `not json`))
	f.Add([]byte("\ufeff" + `{"id": "b", "text": "x", "date": "2021-07"}`))
	f.Add([]byte(`{"id": 7, "text": "\udcff"}` + "\r\n\n"))
	f.Add([]byte("{\"text\": \"\xff\"}"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errOut bytes.Buffer
		code := run(context.Background(), []string{"-jsonl", "-j", "2"}, bytes.NewReader(in), &out, &errOut)
		lines := 0
		if len(in) > 0 {
			body := bytes.TrimPrefix(in, []byte(utf8BOM))
			lines = bytes.Count(body, []byte("\n"))
			if len(body) > 0 && body[len(body)-1] != '\n' {
				lines++
			}
			if len(body) == 0 {
				lines = 0
			}
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			got = nil
		}
		if len(got) != lines {
			t.Fatalf("%d input lines gave %d output lines:\n%s", lines, len(got), out.String())
		}
		failed := false
		for i, line := range got {
			if !utf8.ValidString(line) || !json.Valid([]byte(line)) {
				t.Fatalf("output line %d is not JSON: %q", i+1, line)
			}
			var rec map[string]any
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("output line %d is not an object: %v", i+1, err)
			}
			if e, ok := rec["error"].(string); ok {
				failed = true
				if !strings.HasPrefix(e, "stdin:") {
					t.Fatalf("error record %d does not name its line: %q", i+1, e)
				}
			}
		}
		if failed != (code == exitFail) || code == exitUsage {
			t.Fatalf("exit %d with failed lines %v", code, failed)
		}
	})
}

// FuzzFiles gives any bytes to the command as a file: valid UTF-8 gives
// one indented JSON document whose spans are the file's, anything else a
// message on standard error naming the file and status 1.
func FuzzFiles(f *testing.F) {
	f.Add([]byte("ПЕКИН, 23 июля (Синьхуа) — Китай поставил 600 млн доз вакцины."))
	f.Add([]byte("\ufeff date 2020-08 Заголовок\nТекст."))
	f.Add([]byte("bad \xff byte"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "doc.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		code := run(context.Background(), []string{path}, strings.NewReader(""), &out, &errOut)
		if !utf8.Valid(data) {
			if code != exitFail || out.Len() != 0 || !strings.Contains(errOut.String(), path) {
				t.Fatalf("invalid UTF-8: exit %d, output %d bytes, stderr %q", code, out.Len(), errOut.String())
			}
			return
		}
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		var doc entities.Document
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatalf("the output is not one JSON document: %v", err)
		}
		if doc.ID != "doc" {
			t.Fatalf("id %q, want the file's name", doc.ID)
		}
		if err := doc.Validate(string(data)); err != nil {
			t.Fatalf("the document breaks the contract: %v", err)
		}
	})
}
