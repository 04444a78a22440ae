// Command extract prints the facts of Russian press releases as JSON.
//
// Install it with
//
//	go install github.com/pressfacts/pressfacts/examples/extract@latest
//
// Usage:
//
//	extract [flags] FILE         one document, id = the file name without extension
//	extract [flags] < doc.txt    one document from standard input, id "stdin"
//	extract [flags] FILE...      one JSON Lines line per file, in the order given
//	extract -jsonl [flags] [FILE...]
//	                             one {"id", "text", "date"?} object per input line,
//	                             one result per line, in input order
//
// Flags may come before or after the file names; "--" ends them.
//
//	-jsonl        read JSON Lines (and write them)
//	-format F     json: one indented document, or an array of them for
//	              several files; jsonl: one line per document; html: one
//	              document as a self-contained page with its mentions
//	              highlighted and tables of what was found
//	              ("extract -format html FILE > page.html"). The default is
//	              json for one document and jsonl for several.
//	-from FILE    with -format html: show the result in FILE (as json or a
//	              line of jsonl wrote it) for the text given, instead of
//	              extracting; with -jsonl the input line of the same id
//	-j N          documents extracted at once (default: the number of CPUs)
//	-date DATE    reference date for documents that give none: YYYY-MM-DD,
//	              YYYY-MM, YYYY or an RFC 3339 timestamp
//	-trace        list every mention with the rule that found it
//	-model FILE   tag with this tagger model (internal/cmd/train writes one)
//	              instead of the built-in one
//	-rules        the rules alone, without the tagger
//	-q            no progress line and no closing summary on standard error
//	-version      print the version, the contract version and the build's
//	              revision
//
// With several documents the command ends with a summary on standard
// error ("6,695 documents, 0 failed, 10.0 MB in 3.5 s"), and shows a
// progress line there while it runs when standard error is a terminal.
//
// A document that fails (invalid UTF-8, a line that is not a JSON object,
// a missing "text") gives {"id": ..., "error": "stdin:3: ..."} in JSON
// Lines, naming the input and line, or a message on standard error
// naming the file; the other documents go on, and the exit status is 1
// at the end. Usage errors exit with status 2.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(runProcess())
}

// runProcess runs the command on the process's arguments and streams, and
// returns its exit status. SIGINT and SIGTERM both stop the reading; the
// lines in flight are written whole, and the status is 1.
func runProcess() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}
