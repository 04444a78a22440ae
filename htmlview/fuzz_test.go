package htmlview_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/htmlview"
)

// FuzzRender extracts any valid text and renders it: no error, and the
// page's article holds the text exactly (NUL aside, which HTML cannot
// hold), however the mentions nest.
func FuzzRender(f *testing.F) {
	f.Add(release)
	f.Add("«Цитата <b>», — сказал Иван Петров. ООО «А & Б» в г. Москве.")
	f.Add("")
	ex, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc, err := ex.Extract("fuzz", text)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := htmlview.Render(&buf, text, doc); err != nil {
			t.Fatal(err)
		}
		// HTML has no NUL: the page shows U+FFFD in its place.
		if got, want := articleText(t, buf.String()), strings.ReplaceAll(text, "\x00", "\uFFFD"); got != want {
			t.Fatalf("the article lost text:\n got %q\nwant %q", got, want)
		}
	})
}

// FuzzRenderAny renders documents Extract did not make: any text, and
// mentions at any offsets. Render either refuses with ErrSpan or writes a
// page that is valid UTF-8 and holds the whole text.
func FuzzRenderAny(f *testing.F) {
	f.Add("Пекин и Токио", 0, 10, 3, 5)
	f.Add("Ж", 1, 2, 0, 0)
	f.Add("a\xffb", 0, 3, 1, 2)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		span := func(s, e int) entities.Span {
			if s >= 0 && e <= len(text) && s <= e {
				return entities.Span{Start: s, End: e, Text: text[s:e]}
			}
			return entities.Span{Start: s, End: e}
		}
		doc := &entities.Document{
			ID:     "any",
			Places: []entities.Place{{Name: "<b>", Mentions: []entities.Span{span(s1, e1)}}},
			People: []entities.Person{{Name: "\"&'", Mentions: []entities.Span{span(s2, e2)}}},
			Quotes: []entities.Quote{{Span: span(s2, e1), Speaker: "x"}},
		}
		var buf bytes.Buffer
		err := htmlview.Render(&buf, text, doc)
		if err != nil {
			if !errors.Is(err, htmlview.ErrSpan) {
				t.Fatalf("Render: %v, want nil or ErrSpan", err)
			}
			if buf.Len() != 0 {
				t.Fatalf("Render failed but wrote %d bytes", buf.Len())
			}
			return
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Fatalf("the page is not valid UTF-8")
		}
		// Each byte that is not UTF-8 shows as one U+FFFD, NUL as one too.
		var want strings.Builder
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size == 1 || r == 0 {
				want.WriteString("\uFFFD")
			} else {
				want.WriteString(text[i : i+size])
			}
			i += size
		}
		if got := articleText(t, buf.String()); got != want.String() {
			t.Fatalf("the article lost text:\n got %q\nwant %q", got, want.String())
		}
	})
}
