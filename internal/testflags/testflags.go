// Package testflags declares the flags that the tests of every package in
// the module accept, so that one command line works from the top:
//
//	go test ./... -update
//
// A test binary fails on a flag it does not know; each package's tests
// import this package (for its flags' effect, or with a blank import) so
// that none does.
package testflags

import "flag"

// Update asks the tests to rewrite their golden files from their inputs
// instead of comparing with them.
var Update = flag.Bool("update", false, "rewrite golden files (testdata/*.golden.json) from their inputs")
