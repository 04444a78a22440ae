package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/htmlview"
)

// maxJobs bounds -j: more workers than this only cost memory (each holds
// a line and a document) on any machine the command runs on.
const maxJobs = 1024

// utf8BOM is the byte order mark some editors put at the start of a file.
const utf8BOM = "\xef\xbb\xbf"

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // some document failed
	exitUsage = 2
)

// run is the whole command, with its streams passed in so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "read and write JSON Lines: one {\"id\", \"text\", \"date\"} object per line")
	jobs := fs.Int("j", runtime.NumCPU(), "documents extracted at once")
	date := fs.String("date", "", "reference `date` (YYYY-MM-DD) for documents that give no date")
	format := fs.String("format", "json", "output `format`: json, or html (one document as a page to look at)")
	trace := fs.Bool("trace", false, "list every mention with the rule that found it, under \"trace\"")
	model := fs.String("model", "", "tag with the tagger model in `file` (as internal/cmd/train writes it), not the built-in one")
	rules := fs.Bool("rules", false, "use the rules alone, without the tagger")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: extract [-jsonl] [-j N] [-date YYYY-MM-DD] [-format json|html] [-trace] [-model FILE | -rules] [FILE...]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch {
	case *format != "json" && *format != "html":
		fmt.Fprintf(stderr, "extract: -format %q: want json or html\n", *format)
		return exitUsage
	case *format == "html" && (*jsonl || fs.NArg() > 1):
		fmt.Fprintf(stderr, "extract: -format html writes one document: give one FILE or standard input, without -jsonl\n")
		return exitUsage
	}
	if *jobs < 1 || *jobs > maxJobs {
		fmt.Fprintf(stderr, "extract: -j %d: want 1 to %d\n", *jobs, maxJobs)
		return exitUsage
	}
	var opts []extract.Option
	if *trace {
		opts = append(opts, extract.WithTrace())
	}
	switch {
	case *model != "" && *rules:
		fmt.Fprintf(stderr, "extract: -model and -rules: give one\n")
		return exitUsage
	case *rules:
		opts = append(opts, extract.WithoutModel())
	case *model != "":
		f, err := os.Open(*model)
		if err != nil {
			fmt.Fprintf(stderr, "extract: -model: %v\n", err)
			return exitUsage
		}
		opts = append(opts, extract.WithModel(f))
		defer f.Close()
	}
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			fmt.Fprintf(stderr, "extract: -date %q: want YYYY-MM-DD\n", *date)
			return exitUsage
		}
		opts = append(opts, extract.WithReferenceDate(t))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		// The package's errors name it already: "extract: model: ...".
		msg := err.Error()
		if !strings.HasPrefix(msg, "extract: ") {
			msg = "extract: " + msg
		}
		fmt.Fprintln(stderr, msg)
		return exitFail
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	c := &command{ex: ex, stdin: stdin, out: out, stderr: stderr, jobs: *jobs, html: *format == "html"}
	var ok bool
	if *jsonl {
		ok = c.jsonLines(ctx, fs.Args())
	} else {
		ok = c.files(ctx, fs.Args())
	}
	if err := out.Flush(); err != nil {
		if !c.writeFailed {
			fmt.Fprintf(stderr, "extract: %v\n", err)
		}
		return exitFail
	}
	if c.writeFailed {
		return exitFail
	}
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "extract: %v\n", ctx.Err())
		return exitFail
	}
	if !ok {
		return exitFail
	}
	return exitOK
}

type command struct {
	ex     *extract.Extractor
	stdin  io.Reader
	out    *bufio.Writer
	stderr io.Writer
	jobs   int
	html   bool // write the document as an HTML page, not JSON
	// writeFailed is set once writing the output failed and that was
	// reported: nothing more is read, and nothing is reported again.
	writeFailed bool
}

// files extracts each named file (or standard input) as one document and
// prints indented JSON, or the HTML page. It reports whether every document succeeded.
func (c *command) files(ctx context.Context, names []string) bool {
	if len(names) == 0 {
		names = []string{"-"}
	}
	ok := true
	for _, name := range names {
		if ctx.Err() != nil {
			return false
		}
		var data []byte
		var err error
		id := "stdin"
		if name == "-" {
			data, err = io.ReadAll(c.stdin)
		} else {
			data, err = os.ReadFile(name)
			id = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "extract: %v\n", err)
			ok = false
			continue
		}
		doc, err := c.ex.Extract(id, string(data))
		if err != nil {
			fmt.Fprintf(c.stderr, "extract: %s: %v\n", name, err)
			ok = false
			continue
		}
		var b []byte
		if c.html {
			var buf bytes.Buffer
			err = htmlview.Render(&buf, string(data), doc)
			b = buf.Bytes()
		} else {
			b, err = marshal(doc, "  ")
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "extract: %s: %v\n", name, err)
			ok = false
			continue
		}
		if _, err := c.out.Write(b); err != nil {
			fmt.Fprintf(c.stderr, "extract: %v\n", err)
			c.writeFailed = true
			return false
		}
	}
	return ok
}

// marshal encodes v as JSON with a final newline, without HTML escaping.
func marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// inputLine is one JSON Lines input object.
type inputLine struct {
	ID   *string `json:"id"`
	Text *string `json:"text"`
	Date string  `json:"date"`
}

// errorRecord is the output line for a document that failed.
type errorRecord struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// job is one input line on its way through the pool.
type job struct {
	n      int // line number, from 1
	line   []byte
	result chan []byte
	failed bool
}

// jsonLines streams JSON Lines from the named files (or standard input)
// through c.jobs workers and writes one line per input line, in input
// order. At most 2*c.jobs lines are in flight, so memory stays bounded by
// the longest lines, not the input size.
func (c *command) jsonLines(ctx context.Context, names []string) bool {
	if len(names) == 0 {
		names = []string{"-"}
	}
	// A failed write stops the reading: the rest would be extracted for
	// nothing.
	ctx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	work := make(chan *job)
	order := make(chan *job, 2*c.jobs)
	var wg sync.WaitGroup
	for range c.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.result <- c.process(j)
			}
		}()
	}

	readOK := true
	go func() {
		defer close(order)
		defer close(work)
		n := 0
		for _, name := range names {
			if !c.readLines(ctx, name, &n, order, work) {
				readOK = false
			}
			if ctx.Err() != nil {
				return
			}
		}
	}()

	ok := true
	for j := range order {
		b := <-j.result
		if j.failed {
			ok = false
		}
		if c.writeFailed {
			continue
		}
		if _, err := c.out.Write(b); err != nil {
			fmt.Fprintf(c.stderr, "extract: %v\n", err)
			c.writeFailed = true
			ok = false
			stopReading()
		}
	}
	wg.Wait()
	return ok && readOK && !c.writeFailed
}

// readLines sends the lines of one input (a file, or standard input for
// "-") into the pool, numbering them from *n on, and closes the file when
// done. It reports whether the input was read to its end.
func (c *command) readLines(ctx context.Context, name string, n *int, order, work chan<- *job) bool {
	var r io.Reader = c.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(c.stderr, "extract: %v\n", err)
			return false
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<20)
	first := true
	for ctx.Err() == nil {
		line, err := br.ReadBytes('\n')
		if first {
			line, first = bytes.TrimPrefix(line, []byte(utf8BOM)), false // a BOM before the first line
		}
		if len(line) > 0 {
			*n++
			j := &job{n: *n, line: line, result: make(chan []byte, 1)}
			order <- j
			work <- j
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "extract: %s: %v\n", name, err)
			return false
		}
	}
	return false
}

// process turns one input line into one output line.
func (c *command) process(j *job) []byte {
	line := bytes.TrimRight(j.line, "\r\n")
	fail := func(id, format string, args ...any) []byte {
		j.failed = true
		b, _ := marshal(errorRecord{ID: id, Error: fmt.Sprintf("line %d: ", j.n) + fmt.Sprintf(format, args...)}, "")
		return b
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return fail("", "empty line")
	}
	if !utf8.Valid(line) {
		return fail("", "invalid UTF-8 at byte %d of the line", invalidAt(line))
	}
	if at := loneSurrogate(line); at >= 0 {
		return fail(lineID(line), "a lone surrogate escape at byte %d of the line (%s): not a character", at, line[at:at+6])
	}
	var in inputLine
	if err := json.Unmarshal(line, &in); err != nil {
		return fail(lineID(line), "%s", inputError(line, err))
	}
	id := ""
	if in.ID != nil {
		id = *in.ID
	}
	if in.Text == nil {
		return fail(id, "no \"text\"")
	}
	doc, err := c.ex.ExtractInput(extract.Input{ID: id, Text: *in.Text, Date: in.Date})
	if err != nil {
		return fail(id, "%v", err)
	}
	b, err := marshal(doc, "")
	if err != nil {
		return fail(id, "%v", err)
	}
	return b
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineID returns the "id" of a JSON Lines input line that could not be
// read as a whole, when it has a string one, so that the error record
// still names the document; "" otherwise.
func lineID(line []byte) string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(line, &fields) != nil {
		return ""
	}
	var id string
	if json.Unmarshal(fields["id"], &id) != nil {
		return ""
	}
	return id
}

// inputError says what is wrong with an input line that does not decode,
// in the terms of the input ("\"text\" is a number, want a string"), not
// of Go's types.
func inputError(line []byte, err error) string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(line, &fields) != nil {
		return "not a JSON object"
	}
	for _, name := range []string{"id", "text", "date"} {
		raw, ok := fields[name]
		if !ok {
			continue
		}
		var s *string
		if json.Unmarshal(raw, &s) != nil {
			return fmt.Sprintf("%q is %s, want a string", name, jsonKind(raw))
		}
	}
	return "not a valid input line: " + err.Error()
}

// jsonKind names the kind of a JSON value by its first byte.
func jsonKind(raw json.RawMessage) string {
	switch b := bytes.TrimSpace(raw); {
	case len(b) == 0:
		return "empty"
	case b[0] == '{':
		return "an object"
	case b[0] == '[':
		return "an array"
	case b[0] == 't' || b[0] == 'f':
		return "a boolean"
	default:
		return "a number"
	}
}

// loneSurrogate returns the offset of a \u escape of a UTF-16 surrogate
// that is not half of a pair ("\udcff"), which encoding/json would turn
// into U+FFFD without a word, or -1.
func loneSurrogate(line []byte) int {
	// escape returns the code unit of a \u escape at i.
	escape := func(i int) (rune, bool) {
		if i+6 > len(line) || line[i] != '\\' || line[i+1] != 'u' {
			return 0, false
		}
		u, err := strconv.ParseUint(string(line[i+2:i+6]), 16, 16)
		return rune(u), err == nil
	}
	for i := 0; i < len(line); i++ {
		if line[i] != '\\' {
			continue
		}
		r, ok := escape(i)
		switch {
		case !ok:
			i++ // another escape: "\\", "\"", "\n"
		case !utf16.IsSurrogate(r):
			i += 5
		case r < 0xDC00: // a high surrogate: the low one must follow
			if lo, ok := escape(i + 6); ok && utf16.DecodeRune(r, lo) != utf8.RuneError {
				i += 11
				continue
			}
			return i
		default:
			return i // a low surrogate alone
		}
	}
	return -1
}
