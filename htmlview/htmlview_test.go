package htmlview_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// TestRenderLinks: every highlight's label links to a row of the tables,
// and every row links back to highlights that exist; each entity's row
// links to as many highlights as it has mentions.
func TestRenderLinks(t *testing.T) {
	doc := extractRelease(t)
	var buf bytes.Buffer
	if err := htmlview.Render(&buf, release, doc); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		if ids[m[1]] {
			t.Errorf("id %q twice", m[1])
		}
		ids[m[1]] = true
	}
	labels := regexp.MustCompile(`<a class="lbl" href="#([^"]+)" data-l="([A-Za-z]+)"`).FindAllStringSubmatch(page, -1)
	if len(labels) == 0 {
		t.Fatal("no labels in the page")
	}
	seen := map[string]bool{}
	for _, l := range labels {
		if !ids[l[1]] {
			t.Errorf("label %s links to #%s, which is not on the page", l[2], l[1])
		}
		seen[l[2]] = true
	}
	for _, want := range []string{"PER", "ORG", "LOC", "DATE", "NUM", "QUOTE"} {
		if !seen[want] {
			t.Errorf("no %s label; have %v", want, seen)
		}
	}
	marks := map[string]bool{}
	for _, m := range regexp.MustCompile(`<mark class="[a-z]+" id="(m-[0-9]+)"`).FindAllStringSubmatch(page, -1) {
		marks[m[1]] = true
	}
	rowRE := regexp.MustCompile(`<tr id="([a-z]+-[0-9]+)">(.*)</tr>`)
	backRE := regexp.MustCompile(`<a href="#(m-[0-9]+)">`)
	back := map[string]int{}
	for _, r := range rowRE.FindAllStringSubmatch(page, -1) {
		for _, m := range backRE.FindAllStringSubmatch(r[2], -1) {
			if !marks[m[1]] {
				t.Errorf("row %s links to #%s, which is not on the page", r[1], m[1])
			}
			back[r[1]]++
		}
	}
	for i, p := range doc.People {
		if got, row := back["person-"+strconv.Itoa(i)], "person-"+strconv.Itoa(i); got != len(p.Mentions) {
			t.Errorf("row %s (%s) links to %d highlights, want %d", row, p.Name, got, len(p.Mentions))
		}
	}
	for i := range doc.Quotes {
		if back["quote-"+strconv.Itoa(i)] != 1 {
			t.Errorf("quote %d does not link to its highlight", i)
		}
	}
}

// TestRenderValues: figures with grouped digits and a decimal comma, dates
// with the part of the period and the relative word, a quotes table, and
// posts one per line.
func TestRenderValues(t *testing.T) {
	text := "Во второй половине 2024 года вчера 84700000000 и 2,5 млн. «Да», — сказал Иван Петров."
	at := func(s string) entities.Span {
		i := strings.Index(text, s)
		return entities.Span{Start: i, End: i + len(s), Text: s}
	}
	doc := &entities.Document{ID: "v",
		Dates: []entities.Date{
			{Span: at("второй половине 2024 года"), Value: "2024", Precision: entities.Year, Part: "second-half"},
			{Span: at("вчера"), Value: "2024-05-06", Precision: entities.Day, Relative: "вчера"},
		},
		Figures: []entities.Figure{
			{Span: at("84700000000"), Value: 84700000000},
			{Span: at("2,5 млн"), Value: 2500000.5},
			{Span: at("2,5"), Value: -1234.25},
		},
		People: []entities.Person{{ID: "p1", Name: "Иван Петров", Mentions: []entities.Span{at("Иван Петров")},
			Positions: []entities.Position{{Title: "губернатор"}, {Title: "председатель"}}}},
		Quotes: []entities.Quote{{Span: at("Да"), Speaker: "Иван Петров", SpeakerID: "p1", Kind: entities.Direct}},
	}
	var buf bytes.Buffer
	if err := htmlview.Render(&buf, text, doc); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		"<td>second half of 2024</td>",
		"<td>2024-05-06 · вчера</td>",
		">84\u202f700\u202f000\u202f000</td>",
		">2\u202f500\u202f000,5</td>",
		">−1234,25</td>",
		`<table id="quotes">`,
		"<td>Иван Петров</td><td>direct</td>",
		"<ul><li>губернатор</li><li>председатель</li></ul>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// measure is a script the browser test puts into its copy of the page
// (the page itself has none): it writes what the layout came to, the
// article's text and the marks by class into the page that frames it,
// where --dump-dom shows them.
const measure = `<script>
(function () {
  var box = function (sel) { var r = document.querySelector(sel).getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width}; };
  var marks = {};
  document.querySelectorAll("article mark").forEach(function (m) { marks[m.className] = (marks[m.className] || 0) + 1; });
  window.parent.document.getElementById("measure").textContent = JSON.stringify({
    inner: window.innerWidth, scroll: document.documentElement.scrollWidth,
    article: box("article"), aside: box("aside"),
    text: document.querySelector("article").textContent, marks: marks});
})();
</script>`

// frame is a page that shows another in a frame of a given width: a
// headless browser's window is no narrower than 500 pixels, a frame can be.
const frame = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">` +
	`<iframe style="border:0;display:block" width="%d" height="900" srcdoc="%s"></iframe><pre id="measure"></pre></body></html>`

// layout is what the measuring script reports.
type layout struct {
	Inner, Scroll  float64
	Article, Aside struct{ Left, Right, Top, Bottom, Width float64 }
	Text           string
	Marks          map[string]int
}

// TestInBrowser loads the page in headless Chromium at a phone's width
// and a desktop's: the text the browser shows must be the whole text,
// with every mark; nothing may stick out to the right (no sideways
// scrolling); the tables stand beside the text on the wide screen and
// below it on the narrow ones, where the text keeps most of the width;
// and a screenshot must render. PRESSFACTS_SCREENSHOT=prefix keeps the
// screenshots as prefix-WIDTH.png.
func TestInBrowser(t *testing.T) {
	browser := chromium(t)
	doc := extractRelease(t)
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := htmlview.Render(&buf, release, doc); err != nil {
		t.Fatal(err)
	}
	withScript := strings.Replace(buf.String(), "</body>", measure+"</body>", 1)
	browse := func(window int, extra ...string) []byte {
		t.Helper()
		args := []string{"--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
			"--user-data-dir=" + filepath.Join(dir, "profile"), fmt.Sprintf("--window-size=%d,1000", window)}
		cmd := exec.Command(browser, append(args, extra...)...)
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
	measureRE := regexp.MustCompile(`<pre id="measure">([^<]*)</pre>`)
	for _, width := range []int{360, 400, 1400} {
		window := max(width, 500)
		framed := filepath.Join(dir, fmt.Sprintf("framed-%d.html", width))
		if err := os.WriteFile(framed, []byte(fmt.Sprintf(frame, width, html.EscapeString(withScript))), 0o644); err != nil {
			t.Fatal(err)
		}
		dom := string(browse(window, "--dump-dom", "file://"+framed))
		m := measureRE.FindStringSubmatch(dom)
		if m == nil || m[1] == "" {
			t.Fatalf("%d px: the measuring script wrote nothing:\n%.500s", width, dom)
		}
		var l layout
		if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &l); err != nil {
			t.Fatalf("%d px: %v: %s", width, err, m[1])
		}
		if l.Inner != float64(width) {
			t.Fatalf("%d px: the frame is %v px wide inside", width, l.Inner)
		}
		if l.Text != release {
			t.Errorf("%d px: the browser's article text differs from the document:\n got %q\nwant %q", width, l.Text, release)
		}
		if want := wantMarks(doc); !equalCounts(l.Marks, want) {
			t.Errorf("%d px: marks in the browser's DOM: got %v, want %v", width, l.Marks, want)
		}
		if l.Scroll > l.Inner {
			t.Errorf("%d px: the page is %v px wide, more than the window's %v: it scrolls sideways", width, l.Scroll, l.Inner)
		}
		if l.Article.Right > l.Inner || l.Aside.Right > l.Inner {
			t.Errorf("%d px: text or tables stick out of the window: %+v", width, l)
		}
		if width >= 1000 {
			if l.Aside.Left < l.Article.Right || l.Aside.Top > l.Article.Bottom {
				t.Errorf("%d px: the tables are not beside the text: %+v", width, l)
			}
		} else {
			if l.Aside.Top < l.Article.Bottom {
				t.Errorf("%d px: the tables are not below the text: %+v", width, l)
			}
			if l.Article.Width < 0.85*l.Inner {
				t.Errorf("%d px: the text has %v px of %v", width, l.Article.Width, l.Inner)
			}
		}
		shot := filepath.Join(dir, fmt.Sprintf("page-%d.png", width))
		if keep := os.Getenv("PRESSFACTS_SCREENSHOT"); keep != "" {
			shot = fmt.Sprintf("%s-%d.png", keep, width)
		}
		browse(window, "--screenshot="+shot, "file://"+framed)
		f, err := os.Open(shot)
		if err != nil {
			t.Fatalf("%d px: no screenshot: %v", width, err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%d px: the screenshot is no PNG: %v", width, err)
		}
		if b := img.Bounds(); b.Dx() != window {
			t.Errorf("%d px: the screenshot is %d px wide, want %d", width, b.Dx(), window)
		}
		if n := colours(img); n < 8 {
			t.Errorf("%d px: the screenshot is nearly blank: %d colours", width, n)
		}
	}
}

// colours counts the distinct colours of an image, up to 64.
func colours(img image.Image) int {
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
			if len(seen) >= 64 {
				return len(seen)
			}
		}
	}
	return len(seen)
}
