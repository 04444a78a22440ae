package extract

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pressfacts/pressfacts/normalize"
)

// The case forms of the built-in tables' names are most of what a
// process does before its first document: normalize declines some 3,500
// names into some 30,000 forms. formkeys.gen.tsv holds their keys
// (normalize.Key of each form), made by this package from the embedded
// tables, so that a start-up reads them instead. TestFormKeys checks that
// the file is what the tables and normalize make now, and rewrites it
// with -update; a name the file lacks (a user's table) is declined as
// before.

//go:embed formkeys.gen.tsv
var formKeysFile string

// formKeysHeader starts the file; the version changes with its layout.
const formKeysHeader = "# pressfacts form keys v1: kind, name, declension, keys (cases by ';', forms by '|'); made by go test ./extract -run TestFormKeys -update\n"

// The kinds of forms the file holds.
const (
	placeFormKeys = 'P' // normalize.Forms of a place's name
	orgFormKeys   = 'O' // orgForms of an organization's name
	firstNameKeys = 'N' // normalize.Cases of a first name
	postFormKeys  = 'T' // normalize.Forms of a post noun
)

// formKeyFile is the file read: kind, name and declension, tab-separated,
// to the keys as the file writes them, and how many keys of each kind it
// holds (to size the tables). A file of another layout gives none.
type formKeyFile struct {
	lines map[string]string
	count [128]int
}

var formKeys = sync.OnceValue(func() *formKeyFile {
	f := &formKeyFile{}
	rest, ok := strings.CutPrefix(formKeysFile, formKeysHeader)
	if !ok {
		return f
	}
	f.lines = make(map[string]string, strings.Count(rest, "\n"))
	for line := range strings.Lines(rest) {
		line = strings.TrimSuffix(line, "\n")
		if i := strings.LastIndexByte(line, '\t'); i > 0 && line[0] < 128 {
			f.lines[line[:i]] = line[i+1:]
			f.count[line[0]] += strings.Count(line[i+1:], "|") + strings.Count(line[i+1:], ";") + 1
		}
	}
	return f
})

// formKeyCount returns how many keys of a kind the file holds.
func formKeyCount(kind byte) int { return formKeys().count[kind] }

// formRecorder, when set (by TestFormKeys), receives every declension
// the gazetteer computes, and the file is not read.
var formRecorder struct {
	on atomic.Bool
	sync.Mutex
	lines map[string]string
}

// eachCaseKey calls each with the case (0 for a flat list) and the key
// of every form compute makes of name, from the file when it has them.
func eachCaseKey(kind byte, name string, d normalize.Declension, compute func() [6][]string, each func(c int, key string)) {
	var buf [128]byte
	idb := append(append(append(append(buf[:0], kind), '\t'), name...), '\t')
	idb, _ = d.AppendText(idb)
	recording := formRecorder.on.Load()
	if !recording {
		if line, ok := formKeys().lines[string(idb)]; ok { // (no string made for the lookup)
			c := 0
			for keys := range strings.SplitSeq(line, ";") {
				if keys != "" {
					for k := range strings.SplitSeq(keys, "|") {
						each(c, k)
					}
				}
				c++
			}
			return
		}
	}
	var out [6][]string
	for c, forms := range compute() {
		for _, f := range forms {
			if k := normalize.Key(f); !slices.Contains(out[c], k) {
				out[c] = append(out[c], k)
			}
		}
	}
	if recording && !strings.ContainsAny(name, "\t\n|;") {
		var groups []string
		for _, keys := range out {
			groups = append(groups, strings.Join(keys, "|"))
		}
		for len(groups) > 1 && groups[len(groups)-1] == "" {
			groups = groups[:len(groups)-1]
		}
		formRecorder.Lock()
		formRecorder.lines[string(idb)] = strings.Join(groups, ";")
		formRecorder.Unlock()
	}
	for c, keys := range out {
		for _, k := range keys {
			each(c, k)
		}
	}
}

// eachKey is eachCaseKey for a list of forms in no case order.
func eachKey(kind byte, name string, d normalize.Declension, forms func(string, normalize.Declension) []string, each func(key string)) {
	eachCaseKey(kind, name, d, func() [6][]string { return [6][]string{forms(name, d)} }, func(_ int, k string) { each(k) })
}

// recordForms starts or stops recording every declension into
// formRecorder.lines.
func recordForms(on bool) {
	formRecorder.Lock()
	formRecorder.lines = nil
	if on {
		formRecorder.lines = map[string]string{}
	}
	formRecorder.Unlock()
	formRecorder.on.Store(on)
}

// writeFormKeys builds the built-in gazetteer, recording every
// declension, and writes the file.
func writeFormKeys(w io.Writer) error {
	recordForms(true)
	defer recordForms(false)
	if _, err := buildGazetteer(userTables{}); err != nil {
		return err
	}
	formRecorder.Lock()
	ids := make([]string, 0, len(formRecorder.lines))
	for id := range formRecorder.lines {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var b strings.Builder
	b.WriteString(formKeysHeader)
	for _, id := range ids {
		fmt.Fprintf(&b, "%s\t%s\n", id, formRecorder.lines[id])
	}
	formRecorder.Unlock()
	_, err := io.WriteString(w, b.String())
	return err
}
