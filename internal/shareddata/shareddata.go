// Package shareddata reads the reference tables of ../shared for tests,
// which skip cleanly when the tables are not beside the project.
package shareddata

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TSV reads the tab-separated table at path, without its header line, or
// skips the test when the file cannot be opened.
func TSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no %s: %v", path, err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Scan()
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows
}
