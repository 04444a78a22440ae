package extract

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"
)

// syllables make the made-up names of scaleText: each number gives its
// own name, so that no name repeats however long the text is.
var syllables = []string{"ба", "ве", "ги", "до", "жу", "зо", "ка", "ле", "ми", "но", "пу", "ра", "се", "ти", "фу", "ха", "це", "чи", "ша", "ту"}

// madeUp returns the i-th made-up word of n syllables, capitalized.
func madeUp(i, n int) string {
	i = i * 2654435761 % 3200000 // 20⁵ names of five syllables, scattered
	var b strings.Builder
	for k := 0; k < n; k++ {
		b.WriteString(syllables[i%len(syllables)])
		i /= len(syllables)
	}
	r, size := utf8.DecodeRuneInString(b.String())
	return strings.ToUpper(string(r)) + b.String()[size:]
}

// madeUpAcronym returns the i-th made-up acronym: four capital letters.
func madeUpAcronym(i int) string {
	i = i * 2654435761 % 160000
	var b strings.Builder
	for k := 0; k < 4; k++ {
		r, _ := utf8.DecodeRuneInString(syllables[i%len(syllables)])
		b.WriteString(strings.ToUpper(string(r)))
		i /= len(syllables)
	}
	return b.String()
}

// scaleText returns a release of about size bytes in which no firm,
// person, place or acronym repeats from one paragraph to the next: the
// text that shows work growing faster than the input, which a text that
// repeats itself hides.
func scaleText(size int) string {
	firsts := []string{"Иван", "Пётр", "Сергей", "Андрей", "Михаил", "Олег", "Николай", "Алексей"}
	firstsGen := []string{"Ивана", "Петра", "Сергея", "Андрея", "Михаила", "Олега", "Николая", "Алексея"}
	var b strings.Builder
	b.WriteString("МОСКВА, 12 марта 2025 г. /Пресс-служба/ -- Итоги года.\n\n")
	for i := 0; b.Len() < size; i++ {
		firm, union, town, sur := madeUp(5*i, 5), madeUp(5*i+1, 5), madeUp(5*i+2, 5), madeUp(5*i+3, 5)
		first, firstGen := firsts[i%len(firsts)], firstsGen[i%len(firsts)]
		fmt.Fprintf(&b, "Компания «%s» и %sский союз %sских производителей (%s) подписали %d соглашения в %sе. ",
			firm, union, town, madeUpAcronym(2*i), 2+i%7, town)
		fmt.Fprintf(&b, "Генеральный директор «%s» %s %sов сообщил, что %s и %sское агентство развития поддерживают проект. ", firm, first, sur, madeUpAcronym(2*i+1), madeUp(5*i+4, 5))
		fmt.Fprintf(&b, "По словам %s %sова, выпуск вырос на %d%%.\n\n", firstGen, sur, 1+i%90)
	}
	return b.String()
}

func TestScaleTextUnique(t *testing.T) {
	text := scaleText(100000)
	if strings.Count(text, madeUp(0, 5)) == 0 || strings.Count(text, "«"+madeUp(5, 5)+"»") != 2 {
		t.Fatalf("the made-up names repeat or are missing:\n%.600s", text)
	}
}

func BenchmarkExtractSize(b *testing.B) {
	ex := newTestExtractor(b)
	for _, size := range []int{10e3, 100e3, 1e6, 10e6} {
		text := scaleText(size)
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := ex.Extract("s", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLinearWork: doubling a text whose names never repeat at most
// doubles, give or take 10%, the comparisons between its items, from 300
// KB to 1.2 MB (where every acronym has as many names to be compared with
// as it may have). It counts work, not time, so a slow machine or a fast
// one makes no difference. The allocations are logged, not held: the
// pools, which a collection empties at any time, move them by a tenth.
func TestLinearWork(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 2.1 MB of made-up releases")
	}
	ex := newTestExtractor(t)
	var c atomic.Int64
	workCounter.Store(&c)
	defer workCounter.Store(nil)
	type count struct{ bytes, compared, allocs float64 }
	var counts []count
	for size := 300000; size <= 1200000; size *= 2 {
		text := scaleText(size)
		c.Store(0)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := ex.Extract("s", text); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		counts = append(counts, count{float64(len(text)), float64(c.Load()), float64(after.Mallocs - before.Mallocs)})
	}
	for i := 1; i < len(counts); i++ {
		a, b := counts[i-1], counts[i]
		grow := b.bytes / a.bytes
		t.Logf("%.0f KB: %.0f comparisons, %.0f allocations", b.bytes/1000, b.compared, b.allocs)
		if b.compared > 1.1*grow*a.compared {
			t.Errorf("%.0f → %.0f KB: comparisons %.0f → %.0f, more than %.2f× the text's growth", a.bytes/1000, b.bytes/1000, a.compared, b.compared, 1.1)
		}
	}
	if counts[0].compared == 0 {
		t.Error("nothing was compared: the counter is not in the passes it should watch")
	}
}
