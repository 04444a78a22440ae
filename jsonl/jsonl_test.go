package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/extract"
)

var ex = func() *extract.Extractor {
	e, err := extract.New()
	if err != nil {
		panic(err)
	}
	return e
}()

// records decodes output lines into id and error.
func records(t *testing.T, out string) [][2]string {
	t.Helper()
	var recs [][2]string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var r struct{ ID, Error string }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		recs = append(recs, [2]string{r.ID, r.Error})
	}
	return recs
}

// TestRunInputs: two inputs in turn, each numbering its own lines, each
// with its own BOM; failures named by input and line, counted, and passed
// to Failed in order.
func TestRunInputs(t *testing.T) {
	a := "\ufeff" + `{"id":"a1","text":"Один."}` + "\n" + `{"id":"a2"}` + "\n"
	b := "\ufeff" + `{"id":"b1","text":"Два."}` + "\r\n" + "oops\n" + `{"id":3,"text":"Три."}`
	var failed []string
	var written []Stats
	p := &Pipeline{
		Extractor: ex,
		Jobs:      3,
		Failed:    func(e *LineError) { failed = append(failed, e.Error()) },
		Written:   func(s Stats) { written = append(written, s) },
	}
	var out bytes.Buffer
	st, err := p.Run(context.Background(), &out, Input{Name: "a.jsonl", Reader: strings.NewReader(a)}, Input{Reader: strings.NewReader(b)})
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]string{{"a1", ""}, {"a2", `a.jsonl:2: no "text"`}, {"b1", ""}, {"", "stdin:2: not a JSON object"}, {"3", ""}}
	if got := records(t, out.String()); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("records %q, want %q", got, want)
	}
	if want := (Stats{Lines: 5, Failed: 2, Bytes: int64(len(a) + len(b))}); st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	if fmt.Sprint(failed) != fmt.Sprint([]string{`a.jsonl:2: no "text"`, "stdin:2: not a JSON object"}) {
		t.Errorf("Failed saw %q", failed)
	}
	if len(written) != 5 || written[4] != st {
		t.Errorf("Written saw %+v", written)
	}
}

// brokenReader gives some bytes and then an error, as a dropped
// connection does.
type brokenReader struct{ r io.Reader }

func (b *brokenReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err == io.EOF {
		return n, errors.New("connection reset")
	}
	return n, err
}

// TestReadError: an input that breaks off gives its lines read so far
// and an error naming where; the next input still runs.
func TestReadError(t *testing.T) {
	broken := &brokenReader{strings.NewReader(`{"id":"x","text":"Один."}` + "\n")}
	var out bytes.Buffer
	st, err := (&Pipeline{Extractor: ex}).Run(context.Background(), &out,
		Input{Name: "net", Reader: broken}, Input{Name: "b", Reader: strings.NewReader(`{"id":"y","text":"Два."}`)})
	if err == nil || !strings.Contains(err.Error(), "net:2: connection reset") {
		t.Errorf("error %v, want one naming net:2", err)
	}
	if st.Lines != 2 || len(records(t, out.String())) != 2 {
		t.Errorf("%d lines written, want 2:\n%s", st.Lines, out.String())
	}
}

// failWriter fails after n writes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

// TestWriteError: a failed write ends the run with that error, and the
// rest of the input is not read.
func TestWriteError(t *testing.T) {
	// Much more input than the reader's buffer holds, so that reading on
	// after the failure would show.
	var in strings.Builder
	for i := range 60000 {
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":\"Текст.\"}\n", i)
	}
	r := strings.NewReader(in.String())
	st, err := (&Pipeline{Extractor: ex, Jobs: 2}).Run(context.Background(), &failWriter{n: 3}, Input{Reader: r})
	if err == nil || err.Error() != "disk full" {
		t.Errorf("error %v, want disk full", err)
	}
	if st.Lines != 3 {
		t.Errorf("%d lines counted as written, want 3", st.Lines)
	}
	if r.Len() == 0 {
		t.Errorf("the whole input was read after the write failed")
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := (&Pipeline{Extractor: ex}).Run(ctx, io.Discard, Input{Reader: strings.NewReader(`{"id":"a","text":"x"}`)})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

func TestNoExtractor(t *testing.T) {
	if _, err := new(Pipeline).Run(context.Background(), io.Discard); err == nil {
		t.Error("a Pipeline without an Extractor ran")
	}
}

// TestOrder: documents of very different sizes through many workers keep
// the input order, and the output is the same whatever the workers.
func TestOrder(t *testing.T) {
	var in strings.Builder
	for i := range 200 {
		fmt.Fprintf(&in, "{\"id\":\"doc%03d\",\"text\":%q}\n", i, strings.Repeat("Семинар прошел в Цзинане. ", 1+(i*37)%150))
	}
	run := func(jobs int) string {
		var out bytes.Buffer
		if _, err := (&Pipeline{Extractor: ex, Jobs: jobs}).Run(context.Background(), &out, Input{Reader: strings.NewReader(in.String())}); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	one := run(1)
	for i, r := range records(t, one) {
		if want := fmt.Sprintf("doc%03d", i); r[0] != want {
			t.Fatalf("line %d has id %s, want %s", i+1, r[0], want)
		}
	}
	if run(7) != one {
		t.Error("7 workers wrote other bytes than one")
	}
}

// TestLine: what one line gives, and what each kind of bad line says.
func TestLine(t *testing.T) {
	tests := []struct{ in, id, err string }{
		{`{"id":"a","text":"ПЕКИН, 23 июля (Синьхуа) — Текст.","date":"2021-08-01"}`, "a", ""},
		{`{"id":12,"text":"x"}`, "12", ""},
		{`{"text":"x"}`, "", ""},
		{`  `, "", "empty line"},
		{`[1]`, "", "not a JSON object"},
		{`{"id":"a","text":null}`, "", `no "text"`},
		{`{"id":"a","text":["x"]}`, "", `"text" is an array, want a string`},
		{`{"id":true,"text":"x"}`, "", `"id" is a boolean, want a string or a number`},
		{`{"id":"a","text":"x","date":5}`, "", `"date" is a number, want a string`},
		{`{"id":"a","text":"x","date":"2021-13"}`, "", "2021-13"},
		{"{\"text\":\"\xc3\"}", "", "invalid UTF-8 at byte 9"},
		{`{"text":"\ud800x"}`, "", `lone surrogate escape at byte 9 of the line (\ud800)`},
		{`{"text":"\ud83d\ude00 \\ud800"}`, "", ""},
	}
	for _, tc := range tests {
		out, err := Line(ex, []byte(tc.in))
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) || out != nil {
				t.Errorf("%s: error %v, want one with %q and no output", tc.in, err, tc.err)
			}
			if err != nil && strings.HasPrefix(err.Error(), "extract: ") {
				t.Errorf("%s: the error keeps the package name: %v", tc.in, err)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.in, err)
		default:
			var doc struct{ ID string }
			if json.Unmarshal(out, &doc) != nil || doc.ID != tc.id || !bytes.HasSuffix(out, []byte("}\n")) || bytes.Count(out, []byte("\n")) != 1 {
				t.Errorf("%s: output %.80q, want one line with id %q", tc.in, out, tc.id)
			}
		}
	}
}

// TestLongLine: a line over the limit is skipped whole and the next one
// read.
func TestLongLine(t *testing.T) {
	in := strings.Repeat("x", 100) + "\n" + "short\r\n" + strings.Repeat("y", 100)
	br := bufio.NewReaderSize(strings.NewReader(in), 16)
	var got []string
	for {
		data, _, err := readLine(br, 50)
		switch err {
		case errTooLong:
			got = append(got, "too long")
			continue
		case nil, io.EOF:
			if len(data) > 0 {
				got = append(got, string(data))
			}
		}
		if err != nil {
			break
		}
	}
	if fmt.Sprint(got) != "[too long short too long]" {
		t.Errorf("lines %q", got)
	}
}

func TestID(t *testing.T) {
	for line, want := range map[string]string{
		`{"id": "a1", "text": "x"}`:           "a1",
		`{"id": 17, "text": "x"}`:             "17",
		"{\"id\": \"d\", \"text\": \"\xff\"}": "d", // the text is not UTF-8, the id is
		"{\"id\": \"\xff\"}":                  "",
		`{"id": "\udcff"}`:                    "",
		`{"id": {"x": 1}}`:                    "",
		`not json`:                            "",
		``:                                    "",
	} {
		if got := ID([]byte(line)); got != want {
			t.Errorf("ID(%q) = %q, want %q", line, got, want)
		}
	}
}
