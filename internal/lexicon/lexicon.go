// Package lexicon holds the project's word lists and gazetteers as
// embedded UTF-8 TSV files and parses each once, on first use.
//
// Every file has a header line naming its columns; lines starting with "#"
// are comments; empty lines are skipped. Tables are written by hand for
// this project (facts, our own files) and checked by lexicon_test.go:
// every row has the header's number of fields, keys are sorted and unique.
package lexicon

import (
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed *.tsv
var files embed.FS

// Table is a parsed TSV file.
type Table struct {
	// Name is the file name, for messages.
	Name string
	// Header names the columns.
	Header []string
	// Rows are the data lines, each with len(Header) fields.
	Rows []Row
}

// Row is one data line with its line number in the file.
type Row struct {
	Line   int
	Fields []string
}

// Col returns the index of a named column, or -1.
func (t *Table) Col(name string) int {
	for i, h := range t.Header {
		if h == name {
			return i
		}
	}
	return -1
}

// Errorf formats an error at a row, as "file:line: message".
func (t *Table) Errorf(r Row, format string, args ...any) error {
	return fmt.Errorf("lexicon: %s:%d: %s", t.Name, r.Line, fmt.Sprintf(format, args...))
}

var (
	mu     sync.Mutex
	parsed = map[string]func() (*Table, error){}
)

// Load returns the parsed table of an embedded file. The file is read and
// parsed once; later calls return the same immutable table.
func Load(name string) (*Table, error) {
	mu.Lock()
	f, ok := parsed[name]
	if !ok {
		f = sync.OnceValues(func() (*Table, error) { return parse(name) })
		parsed[name] = f
	}
	mu.Unlock()
	return f()
}

// Names lists the embedded tables.
func Names() []string {
	entries, _ := files.ReadDir(".")
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func parse(name string) (*Table, error) {
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return parseData(name, data)
}

// Read parses a table in the same format from r: a user's own table, to
// add to a built-in one. name is the table's name in error messages ("my
// orgs.tsv"). The data must be UTF-8.
func Read(name string, r io.Reader) (*Table, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %s: %w", name, err)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("lexicon: %s: not UTF-8", name)
	}
	return parseData(name, data)
}

func parseData(name string, data []byte) (*Table, error) {
	t := &Table{Name: name}
	text := string(data)
	lines := strings.Split(text, "\n")
	t.Rows = make([]Row, 0, len(lines))
	// Every row's fields are slices of one array: a table of thousands of
	// rows is two allocations, not thousands (start-up reads many).
	arena := make([]string, 0, strings.Count(text, "\t")+len(lines))
	for i, line := range lines {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		start := len(arena)
		for f := range strings.SplitSeq(line, "\t") {
			arena = append(arena, f)
		}
		fields := arena[start:len(arena):len(arena)]
		if t.Header == nil {
			t.Header = fields
			continue
		}
		r := Row{Line: i + 1, Fields: fields}
		if len(fields) != len(t.Header) {
			return nil, t.Errorf(r, "%d fields, header has %d", len(fields), len(t.Header))
		}
		for j, f := range fields {
			if f != strings.TrimSpace(f) {
				return nil, t.Errorf(r, "field %s has surrounding spaces", t.Header[j])
			}
		}
		t.Rows = append(t.Rows, r)
	}
	if t.Header == nil {
		return nil, fmt.Errorf("lexicon: %s: no header", name)
	}
	return t, nil
}
