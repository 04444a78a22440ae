// Package rx wraps github.com/dlclark/regexp2/v2 so that the recognizers
// see byte offsets only, and every pattern has a match timeout.
//
// regexp2 counts in runes; its ByteRange converts. Callers match a bounded
// window of the document (a line, a paragraph's head) and add the window's
// byte offset to the ranges returned here, so no pattern ever runs over a
// whole document and backtracking is bounded by the window.
//
// A compiled Regexp is immutable and safe for concurrent use.
package rx

import (
	"time"

	"github.com/dlclark/regexp2/v2"
)

// Timeout bounds every match. A pattern that hits it reports no match: the
// recognizers treat a pathological window as text they do not recognize.
const Timeout = 200 * time.Millisecond

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
	re.MatchTimeout = Timeout
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

// Find returns the first match in s, or nil when there is none or the
// match times out. Anchor the pattern with ^ to match at the start only.
func (r *Regexp) Find(s string) *Match {
	m, err := r.re.FindStringMatch(s)
	if err != nil || m == nil {
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
