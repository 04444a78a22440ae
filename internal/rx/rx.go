// Package rx wraps github.com/dlclark/regexp2/v2 so that the recognizers
// see byte offsets only.
//
// regexp2 counts in runes; its ByteRange converts. Callers match a bounded
// window of the document (a line, a paragraph's head) and add the window's
// byte offset to the ranges returned here, so no pattern ever runs over a
// whole document and backtracking is bounded by the window. Patterns have
// no match timeout: a timeout would make a result depend on how busy the
// machine is (a loaded machine would find "no match" where a quiet one
// matches), so patterns are written to be safe by construction instead
// (no nested quantifiers, bounded repetition, anchored where they can be),
// and rx_test.go runs each on the worst windows we can make.
//
// A compiled Regexp is immutable and safe for concurrent use.
package rx

import (
	"github.com/dlclark/regexp2/v2"
)

// Regexp is a compiled pattern.
type Regexp struct {
	re    *regexp2.Regexp
	names []string
	index map[string]int // name → its position in names
}

// MustCompile compiles a pattern in regexp2's default (.NET) syntax with
// IgnorePatternWhitespace, so patterns can be laid out and commented.
// It panics on a bad pattern; use it for package-level patterns only.
func MustCompile(pattern string) *Regexp {
	re := regexp2.MustCompile(pattern, regexp2.IgnorePatternWhitespace)
	re.MatchTimeout = regexp2.DefaultMatchTimeout // none: see the package doc
	r := &Regexp{re: re, names: re.GetGroupNames(), index: map[string]int{}}
	for i, name := range r.names {
		r.index[name] = i
	}
	return r
}

// Match is one match: byte ranges of the whole match and of named groups,
// relative to the string matched.
type Match struct {
	Start, End int
	r          *Regexp
	groups     []group // by the position of the name in r.names
}

// Group returns the byte range of a named group, and false when the group
// took no part in the match.
func (m *Match) Group(name string) (start, end int, ok bool) {
	i, known := m.r.index[name]
	if !known || !m.groups[i].ok {
		return 0, 0, false
	}
	return m.groups[i].start, m.groups[i].end, true
}

// GroupText returns the text of a named group in s, or "".
func (m *Match) GroupText(s, name string) string {
	if start, end, ok := m.Group(name); ok {
		return s[start:end]
	}
	return ""
}

// Find returns the first match in s, or nil when there is none. Anchor
// the pattern with ^ to match at the start only.
func (r *Regexp) Find(s string) *Match {
	m, err := r.re.FindStringMatch(s)
	if err != nil {
		// regexp2 fails only on a timeout, and there is none.
		panic("rx: " + err.Error())
	}
	if m == nil {
		return nil
	}
	start, length := m.ByteRange()
	out := &Match{Start: start, End: start + length, r: r, groups: make([]group, len(r.names))}
	for i, name := range r.names {
		g := m.GroupByName(name)
		if g == nil || len(g.Captures) == 0 {
			continue
		}
		gs, gl := g.ByteRange()
		out.groups[i] = group{gs, gs + gl, true}
	}
	return out
}

// group is the byte range of a named group that took part in a match.
type group struct {
	start, end int
	ok         bool
}
