// Package htmlview renders an extracted document as one self-contained
// HTML page: the text with every mention highlighted by its type, and
// side tables of the entities (normalized name, Latin form, posts,
// mentions), dates and figures with their values, and the facts with
// their triggers highlighted. It is what a person
// reads before trusting the numbers; the page needs no network, no
// script and no other file.
package htmlview

import (
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

// mark is one highlighted span with what its tooltip says and the
// anchor of its row in a side table.
type mark struct {
	start, end int
	kind       kind
	title      string
	ref        string
}

// Render writes the page for doc, extracted from text, to w. The page
// holds the whole text and is valid UTF-8: a NUL byte, which HTML cannot
// hold, and bytes that are not UTF-8 show as U+FFFD. A span outside the text gives an error wrapping ErrSpan, and
// nothing is written.
func Render(w io.Writer, text string, doc *entities.Document) error {
	marks, err := collect(text, doc)
	if err != nil {
		return err
	}
	page := pageData{
		Doc:   doc,
		Body:  body(text, marks),
		Title: doc.ID,
	}
	if doc.Title != nil && doc.Title.Text != "" {
		page.Title = doc.Title.Text
	}
	for i, p := range doc.People {
		page.People = append(page.People, personRow{Anchor: anchor(kPerson, i), Person: p, Posts: posts(p.Positions)})
	}
	for i, p := range doc.Places {
		page.Places = append(page.Places, placeRow{Anchor: anchor(kPlace, i), Place: p})
	}
	for i, o := range doc.Organizations {
		page.Orgs = append(page.Orgs, orgRow{Anchor: anchor(kOrganization, i), Organization: o})
	}
	for i, d := range doc.Dates {
		page.Dates = append(page.Dates, dateRow{Anchor: anchor(kDate, i), Date: d})
	}
	for i, f := range doc.Figures {
		page.Figures = append(page.Figures, figureRow{Anchor: anchor(kFigure, i), Figure: f, Value: number(f.Value)})
	}
	names := idNames(doc)
	for i, f := range doc.Facts {
		row := factRow{Anchor: anchor(kTrigger, i), Fact: f, Kind: join(string(f.Type), f.Kind)}
		for _, a := range f.Args {
			row.Args = append(row.Args, a.Role+": "+names[a.ID])
		}
		if f.Title != "" {
			row.Args = append(row.Args, "title: "+f.Title)
		}
		page.Facts = append(page.Facts, row)
	}
	return pageTemplate.Execute(w, page)
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

// collect gathers every span to highlight, checked against the text.
func collect(text string, doc *entities.Document) ([]mark, error) {
	var ms []mark
	add := func(s entities.Span, k kind, title, ref string) error {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return fmt.Errorf("%w: %s %d..%d in %d bytes", ErrSpan, k, s.Start, s.End, len(text))
		}
		if !runeStart(text, s.Start) || !runeStart(text, s.End) {
			return fmt.Errorf("%w: %s %d..%d starts or ends inside a character", ErrSpan, k, s.Start, s.End)
		}
		if s.Start < s.End {
			ms = append(ms, mark{s.Start, s.End, k, title, ref})
		}
		return nil
	}
	var errs []error
	if dl := doc.Dateline; dl != nil {
		errs = append(errs, add(dl.Span, kDateline, "dateline: "+join(dl.Place, dl.Country, string(dl.Date), dl.Agency), ""))
	}
	for i, p := range doc.Places {
		for _, m := range p.Mentions {
			errs = append(errs, add(m, kPlace, "place: "+join(p.Name, p.Latin, string(p.Kind), p.Country), anchor(kPlace, i)))
		}
	}
	for i, o := range doc.Organizations {
		for _, m := range o.Mentions {
			errs = append(errs, add(m, kOrganization, "organization: "+join(o.Name, o.Acronym, o.Latin), anchor(kOrganization, i)))
		}
	}
	for i, p := range doc.People {
		for _, m := range p.Mentions {
			errs = append(errs, add(m, kPerson, "person: "+join(p.Name, p.Latin), anchor(kPerson, i)))
		}
	}
	for i, d := range doc.Dates {
		errs = append(errs, add(d.Span, kDate, "date: "+join(string(d.Value), string(d.Precision), d.Relative), anchor(kDate, i)))
	}
	for i, f := range doc.Figures {
		errs = append(errs, add(f.Span, kFigure, "figure: "+join(f.Qualifier, number(f.Value), f.Unit), anchor(kFigure, i)))
	}
	for _, q := range doc.Quotes {
		errs = append(errs, add(q.Span, kQuote, "quote: "+q.Speaker, ""))
	}
	for i, f := range doc.Facts {
		errs = append(errs, add(f.Trigger, kTrigger, "fact: "+join(string(f.Type), f.Kind, f.Status), anchor(kTrigger, i)))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	// Outer spans first: a quote holds people, an organization a place.
	slices.SortStableFunc(ms, func(a, b mark) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	return ms, nil
}

// body writes the text with the marks as nested <mark> elements. A span
// that crosses the end of the one it starts in is cut at that end, so
// the elements always nest; no character of the text is lost.
func body(text string, ms []mark) template.HTML {
	var b strings.Builder
	var open []int // ends of the open marks, innermost last
	pos := 0
	closeTo := func(at int) {
		for len(open) > 0 && open[len(open)-1] <= at {
			b.WriteString(escape(text[pos:open[len(open)-1]]))
			pos = open[len(open)-1]
			b.WriteString("</mark>")
			open = open[:len(open)-1]
		}
	}
	for _, m := range ms {
		closeTo(m.start)
		end := m.end
		if len(open) > 0 && end > open[len(open)-1] {
			end = open[len(open)-1]
		}
		if end <= m.start {
			continue
		}
		b.WriteString(escape(text[pos:m.start]))
		pos = m.start
		fmt.Fprintf(&b, `<mark class="%s" title="%s"`, m.kind, template.HTMLEscapeString(m.title))
		if m.ref != "" {
			fmt.Fprintf(&b, ` data-ref="%s"`, m.ref)
		}
		b.WriteString(">")
		open = append(open, end)
	}
	closeTo(len(text))
	b.WriteString(escape(text[pos:]))
	return template.HTML(b.String())
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

// number writes a figure's value without exponent or trailing zeros.
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

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
	Facts   []factRow
}

type factRow struct {
	Anchor string
	entities.Fact
	Kind string   // the type, and a deal's kind
	Args []string // "role: name"
}

type personRow struct {
	Anchor string
	entities.Person
	Posts []string
}

type placeRow struct {
	Anchor string
	entities.Place
}

type orgRow struct {
	Anchor string
	entities.Organization
}

type dateRow struct {
	Anchor string
	entities.Date
}

type figureRow struct {
	Anchor string
	entities.Figure
	Value string
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d1d1f; background: #fafafa; }
header { padding: 12px 24px; background: #24292f; color: #fff; }
header h1 { margin: 0; font-size: 18px; font-weight: 600; }
header p { margin: 4px 0 0; font-size: 13px; color: #c9d1d9; }
main { display: flex; gap: 24px; padding: 16px 24px; align-items: flex-start; }
article { flex: 3; min-width: 0; white-space: pre-wrap; background: #fff; padding: 16px 20px; border: 1px solid #d0d7de; border-radius: 6px; }
aside { flex: 2; min-width: 320px; font-size: 13px; }
aside h2 { font-size: 14px; margin: 16px 0 6px; }
aside h2:first-child { margin-top: 0; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #d0d7de; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #eaeef2; }
th { background: #f6f8fa; font-weight: 600; }
td.n { text-align: right; white-space: nowrap; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.place { background: #cde8ff; }
mark.org { background: #ffe0b3; }
mark.person { background: #d7f5d0; }
mark.date { background: #f3d9fa; }
mark.figure { background: #fff3a3; }
mark.quote { background: none; border-bottom: 2px dotted #8250df; }
mark.dateline { background: none; outline: 1px dashed #57606a; }
mark.trigger { background: none; outline: 2px solid #cf222e; }
.sw.trigger { outline: 2px solid #cf222e; }
.legend mark { margin-right: 6px; color: #1d1d1f; }
.legend mark.quote, .legend mark.dateline, .legend mark.trigger { color: #fff; }
.legend mark.quote, .legend mark.dateline { outline-color: #c9d1d9; }
.sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: middle; }
.sw.place { background: #cde8ff; } .sw.org { background: #ffe0b3; } .sw.person { background: #d7f5d0; } .sw.date { background: #f3d9fa; } .sw.figure { background: #fff3a3; }
.empty { color: #57606a; font-style: italic; }
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
<h2>People ({{len .People}})</h2>
{{if .People}}<table id="people"><tr><th>Name</th><th>Latin</th><th>Posts</th><th>Mentions</th></tr>
{{range .People}}<tr id="{{.Anchor}}"><td><span class="sw person"></span>{{.Name}}</td><td>{{.Latin}}{{with .LatinSource}} <small>({{.}})</small>{{end}}</td><td>{{range .Posts}}{{.}}<br>{{end}}</td><td class="n">{{len .Mentions}}</td></tr>
{{end}}</table>{{else}}<p class="empty">none</p>{{end}}
<h2>Organizations ({{len .Orgs}})</h2>
{{if .Orgs}}<table id="organizations"><tr><th>Name</th><th>Acronym</th><th>Latin</th><th>Mentions</th></tr>
{{range .Orgs}}<tr id="{{.Anchor}}"><td><span class="sw org"></span>{{.Name}}</td><td>{{.Acronym}}</td><td>{{.Latin}}</td><td class="n">{{len .Mentions}}</td></tr>
{{end}}</table>{{else}}<p class="empty">none</p>{{end}}
<h2>Places ({{len .Places}})</h2>
{{if .Places}}<table id="places"><tr><th>Name</th><th>Latin</th><th>Kind</th><th>Country</th><th>Mentions</th></tr>
{{range .Places}}<tr id="{{.Anchor}}"><td><span class="sw place"></span>{{.Name}}</td><td>{{.Latin}}</td><td>{{.Kind}}</td><td>{{.Country}}</td><td class="n">{{len .Mentions}}</td></tr>
{{end}}</table>{{else}}<p class="empty">none</p>{{end}}
<h2>Dates ({{len .Dates}})</h2>
{{if .Dates}}<table id="dates"><tr><th>Text</th><th>Value</th><th>Precision</th><th>Range</th></tr>
{{range .Dates}}<tr id="{{.Anchor}}"><td><span class="sw date"></span>{{.Text}}</td><td>{{.Value}}</td><td>{{.Precision}}</td><td>{{if .RangeEnd}}{{.RangeEnd}} of range {{.Range}}{{end}}</td></tr>
{{end}}</table>{{else}}<p class="empty">none</p>{{end}}
<h2>Figures ({{len .Figures}})</h2>
{{if .Figures}}<table id="figures"><tr><th>Text</th><th>Value</th><th>Unit</th><th>Qualifier</th><th>Range</th></tr>
{{range .Figures}}<tr id="{{.Anchor}}"><td><span class="sw figure"></span>{{.Text}}</td><td class="n">{{.Value}}</td><td>{{.Unit}}</td><td>{{.Qualifier}}{{if .Approximate}} (order of magnitude){{end}}</td><td>{{if .RangeEnd}}{{.RangeEnd}} of range {{.Range}}{{end}}</td></tr>
{{end}}</table>{{else}}<p class="empty">none</p>{{end}}
<h2>Facts ({{len .Facts}})</h2>
{{if .Facts}}<table id="facts"><tr><th>Type</th><th>Trigger</th><th>Arguments</th><th>Status</th></tr>
{{range .Facts}}<tr id="{{.Anchor}}"><td><span class="sw trigger"></span>{{.Kind}}</td><td>{{.Trigger.Text}}</td><td>{{range .Args}}{{.}}<br>{{end}}</td><td>{{.Status}}</td></tr>
{{end}}</table>{{else}}<p class="empty">none</p>{{end}}
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
