package htmlview_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

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
