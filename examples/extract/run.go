package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/htmlview"
	"github.com/pressfacts/pressfacts/internal/pool"
	"github.com/pressfacts/pressfacts/jsonl"
)

// maxJobs bounds -j: more workers than this only cost memory (each holds
// a line and a document) on any machine the command runs on.
const maxJobs = 1024

// utf8BOM is the byte order mark some editors put at the start of a file.
const utf8BOM = "\xef\xbb\xbf"

// maxReported bounds the failed lines named on standard error; the rest
// are in the output only.
const maxReported = 100

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // some document failed
	exitUsage = 2
)

// options are the command's flags.
type options struct {
	jsonl, trace, rules, version, quiet bool
	jobs                                int
	date, format, model, from           string
	without                             []extract.Part
	tables                              []table // the user's tables, in the order given
}

// table is a user's table given by a flag: which, and its file.
type table struct {
	flag, file string
}

// allParts are the parts -without can leave out.
var allParts = []extract.Part{extract.Dates, extract.Figures, extract.Places, extract.Organizations, extract.People, extract.Quotes, extract.Facts}

// tableOptions are the options the user-table flags stand for.
var tableOptions = map[string]func(io.Reader) extract.Option{
	"places":      extract.WithPlaces,
	"orgs":        extract.WithOrganizations,
	"first-names": extract.WithFirstNames,
	"posts":       extract.WithPosts,
}

// parseArgs reads the flags, before and after the file names ("--" ends
// the flags), and returns the file names.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := args[:len(args)-len(rest)]; len(used) > 0 && used[len(used)-1] == "--" {
			return append(files, rest...), nil
		}
		if len(rest) == 0 {
			return files, nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// run is the whole command, with its streams passed in so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&o.jsonl, "jsonl", false, "read JSON Lines: one {\"id\", \"text\", \"date\"} object per line, one result line each")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "documents extracted at once")
	fs.StringVar(&o.date, "date", "", "reference `date` for documents that give none: YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339")
	fs.StringVar(&o.format, "format", "", "output `format`: json (one value: an object, or an array for several documents), jsonl (one line per document), or html (one document as a page); default json for one document, jsonl for several")
	fs.BoolVar(&o.trace, "trace", false, "list every mention with the rule that found it, under \"trace\"")
	fs.StringVar(&o.model, "model", "", "tag with the tagger model in `file` (as internal/cmd/train writes it), not the built-in one")
	fs.BoolVar(&o.rules, "rules", false, "use the rules alone, without the tagger")
	fs.StringVar(&o.from, "from", "", "with -format html: show the result in `file` (a document as -format json or a line of jsonl writes it) instead of extracting")
	fs.BoolVar(&o.quiet, "q", false, "no progress line and no closing summary on standard error")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	for _, t := range []struct{ flag, what string }{
		{"places", "places: name, latin, kind, country, decl, aliases"},
		{"orgs", "organizations: name, acronym, latin, decl, aliases"},
		{"first-names", "first names: name, gender, origin"},
		{"posts", "post nouns: post"},
	} {
		fs.Func(t.flag, "add the "+t.what+" in the TSV `file` (a header line of these columns, then a row each; see README); may be given more than once", func(file string) error {
			o.tables = append(o.tables, table{t.flag, file})
			return nil
		})
	}
	fs.Func("without", "leave out the comma-separated `parts` (dates, figures, places, organizations, people, quotes, facts)", func(list string) error {
		for _, p := range strings.Split(list, ",") {
			part := extract.Part(strings.TrimSpace(p))
			if !slices.Contains(allParts, part) {
				return fmt.Errorf("no part %q: want some of %v", part, allParts)
			}
			o.without = append(o.without, part)
		}
		return nil
	})
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: extract [flags] [FILE...]\n       extract -jsonl [flags] [FILE.jsonl...]\n")
		fs.PrintDefaults()
	}
	files, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if o.version {
		fmt.Fprintln(stdout, version())
		return exitOK
	}
	usage := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "extract: "+format+"\n", args...)
		return exitUsage
	}
	switch {
	case o.format != "" && o.format != "json" && o.format != "jsonl" && o.format != "html":
		return usage("-format %q: want json, jsonl or html", o.format)
	case o.format == "html" && len(files) > 1:
		return usage("-format html writes one document: give one FILE or standard input")
	case o.format == "json" && o.jsonl:
		return usage("-jsonl writes JSON Lines: leave out -format json, or give -format jsonl")
	case o.from != "" && o.format != "html":
		return usage("-from is for -format html")
	case o.jobs < 1 || o.jobs > maxJobs:
		return usage("-j %d: want 1 to %d", o.jobs, maxJobs)
	case o.model != "" && o.rules:
		return usage("-model and -rules: give one")
	}
	var opts []extract.Option
	if o.trace {
		opts = append(opts, extract.WithTrace())
	}
	if o.rules {
		opts = append(opts, extract.WithoutModel())
	}
	if o.model != "" {
		f, err := os.Open(o.model)
		if err != nil {
			return usage("-model: %v", err)
		}
		defer f.Close()
		opts = append(opts, extract.WithModel(f))
	}
	if o.date != "" {
		if _, err := extract.ParseDate(o.date); err != nil {
			return usage("-date: %v", strings.TrimSuffix(err.Error(), ": "+extract.ErrBadDate.Error()))
		}
		opts = append(opts, extract.WithReference(o.date))
	}
	for _, t := range o.tables {
		f, err := os.Open(t.file)
		if err != nil {
			return usage("-%s: %v", t.flag, err)
		}
		defer f.Close()
		opts = append(opts, tableOptions[t.flag](f))
	}
	if len(o.without) > 0 {
		opts = append(opts, extract.Without(o.without...))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", trimPrefix(err))
		return exitFail
	}
	c := &command{ex: ex, o: o, stdin: stdin, stdout: stdout, stderr: stderr, start: time.Now()}
	c.progress = !o.quiet && isTerminal(stderr)
	var ok bool
	switch {
	case o.format == "html":
		ok = c.page(ctx, files)
	case o.jsonl:
		ok = c.jsonLines(ctx, files)
	default:
		ok = c.files(ctx, files)
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

// version is what -version prints: the library's version, and what the
// Go toolchain recorded of the build (its module version, revision and
// Go release) when it did.
func version() string {
	s := "extract " + extract.Version + fmt.Sprintf(" (contract %d", entities.ContractVersion)
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" && v != extract.Version {
			s += ", module " + v
		}
		var rev, modified string
		for _, kv := range bi.Settings {
			switch kv.Key {
			case "vcs.revision":
				rev = kv.Value
			case "vcs.modified":
				modified = kv.Value
			}
		}
		if rev != "" {
			s += ", revision " + rev[:min(len(rev), 12)]
			if modified == "true" {
				s += "+modified"
			}
		}
		s += ", " + bi.GoVersion
	}
	return s + ")"
}

// trimPrefix is an error's text without the package name that the
// library puts before it: the command's own prefix stands there.
func trimPrefix(err error) string {
	return strings.TrimPrefix(err.Error(), "extract: ")
}

// isTerminal reports whether w is a terminal, for the progress line.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

type command struct {
	ex                     *extract.Extractor
	o                      options
	stdin                  io.Reader
	stdout, stderr         io.Writer
	start                  time.Time
	progress               bool      // show a progress line
	shown                  time.Time // when the progress line was last written
	docs, failed, reported int
	bytes                  int64
}

// report counts one document and writes the progress line when it is
// time to.
func (c *command) report(size int64, failed bool) {
	c.docs++
	c.bytes += size
	if failed {
		c.failed++
	}
	if c.progress && time.Since(c.shown) >= time.Second && time.Since(c.start) >= time.Second {
		c.shown = time.Now()
		fmt.Fprintf(c.stderr, "\r%s documents, %s failed, %s…\x1b[K", grouped(c.docs), grouped(c.failed), megabytes(c.bytes))
	}
}

// summary ends a run of several documents with one line on standard
// error: "6,695 documents, 3 failed, 10.0 MB in 3.5 s".
func (c *command) summary() {
	if c.progress && !c.shown.IsZero() {
		fmt.Fprint(c.stderr, "\r\x1b[K")
	}
	if c.o.quiet || c.docs < 2 {
		return
	}
	fmt.Fprintf(c.stderr, "%s documents, %s failed, %s in %.1f s\n", grouped(c.docs), grouped(c.failed), megabytes(c.bytes), time.Since(c.start).Seconds())
}

// grouped writes n with its thousands grouped: 6,695.
func grouped(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// doc is one text file on its way through the pool.
type doc struct {
	name, id string
	// text is the document as read, until it is extracted; size is its
	// length in bytes.
	text string
	size int64
	out  []byte
	err  string
}

// fileIDs gives each file its id: the file name without its extension,
// or, where two files would share that, the path as given without its
// extension ("a/r1", "b/r1"); a path given twice gets "~2", "~3" after it.
func fileIDs(names []string) []string {
	base := func(n string) string { return strings.TrimSuffix(filepath.Base(n), filepath.Ext(n)) }
	count := map[string]int{} // distinct paths of each base name
	paths := map[string]bool{}
	for _, n := range names {
		if c := filepath.Clean(n); !paths[c] {
			paths[c] = true
			count[base(n)]++
		}
	}
	ids := make([]string, len(names))
	seen := map[string]int{}
	for i, n := range names {
		id := base(n)
		switch {
		case n == "-":
			id = "stdin"
		case count[id] > 1:
			id = filepath.ToSlash(strings.TrimSuffix(filepath.Clean(n), filepath.Ext(n)))
		}
		seen[id]++
		if k := seen[id]; k > 1 {
			id = fmt.Sprintf("%s~%d", id, k)
		}
		ids[i] = id
	}
	return ids
}

// files extracts each named file (or standard input) as one document. It
// reports whether every document succeeded.
func (c *command) files(ctx context.Context, names []string) bool {
	if len(names) == 0 {
		names = []string{"-"}
	}
	format := c.o.format
	if format == "" {
		format = "json"
		if len(names) > 1 {
			format = "jsonl"
		}
	}
	array := format == "json" && len(names) > 1
	ids := fileIDs(names)
	i := 0
	next := func() (*doc, bool) {
		if i == len(names) {
			return nil, false
		}
		d := &doc{name: names[i], id: ids[i]}
		i++
		var err error
		if d.name == "-" {
			d.text, err = readText(c.stdin, 0)
			d.name = "stdin"
		} else {
			d.text, err = readFile(d.name)
		}
		d.size = int64(len(d.text))
		if err != nil {
			d.err = err.Error()
			if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
				d.err = fmt.Sprintf("%s: %v", d.name, errors.Unwrap(err))
			}
			d.text, d.size = "", 0
		}
		return d, true
	}
	work := func(d *doc) *doc {
		if d.err != "" {
			return d
		}
		// A BOM stays in the text, so that offsets are the file's; the
		// library reads past it.
		res, err := c.ex.Extract(d.id, d.text)
		d.text = "" // the output holds what it needs of it
		if err != nil {
			d.err = fmt.Sprintf("%s: %s", d.name, trimPrefix(err))
			return d
		}
		indent := ""
		if format == "json" {
			indent = "  "
			if array {
				indent = "    "
			}
		}
		d.out, err = marshal(res, indent)
		if err != nil {
			d.err = fmt.Sprintf("%s: %v", d.name, err)
		}
		return d
	}
	ok := true
	first := true
	emit := func(d *doc) error {
		c.report(d.size, d.err != "")
		if d.err != "" {
			fmt.Fprintf(c.stderr, "extract: %s\n", d.err)
			ok = false
			return nil
		}
		var err error
		if array {
			sep := ",\n  "
			if first {
				sep = "[\n  "
			}
			_, err = io.WriteString(c.stdout, sep)
			d.out = bytes.TrimSuffix(d.out, []byte("\n"))
		}
		first = false
		if err == nil {
			_, err = c.stdout.Write(d.out)
		}
		return err
	}
	err := pool.Run(ctx, c.o.jobs, next, work, emit)
	if err == nil && array {
		closing := "\n]\n"
		if first {
			closing = "[]\n"
		}
		_, err = io.WriteString(c.stdout, closing)
	}
	c.summary()
	if err != nil && !errors.Is(err, ctx.Err()) {
		fmt.Fprintf(c.stderr, "extract: writing the output: %v\n", err)
		return false
	}
	return ok && err == nil
}

// readFile reads the named file as a string, in one buffer of its size.
func readFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	hint := 0
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < math.MaxInt32 {
		hint = int(fi.Size())
	}
	return readText(f, hint)
}

// readText reads r to its end as a string; hint is the size expected,
// or 0. The string is the buffer read into (strings.Builder), not a copy
// of it: a 20 MB document costs 20 MB, not 40.
func readText(r io.Reader, hint int) (string, error) {
	var b strings.Builder
	b.Grow(hint + bytes.MinRead)
	_, err := io.Copy(&b, r)
	return b.String(), err
}

// marshal encodes v as JSON with a final newline, without HTML escaping.
func marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(strings.TrimPrefix(indent, "  "), "  ")
	if indent == "" {
		enc.SetIndent("", "")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// jsonLines runs the named JSON Lines files (or standard input) through
// the pipeline of package jsonl.
func (c *command) jsonLines(ctx context.Context, names []string) bool {
	if len(names) == 0 {
		names = []string{"-"}
	}
	var inputs []jsonl.Input
	ok := true
	for _, name := range names {
		if name == "-" {
			inputs = append(inputs, jsonl.Input{Name: "stdin", Reader: c.stdin})
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(c.stderr, "extract: %s: %v\n", name, errors.Unwrap(err))
			ok = false
			continue
		}
		defer f.Close()
		inputs = append(inputs, jsonl.Input{Name: name, Reader: f})
	}
	var bytesBefore int64
	p := &jsonl.Pipeline{
		Extractor: c.ex,
		Jobs:      c.o.jobs,
		Failed: func(e *jsonl.LineError) {
			c.reported++
			switch {
			case c.reported <= maxReported:
				fmt.Fprintf(c.stderr, "extract: %v\n", e)
			case c.reported == maxReported+1:
				fmt.Fprintf(c.stderr, "extract: more lines failed; their error records are in the output\n")
			}
		},
	}
	p.Written = func(st jsonl.Stats) {
		c.report(st.Bytes-bytesBefore, st.Failed > c.failed)
		bytesBefore = st.Bytes
	}
	_, err := p.Run(ctx, c.stdout, inputs...)
	c.summary()
	if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		fmt.Fprintf(c.stderr, "extract: %v\n", err)
		return false
	}
	return ok && err == nil && c.failed == 0
}

// page writes one document as an HTML page: the text of the one FILE (or
// standard input, or the first line of JSON Lines with -jsonl), with the
// result extracted from it, or the one -from names.
func (c *command) page(ctx context.Context, names []string) bool {
	name := "-"
	if len(names) == 1 {
		name = names[0]
	}
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(c.stdin)
		name = "stdin"
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "extract: %v\n", err)
		return false
	}
	fail := func(format string, args ...any) bool {
		fmt.Fprintf(c.stderr, "extract: "+format+"\n", args...)
		return false
	}
	var res *entities.Document
	if c.o.from != "" {
		b, err := os.ReadFile(c.o.from)
		if err != nil {
			return fail("-from: %v", err)
		}
		res = new(entities.Document)
		if err := json.Unmarshal(bytes.TrimPrefix(b, []byte(utf8BOM)), res); err != nil {
			return fail("-from %s: not a document: %v", c.o.from, err)
		}
	}
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	text := string(data)
	in := extract.Input{ID: id, Text: text}
	if c.o.jsonl {
		in, err = pickLine(data, res)
		if err != nil {
			return fail("%s: %v", name, err)
		}
		text = in.Text
	}
	if res == nil {
		if res, err = c.ex.ExtractInput(in); err != nil {
			return fail("%s: %s", name, trimPrefix(err))
		}
	} else if err := res.Validate(text); err != nil {
		return fail("-from %s: the result is not of this text: %v", c.o.from, err)
	}
	var buf bytes.Buffer
	if err := htmlview.Render(&buf, text, res); err != nil {
		return fail("%v", err)
	}
	if _, err := c.stdout.Write(buf.Bytes()); err != nil {
		return fail("writing the output: %v", err)
	}
	return true
}

// pickLine returns the input of the JSON Lines line whose id is res's,
// or of the first line when res is nil.
func pickLine(data []byte, res *entities.Document) (extract.Input, error) {
	for i, line := range bytes.Split(bytes.TrimPrefix(data, []byte(utf8BOM)), []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
			Date string          `json:"date"`
		}
		if err := json.Unmarshal(line, &in); err != nil || in.Text == nil {
			return extract.Input{}, fmt.Errorf("line %d is no input line", i+1)
		}
		var id string
		if json.Unmarshal(in.ID, &id) != nil {
			id = string(in.ID)
		}
		if res == nil || id == res.ID {
			return extract.Input{ID: id, Text: *in.Text, Date: in.Date}, nil
		}
	}
	if res != nil {
		return extract.Input{}, fmt.Errorf("no line has the id %q of the result", res.ID)
	}
	return extract.Input{}, errors.New("no input line")
}
