package htmlview_test

import (
	"bytes"
	"errors"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/htmlview"
)

// release is a release written for this test: a dateline, a quote that
// holds a person, an organization that holds a place, dates and figures,
// and characters HTML must escape.
const release = `ХАБАРОВСК, 12 марта 2025 г. /Пресс-служба/ -- Губернатор Хабаровского края Иван Петров и председатель Совета директоров ООО «Амур & Ко» Ли Мин подписали 3 соглашения на 2,5 млрд рублей.

«Проект <важен> для региона», — заявил Иван Петров. Работы начнутся в апреле.`

func extractRelease(t testing.TB) *entities.Document {
	t.Helper()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ex.Extract("r1", release)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

var (
	tagRE     = regexp.MustCompile(`<[^>]*>`)
	articleRE = regexp.MustCompile(`(?s)<article id="text">(.*?)</article>`)
	markRE    = regexp.MustCompile(`<mark class="([a-z]+)"`)
)

// articleText returns the text of the page's article, tags removed and
// entities decoded.
func articleText(t *testing.T, page string) string {
	t.Helper()
	m := articleRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no article in the page:\n%.500s", page)
	}
	return html.UnescapeString(tagRE.ReplaceAllString(m[1], ""))
}

// markCounts counts the <mark> elements of each class in the article.
func markCounts(page string) map[string]int {
	n := map[string]int{}
	article := articleRE.FindString(page)
	for _, m := range markRE.FindAllStringSubmatch(article, -1) {
		n[m[1]]++
	}
	return n
}

// wantMarks counts the spans of each kind the document has.
func wantMarks(doc *entities.Document) map[string]int {
	n := map[string]int{"date": len(doc.Dates), "figure": len(doc.Figures), "quote": len(doc.Quotes), "trigger": len(doc.Facts)}
	for _, p := range doc.People {
		n["person"] += len(p.Mentions)
	}
	for _, p := range doc.Places {
		n["place"] += len(p.Mentions)
	}
	for _, o := range doc.Organizations {
		n["org"] += len(o.Mentions)
	}
	if doc.Dateline != nil {
		n["dateline"] = 1
	}
	for k, v := range n {
		if v == 0 {
			delete(n, k)
		}
	}
	return n
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestRender(t *testing.T) {
	doc := extractRelease(t)
	if len(doc.People) == 0 || len(doc.Quotes) == 0 || len(doc.Figures) == 0 || len(doc.Organizations) == 0 {
		t.Fatalf("the release should give people, quotes, figures and organizations: %+v", doc)
	}
	var buf bytes.Buffer
	if err := htmlview.Render(&buf, release, doc); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if got := articleText(t, page); got != release {
		t.Errorf("the article's text differs from the document:\n got %q\nwant %q", got, release)
	}
	if got, want := markCounts(page), wantMarks(doc); !equalCounts(got, want) {
		t.Errorf("marks by class: got %v, want %v", got, want)
	}
	for _, p := range doc.People {
		if !strings.Contains(page, ">"+html.EscapeString(p.Name)+"</td>") {
			t.Errorf("no table row for %s", p.Name)
		}
	}
	if len(doc.Facts) == 0 {
		t.Error("the release should give a fact")
	}
	for _, f := range doc.Facts {
		row := `<td>` + html.EscapeString(f.Trigger.Text) + `</td>`
		if !strings.Contains(page, row) {
			t.Errorf("no facts row for the trigger %q", f.Trigger.Text)
		}
	}
	if strings.Contains(page, "<важен>") || !strings.Contains(page, "&lt;важен&gt;") {
		t.Error("the text's angle brackets are not escaped")
	}
	for _, ext := range []string{"http://", "https://", "<script", "<link"} {
		if strings.Contains(page, ext) {
			t.Errorf("the page is not self-contained: it has %q", ext)
		}
	}
}

func TestRenderBadSpan(t *testing.T) {
	doc := extractRelease(t)
	err := htmlview.Render(&bytes.Buffer{}, release[:20], doc)
	if !errors.Is(err, htmlview.ErrSpan) {
		t.Fatalf("a document from another text: got %v, want ErrSpan", err)
	}
}

// TestRenderSpanInsideCharacter: a span that starts or ends inside a
// character is refused, not written as a page that is not UTF-8.
func TestRenderSpanInsideCharacter(t *testing.T) {
	text := "Пекин"
	for _, sp := range []entities.Span{{Start: 1, End: 4}, {Start: 0, End: 3}} {
		doc := &entities.Document{ID: "x", Places: []entities.Place{{Name: "Пекин", Mentions: []entities.Span{sp}}}}
		var buf bytes.Buffer
		if err := htmlview.Render(&buf, text, doc); !errors.Is(err, htmlview.ErrSpan) || buf.Len() != 0 {
			t.Errorf("span %d..%d: error %v, %d bytes written; want ErrSpan and nothing", sp.Start, sp.End, err, buf.Len())
		}
	}
}

// TestRenderInvalidText: text that is not UTF-8 gives a page that is.
func TestRenderInvalidText(t *testing.T) {
	var buf bytes.Buffer
	if err := htmlview.Render(&buf, "Пекин \xff\xfe Токио", &entities.Document{ID: "x"}); err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(buf.Bytes()) {
		t.Error("the page is not valid UTF-8")
	}
}

func TestRenderCrossingSpans(t *testing.T) {
	text := "Совет директоров Амура"
	orgEnd := strings.Index(text, "Амура") + len("Ам") // "Совет директоров Ам"
	placeStart := strings.Index(text, "директоров")    // "директоров Амура"
	doc := &entities.Document{ID: "x",
		Organizations: []entities.Organization{{Name: "Совет", Mentions: []entities.Span{{Start: 0, End: orgEnd, Text: text[:orgEnd]}}}},
		Places:        []entities.Place{{Name: "Амур", Mentions: []entities.Span{{Start: placeStart, End: len(text), Text: text[placeStart:]}}}},
	}
	var buf bytes.Buffer
	if err := htmlview.Render(&buf, text, doc); err != nil {
		t.Fatal(err)
	}
	if got := articleText(t, buf.String()); got != text {
		t.Errorf("crossing spans lost text: got %q", got)
	}
	if strings.Count(buf.String(), "<mark ") != strings.Count(buf.String(), "</mark>") {
		t.Error("unbalanced marks")
	}
}

// chromium finds a headless browser, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH: install it (Debian: apt-get install chromium) to test the page in a browser; .ci/run does")
	return ""
}

// TestInBrowser loads the page in headless Chromium: the DOM the browser
// builds must hold the whole text and every mark, and a screenshot must
// render. PRESSFACTS_SCREENSHOT=file.png keeps the screenshot.
func TestInBrowser(t *testing.T) {
	browser := chromium(t)
	doc := extractRelease(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := htmlview.Render(f, release, doc); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1400,900"}
	browse := func(extra ...string) []byte {
		t.Helper()
		cmd := exec.Command(browser, append(append([]string{}, args...), extra...)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Start(); err != nil {
			t.Skipf("chromium does not start here: %v", err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Skipf("chromium cannot run here: %v: %.300s", err, stderr.String())
			}
		case <-time.After(90 * time.Second):
			cmd.Process.Kill()
			t.Skip("chromium did not finish in 90 s")
		}
		return stdout.Bytes()
	}
	dom := string(browse("--dump-dom", "file://"+page))
	if got := articleText(t, dom); got != release {
		t.Errorf("the browser's article text differs from the document:\n got %q\nwant %q", got, release)
	}
	if got, want := markCounts(dom), wantMarks(doc); !equalCounts(got, want) {
		t.Errorf("marks in the browser's DOM: got %v, want %v", got, want)
	}
	shot := filepath.Join(dir, "page.png")
	if keep := os.Getenv("PRESSFACTS_SCREENSHOT"); keep != "" {
		shot = keep
	}
	browse("--screenshot="+shot, "file://"+page)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if len(png) < 10000 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("the screenshot is no real page: %d bytes", len(png))
	}
}
