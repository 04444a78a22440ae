package extract

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// duckMoney is a Duckling money example as "simple CODE value".
var duckMoney = regexp.MustCompile(`^(simple|under|above) (RUB|Dollar|USD|EUR|Pound|GBP|UAH|BYN|KWD|LBP|EGP|QAR|SAR|BGN|MYR) ([0-9.e]+)$`)

// pressMoney keeps the forms press text uses: a number (digits or words)
// then a currency word, sign or code, or a sign then a number, with an
// optional qualifier before. Chat forms ("10руб", "$10К", "бакса",
// "USD3.14", "$20 43", currency before the number) are left out, and so is
// "$10,000": in Russian text a comma is a decimal comma.
var pressMoney = regexp.MustCompile(`^((не )?(более|менее|свыше) )?([$£€₴] ?[0-9]+([.][0-9]+)?|([0-9]+([.,][0-9]+)?|[а-яё]+( [а-яё]+)?)( [а-яё]+| [A-Z]{3}| ?[$€£₴₽]))$`)

var duckCodes = map[string]string{"Dollar": "USD", "Pound": "GBP"}

// TestDucklingMoney reads Duckling's Russian money examples of the forms
// press text uses as figures.
func TestDucklingMoney(t *testing.T) {
	rows := readTSV(t, "duckling_ru_corpus.tsv")
	ex := newTestExtractor(t)
	checked := 0
	for _, cols := range rows {
		if len(cols) < 3 || cols[0] != "AmountOfMoney" {
			continue
		}
		m := duckMoney.FindStringSubmatch(cols[1])
		text := cols[2]
		if m == nil || !pressMoney.MatchString(text) || strings.Contains(text, "бакс") || strings.Contains(text, "пени") ||
			strings.Contains(text, "цент") || strings.HasPrefix(text, "рублей") || strings.HasPrefix(text, "Евро") ||
			strings.Contains(text, "Euro") || strings.Contains(text, "euro") || strings.Contains(text, " c") {
			continue
		}
		code := m[2]
		if c, ok := duckCodes[code]; ok {
			code = c
		}
		want, _ := strconv.ParseFloat(m[3], 64)
		doc, err := ex.Extract("x", text)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		if len(doc.Figures) != 1 || doc.Figures[0].Unit != code || math.Abs(doc.Figures[0].Value-want) > 1e-9 {
			t.Errorf("Extract(%q) figures %+v, want %v %s", text, doc.Figures, want, code)
		}
	}
	if checked == 0 {
		t.Error("no rows checked")
	}
	t.Logf("%d Duckling money examples checked", checked)
}

var dateparserFound = regexp.MustCompile(`\('([^']*)', datetime\.datetime\((\d+), (\d+), (\d+)`)

// TestDateparserSearch runs dateparser's Russian search examples. Its
// "relative base" is the first date of each text; here that date is given
// as the document's date, which is how a pipeline would pass it.
func TestDateparserSearch(t *testing.T) {
	rows := readTSV(t, "dateparser_ru_tests.tsv")
	ex := newTestExtractor(t)
	checked := 0
	for _, cols := range rows {
		if len(cols) < 4 || cols[0] != "test_search.py" {
			continue
		}
		found := dateparserFound.FindAllStringSubmatch(cols[3], -1)
		if len(found) == 0 {
			continue
		}
		var want []string
		for _, m := range found {
			y, _ := strconv.Atoi(m[2])
			mo, _ := strconv.Atoi(m[3])
			d, _ := strconv.Atoi(m[4])
			want = append(want, m[1]+"="+calDate{y, mo, d}.String())
		}
		first := found[0]
		y, _ := strconv.Atoi(first[2])
		mo, _ := strconv.Atoi(first[3])
		d, _ := strconv.Atoi(first[4])
		text := strings.Trim(cols[2], "'")
		doc, err := ex.ExtractInput(Input{ID: "x", Text: text, Date: calDate{y, mo, d}.String()})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, dt := range doc.Dates {
			got = append(got, dt.Text+"="+string(dt.Value))
		}
		checked++
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s:\n got  %q\n want %q", text, got, want)
		}
	}
	if checked == 0 {
		t.Error("no rows checked")
	}
	t.Logf("%d dateparser search examples checked", checked)
}
