package normalize

import (
	"strings"
	"testing"
)

func TestNumberWords(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		used int
		why  string
	}{
		{"семнадцать соглашений", 17, 1, "one word, then a noun"},
		{"семнадцати", 17, 1, "genitive"},
		{"двух отраслевых", 2, 1, "genitive of два"},
		{"одной тысячи пятисот", 1500, 3, "feminine one, a multiplier, hundreds"},
		{"ста двадцати трех", 123, 3, "hundreds, tens, units"},
		{"двух миллионов", 2e6, 2, "a multiplier word"},
		{"полутора миллиардов", 1.5e9, 2, "полтора in the genitive"},
		{"трое", 3, 1, "a collective"},
		{"тысяча", 1000, 1, "a multiplier alone"},
		{"пять шесть", 5, 1, "two numbers side by side are not added"},
		{"двадцать пять тысяч", 25000, 3, "tens and units before a multiplier"},
		{"нулю", 0, 1, "zero"},
		{"соглашений", 0, 0, "no number"},
	}
	for _, tc := range tests {
		v, used, ok := NumberWords(strings.Fields(tc.in))
		if tc.used == 0 {
			if ok {
				t.Errorf("NumberWords(%q) = %v, want none (%s)", tc.in, v, tc.why)
			}
			continue
		}
		if !ok || v != tc.want || used != tc.used {
			t.Errorf("NumberWords(%q) = %v, %d, %v; want %v, %d (%s)", tc.in, v, used, ok, tc.want, tc.used, tc.why)
		}
	}
}

func TestNumeralMultiple(t *testing.T) {
	if v, k, ok := Numeral("вдвое"); !ok || k != Multiple || v != 2 {
		t.Errorf("Numeral(вдвое) = %v, %v, %v", v, k, ok)
	}
	if v, k, ok := Numeral("млрд"); !ok || k != Multiplier || v != 1e9 {
		t.Errorf("Numeral(млрд) = %v, %v, %v", v, k, ok)
	}
}
