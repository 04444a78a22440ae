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
}

// MustCompile compiles a pattern in regexp2's default (.NET) syntax with
// IgnorePatternWhitespace, so patterns can be laid out and commented.
// It panics on a bad pattern; use it for package-level patterns only.
func MustCompile(pattern string) *Regexp {
	re := regexp2.MustCompile(pattern, regexp2.IgnorePatternWhitespace)
	re.MatchTimeout = Timeout
	return &Regexp{re: re, names: re.GetGroupNames()}
}

// Match is one match: byte ranges of the whole match and of named groups,
// relative to the string matched.
type Match struct {
	Start, End int
	groups     map[string][2]int
}

// Group returns the byte range of a named group, and false when the group
// took no part in the match.
func (m *Match) Group(name string) (start, end int, ok bool) {
	g, ok := m.groups[name]
	return g[0], g[1], ok
}

// GroupText returns the text of a named group in s, or "".
func (m *Match) GroupText(s, name string) string {
	if g, ok := m.groups[name]; ok {
		return s[g[0]:g[1]]
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
	out := &Match{Start: start, End: start + length, groups: make(map[string][2]int, len(r.names))}
	for _, name := range r.names {
		g := m.GroupByName(name)
		if g == nil || len(g.Captures) == 0 {
			continue
		}
		gs, gl := g.ByteRange()
		out.groups[name] = [2]int{gs, gs + gl}
	}
	return out
}
