// Command extract prints the facts of Russian press releases as JSON.
//
// Usage:
//
//	extract [flags] FILE...      one document per file, id = file name without extension
//	extract [flags] < doc.txt    one document from standard input, id "stdin"
//	extract -jsonl [flags] [FILE...]
//	                             one {"id", "text", "date"?} object per input line,
//	                             one result per line, in input order
//
// Flags:
//
//	-jsonl        read and write JSON Lines
//	-j N          documents extracted at once (default: the number of CPUs)
//	-date DATE    reference date (YYYY-MM-DD) for documents that give no date
//	-format F     json (default), or html: one document as a self-contained
//	              page with its mentions highlighted and tables of what was
//	              found ("extract -format html FILE > page.html")
//	-trace        list every mention with the rule that found it
//	-model FILE   tag with this tagger model (internal/cmd/train writes one)
//	              instead of the built-in one
//	-rules        the rules alone, without the tagger
//
// A document that fails (invalid UTF-8, a line that is not a JSON object,
// a missing "text") gives {"id": ..., "error": ...} in JSON Lines mode, or
// a message on standard error otherwise; the other documents go on, and
// the exit status is 1 at the end. Usage errors exit with status 2.
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
