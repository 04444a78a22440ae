// Command beam runs pressfacts as an Apache Beam pipeline, for corpora
// that outgrow one machine: it reads JSON Lines ({"id", "text", "date"}
// per line, as extract -jsonl does) from any filesystem Beam knows (local
// files, gs://, s3://), extracts each line with one Extractor per worker,
// and writes the contract's JSON Lines. Every line that gives no document
// (not JSON, invalid UTF-8, no text, a bad date, an empty line) goes to a
// second output with its file, its id when it has one, the reason and the
// line itself, so that nothing is dropped. Beam counters count the
// documents, the failures and the bytes read.
//
//	go run . --input 'releases/*.jsonl' --output out/docs --failures out/failed
//
// The output is sharded: --shards N writes PREFIX-00000-of-0000N and so
// on, each line in one shard by a hash of the line. Beam keeps no order:
// join output to input by id.
package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs://
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // files
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"    // s3://
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/jsonl"
)

func init() {
	register.DoFn5x1[context.Context, string, string, func(string), func(string), error](&extractFn{})
	register.DoFn2x2[context.Context, string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Options are what the pipeline reads and writes.
type Options struct {
	// Input is a glob of JSON Lines files: "in/*.jsonl", "gs://b/in/*".
	Input string
	// Output and Failures are the prefixes of the documents' files and
	// the failed lines' files.
	Output, Failures string
	// Shards is the number of files of each output (at least 1).
	Shards int
	// Date is the reference date for lines that give none ("2024-03-12",
	// "2024-03", "2024", or RFC 3339), or "".
	Date string
}

// Build adds the pipeline to scope s.
func Build(s beam.Scope, o Options) error {
	if o.Input == "" || o.Output == "" || o.Failures == "" {
		return fmt.Errorf("beam: want an input, an output and a failures prefix")
	}
	if o.Shards < 1 {
		return fmt.Errorf("beam: %d shards: want at least 1", o.Shards)
	}
	if o.Date != "" {
		if _, err := extract.ParseDate(o.Date); err != nil {
			return err
		}
	}
	filesystem.ValidateScheme(o.Input)
	lines := textio.ReadWithFilename(s, o.Input)
	docs, failed := beam.ParDo2(s, &extractFn{Date: o.Date}, lines)
	write(s.Scope("documents"), docs, o.Output, o.Shards)
	write(s.Scope("failures"), failed, o.Failures, o.Shards)
	return nil
}

// extractFn extracts the document of a line: its output line goes to
// the first output, a failure record to the second.
type extractFn struct {
	Date string `json:"date"`

	ex                     *extract.Extractor
	docs, failures, nbytes beam.Counter
}

// Setup builds the worker's Extractor, once per instance of the DoFn.
func (f *extractFn) Setup() error {
	var opts []extract.Option
	if f.Date != "" {
		opts = append(opts, extract.WithReference(f.Date))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		return err
	}
	f.ex = ex
	f.docs = beam.NewCounter("pressfacts", "documents")
	f.failures = beam.NewCounter("pressfacts", "failures")
	f.nbytes = beam.NewCounter("pressfacts", "bytes")
	return nil
}

// failure is the record of a line that gave no document.
type failure struct {
	File  string `json:"file"`
	ID    string `json:"id,omitempty"`
	Error string `json:"error"`
	// Line is the line as read; LineBase64 instead when it is not UTF-8.
	Line       string `json:"line,omitempty"`
	LineBase64 string `json:"line_base64,omitempty"`
}

// ProcessElement extracts one line of file.
func (f *extractFn) ProcessElement(ctx context.Context, file, line string, doc, fail func(string)) error {
	f.nbytes.Inc(ctx, int64(len(line))+1)
	data := bytes.TrimPrefix([]byte(line), []byte("\uFEFF")) // a byte order mark opens a file
	out, err := jsonl.Line(f.ex, data)
	if err == nil {
		f.docs.Inc(ctx, 1)
		doc(string(bytes.TrimSuffix(out, []byte("\n"))))
		return nil
	}
	f.failures.Inc(ctx, 1)
	r := failure{File: file, ID: jsonl.ID(data), Error: err.Error()}
	if utf8.Valid(data) {
		r.Line = string(data)
	} else {
		r.LineBase64 = base64.StdEncoding.EncodeToString(data)
	}
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	fail(string(b))
	return nil
}

// write writes lines to shards files named prefix-SSSSS-of-NNNNN.
func write(s beam.Scope, lines beam.PCollection, prefix string, shards int) {
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	beam.ParDo0(s, &writeFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by its shard.
type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(_ context.Context, line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

// writeFn writes one shard's lines.
type writeFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (f *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := shardName(f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	var line string
	var buf bytes.Buffer
	for lines(&line) {
		buf.WriteString(line)
		buf.WriteByte('\n')
		if buf.Len() >= 1<<20 {
			if _, err := w.Write(buf.Bytes()); err != nil {
				w.Close()
				return err
			}
			buf.Reset()
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// shardName is the file of a shard.
func shardName(prefix string, shard, shards int) string {
	return fmt.Sprintf("%s-%05d-of-%05d", prefix, shard, shards)
}

// flags are the command's own flags; Beam's (--runner and the runners'
// options) are read by beam.Init.
func flags() *Options {
	o := &Options{}
	flag.StringVar(&o.Input, "input", "", "JSON Lines files to read (a glob; any filesystem Beam knows)")
	flag.StringVar(&o.Output, "output", "", "prefix of the documents' files")
	flag.StringVar(&o.Failures, "failures", "", "prefix of the failed lines' files")
	flag.IntVar(&o.Shards, "shards", 1, "files per output")
	flag.StringVar(&o.Date, "date", "", "reference date for lines that give none")
	return o
}
