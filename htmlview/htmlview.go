// Package htmlview renders an extracted document as one self-contained
// HTML page: the text with every mention highlighted by its type and
// labelled (PER, ORG, LOC, DATE, NUM, QUOTE, the fact's type), and
// tables of the entities (normalized name, Latin form, posts one per
// line), dates with the part of the period and the relative word,
// figures with their digits grouped, quotes with their speakers, and the
// facts with their triggers highlighted. Each label links to its row and
// each row to its highlights. It is what a person reads before trusting
// the numbers; the page needs no network, no script and no other file,
// and reads on a phone as on a desktop.
package htmlview

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
)

// kind is the type of a highlighted span; it is also its CSS class.
type kind string

// The kinds of highlighted spans.
const (
	kPlace        kind = "place"
	kOrganization kind = "org"
	kPerson       kind = "person"
	kDate         kind = "date"
	kFigure       kind = "figure"
	kQuote        kind = "quote"
	kDateline     kind = "dateline"
	kTrigger      kind = "trigger"
)

// ErrSpan is returned when a span of the document does not fit its text
// (it lies outside it, or starts or ends inside a character): the
// document was extracted from another text.
var ErrSpan = errors.New("htmlview: span outside the text")

// mark is one highlighted span with what its tooltip and its inline
// label say, the anchor of its row in a side table, and its own id.
type mark struct {
	start, end int
	kind       kind
	title      string
	label      string
	ref        string
	id         string
}

// labels are the inline labels of the kinds; a fact's trigger is
// labelled with the fact's type.
var labels = map[kind]string{
	kPlace: "LOC", kOrganization: "ORG", kPerson: "PER", kDate: "DATE",
	kFigure: "NUM", kQuote: "QUOTE", kDateline: "DATELINE",
}

// Render writes the page for doc, extracted from text, to w. The page
// holds the whole text and is valid UTF-8: a NUL byte, which HTML cannot
// hold, and bytes that are not UTF-8 show as U+FFFD. A span outside the
// text gives an error wrapping ErrSpan, and nothing is written.
//
// Each highlight carries a label of its type that links to its row in
// the tables; each row links back to its mentions. The layout puts the
// tables beside the text on a wide screen and below it on a narrow one
// (down to 360 pixels), and needs no script.
func Render(w io.Writer, text string, doc *entities.Document) error {
	marks, mentions, err := collect(text, doc)
	if err != nil {
		return err
	}
	html, written := body(text, marks)
	links := func(anchor string) []string {
		var out []string
		for _, id := range mentions[anchor] {
			if written[id] {
				out = append(out, id)
			}
		}
		return out
	}
	page := pageData{
		Doc:   doc,
		Body:  html,
		Title: doc.ID,
	}
	if doc.Title != nil && doc.Title.Text != "" {
		page.Title = doc.Title.Text
	}
	for i, p := range doc.People {
		a := anchor(kPerson, i)
		page.People = append(page.People, personRow{row: row{a, links(a)}, Person: p, Posts: posts(p.Positions)})
	}
	for i, p := range doc.Places {
		a := anchor(kPlace, i)
		page.Places = append(page.Places, placeRow{row: row{a, links(a)}, Place: p})
	}
	for i, o := range doc.Organizations {
		a := anchor(kOrganization, i)
		page.Orgs = append(page.Orgs, orgRow{row: row{a, links(a)}, Organization: o})
	}
	for i, d := range doc.Dates {
		a := anchor(kDate, i)
		page.Dates = append(page.Dates, dateRow{row: row{a, links(a)}, Date: d, Value: dateValue(d)})
	}
	for i, f := range doc.Figures {
		a := anchor(kFigure, i)
		page.Figures = append(page.Figures, figureRow{row: row{a, links(a)}, Figure: f, Value: grouped(f.Value)})
	}
	names := idNames(doc)
	for i, q := range doc.Quotes {
		a := anchor(kQuote, i)
		page.Quotes = append(page.Quotes, quoteRow{row: row{a, links(a)}, Quote: q})
	}
	for i, f := range doc.Facts {
		a := anchor(kTrigger, i)
		r := factRow{row: row{a, links(a)}, Fact: f, Kind: join(string(f.Type), f.Kind)}
		for _, x := range f.Args {
			r.Args = append(r.Args, x.Role+": "+names[x.ID])
		}
		if f.Title != "" {
			r.Args = append(r.Args, "title: "+f.Title)
		}
		page.Facts = append(page.Facts, r)
	}
	// The tables quote the document's strings, which a document made
	// elsewhere may leave invalid: the page shows U+FFFD for them.
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, page); err != nil {
		return err
	}
	_, err = w.Write(bytes.ToValidUTF8(buf.Bytes(), []byte("\uFFFD")))
	return err
}

func anchor(k kind, i int) string { return string(k) + "-" + strconv.Itoa(i) }

// idNames maps the ids of a document's items to what the page calls them:
// names for entities, the text for dates and figures.
func idNames(doc *entities.Document) map[string]string {
	m := map[string]string{}
	for _, p := range doc.People {
		m[p.ID] = p.Name
	}
	for _, o := range doc.Organizations {
		m[o.ID] = o.Name
	}
	for _, l := range doc.Places {
		m[l.ID] = l.Name
	}
	for _, d := range doc.Dates {
		m[d.ID] = d.Text
	}
	for _, f := range doc.Figures {
		m[f.ID] = f.Text
	}
	return m
}

// collect gathers every span to highlight, checked against the text, and
// for each table row the ids of its marks.
func collect(text string, doc *entities.Document) ([]mark, map[string][]string, error) {
	var ms []mark
	mentions := map[string][]string{}
	add := func(s entities.Span, k kind, title, ref string) error {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return fmt.Errorf("%w: %s %d..%d in %d bytes", ErrSpan, k, s.Start, s.End, len(text))
		}
		if !runeStart(text, s.Start) || !runeStart(text, s.End) {
			return fmt.Errorf("%w: %s %d..%d starts or ends inside a character", ErrSpan, k, s.Start, s.End)
		}
		if s.Start < s.End {
			id := "m-" + strconv.Itoa(len(ms))
			label := labels[k]
			if k == kTrigger {
				label, _, _ = strings.Cut(title, " · ")
			}
			name := labels[k]
			if k == kTrigger {
				name = "FACT"
			}
			ms = append(ms, mark{s.Start, s.End, k, name + ": " + title, label, ref, id})
			if ref != "" {
				mentions[ref] = append(mentions[ref], id)
			}
		}
		return nil
	}
	var errs []error
	if dl := doc.Dateline; dl != nil {
		errs = append(errs, add(dl.Span, kDateline, join(dl.Place, dl.Country, string(dl.Date), dl.Agency), ""))
	}
	for i, p := range doc.Places {
		for _, m := range p.Mentions {
			errs = append(errs, add(m, kPlace, join(p.Name, p.Latin, string(p.Kind), p.Country), anchor(kPlace, i)))
		}
	}
	for i, o := range doc.Organizations {
		for _, m := range o.Mentions {
			errs = append(errs, add(m, kOrganization, join(o.Name, o.Acronym, o.Latin), anchor(kOrganization, i)))
		}
	}
	for i, p := range doc.People {
		for _, m := range p.Mentions {
			errs = append(errs, add(m, kPerson, join(p.Name, p.Latin), anchor(kPerson, i)))
		}
	}
	for i, d := range doc.Dates {
		errs = append(errs, add(d.Span, kDate, dateValue(d), anchor(kDate, i)))
	}
	for i, f := range doc.Figures {
		errs = append(errs, add(f.Span, kFigure, join(f.Qualifier, grouped(f.Value), f.Unit), anchor(kFigure, i)))
	}
	for i, q := range doc.Quotes {
		errs = append(errs, add(q.Span, kQuote, join(q.Speaker, string(q.Kind)), anchor(kQuote, i)))
	}
	for i, f := range doc.Facts {
		errs = append(errs, add(f.Trigger, kTrigger, join(string(f.Type), f.Kind, f.Status), anchor(kTrigger, i)))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	// Outer spans first: a quote holds people, an organization a place.
	slices.SortStableFunc(ms, func(a, b mark) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	return ms, mentions, nil
}

// body writes the text with the marks as nested <mark> elements, each
// closed by an empty link to its row whose label the style sheet shows
// (so that the text of the article stays the document's). A span that
// crosses the end of the one it starts in is cut at that end, so the
// elements always nest; no character of the text is lost. It returns the
// ids of the marks written.
func body(text string, ms []mark) (template.HTML, map[string]bool) {
	var b strings.Builder
	written := map[string]bool{}
	type open struct {
		end int
		m   *mark
	}
	var stack []open // innermost last
	pos := 0
	closeTo := func(at int) {
		for len(stack) > 0 && stack[len(stack)-1].end <= at {
			top := stack[len(stack)-1]
			b.WriteString(escape(text[pos:top.end]))
			pos = top.end
			writeLabel(&b, top.m)
			b.WriteString("</mark>")
			stack = stack[:len(stack)-1]
		}
	}
	for i := range ms {
		m := &ms[i]
		closeTo(m.start)
		end := m.end
		if len(stack) > 0 && end > stack[len(stack)-1].end {
			end = stack[len(stack)-1].end
		}
		if end <= m.start {
			continue
		}
		b.WriteString(escape(text[pos:m.start]))
		pos = m.start
		fmt.Fprintf(&b, `<mark class="%s" id="%s" title="%s">`, m.kind, m.id, template.HTMLEscapeString(m.title))
		written[m.id] = true
		stack = append(stack, open{end, m})
	}
	closeTo(len(text))
	b.WriteString(escape(text[pos:]))
	return template.HTML(b.String()), written
}

// writeLabel writes the inline label of a mark: a link to its row when it
// has one. The label is an attribute, shown by the style sheet, so it is
// not part of the text a reader selects or a program reads.
func writeLabel(b *strings.Builder, m *mark) {
	if m.label == "" {
		return
	}
	l := template.HTMLEscapeString(m.label)
	if m.ref != "" {
		fmt.Fprintf(b, `<a class="lbl" href="#%s" data-l="%s" aria-label="%s"></a>`, m.ref, l, l)
		return
	}
	fmt.Fprintf(b, `<span class="lbl" data-l="%s"></span>`, l)
}

// join writes the non-empty parts with " · ".
func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}

// partWords say the parts of a period of Date.Part.
var partWords = map[string]string{
	"beginning": "beginning of", "middle": "middle of", "end": "end of",
	"first-half": "first half of", "second-half": "second half of",
	"q1": "Q1 of", "q2": "Q2 of", "q3": "Q3 of", "q4": "Q4 of",
}

// dateValue writes a date's value with the part of the period it means
// and the word that made it relative: "second half of 2024",
// "2025-03-11 · вчера".
func dateValue(d entities.Date) string {
	v := string(d.Value)
	if p, ok := partWords[d.Part]; ok {
		v = p + " " + v
	} else if d.Part != "" {
		v = d.Part + " of " + v
	}
	return join(v, d.Relative)
}

// grouped writes a figure's value without exponent or trailing zeros, its
// digits in groups of three split by a narrow no-break space and the
// fraction after a comma, as Russian text writes numbers:
// 84700000000 → "84 700 000 000", 2.5 → "2,5".
func grouped(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "−", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 && len(whole) > 4 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("," + frac)
	}
	return b.String()
}

// posts writes a person's positions, one per line.
func posts(ps []entities.Position) []string {
	var out []string
	for _, p := range ps {
		s := p.Title
		if w := join(p.Organization, p.Place); w != "" {
			s += " (" + w + ")"
		}
		out = append(out, s)
	}
	return out
}

type pageData struct {
	Doc     *entities.Document
	Title   string
	Body    template.HTML
	People  []personRow
	Places  []placeRow
	Orgs    []orgRow
	Dates   []dateRow
	Figures []figureRow
	Quotes  []quoteRow
	Facts   []factRow
}

// row is what every table row has: its anchor and the ids of the marks
// of its mentions.
type row struct {
	Anchor string
	Marks  []string
}

type factRow struct {
	row
	entities.Fact
	Kind string   // the type, and a deal's kind
	Args []string // "role: name"
}

type personRow struct {
	row
	entities.Person
	Posts []string
}

type placeRow struct {
	row
	entities.Place
}

type orgRow struct {
	row
	entities.Organization
}

type dateRow struct {
	row
	entities.Date
	Value string // with the part and the relative word
}

type figureRow struct {
	row
	entities.Figure
	Value string // digits grouped
}

type quoteRow struct {
	row
	entities.Quote
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }}).Parse(`<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d1d1f; background: #fafafa; }
header { padding: 12px 24px; background: #24292f; color: #fff; }
header h1 { margin: 0; font-size: 18px; font-weight: 600; overflow-wrap: anywhere; }
header p { margin: 4px 0 0; font-size: 13px; color: #c9d1d9; overflow-wrap: anywhere; }
main { display: flex; gap: 24px; padding: 16px 24px; align-items: flex-start; }
article { flex: 3; min-width: 0; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 16px 20px; border: 1px solid #d0d7de; border-radius: 6px; }
aside { flex: 2; min-width: 320px; font-size: 13px; }
aside h2 { font-size: 14px; margin: 16px 0 6px; }
aside h2:first-child { margin-top: 0; }
.scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #d0d7de; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #eaeef2; overflow-wrap: break-word; }
th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
td.n { text-align: right; white-space: nowrap; }
td ul { margin: 0; padding-left: 16px; }
td.m a { margin-right: 4px; }
tr:target { background: #fff8c5; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark:target { outline: 2px solid #0969da; }
mark.place { background: #cde8ff; }
mark.org { background: #ffe0b3; }
mark.person { background: #d7f5d0; }
mark.date { background: #f3d9fa; }
mark.figure { background: #fff3a3; }
mark.quote { background: none; border-bottom: 2px dotted #8250df; }
mark.dateline { background: none; outline: 1px dashed #57606a; }
mark.trigger { background: none; outline: 2px solid #cf222e; }
.lbl { text-decoration: none; }
.lbl::after { content: attr(data-l); margin-left: 2px; padding: 0 2px; border-radius: 2px; font-size: 9px; font-weight: 600; vertical-align: 1px; color: #57606a; background: rgba(255,255,255,.7); }
mark.quote > .lbl::after { color: #8250df; }
mark.trigger > .lbl::after { color: #cf222e; }
.sw.trigger { outline: 2px solid #cf222e; }
.legend mark { margin-right: 6px; color: #1d1d1f; white-space: nowrap; display: inline-block; line-height: 1.3; }
.legend mark.quote, .legend mark.dateline, .legend mark.trigger { color: #fff; }
.legend mark.quote, .legend mark.dateline { outline-color: #c9d1d9; }
.sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: middle; }
.sw.place { background: #cde8ff; } .sw.org { background: #ffe0b3; } .sw.person { background: #d7f5d0; } .sw.date { background: #f3d9fa; } .sw.figure { background: #fff3a3; } .sw.quote { border-bottom: 2px dotted #8250df; }
.empty { color: #57606a; font-style: italic; }
@media (max-width: 800px) {
  header { padding: 10px 12px; }
  main { flex-direction: column; gap: 12px; padding: 12px; align-items: stretch; }
  article { padding: 12px; }
  aside { min-width: 0; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p>id {{.Doc.ID}}{{with .Doc.Date}} · date {{.}}{{end}}{{with .Doc.Dateline}} · dateline {{.Place}}{{with .Country}} ({{.}}){{end}}{{with .Date}}, {{.}}{{end}}{{with .Agency}}, {{.}}{{end}}{{end}} · {{len .Doc.Sentences}} sentences</p>
<p class="legend"><mark class="place">place</mark><mark class="org">organization</mark><mark class="person">person</mark><mark class="date">date</mark><mark class="figure">figure</mark><mark class="quote">quote</mark><mark class="dateline">dateline</mark><mark class="trigger">fact</mark></p>
</header>
<main>
<article id="text">{{.Body}}</article>
<aside>
{{define "marks"}}<td class="m">{{range $i, $m := .}}<a href="#{{$m}}">{{inc $i}}</a>{{end}}</td>{{end}}
<h2>People ({{len .People}})</h2>
{{if .People}}<div class="scroll"><table id="people"><tr><th>Name</th><th>Latin</th><th>Posts</th><th>In text</th></tr>
{{range .People}}<tr id="{{.Anchor}}"><td><span class="sw person"></span>{{.Name}}</td><td>{{.Latin}}{{with .LatinSource}} <small>({{.}})</small>{{end}}</td><td>{{with .Posts}}<ul>{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}</td>{{template "marks" .Marks}}</tr>
{{end}}</table></div>{{else}}<p class="empty">none</p>{{end}}
<h2>Organizations ({{len .Orgs}})</h2>
{{if .Orgs}}<div class="scroll"><table id="organizations"><tr><th>Name</th><th>Acronym</th><th>Latin</th><th>In text</th></tr>
{{range .Orgs}}<tr id="{{.Anchor}}"><td><span class="sw org"></span>{{.Name}}</td><td>{{.Acronym}}</td><td>{{.Latin}}</td>{{template "marks" .Marks}}</tr>
{{end}}</table></div>{{else}}<p class="empty">none</p>{{end}}
<h2>Places ({{len .Places}})</h2>
{{if .Places}}<div class="scroll"><table id="places"><tr><th>Name</th><th>Latin</th><th>Kind</th><th>Country</th><th>In text</th></tr>
{{range .Places}}<tr id="{{.Anchor}}"><td><span class="sw place"></span>{{.Name}}</td><td>{{.Latin}}</td><td>{{.Kind}}</td><td>{{.Country}}</td>{{template "marks" .Marks}}</tr>
{{end}}</table></div>{{else}}<p class="empty">none</p>{{end}}
<h2>Dates ({{len .Dates}})</h2>
{{if .Dates}}<div class="scroll"><table id="dates"><tr><th>Text</th><th>Value</th><th>Precision</th><th>Range</th><th>In text</th></tr>
{{range .Dates}}<tr id="{{.Anchor}}"><td><span class="sw date"></span>{{.Text}}</td><td>{{.Value}}</td><td>{{.Precision}}</td><td>{{if .RangeEnd}}{{.RangeEnd}} of range {{.Range}}{{end}}</td>{{template "marks" .Marks}}</tr>
{{end}}</table></div>{{else}}<p class="empty">none</p>{{end}}
<h2>Figures ({{len .Figures}})</h2>
{{if .Figures}}<div class="scroll"><table id="figures"><tr><th>Text</th><th>Value</th><th>Unit</th><th>Qualifier</th><th>Range</th><th>In text</th></tr>
{{range .Figures}}<tr id="{{.Anchor}}"><td><span class="sw figure"></span>{{.Text}}</td><td class="n">{{.Value}}</td><td>{{.Unit}}</td><td>{{.Qualifier}}{{if .Approximate}} (order of magnitude){{end}}</td><td>{{if .RangeEnd}}{{.RangeEnd}} of range {{.Range}}{{end}}</td>{{template "marks" .Marks}}</tr>
{{end}}</table></div>{{else}}<p class="empty">none</p>{{end}}
<h2>Quotes ({{len .Quotes}})</h2>
{{if .Quotes}}<div class="scroll"><table id="quotes"><tr><th>Text</th><th>Speaker</th><th>Kind</th><th>In text</th></tr>
{{range .Quotes}}<tr id="{{.Anchor}}"><td><span class="sw quote"></span>{{.Text}}</td><td>{{.Speaker}}</td><td>{{.Kind}}</td>{{template "marks" .Marks}}</tr>
{{end}}</table></div>{{else}}<p class="empty">none</p>{{end}}
<h2>Facts ({{len .Facts}})</h2>
{{if .Facts}}<div class="scroll"><table id="facts"><tr><th>Type</th><th>Trigger</th><th>Arguments</th><th>Status</th><th>In text</th></tr>
{{range .Facts}}<tr id="{{.Anchor}}"><td><span class="sw trigger"></span>{{.Kind}}</td><td>{{.Trigger.Text}}</td><td>{{with .Args}}<ul>{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}</td><td>{{.Status}}</td>{{template "marks" .Marks}}</tr>
{{end}}</table></div>{{else}}<p class="empty">none</p>{{end}}
</aside>
</main>
</body>
</html>
`))

// runeStart reports whether byte i of text starts a character (or is the
// end of the text).
func runeStart(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// escape writes a piece of the text for the page: HTML-escaped, with
// each byte that is not UTF-8 as one U+FFFD (so that the pieces of a text
// give what the whole would).
func escape(s string) string {
	if utf8.ValidString(s) {
		return template.HTMLEscapeString(s)
	}
	return template.HTMLEscapeString(validText(s))
}

// validText returns s with each byte that is not part of a UTF-8
// character replaced by U+FFFD: the text as the page shows it.
func validText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString("\ufffd")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
