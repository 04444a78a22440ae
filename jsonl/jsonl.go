// Package jsonl runs an extractor over JSON Lines: one input object per
// line, {"id": ..., "text": ..., "date": ...}, and one line out per line
// in, in the same order: the document as the contract writes it, or, for
// a line that fails, {"id": ..., "error": "NAME:LINE: reason"}. Nothing
// is dropped and nothing is reordered, whatever the number of workers.
//
// It is what the extract command's -jsonl mode runs, for Go programs that
// want the same stream without the command:
//
//	p := &jsonl.Pipeline{Extractor: ex, Jobs: 4}
//	stats, err := p.Run(ctx, os.Stdout, jsonl.Input{Name: "feed.jsonl", Reader: f})
//
// Memory stays bounded by the longest lines: at most twice Jobs lines are
// in flight.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"sync/atomic"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/internal/pool"
)

// Input is one stream of JSON Lines.
type Input struct {
	// Name names the stream in errors ("feed.jsonl"); "stdin" when empty.
	Name   string
	Reader io.Reader
}

// Pipeline extracts every line of its inputs. Its fields are read when
// Run starts; a Pipeline can run again, but not twice at once.
type Pipeline struct {
	// Extractor extracts each document; Run fails without one.
	Extractor *extract.Extractor
	// Jobs is the number of documents extracted at once; 0 or less means
	// runtime.NumCPU().
	Jobs int
	// Failed, when not nil, is called for each line that fails, in input
	// order, after its error record is written.
	Failed func(*LineError)
	// Written, when not nil, is called after each output line with the
	// totals so far (for a progress line).
	Written func(Stats)
}

// Stats counts a run.
type Stats struct {
	// Lines is the number of lines read (and written).
	Lines int
	// Failed is the number of lines that gave an error record.
	Failed int
	// Bytes is the number of bytes read.
	Bytes int64
}

// LineError is a line that gave no document.
type LineError struct {
	// Name is the input's name, Line the line's number in it, from 1.
	Name string
	Line int
	// ID is the line's "id" when it could be read, or "".
	ID string
	// Err says what is wrong, in the terms of the input.
	Err error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

func (e *LineError) Unwrap() error { return e.Err }

// utf8BOM is the byte order mark some editors put at the start of a file.
const utf8BOM = "\xef\xbb\xbf"

// maxLine bounds a line's length, so that one endless line does not take
// all the memory: 256 MB.
const maxLine = 256 << 20

// line is one input line on its way through the pool.
type line struct {
	name string
	n    int
	data []byte
	out  []byte
	err  *LineError
}

// Run reads every input in turn and writes one line to w per line read.
// A line that fails is no error of Run: it gets an error record and goes
// to Failed. Run returns an error when an input cannot be read to its end
// (the other inputs still run; the errors are joined), when writing
// fails (the reading stops, and nothing more is written), or when ctx is
// done (the lines already read are written first).
func (p *Pipeline) Run(ctx context.Context, w io.Writer, inputs ...Input) (Stats, error) {
	var st Stats
	if p.Extractor == nil {
		return st, errors.New("jsonl: the Pipeline has no Extractor")
	}
	jobs := p.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	var readErrs []error
	// The bytes read are counted by the reading goroutine and read by
	// the writing one.
	var read atomic.Int64
	k := 0 // the input being read
	var br *bufio.Reader
	n := 0 // the number of its last line read
	next := func() (*line, bool) {
		for k < len(inputs) {
			name := inputs[k].Name
			if name == "" {
				name = "stdin"
			}
			if br == nil {
				br, n = bufio.NewReaderSize(inputs[k].Reader, 1<<20), 0
			}
			data, raw, err := readLine(br, maxLine)
			read.Add(int64(raw))
			if n == 0 {
				data = bytes.TrimPrefix(data, []byte(utf8BOM)) // a BOM before the first line
			}
			switch {
			case err == nil || err == errTooLong:
				n++
				l := &line{name: name, n: n, data: data}
				if err != nil {
					l.err = &LineError{Name: name, Line: n, Err: err}
				}
				return l, true
			case err == io.EOF:
				br, k = nil, k+1
				// The last line has no line break; one of a lone "\r" is
				// a line too, a byte order mark alone is none.
				if len(data) > 0 || raw > 0 && !(n == 0 && raw == len(utf8BOM)) {
					n++
					return &line{name: name, n: n, data: data}, true
				}
			default:
				readErrs = append(readErrs, fmt.Errorf("%s:%d: %w", name, n+1, err))
				br, k = nil, k+1
			}
		}
		return nil, false
	}
	work := func(l *line) *line {
		if l.err == nil {
			out, err := Line(p.Extractor, l.data)
			l.out = out
			if err != nil {
				l.err = &LineError{Name: l.name, Line: l.n, ID: ID(l.data), Err: err}
			}
		}
		if l.err != nil {
			l.out = errorLine(l.err)
		}
		l.data = nil
		return l
	}
	emit := func(l *line) error {
		if _, err := w.Write(l.out); err != nil {
			return err
		}
		st.Lines++
		st.Bytes = read.Load()
		if l.err != nil {
			st.Failed++
			if p.Failed != nil {
				p.Failed(l.err)
			}
		}
		if p.Written != nil {
			p.Written(st)
		}
		return nil
	}
	err := pool.Run(ctx, jobs, next, work, emit)
	st.Bytes = read.Load()
	if err != nil {
		return st, err
	}
	return st, errors.Join(readErrs...)
}

// errTooLong is the error of a line longer than maxLine.
var errTooLong = fmt.Errorf("a line longer than %d MB", maxLine>>20)

// readLine reads one line, without its line break ("\n" or "\r\n"),
// and the number of bytes it took from the input. At the end of the
// input it returns the last line, if any, with io.EOF. A line longer
// than limit bytes is skipped whole and gives errTooLong.
func readLine(br *bufio.Reader, limit int) ([]byte, int, error) {
	var buf []byte
	raw := 0
	for {
		chunk, err := br.ReadSlice('\n')
		raw += len(chunk)
		if len(buf)+len(chunk) > limit {
			for err == bufio.ErrBufferFull {
				chunk, err = br.ReadSlice('\n')
				raw += len(chunk)
			}
			if err == nil || err == io.EOF {
				return nil, raw, errTooLong
			}
			return nil, raw, err
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, raw, err
	}
}

// inputLine is one JSON Lines input object.
type inputLine struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Date *string         `json:"date"`
}

// errorRecord is the output line of a line that failed.
type errorRecord struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

func errorLine(e *LineError) []byte {
	b, _ := marshal(errorRecord{ID: e.ID, Error: e.Error()})
	return b
}

// Line extracts the document of one input line and returns its output
// line (contract JSON and a line break). For a line that gives no
// document it returns the reason, in the terms of the input ("\"text\" is
// a number, want a string"), and no output.
func Line(ex *extract.Extractor, data []byte) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty line")
	}
	if at := invalidAt(data); at >= 0 {
		return nil, fmt.Errorf("invalid UTF-8 at byte %d of the line", at)
	}
	if at := loneSurrogate(data); at >= 0 {
		return nil, fmt.Errorf("a lone surrogate escape at byte %d of the line (%s): not a character", at, data[at:at+6])
	}
	var in inputLine
	if err := json.Unmarshal(data, &in); err != nil {
		return nil, errors.New(inputError(data, err))
	}
	id, err := idText(in.ID)
	if err != nil {
		return nil, err
	}
	if in.Text == nil {
		return nil, errors.New(`no "text"`)
	}
	var date string
	if in.Date != nil {
		date = *in.Date
	}
	doc, err := ex.ExtractInput(extract.Input{ID: id, Text: *in.Text, Date: date})
	if err != nil {
		return nil, errors.New(trimPrefix(err))
	}
	return marshal(doc)
}

// trimPrefix is the error's text without the package name its callers
// put before it: the line's location stands there instead.
func trimPrefix(err error) string {
	s := err.Error()
	if len(s) > len("extract: ") && s[:len("extract: ")] == "extract: " {
		return s[len("extract: "):]
	}
	return s
}

// idText reads an "id": a string as it is, a number as its JSON text
// ("7", "1e3"), null or no id as "".
func idText(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, nil
	}
	if c := raw[0]; c == '-' || c >= '0' && c <= '9' {
		return string(raw), nil
	}
	return "", fmt.Errorf(`"id" is %s, want a string or a number`, jsonKind(raw))
}

// ID returns the "id" of a line, as a failed line's error record gives
// it: a string as it is, a number as its JSON text, and "" when the line
// is no JSON object or its id is neither (or is not UTF-8 itself; the
// rest of the line may be anything).
func ID(data []byte) string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &fields) != nil || !utf8.Valid(fields["id"]) || loneSurrogate(fields["id"]) >= 0 {
		return ""
	}
	id, _ := idText(fields["id"])
	return id
}

// marshal encodes v as one line of JSON, without HTML escaping.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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

// inputError says what is wrong with an input line that does not decode,
// in the terms of the input ("\"text\" is a number, want a string"), not
// of Go's types.
func inputError(data []byte, err error) string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &fields) != nil {
		return "not a JSON object"
	}
	for _, name := range []string{"text", "date"} {
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
	case b[0] == '"':
		return "a string"
	default:
		return "a number"
	}
}

// loneSurrogate returns the offset of a \u escape of a UTF-16 surrogate
// that is not half of a pair ("\udcff"), which encoding/json would turn
// into U+FFFD without a word, or -1.
func loneSurrogate(data []byte) int {
	// escape returns the code unit of a \u escape at i.
	escape := func(i int) (rune, bool) {
		if i+6 > len(data) || data[i] != '\\' || data[i+1] != 'u' {
			return 0, false
		}
		u, err := strconv.ParseUint(string(data[i+2:i+6]), 16, 16)
		return rune(u), err == nil
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' {
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
