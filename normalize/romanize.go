package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// System is a way of writing a name in Latin letters, named as the
// pressfacts contract names a Latin form's source.
type System string

// The romanization systems. Each reads a name written in Cyrillic by the
// Russian system for its language and gives the Latin form that
// language's own standard uses.
const (
	// Palladius reads Chinese names in the Palladius system and gives
	// Hanyu Pinyin: "Лю Цзяи" → "Liu Jiayi", "Сиань" → "Xi'an".
	Palladius System = "palladius"
	// Polivanov reads Japanese names in the Polivanov system (and the
	// press spellings ши, чи, джи) and gives Hepburn without macrons:
	// "Сасаки Нобухико" → "Sasaki Nobuhiko".
	Polivanov System = "polivanov"
	// Kontsevich reads Korean names in the Kontsevich system and gives the
	// Revised Romanization: "Мун Чжэ Ин" → "Mun Jae In".
	Kontsevich System = "kontsevich"
	// ICAO transliterates Russian names by ICAO Doc 9303, as Russian
	// passports do: "Юлия Щеглова" → "Iuliia Shcheglova".
	ICAO System = "icao"
)

// Romanize writes a name in Latin letters by a system. It returns false
// when the name cannot be read in that system (a Chinese name must split
// into Palladius syllables, a Japanese one into kana syllables); ICAO
// reads any Cyrillic. Words keep their separators, and a word that starts
// with a capital in Cyrillic starts with one in Latin. Characters that are
// not Cyrillic letters are kept as they are.
func Romanize(name string, sys System) (string, bool) {
	var word func(string) (string, bool)
	switch sys {
	case Palladius:
		word = pinyinWord
	case Polivanov:
		word = hepburnWord
	case Kontsevich:
		word = revisedWord
	case ICAO:
		word = icaoWord
	default:
		return "", false
	}
	var b strings.Builder
	start := -1
	flush := func(end int) bool {
		if start < 0 {
			return true
		}
		if sys != ICAO && end-start > maxSyllableWord {
			return false // no name in syllables is that long; spare the work
		}
		w, ok := word(Lower(name[start:end]))
		if !ok {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(name[start:]); unicode.IsUpper(r) {
			w = capitalFirst(w)
		}
		b.WriteString(w)
		start = -1
		return true
	}
	for i, r := range name {
		if isCyrillicLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if !flush(i) {
			return "", false
		}
		b.WriteRune(r)
	}
	if !flush(len(name)) {
		return "", false
	}
	return b.String(), true
}

// maxSyllableWord is the longest word, in bytes, the syllable systems
// read: 40 Cyrillic letters.
const maxSyllableWord = 80

func isCyrillicLetter(r rune) bool {
	return r >= 'а' && r <= 'я' || r >= 'А' && r <= 'Я' || r == 'ё' || r == 'Ё'
}

func capitalFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// Palladius: pinyin initials and finals with their Cyrillic spellings,
// and which initials each final takes. The table of syllables is made
// from them once.

var pinyinInitials = map[string]string{
	"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
	"g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
	"sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}

// pinyinFinals gives each final's spelling after a consonant, its
// spelling with no initial (as pinyin writes it and as Palladius writes
// it), and the initials it combines with.
var pinyinFinals = []struct {
	final, cyr    string
	bare, bareCyr string
	initials      string
}{
	{"a", "а", "a", "а", "b p m f d t n l g k h zh ch sh z c s"},
	{"o", "о", "o", "о", "b p m f l"},
	{"e", "э", "e", "э", "m d t n l g k h zh ch sh r z c s"},
	{"ai", "ай", "ai", "ай", "b p m d t n l g k h zh ch sh z c s"},
	{"ei", "эй", "ei", "эй", "b p m f d t n l g k h zh z c sh"},
	{"ao", "ао", "ao", "ао", "b p m d t n l g k h zh ch sh r z c s"},
	{"ou", "оу", "ou", "оу", "p m f d t n l g k h zh ch sh r z c s"},
	{"", "", "yo", "ё", ""},
	{"an", "ань", "an", "ань", "b p m f d t n l g k h zh ch sh r z c s"},
	{"en", "энь", "en", "энь", "b p m f d n l g k h zh ch sh r z c s"},
	{"ang", "ан", "ang", "ан", "b p m f d t n l g k h zh ch sh r z c s"},
	{"eng", "эн", "eng", "эн", "b p m f d t n l g k h zh ch sh r z c s"},
	{"ong", "ун", "", "", "b d t n l g k h zh ch r z c s"},
	{"er", "", "er", "эр", ""},
	{"i", "и", "yi", "и", "b p m d t n l j q x zh ch sh r z c s"},
	{"ia", "я", "ya", "я", "d n l j q x"},
	{"ie", "е", "ye", "е", "b p m d t n l j q x"},
	{"iao", "яо", "yao", "яо", "b p m f d t n l j q x"},
	{"iu", "ю", "you", "ю", "m d n l j q x"},
	{"ian", "янь", "yan", "янь", "b p m d t n l j q x"},
	{"in", "инь", "yin", "инь", "b p m d n l j q x"},
	{"iang", "ян", "yang", "ян", "b n l j q x"},
	{"ing", "ин", "ying", "ин", "b p m d t n l j q x"},
	{"iong", "юн", "yong", "юн", "j q x"},
	{"u", "у", "wu", "у", "b p m f d t n l g k h j q x zh ch sh r z c s"},
	{"ua", "уа", "wa", "ва", "g k h zh ch sh r"},
	{"uo", "о", "wo", "во", "d t n l g k h zh ch sh r z c s"},
	{"uai", "уай", "wai", "вай", "g k h zh ch sh"},
	{"ui", "уй", "wei", "вэй", "d t g k h zh ch sh r z c s"},
	{"uan", "уань", "wan", "вань", "d t n l g k h j q x zh ch sh r z c s"},
	{"un", "унь", "wen", "вэнь", "d t n l g k h j q x zh ch sh r z c s"},
	{"uang", "уан", "wang", "ван", "g k h zh ch sh"},
	{"ueng", "", "weng", "вэн", ""},
	{"ü", "юй", "yu", "юй", "n l"},
	{"üe", "юэ", "yue", "юэ", "n l j q x"},
	{"üan", "", "yuan", "юань", ""},
	{"ün", "", "yun", "юнь", ""},
}

// palladiusSyllable spells one pinyin syllable (initial + final) in
// Palladius, with the rules that depend on both.
func palladiusSyllable(ini, fin string) (pinyin, cyr string) {
	jqx := ini == "j" || ini == "q" || ini == "x"
	switch {
	case jqx && fin == "u":
		return ini + "u", pinyinInitials[ini] + "юй" // ju = jü
	case jqx && fin == "uan":
		return ini + "uan", pinyinInitials[ini] + "юань"
	case jqx && fin == "un":
		return ini + "un", pinyinInitials[ini] + "юнь"
	case jqx && fin == "üe":
		return ini + "ue", pinyinInitials[ini] + "юэ"
	case fin == "i" && (ini == "z" || ini == "c" || ini == "s"):
		return ini + "i", pinyinInitials[ini] + "ы" // zi, ci, si
	case ini == "h" && fin == "ui":
		return "hui", "хуэй"
	}
	return ini + fin, pinyinInitials[ini] + finCyr(fin)
}

func finCyr(fin string) string {
	for _, f := range pinyinFinals {
		if f.final == fin {
			return f.cyr
		}
	}
	return ""
}

// palladiusTable maps each Palladius syllable to its pinyin syllables.
var palladiusTable = sync.OnceValue(func() map[string][]string {
	t := map[string][]string{}
	add := func(cyr, py string) {
		for _, x := range t[cyr] {
			if x == py {
				return
			}
		}
		t[cyr] = append(t[cyr], py)
	}
	for _, f := range pinyinFinals {
		if f.bare != "" {
			add(f.bareCyr, f.bare)
		}
		for _, ini := range strings.Fields(f.initials) {
			py, cyr := palladiusSyllable(ini, f.final)
			add(cyr, py)
		}
	}
	return t
})

// pinyinWord reads one lower-case word in Palladius syllables, the split
// with the fewest syllables winning, and writes it in pinyin with an
// apostrophe before a syllable that starts with a, o or e.
func pinyinWord(w string) (string, bool) {
	t := palladiusTable()
	r := []rune(w)
	// best[i] is the fewest syllables that spell r[:i], with the pinyin.
	type cell struct {
		n  int
		py []string
	}
	best := make([]*cell, len(r)+1)
	best[0] = &cell{}
	for i := 0; i < len(r); i++ {
		if best[i] == nil {
			continue
		}
		start := i
		if r[i] == 'ъ' {
			// ъ only separates syllables: "Цзинъань".
			if best[i+1] == nil || best[i+1].n > best[i].n {
				best[i+1] = &cell{best[i].n, best[i].py}
			}
			continue
		}
		for j := start + 1; j <= len(r) && j <= start+5; j++ {
			for _, py := range t[string(r[start:j])] {
				n := best[i].n + 1
				if best[j] == nil || best[j].n > n {
					best[j] = &cell{n, append(append([]string(nil), best[i].py...), py)}
				}
			}
		}
	}
	c := best[len(r)]
	if c == nil || c.n == 0 {
		return "", false
	}
	var b strings.Builder
	for k, s := range c.py {
		if k > 0 && strings.ContainsRune("aoe", rune(s[0])) {
			b.WriteByte('\'')
		}
		b.WriteString(s)
	}
	return b.String(), true
}

// Polivanov: kana syllables in Cyrillic with their Hepburn spelling, the
// press variants (ши, чи, джи, ...) beside the standard ones.
var polivanovTable = sync.OnceValue(func() map[string]string {
	t := map[string]string{
		"а": "a", "и": "i", "у": "u", "э": "e", "о": "o", "я": "ya", "ю": "yu", "ё": "yo",
		"ва": "wa", "во": "wo", "н": "n", "е": "e", "йе": "ye", "йо": "yo", "дж": "j",
		"цу": "tsu", "фу": "fu", "си": "shi", "ти": "chi", "дзи": "ji", "дзу": "zu",
		"ши": "shi", "ша": "sha", "шу": "shu", "шо": "sho", "ше": "she",
		"чи": "chi", "ча": "cha", "чу": "chu", "чо": "cho", "че": "che",
		"джи": "ji", "джа": "ja", "джу": "ju", "джо": "jo", "дже": "je",
		"дза": "za", "дзэ": "ze", "дзо": "zo", "дзя": "ja", "дзю": "ju", "дзё": "jo",
		"ся": "sha", "сю": "shu", "сё": "sho", "тя": "cha", "тю": "chu", "тё": "cho",
		"фа": "fa", "фи": "fi", "фэ": "fe", "фо": "fo", "ца": "tsa", "ву": "vu",
	}
	rows := map[string]string{"к": "k", "с": "s", "т": "t", "н": "n", "х": "h", "м": "m", "р": "r", "г": "g", "д": "d", "б": "b", "п": "p"}
	vowels := map[string]string{"а": "a", "и": "i", "у": "u", "э": "e", "о": "o", "е": "e", "я": "ya", "ю": "yu", "ё": "yo"}
	for c, l := range rows {
		for v, h := range vowels {
			if _, ok := t[c+v]; !ok {
				t[c+v] = l + h
			}
		}
	}
	// Rows without some syllables in standard Japanese.
	for _, s := range []string{"ти", "ту", "ди", "ду", "тя", "тю", "тё", "дя", "дю", "дё", "ся", "сю", "сё", "хя", "хю", "хё"} {
		if _, ok := t[s]; !ok {
			delete(t, s)
		}
	}
	t["ту"], t["ди"], t["ду"] = "tsu", "ji", "zu"
	t["хя"], t["хю"], t["хё"] = "hya", "hyu", "hyo"
	return t
})

// hepburnWord reads one lower-case word in Polivanov kana syllables and
// writes it in Hepburn: a doubled consonant is a doubled Latin one
// ("Хоккайдо" → "hokkaido"), "й" after a vowel is "i", "нъ" is "n'".
func hepburnWord(w string) (string, bool) {
	t := polivanovTable()
	r := []rune(w)
	type cell struct {
		n   int
		out string
	}
	best := make([]*cell, len(r)+1)
	best[0] = &cell{}
	set := func(j int, c *cell) {
		if best[j] == nil || best[j].n > c.n {
			best[j] = c
		}
	}
	for i := 0; i < len(r); i++ {
		c := best[i]
		if c == nil {
			continue
		}
		switch {
		case r[i] == 'ъ' || r[i] == 'ь':
			set(i+1, &cell{c.n, c.out + "'"})
			continue
		case r[i] == 'й' && i > 0 && strings.ContainsRune("аиуэоеяюё", r[i-1]):
			set(i+1, &cell{c.n + 1, c.out + "i"})
			continue
		case i+1 < len(r) && r[i] == r[i+1] && strings.ContainsRune("кстпбдгмрнфхш", r[i]),
			i+1 < len(r) && r[i] == 'т' && (r[i+1] == 'ч' || r[i+1] == 'т'):
			// A doubled consonant: the next syllable's first Latin letter.
			for j := i + 2; j <= len(r) && j <= i+4; j++ {
				if h, ok := t[string(r[i+1:j])]; ok {
					first := h[:1]
					if r[i] == 'т' && strings.HasPrefix(h, "ch") {
						first = "t" // "тчи" → "tchi"
					}
					set(j, &cell{c.n + 1, c.out + first + h})
				}
			}
			if r[i] == 'н' {
				set(i+1, &cell{c.n + 1, c.out + "n"})
			}
			continue
		case r[i] == 'м' && i+1 < len(r) && strings.ContainsRune("бпм", r[i+1]):
			set(i+1, &cell{c.n + 1, c.out + "m"}) // "Гумма"
		}
		for j := i + 1; j <= len(r) && j <= i+3; j++ {
			if h, ok := t[string(r[i:j])]; ok {
				set(j, &cell{c.n + 1, c.out + h})
			}
		}
	}
	c := best[len(r)]
	if c == nil || c.n == 0 {
		return "", false
	}
	return c.out, true
}

// Kontsevich: a Korean syllable in Cyrillic is an initial, a vowel and a
// final; the Revised Romanization spells each part.

var kontsevichInitials = map[string]string{
	"": "", "к": "g", "кк": "kk", "кх": "k", "н": "n", "т": "d", "тт": "tt", "тх": "t",
	"р": "r", "л": "l", "м": "m", "п": "b", "пп": "pp", "пх": "p", "с": "s", "сс": "ss",
	"ч": "j", "чж": "j", "чч": "jj", "чх": "ch", "х": "h", "г": "g", "д": "d", "б": "b", "дж": "j", "ш": "s",
}

var kontsevichVowels = map[string]string{
	"а": "a", "я": "ya", "о": "o", "ё": "yeo", "у": "u", "ю": "yu", "ы": "eu", "и": "i",
	"э": "ae", "е": "e", "ве": "we", "ви": "wi", "ый": "ui", "ва": "wa", "во": "wo",
	"вэ": "wae", "йе": "ye", "йя": "yae",
}

var kontsevichFinals = map[string]string{
	"": "", "к": "k", "н": "n", "т": "t", "ль": "l", "л": "l", "м": "m", "п": "p", "нъ": "ng",
}

// revisedWord reads one lower-case word as Korean syllables and writes it
// in the Revised Romanization.
func revisedWord(w string) (string, bool) {
	r := []rune(w)
	best := make([]*struct {
		n   int
		out string
	}, len(r)+1)
	best[0] = &struct {
		n   int
		out string
	}{}
	for i := 0; i < len(r); i++ {
		c := best[i]
		if c == nil {
			continue
		}
		for a := i; a <= len(r) && a <= i+2; a++ {
			ini, ok := kontsevichInitials[string(r[i:a])]
			if !ok {
				continue
			}
			for b := a + 1; b <= len(r) && b <= a+2; b++ {
				vow, ok := kontsevichVowels[string(r[a:b])]
				if !ok {
					continue
				}
				for e := b; e <= len(r) && e <= b+2; e++ {
					fin, ok := kontsevichFinals[string(r[b:e])]
					if !ok {
						continue
					}
					if fin == "n" && e < len(r) && strings.ContainsRune("аяоёуюыиэе", r[e]) {
						continue // a vowel after н starts the next syllable
					}
					n := c.n + 1
					if best[e] == nil || best[e].n > n {
						best[e] = &struct {
							n   int
							out string
						}{n, c.out + ini + vow + fin}
					}
				}
			}
		}
	}
	c := best[len(r)]
	if c == nil || c.n == 0 {
		return "", false
	}
	return c.out, true
}

// icaoLetters is ICAO Doc 9303's transliteration of Russian letters.
var icaoLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "ie", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
}

// icaoWord transliterates one lower-case word by ICAO Doc 9303.
func icaoWord(w string) (string, bool) {
	var b strings.Builder
	for _, r := range w {
		b.WriteString(icaoLetters[r])
	}
	return b.String(), true
}
