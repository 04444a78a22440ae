package normalize

import (
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/internal/shareddata"
)

// readShared reads a table of ../shared/data with a header line, or skips.
func readShared(t *testing.T, name string) [][]string {
	t.Helper()
	return shareddata.TSV(t, sharedData+"/"+name)
}

// TestPalladiusSyllables checks the syllable table made from our initials
// and finals against every syllable of the shared Palladius table, both
// ways.
func TestPalladiusSyllables(t *testing.T) {
	rows := readShared(t, "palladius_pinyin.tsv")
	ours := palladiusTable()
	spelled := map[string]bool{}
	for _, r := range rows {
		py, cyr := r[0], r[1]
		spelled[py] = true
		found := false
		for _, x := range ours[cyr] {
			found = found || x == py
		}
		if !found {
			t.Errorf("pinyin %q: Palladius %q gives %q", py, cyr, ours[cyr])
		}
	}
	// nü and lü (女, 吕: Нюй, Люй) are syllables the shared table leaves out.
	spelled["nü"], spelled["lü"] = true, true
	n := 0
	for cyr, pys := range ours {
		for _, py := range pys {
			n++
			if !spelled[py] {
				t.Errorf("our syllable %q (%q) is not in the table", py, cyr)
			}
		}
	}
	t.Logf("%d syllables, %d in the shared table", n, len(rows))
}

func TestRomanize(t *testing.T) {
	tests := []struct {
		name string
		sys  System
		want string
		why  string
	}{
		{"Лю Цзяи", Palladius, "Liu Jiayi", "и after a vowel is the syllable yi; a given name is one word"},
		{"Ли Ганьцзе", Palladius, "Li Ganjie", "нь is final -n"},
		{"Цзинань", Palladius, "Jinan", "the ъ rule makes ji+nan the only split"},
		{"Циндао", Palladius, "Qingdao", "the fewest syllables win over qing+da+o"},
		{"Сиань", Palladius, "Xi'an", "an apostrophe before a syllable starting with a vowel"},
		{"Чжан Шэньфэн", Palladius, "Zhang Shenfeng", "zh, sh, -eng"},
		{"Си Цзиньпин", Palladius, "Xi Jinping", "jin+ping"},
		{"Ли Кэцян", Palladius, "Li Keqiang", "q before ia"},
		{"Хуэй", Palladius, "Hui", "hui is хуэй"},
		{"Цзинъань", Palladius, "Jing'an", "ъ separates ng from a vowel"},
		{"Москва", Palladius, "", "not Chinese"},
		{"Тошихиро Никай", Polivanov, "Toshihiro Nikai", "the press ши"},
		{"Сасаки Нобухико", Polivanov, "Sasaki Nobuhiko", "си is shi"},
		{"Ютака Ёкои", Polivanov, "Yutaka Yokoi", "ё is yo"},
		{"Юкио Хатояма", Polivanov, "Yukio Hatoyama", ""},
		{"Хоккайдо", Polivanov, "Hokkaido", "a doubled consonant; й after a vowel is i"},
		{"Кадзуо Хираи", Polivanov, "Kazuo Hirai", "дзу is zu"},
		{"Нагасима Акихиса", Polivanov, "Nagashima Akihisa", ""},
		{"Кэнъити", Polivanov, "Ken'ichi", "ъ keeps n apart from a vowel"},
		{"Тиба", Polivanov, "Chiba", "ти is chi"},
		{"Цзинань", Polivanov, "", "not Japanese"},
		{"Мун Чжэ Ин", Kontsevich, "Mun Jae In", "the press чж is ㅈ"},
		{"Пусан", Kontsevich, "Busan", "an initial п is b"},
		{"Рю Чжэ Чхоль", Kontsevich, "Ryu Jae Chol", "чх is ch; ль is l (ㅓ and ㅗ are both о)"},
		{"Юлия Щеглова", ICAO, "Iuliia Shcheglova", ""},
		{"Артём Краевой", ICAO, "Artem Kraevoi", "ё is e, й is i"},
		{"Ян Разъездной", ICAO, "Ian Razieezdnoi", "ъ is ie"},
	}
	for _, tc := range tests {
		got, ok := Romanize(tc.name, tc.sys)
		if tc.want == "" {
			if ok {
				t.Errorf("Romanize(%q, %s) = %q, want no reading (%s)", tc.name, tc.sys, got, tc.why)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("Romanize(%q, %s) = %q, %v, want %q (%s)", tc.name, tc.sys, got, ok, tc.want, tc.why)
		}
	}
}

// TestRomanizeShared checks the systems against the shared tables: every
// release pair, every Polivanov kana row and press variant, every
// Kontsevich vowel, and every ICAO sample.
func TestRomanizeShared(t *testing.T) {
	for _, r := range readShared(t, "release_transliteration_checks.tsv") {
		sys := map[string]System{"zh": Palladius, "ja": Polivanov}[r[0]]
		if strings.Contains(r[5], "traditional") {
			continue
		}
		if got, ok := Romanize(r[1], sys); !ok || got != r[2] {
			t.Errorf("%s %q: %q, want %q", r[0], r[1], got, r[2])
		}
	}
	n := 0
	for _, r := range readShared(t, "polivanov_hepburn.tsv") {
		cyr, hep := strings.Fields(r[3]), strings.Fields(r[2])
		if len(cyr) != 1 || len(hep) != 1 || strings.ContainsAny(r[3], "ъ()-") || r[0] == "" {
			continue // extended katakana (ティ, シェ) share their Cyrillic with kana of their own
		}
		n++
		if got, ok := Romanize(cyr[0], Polivanov); !ok || !strings.EqualFold(got, hep[0]) {
			t.Errorf("kana %s %q: %q, want %q", r[0], cyr[0], got, hep[0])
		}
	}
	for _, r := range readShared(t, "polivanov_press_variants.tsv") {
		if got, ok := hepburnWord(r[0]); !ok || got != r[2] {
			t.Errorf("press %q: %q, want %q", r[0], got, r[2])
		}
	}
	for _, r := range readShared(t, "kontsevich_hangul.tsv") {
		if r[1] != "vowel" || r[0] == "ㅚ" {
			continue // ㅚ and ㅙ are both вэ; we read вэ as wae
		}
		if got, ok := revisedWord(r[3]); !ok || got != r[2] && !(r[2] == "eo" && got == "o") && !(r[2] == "yo" && got == "yeo") {
			t.Errorf("jamo %s %q: %q, want %q", r[0], r[3], got, r[2])
		}
	}
	for _, r := range readShared(t, "ru_latin_translit_samples.tsv") {
		if r[0] != "icao_doc_9303" {
			continue
		}
		if got, _ := Romanize(r[1], ICAO); got != r[2] {
			t.Errorf("ICAO %q: %q, want %q", r[1], got, r[2])
		}
	}
	t.Logf("%d kana rows checked", n)
}
