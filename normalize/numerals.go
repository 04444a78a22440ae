package normalize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// NumeralKind says what a number word is.
type NumeralKind int

// The kinds of number words.
const (
	// Cardinal is a number: "семнадцать", "двух", "полутора", "двое".
	Cardinal NumeralKind = iota + 1
	// Multiplier scales the number before it: "тысяч", "млн", "миллиарда".
	Multiplier
	// Multiple is a number of times: "вдвое" (2 раза).
	Multiple
)

// numeralForms lists the forms of each number word, every case and gender,
// as the words are written (ё as е is added when forms are loaded).
var numeralForms = []struct {
	value float64
	kind  NumeralKind
	forms string
}{
	{0, Cardinal, "ноль нуль ноля нуля нолю нулю нолем нулем нулём ноле нуле"},
	{1, Cardinal, "один одна одно одного одной одному одним одном одну одни одних одними"},
	{1.5, Cardinal, "полтора полторы полутора"},
	{2, Cardinal, "два две двух двум двумя двое двоих двоим двоими"},
	{3, Cardinal, "три трех трём трем тремя трое троих троим троими трёх"},
	{4, Cardinal, "четыре четырех четырём четырем четырьмя четверо четверых четырёх"},
	{5, Cardinal, "пять пяти пятью пятеро пятерых"},
	{6, Cardinal, "шесть шести шестью шестеро шестерых"},
	{7, Cardinal, "семь семи семью семеро семерых"},
	{8, Cardinal, "восемь восьми восемью восьмью"},
	{9, Cardinal, "девять девяти девятью"},
	{10, Cardinal, "десять десяти десятью"},
	{11, Cardinal, "одиннадцать одиннадцати одиннадцатью"},
	{12, Cardinal, "двенадцать двенадцати двенадцатью"},
	{13, Cardinal, "тринадцать тринадцати тринадцатью"},
	{14, Cardinal, "четырнадцать четырнадцати четырнадцатью"},
	{15, Cardinal, "пятнадцать пятнадцати пятнадцатью"},
	{16, Cardinal, "шестнадцать шестнадцати шестнадцатью"},
	{17, Cardinal, "семнадцать семнадцати семнадцатью"},
	{18, Cardinal, "восемнадцать восемнадцати восемнадцатью"},
	{19, Cardinal, "девятнадцать девятнадцати девятнадцатью"},
	{20, Cardinal, "двадцать двадцати двадцатью"},
	{30, Cardinal, "тридцать тридцати тридцатью"},
	{40, Cardinal, "сорок сорока"},
	{50, Cardinal, "пятьдесят пятидесяти пятьюдесятью"},
	{60, Cardinal, "шестьдесят шестидесяти шестьюдесятью"},
	{70, Cardinal, "семьдесят семидесяти семьюдесятью"},
	{80, Cardinal, "восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью"},
	{90, Cardinal, "девяносто девяноста"},
	{100, Cardinal, "сто ста"},
	{200, Cardinal, "двести двухсот двумстам двумястами двухстах"},
	{300, Cardinal, "триста трехсот тремстам тремястами трехстах трёхсот трёхстах"},
	{400, Cardinal, "четыреста четырехсот четыремстам четырьмястами четырехстах четырёхсот четырёхстах"},
	{500, Cardinal, "пятьсот пятисот пятистам пятьюстами пятистах"},
	{600, Cardinal, "шестьсот шестисот шестистам шестьюстами шестистах"},
	{700, Cardinal, "семьсот семисот семистам семьюстами семистах"},
	{800, Cardinal, "восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах"},
	{900, Cardinal, "девятьсот девятисот девятистам девятьюстами девятистах"},
	{1e3, Multiplier, "тысяча тысячи тысяч тысячу тысяче тысячей тысячью тысячам тысячами тысячах тыс"},
	{1e6, Multiplier, "миллион миллиона миллионов миллиону миллионом миллионе миллионы миллионам миллионами миллионах млн"},
	{1e9, Multiplier, "миллиард миллиарда миллиардов миллиарду миллиардом миллиарде миллиарды миллиардам миллиардами миллиардах млрд"},
	{1e12, Multiplier, "триллион триллиона триллионов триллиону триллионом триллионе триллионы триллионам триллионами триллионах трлн"},
	{2, Multiple, "вдвое"},
	{3, Multiple, "втрое"},
	{4, Multiple, "вчетверо"},
	{5, Multiple, "впятеро"},
	{10, Multiple, "вдесятеро"},
}

type numeral struct {
	value float64
	kind  NumeralKind
}

var numeralTable = sync.OnceValue(func() map[string]numeral {
	m := map[string]numeral{}
	for _, n := range numeralForms {
		for _, f := range strings.Fields(n.forms) {
			m[strings.ReplaceAll(f, "ё", "е")] = numeral{n.value, n.kind}
		}
	}
	return m
})

// Numeral reads one number word in any case and gender ("семнадцати",
// "двух", "полутора", "двое", "млн", "миллиарда", "вдвое") and returns its
// value and kind, or ok false. Abbreviations are given without their
// period.
func Numeral(word string) (value float64, kind NumeralKind, ok bool) {
	if a, b, cyr := firstTwo(word); cyr && !numeralStarts()[a*cyrLetters+b] {
		return 0, 0, false // no number word starts with these two letters
	}
	n, ok := numeralTable()[lookupKey(word)]
	return n.value, n.kind, ok
}

// cyrLetters is the size of the alphabet firstTwo indexes: а..я, and ё.
const cyrLetters = 33

// firstTwo returns the indexes of the first two letters of w when both
// are Russian Cyrillic in either case (ё as е, as keys fold it).
func firstTwo(w string) (a, b int, ok bool) {
	r1, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	a, ok1 := cyrIndex(r1)
	b, ok2 := cyrIndex(r2)
	return a, b, ok1 && ok2
}

func cyrIndex(r rune) (int, bool) {
	switch {
	case r >= 'а' && r <= 'я':
		return int(r - 'а'), true
	case r >= 'А' && r <= 'Я':
		return int(r - 'А'), true
	case r == 'ё' || r == 'Ё':
		return int('е' - 'а'), true
	}
	return 0, false
}

// numeralStarts marks the pairs of first letters of the number words.
var numeralStarts = sync.OnceValue(func() []bool {
	set := make([]bool, cyrLetters*cyrLetters)
	for k := range numeralTable() {
		if a, b, ok := firstTwo(k); ok {
			set[a*cyrLetters+b] = true
		}
	}
	return set
})

// NumberWords adds up a run of cardinal and multiplier words written out
// in full ("одной тысячи пятисот" = 1500, "двух миллионов" = 2000000,
// "ста двадцати трех" = 123). It returns how many words it used and false
// when the first word is no cardinal.
func NumberWords(words []string) (value float64, used int, ok bool) {
	var total, group float64
	seenGroup := false
	for i, w := range words {
		v, kind, known := Numeral(w)
		if !known || kind == Multiple {
			break
		}
		switch kind {
		case Cardinal:
			if seenGroup && !addsUp(group, v) {
				return finish(total, group, i)
			}
			group += v
			seenGroup = true
		case Multiplier:
			if !seenGroup {
				group = 1 // "тысяча", "миллион" alone
			}
			total += group * v
			group, seenGroup = 0, false
		}
		used = i + 1
	}
	return finish(total, group, used)
}

// addsUp reports whether a cardinal v can follow a group value: a smaller
// order of magnitude that is still free ("сто двадцать три" but not
// "пять шесть").
func addsUp(group, v float64) bool {
	switch {
	case group >= 100 && int(group)%100 == 0:
		return v < 100
	case group >= 20 && int(group)%10 == 0:
		return v < 10
	}
	return false
}

func finish(total, group float64, used int) (float64, int, bool) {
	if used == 0 {
		return 0, 0, false
	}
	return total + group, used, true
}
