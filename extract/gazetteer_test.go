package extract

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/pressfacts/pressfacts/internal/shareddata"
	"github.com/pressfacts/pressfacts/normalize"
)

// readTSV reads a table of ../shared/data with a header line, or skips.
func readTSV(t *testing.T, name string) [][]string {
	t.Helper()
	return shareddata.TSV(t, filepath.Join(sharedDir, "data", name))
}

// latinKey folds a Latin name for comparison: no diacritics, no case, no
// punctuation or spaces ("Xi'an" = "xian", "Ürümqi" = "urumqi").
func latinKey(s string) string {
	s, _, _ = transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	s = strings.ReplaceAll(s, "&", "and")
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestCountriesAgainstCLDR checks the country table against CLDR 48's
// Russian and English territory names: the Russian name CLDR gives must
// reach the same country, and the Latin name must be CLDR's English one
// or a name the table chose on purpose.
func TestCountriesAgainstCLDR(t *testing.T) {
	rows := readTSV(t, "cldr48_territories_ru_en.tsv")
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	// English short names we write differently from CLDR, on purpose.
	ourLatin := map[string]bool{"North Korea": true, "South Korea": true, "Vatican City": true, "Palestine": true, "Czechia": true, "United States": true, "United Kingdom": true, "Myanmar": true, "Turkey": true,
		"Macau SAR China": true, // x/text's CLDR spells it so
	}
	checked := 0
	for _, r := range rows {
		code, alt, ru, en := r[0], r[1], r[2], r[3]
		if len(code) != 2 || alt != "" || notCountries[code] || strings.Contains(ru, "о-ва") {
			continue // groupings, test codes, and CLDR's abbreviated island groups
		}
		if i := strings.Index(ru, " ("); i > 0 {
			ru = ru[:i] // "Мьянма (Бирма)"
		}
		n, ok := g.places.names[normalize.Key(ru)]
		if !ok {
			t.Errorf("%s: CLDR's Russian name %q is not in the gazetteer", code, ru)
			continue
		}
		if n.thing.country != code {
			if n.thing.kind == "country" {
				t.Errorf("%s: %q reaches %s %q", code, ru, n.thing.country, n.thing.name)
			}
			continue
		}
		checked++
		if latinKey(n.thing.latin) != latinKey(en) && !ourLatin[n.thing.latin] {
			t.Errorf("%s: Latin %q, CLDR %q", code, n.thing.latin, en)
		}
	}
	t.Logf("%d countries checked against CLDR", checked)
}

// notCountries are CLDR territory codes that name no country.
var notCountries = map[string]bool{"EU": true, "EZ": true, "UN": true, "QO": true, "XA": true, "XB": true, "ZZ": true, "CQ": true}

// TestPlacesAgainstCLDR checks the Latin names of the places the
// gazetteer shares with CLDR's exemplar cities and subdivisions.
func TestPlacesAgainstCLDR(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	// Where we follow the press or the official romanization over CLDR.
	ours := map[string]bool{"Kyiv": true, "Odesa": true, "Kharkiv": true, "Chisinau": true, "Ulaanbaatar": true, "Astana": true, "Almaty": true, "Kazan": true,
		"Asmara": true, "Aktau": true, "Aktobe": true, "Kolkata": true, "Kathmandu": true, "Yangon": true, "Tirana": true,
		"Petropavlovsk-Kamchatsky": true, "Gangwon": true, "Nampo": true, "Chechnya": true,
		"Chukotka Autonomous Okrug": true, "Yamalo-Nenets Autonomous Okrug": true, "Moscow Oblast": true, "Ashgabat": true}
	check := func(ru, en, where string) bool {
		n, ok := g.places.names[normalize.Key(ru)]
		if !ok || normalize.Key(n.nom) != normalize.Key(ru) || n.nom != n.thing.name || n.thing.kind == "country" {
			return false // not ours, another of our names, or a case form ("Туле" of "Тула")
		}
		a, b := latinKey(n.thing.latin), latinKey(en)
		if a != b && !ours[n.thing.latin] && !strings.Contains(a, b) && !strings.Contains(b, a) {
			t.Errorf("%s %q: Latin %q, CLDR %q", where, ru, n.thing.latin, en)
		}
		return true
	}
	cities, subdivisions := 0, 0
	for _, r := range readTSV(t, "cldr41_exemplar_cities_ru_en.tsv") {
		if check(r[1], r[2], "city") {
			cities++
		}
	}
	for _, r := range readTSV(t, "cldr41_subdivisions_ru_en.tsv") {
		switch r[2] {
		case "CN", "JP", "KR", "KP", "RU", "KZ", "UZ", "KG", "TJ", "TM", "MN":
			if check(r[3], r[4], "subdivision "+r[0]) {
				subdivisions++
			}
		}
	}
	t.Logf("%d cities and %d subdivisions checked against CLDR", cities, subdivisions)
	if cities < 50 {
		t.Errorf("only %d cities shared with CLDR", cities)
	}
}

// TestChinesePlacesAgainstPalladius checks that every Chinese place with
// a regular name is written in Palladius syllables whose pinyin is its
// Latin name: "Цзинань" = цзи+нань = ji+nan = Jinan. Traditional names
// (Пекин, Гонконг, Харбин) are listed in the shared exceptions and left
// out.
func TestChinesePlacesAgainstPalladius(t *testing.T) {
	syllables := map[string][]string{} // Palladius → pinyin
	for _, r := range readTSV(t, "palladius_pinyin.tsv") {
		for _, c := range append([]string{r[1]}, strings.Split(r[2], "|")...) {
			if c != "" {
				syllables[strings.ToLower(c)] = append(syllables[strings.ToLower(c)], r[0])
			}
		}
	}
	traditional := map[string]bool{}
	for _, r := range readTSV(t, "palladius_traditional_exceptions.tsv") {
		traditional[r[0]] = true
	}
	// Names from Mongolian, Tibetan or Manchu, older spellings, and the
	// Шэньси/Шаньси pair the press keeps apart.
	for _, n := range []string{"Хух-Хото", "Эрлянь", "Маньчжурия", "Хулунбуир", "Цицикар", "Лхаса", "Анхой", "Шэньси"} {
		traditional[n] = true
	}
	lex, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[*gazPlace]bool{}
	checked := 0
	for _, n := range lex.places.names {
		p := n.thing
		if seen[p] || p.country != "CN" || p.kind == "country" || strings.Contains(p.name, " ") || traditional[p.name] {
			continue
		}
		seen[p] = true
		if p.kind != "city" && p.kind != "province" && p.kind != "municipality" {
			continue
		}
		checked++
		// "ъ" only separates syllables: "Дунъин" = дун+ин.
		cyr := strings.NewReplacer("-", "", "ъ", "").Replace(strings.ToLower(p.name))
		if !palladiusSpells(cyr, latinKey(p.latin), syllables) {
			t.Errorf("%q is not %q in Palladius syllables", p.name, p.latin)
		}
	}
	t.Logf("%d Chinese places checked", checked)
}

// palladiusSpells reports whether a Cyrillic name splits into Palladius
// syllables whose pinyin, joined, is latin.
func palladiusSpells(name, latin string, syllables map[string][]string) bool {
	if name == "" {
		return latin == ""
	}
	r := []rune(name)
	for i := len(r); i > 0; i-- {
		for _, py := range syllables[string(r[:i])] {
			if strings.HasPrefix(latin, py) && palladiusSpells(string(r[i:]), latin[len(py):], syllables) {
				return true
			}
		}
	}
	return false
}
