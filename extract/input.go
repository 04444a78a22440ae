package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"golang.org/x/text/unicode/norm"
)

// Input folding: the recognizers read the text in Unicode NFC, with the
// variants of spaces, hyphens and quotes written as the usual ones and
// the invisible characters inside words (soft hyphens, joiners) taken
// out, so that "й" typed as и and a combining breve, or "Пу\u00adтин",
// reads like the text a keyboard makes. Every span is then mapped back
// onto the text as given: offsets and Text are the caller's.

// foldRune says how folding writes r, given the runes before and after
// it (0 at the ends of the text): the replacement and true, or false when
// r stays. An empty replacement takes r out.
func foldRune(r, before, after rune) (string, bool) {
	switch r {
	case '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
		'\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
		return " ", true
	case '\u00ad', '\u200c', '\u200d', '\u2060': // soft hyphen, joiners
		return "", true
	case '\u200b', '\ufeff':
		// A zero-width space or a stray BOM between two letters is inside
		// a word; elsewhere it separates words, as the tokenizer reads it.
		// A BOM that opens the text (a file saved with one) is taken out.
		if isLetter(before) && isLetter(after) || r == '\ufeff' && before == 0 {
			return "", true
		}
	case '\u2010', '\u2011', '\u2212', '\ufe63', '\uff0d':
		return "-", true
	case '\u201f':
		return "“", true
	case '\u201b':
		return "‘", true
	case '\u2033', '\uff02':
		return "\"", true
	case '\u02bc':
		return "’", true
	}
	return "", false
}

// mayFold reports whether the rune starting with the bytes b0, b1, b2 may
// be one foldRune changes: a cheap test on the leading bytes.
func mayFold(b0, b1, b2 byte) bool {
	switch b0 {
	case 0xC2: // U+0080–U+00BF
		return b1 == 0xA0 || b1 == 0xAD
	case 0xCA: // U+0280–U+02BF
		return b1 == 0xBC
	case 0xE2: // U+2000–U+2FFF
		return b1 == 0x80 || b1 == 0x81 || b1 == 0x88 && b2 == 0x92
	case 0xE3:
		return b1 == 0x80 && b2 == 0x80
	case 0xEF:
		return b1 == 0xBB && b2 == 0xBF || b1 == 0xB9 && b2 == 0xA3 || b1 == 0xBC && (b2 == 0x82 || b2 == 0x8D)
	}
	return false
}

// needsFold reports whether folding would change text.
func needsFold(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 0xC2 && i+1 < len(text) {
			var c2 byte
			if i+2 < len(text) {
				c2 = text[i+2]
			}
			if mayFold(c, text[i+1], c2) {
				r, size := utf8.DecodeRuneInString(text[i:])
				before, _ := utf8.DecodeLastRuneInString(text[:i])
				after, _ := utf8.DecodeRuneInString(text[i+size:])
				if _, ok := foldRune(r, before, after); ok {
					return true
				}
			}
		}
	}
	return !isNFC(text)
}

// isNFC reports whether norm.NFC.QuickSpanString finds all of text in NFC,
// quickly for text of ASCII and Cyrillic letters: those are in NFC and
// compose with nothing before them, so only the runs of other characters,
// each with the characters either side, go to the norm package.
func isNFC(text string) bool {
	plain := func(i int) int { // the size of a plain character at i, or 0
		switch c := text[i]; {
		case c < 0x80:
			return 1
		case c >= 0xD0 && c <= 0xD3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			return 2 // U+0400 to U+04FF
		}
		return 0
	}
	last := 0 // where the last plain character starts
	for i := 0; i < len(text); {
		if n := plain(i); n > 0 {
			last, i = i, i+n
			continue
		}
		j := i
		for j < len(text) && plain(j) == 0 {
			_, size := utf8.DecodeRuneInString(text[j:])
			j += size
		}
		end := j // the run, and the plain character after it, which ends it
		if j < len(text) {
			end += plain(j)
		}
		if seg := text[last:end]; norm.NFC.QuickSpanString(seg) < len(seg) {
			return false
		}
		i = j
	}
	return true
}

// offsetMap maps offsets of the folded text back to the text as given.
// Between its edits the two texts are the same bytes; each edit says that
// folded[ns:ne] was made from given[gs:ge].
type offsetMap struct {
	edits []offsetEdit
}

type offsetEdit struct{ ns, ne, gs, ge int }

// add records an edit, joining it to the one before when they touch.
func (m *offsetMap) add(ns, ne, gs, ge int) {
	if k := len(m.edits) - 1; k >= 0 && m.edits[k].ne == ns && m.edits[k].ge == gs {
		m.edits[k].ne, m.edits[k].ge = ne, ge
		return
	}
	m.edits = append(m.edits, offsetEdit{ns, ne, gs, ge})
}

// start maps the offset where a span starts.
func (m *offsetMap) start(s int) int {
	k := sort.Search(len(m.edits), func(k int) bool { return m.edits[k].ns > s }) - 1
	if k < 0 {
		return s
	}
	e := m.edits[k]
	if s < e.ne {
		return e.gs
	}
	return e.ge + s - e.ne
}

// end maps the offset where a span ends.
func (m *offsetMap) end(x int) int {
	k := sort.Search(len(m.edits), func(k int) bool { return m.edits[k].ns >= x }) - 1
	if k < 0 {
		return x
	}
	e := m.edits[k]
	if x <= e.ne {
		return e.ge
	}
	return e.ge + x - e.ne
}

// span maps a span of the folded text onto given.
func (m *offsetMap) span(s *entities.Span, given string) {
	if *s == (entities.Span{}) {
		return // no span (a position that states none)
	}
	s.Start, s.End = m.start(s.Start), m.end(s.End)
	if s.End < s.Start {
		s.End = s.Start
	}
	s.Text = given[s.Start:s.End]
}

// foldInput returns text folded, and the map back to text; nil when
// folding changes nothing, which is the common case and costs one scan.
func foldInput(text string) (string, *offsetMap) {
	if !needsFold(text) {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	m := &offsetMap{}
	prev := rune(0) // the last rune of the text as given before i
	for i := 0; i < len(text); {
		// The longest run that is NFC already, then the folds inside it.
		k := i + norm.NFC.QuickSpanString(text[i:])
		for i < k {
			r, size := utf8.DecodeRuneInString(text[i:])
			if c := text[i]; c >= 0xC2 && i+1 < len(text) {
				var c3 byte
				if i+2 < len(text) {
					c3 = text[i+2]
				}
				if mayFold(c, text[i+1], c3) {
					after, _ := utf8.DecodeRuneInString(text[i+size:])
					if i+size >= len(text) {
						after = 0
					}
					if out, ok := foldRune(r, prev, after); ok {
						m.add(b.Len(), b.Len()+len(out), i, i+size)
						b.WriteString(out)
						i += size
						prev = r
						continue
					}
				}
			}
			b.WriteString(text[i : i+size])
			i += size
			prev = r
		}
		if i >= len(text) {
			break
		}
		// A segment that NFC changes: a starter and its combining marks.
		j := i + norm.NFC.NextBoundaryInString(text[i:], true)
		if j <= i {
			j = len(text)
		}
		out := norm.NFC.String(text[i:j])
		m.add(b.Len(), b.Len()+len(out), i, j)
		b.WriteString(out)
		prev, _ = utf8.DecodeLastRuneInString(text[i:j])
		i = j
	}
	return b.String(), m
}

// remap moves every span of doc from the folded text onto given.
func (m *offsetMap) remap(doc *entities.Document, given string) {
	doc.EachSpan(func(s *entities.Span) { m.span(s, given) })
}
