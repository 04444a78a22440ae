package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/internal/rx"
)

// datelinePlaceFirst is rule DL1 as a pattern, the definition
// parsePlaceFirst is held to: the place first, then the date, then the
// agency.
//
//	ЦЗИНАНЬ (JINAN), Китай, 10 августа 2020 г. /PRNewswire/ --
//	ПЕКИН, 23 июля (Синьхуа) —
//	БОАО /Китай/, 3 декабря. /ТАСС/.
//	УЛАН-БАТОР, 14 июл — РИА Новости.
//	УрБК, Москва, 17.11.2016.            (the agency leads)
//	Хоргос. 13 августа. Kazakhstan Today -
var datelinePlaceFirst = rx.MustCompile(`^
	(?:(?<lead>` + dlAgency + `),\x20+(?=` + dlName + `,\x20*[0-9]))?
	(?<place>` + dlName + `)
	(?:\x20*\((?<latin>[A-Z][A-Za-z'’.\x20-]{1,40})\))?
	(?:\x20*/(?<slash>[А-ЯЁ][А-ЯЁа-яё\x20-]{1,40})/)?
	(?:\x20*,\x20*(?<country>` + dlName + `)(?=\x20*,))?
	\x20*[,.]\x20*
	(?<date>
		(?<day>[0-9]{1,2})[\x20\xa0]+(?<month>[а-яёА-ЯЁ]{3,8})\.?
		(?:[\x20\xa0]+(?<year>[0-9]{4})(?:[\x20\xa0]*(?:г\.|года|год))?)?
	  | (?<dmy>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})
	)
	(?:
		\x20*\.?\x20*/(?<agency>[^/\n]{2,40})/
	  | \x20*\.?\x20*\((?<agency>[^()\n]{2,40})\)
	  | \x20*\.?\x20*` + dlDash + `\x20*(?<agency>` + dlAgency + `)(?=\.)
	  | \x20*\.?\x20+(?<bare>` + dlAgency + `)(?=\x20*` + dlDash + `)
	)?
	(?<tail>\x20*\.?(?:\x20*` + dlDash + `)?)`)

// sameDateline compares parsePlaceFirst with the pattern on one window.
func sameDateline(t *testing.T, w string) {
	t.Helper()
	ref := datelinePlaceFirst.Find(w)
	got, ok := parsePlaceFirst(w)
	if ok != (ref != nil) {
		t.Fatalf("%q: parser matched %v, pattern %v", w, ok, ref != nil)
	}
	if !ok {
		return
	}
	want := fieldsOf(ref)
	if got.end != want.end {
		t.Fatalf("%q: parser ends at %d, pattern at %d", w, got.end, want.end)
	}
	for g, name := range dlGroupNames {
		if got.groups[g] != want.groups[g] {
			t.Fatalf("%q: group %s: parser %+v (%q), pattern %+v (%q)", w, name, got.groups[g], got.text(w, g), want.groups[g], want.text(w, g))
		}
	}
}

// datelineWindows cuts text into the windows datelineAt gives the
// pattern: each line, at most maxDatelineWindow bytes, on a rune boundary.
func datelineWindows(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		end := min(len(line), maxDatelineWindow)
		for end > 0 && end < len(line) && !utf8.RuneStart(line[end]) {
			end--
		}
		if end > 0 {
			out = append(out, line[:end])
		}
	}
	return out
}

// sameDatelines holds the hand parser to the pattern on every line of the
// texts, and on every cut of a line that may be a dateline.
func sameDatelines(t *testing.T, texts []string) {
	t.Helper()
	n := 0
	for _, text := range texts {
		for _, w := range datelineWindows(text) {
			sameDateline(t, w)
			n++
			if maybeDateline(w) {
				for i := range w {
					if utf8.RuneStart(w[i]) {
						sameDateline(t, w[:i])
					}
				}
			}
		}
	}
	t.Logf("%d windows", n)
}

// textFiles reads the .txt files of a directory.
func textFiles(t testing.TB, dir string) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// TestParsePlaceFirst holds the hand parser to the pattern on the seeds,
// the test cases and lines written for the corners of the rule, and on
// the dev corpora when ../shared is there.
func TestParsePlaceFirst(t *testing.T) {
	t.Run("seeds and cases", func(t *testing.T) {
		texts := textFiles(t, seedDir)
		for _, tc := range datelineCases {
			texts = append(texts, tc.in)
		}
		for _, tc := range sentenceCases {
			texts = append(texts, tc.in)
		}
		sameDatelines(t, append(texts, datelineVariants...))
	})
	t.Run("releases-dev", func(t *testing.T) {
		texts := textFiles(t, filepath.Join(sharedDir, "corpora", "releases-dev"))
		if len(texts) == 0 {
			t.Skip("no releases corpus")
		}
		sameDatelines(t, texts)
	})
	t.Run("factrueval-dev", func(t *testing.T) {
		var texts []string
		for _, d := range factRuEvalTexts(t) {
			texts = append(texts, d.Text)
		}
		sameDatelines(t, texts)
	})
}

// datelineVariants are lines written to reach the corners of rule DL1.
var datelineVariants = []string{
	"24.kg, Бишкек, 13.10.2016 — 24.kg.",
	"Москва, 5 мая — 24.kg. Текст",
	"Москва, 5 мая - РИА Новости Бизнес. Текст",
	"Москва Сити, 05 мая 2021 года /ТАСС/.",
	"САНКТ-ПЕТЕРБУРГ, 1 июня 2021 г. (Интерфакс) — Текст",
	"РИО-ДЕ-ЖАНЕЙРО-СИТИ-ТАУН, 1 июня.",
	"Женева, Швейцария, 11 июля /Синьхуа/",
	"Женева (GENEVA), Швейцария, 11 июля 2020 год.",
	"БОАО /Китай/, 3 декабря. /ТАСС/.",
	"Хоргос. 13 августа. Kazakhstan Today -",
	"Хоргос. 13 августа. Kazakhstan Today Weekly News -- текст",
	"Хоргос. 13 августа.   Kazakhstan  -- текст",
	"Пекин, 12 сентябрём 2020г. -- Синьхуа.",
	"Пекин, 12\u00a0сентября\u00a02020 г. — Синьхуа.",
	"Пекин,12 сен.2020 — Синьхуа.",
	"ПЕКИН, 123 мая.",
	"ПЕКИН, 1.2.20201 — текст",
	"ПЕКИН, 01.02.2020. /Синьхуа/",
	"ПЕКИН, 1 мая /" + strings.Repeat("а", 41) + "/",
	"ПЕКИН (" + strings.Repeat("a", 45) + "), 1 мая",
	"ПЕКИН (Beijing O’Hare-Town.), 1 мая (Синьхуа (новости)) —",
	"ПЕКИН /ЁЛКИ-ПАЛКИ ЁЖ/, 1 мая",
	"УрБК, Москва Сити, 17.11.2016.",
	"УрБК ТВ Плюс, Москва, 17 ноября.",
	"УрБК,Москва, 17 ноября.",
	"УрБК, москва, 17 ноября.",
	"Уральский Банк Кредитный, Москва, 17 ноября.",
	"А-Б-В-Г-Д, 1 мая.",
	"Нью Йорк Сити, 1 мая.",
	"Токио, 29 января (Jiji Press) -- Правительство",
	"Токио, 29 января -- Jiji Press. Правительство",
	"Токио, 29 января -- 24.kg.ru. Правительство",
	"Токио, 29 января . — ТАСС.",
	"Токио, 29 января ..",
	"Токио , 29 января",
	"Токио., 29 января",
}

// FuzzParsePlaceFirst holds the hand parser to the pattern on any text.
func FuzzParsePlaceFirst(f *testing.F) {
	for _, s := range datelineVariants {
		f.Add(s)
	}
	for _, tc := range datelineCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, '\n') || len(s) > maxDatelineWindow {
			return
		}
		sameDateline(t, s)
	})
}
