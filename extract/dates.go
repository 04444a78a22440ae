package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// dateScan walks the tokens of one document looking for calendar
// expressions. Every rule looks at a bounded number of tokens from the
// current one, so the walk is linear in the text.
type dateScan struct {
	*tokenView
	e *Extractor
	// ref gives a year to dates without one: the dateline's date when it
	// has a year, else the document's date.
	ref calDate
	// now is the day that relative words count from: the dateline's date,
	// else the document's date (either may lack a year: "--02-27").
	now    calDate
	out    []entities.Date
	rules  []string // the ID of the rule that found each date of out (WithTrace)
	ranges int
	// sents are the sentences, for the tense of the one a date is in.
	sents []entities.Span
	// future caches, per sentence, whether it speaks of the future
	// (0 unknown, 1 no, 2 yes).
	future []uint8
	cur    int // the token being read, for resolve
}

// findDates returns the calendar expressions of the text, in text order,
// and the ID of the rule that found each.
// Dates inside the dateline take the dateline's own value.
func (e *Extractor) findDates(v *tokenView, sents []entities.Span, ref, now calDate, dl *entities.Dateline) ([]entities.Date, []string) {
	s := &dateScan{tokenView: v, e: e, ref: ref, now: now, out: []entities.Date{},
		sents: sents, future: make([]uint8, len(sents))}
	for i := 0; i < len(v.toks); {
		s.cur = i
		i = s.at(i)
	}
	if dl != nil {
		for k := range s.out {
			d := &s.out[k]
			if d.Start >= dl.Start && d.End <= dl.End && d.Precision == entities.Day {
				d.Value = dl.Date
			}
		}
	}
	s.tieRanges()
	return s.out, s.rules
}

// at tries every rule at token i and returns the index to go on from.
func (s *dateScan) at(i int) int {
	t := s.toks[i]
	switch t.kind {
	case number:
		if next, ok := s.numericDate(i); ok {
			return next
		}
		if next, ok := s.dayMonth(i); ok {
			return next
		}
		if next, ok := s.years(i); ok {
			return next
		}
		if next, ok := s.relative(i); ok { // "2 дня назад"
			return next
		}
		return i + 1
	case word:
		if next, ok := s.wordDate(i); ok {
			return next
		}
	}
	return i + 1
}

// int returns the value of a plain number token of at most maxDigits
// digits.
func (s *dateScan) int(k, maxDigits int) (int, bool) {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != number {
		return 0, false
	}
	w := s.toks[k].text(s.text)
	if len(w) > maxDigits {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// month returns the month a word at k names. Abbreviations ("июл",
// "авг.") count only when allowAbbrev is set (after a day number).
func (s *dateScan) month(k int, allowAbbrev bool) int {
	w := s.word(k)
	if w == "" {
		return 0
	}
	f, ok := s.e.months[w]
	if !ok || f.english || f.abbrev && !allowAbbrev {
		return 0
	}
	return f.month
}

var yearWords = map[string]bool{
	"год": true, "года": true, "году": true, "годом": true, "годе": true,
	"годах": true, "годы": true, "годов": true, "годами": true, "гг": true, "г": true,
}

// yearWord returns the index just past a year word at k ("года", "г."),
// or -1.
func (s *dateScan) yearWord(k int) int {
	w := s.word(k)
	if !yearWords[w] {
		return -1
	}
	if (w == "г" || w == "гг") && s.isPunct(k+1, ".") {
		return k + 2
	}
	return k + 1
}

// year reads a year at k: four digits from 1000 to 2999.
func (s *dateScan) year(k int) (int, bool) {
	n, ok := s.int(k, 4)
	if !ok || n < 1000 || n > 2999 || len(s.toks[k].text(s.text)) != 4 {
		return 0, false
	}
	return n, true
}

// yearAfter reads what may follow a day and month or a month: a year with
// or without a year word ("2021 года", "2019", "2023г."), or a relative
// year ("этого года", "текущего года", "прошлого года"). It returns the
// year, the index past it, and whether there was one.
func (s *dateScan) yearAfter(k int) (year, end int, ok bool) {
	if y, ok := s.year(k); ok {
		end = k + 1
		// "2022 финансового года": one adjective before the year word.
		if yw := s.yearWord(s.next(k)); yw > 0 {
			end = yw
		} else if n := s.next(k); strings.HasSuffix(s.word(n), "ого") {
			if yw := s.yearWord(s.next(n)); yw > 0 {
				end = yw
			}
		}
		return y, end, true
	}
	if y, end, ok := s.relativeYear(k); ok {
		return y, end, true
	}
	return 0, k, false
}

// relativeYear reads "этого года", "текущего года", "нынешнего года",
// "прошлого года", "следующего года" at k.
func (s *dateScan) relativeYear(k int) (year, end int, ok bool) {
	if s.ref.year == 0 {
		return 0, k, false
	}
	shift, known := map[string]int{
		"этого": 0, "текущего": 0, "нынешнего": 0, "сего": 0,
		"прошлого": -1, "предыдущего": -1, "минувшего": -1,
		"следующего": 1, "будущего": 1, "грядущего": 1,
	}[s.word(k)]
	if !known {
		return 0, k, false
	}
	n := s.next(k)
	if s.word(n) != "года" {
		return 0, k, false
	}
	return s.ref.year + shift, n + 1, true
}

// add appends a date spanning tokens first..last-1 (last is exclusive),
// found by the rule of that ID.
func (s *dateScan) add(rule string, first, last int, d calDate) *entities.Date {
	start, end := s.toks[first].start, s.toks[last-1].end
	if s.e.trace {
		s.rules = append(s.rules, rule)
	}
	s.out = append(s.out, entities.Date{
		Span:      entities.Span{Start: start, End: end, Text: s.text[start:end]},
		Value:     entities.DateValue(d.String()),
		Precision: d.precision(),
	})
	return &s.out[len(s.out)-1]
}

// inFuture reports whether the sentence that holds the current token
// speaks of the future ("форум пройдет в сентябре").
func (s *dateScan) inFuture() bool {
	off := s.toks[s.cur].start
	k := sort.Search(len(s.sents), func(k int) bool { return s.sents[k].End > off })
	if k == len(s.sents) || s.sents[k].Start > off {
		return false
	}
	if s.future[k] == 0 {
		s.future[k] = 1
		if s.futureWords(s.sents[k]) {
			s.future[k] = 2
		}
	}
	return s.future[k] == 2
}

// futureWords reports a word of the future in a sentence: its word tokens,
// or the letter runs of a token that has other characters ("когда-нибудь").
func (s *dateScan) futureWords(sent entities.Span) bool {
	first := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= sent.Start })
	for k := first; k < len(s.toks) && s.toks[k].start < sent.End; k++ {
		if s.toks[k].kind != word {
			continue
		}
		w := s.fold(k)
		if strings.IndexFunc(w, func(r rune) bool { return !isLetter(r) }) < 0 {
			if s.e.future[w] {
				return true
			}
			continue
		}
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return !isLetter(r) }) {
			if s.e.future[part] {
				return true
			}
		}
	}
	return false
}

// resolve gives a yearless date its year by the one rule (withYear),
// asking whether the sentence speaks of the future only when the date
// needs a year.
func (s *dateScan) resolve(d calDate) calDate {
	if d.year != 0 || s.ref.year == 0 || d.month == 0 {
		return d
	}
	return d.withYear(s.ref, s.inFuture())
}

// Rule DT1: numeric dates.
//
//	2021-07-23, 2018-07-11 16:30:05   (ISO, in stamps)
//	17.11.2016                        (day.month.year)
func (s *dateScan) numericDate(i int) (int, bool) {
	w := s.toks[i].text(s.text)
	if strings.Count(w, ".") == 2 {
		parts := strings.Split(w, ".")
		if len(parts[0]) <= 2 && len(parts[1]) == 2 && len(parts[2]) == 4 {
			day, _ := strconv.Atoi(parts[0])
			mon, _ := strconv.Atoi(parts[1])
			yr, _ := strconv.Atoi(parts[2])
			if d := (calDate{yr, mon, day}); d.valid() {
				s.add("DT1", i, i+1, d)
				return i + 1, true
			}
		}
		return 0, false
	}
	if len(w) != 4 || i+4 >= len(s.toks) {
		return 0, false
	}
	t := s.toks
	if !(s.isPunct(i+1, "-") && t[i+2].kind == number && t[i+2].end-t[i+2].start == 2 && t[i+1].end == t[i+2].start &&
		s.isPunct(i+3, "-") && t[i+4].kind == number && t[i+4].end-t[i+4].start == 2 && t[i+3].end == t[i+4].start && t[i].end == t[i+1].start) {
		return 0, false
	}
	yr, _ := strconv.Atoi(w)
	mon, _ := strconv.Atoi(t[i+2].text(s.text))
	day, _ := strconv.Atoi(t[i+4].text(s.text))
	d := calDate{yr, mon, day}
	if !d.valid() || yr < 1000 {
		return 0, false
	}
	s.add("DT1", i, i+5, d)
	return i + 5, true
}

// Rule DT2: a day, or two days, and a month, with an optional year.
//
//	30 июля; 10 августа 2020 г.; 7 ноября 2023г.; 14 июл
//	13-14 ноября; с 10 по 12 июня; 11 и 12 сентября (two dates)
func (s *dateScan) dayMonth(i int) (int, bool) {
	d1, ok := s.int(i, 2)
	if !ok || d1 < 1 || d1 > 31 {
		return 0, false
	}
	k := s.next(i)
	d2, sep, secondDay := 0, "", -1
	if s.isPunct(k, "-–—") || s.word(k) == "и" || s.word(k) == "по" {
		sep = s.toks[k].text(s.text)
		if s.word(k) != "" {
			sep = s.word(k)
		}
		n := s.next(k)
		if v, ok := s.int(n, 2); ok && v >= 1 && v <= 31 {
			d2, secondDay = v, n
			k = s.next(n)
		} else {
			return 0, false
		}
	}
	mon := s.month(k, true)
	if mon == 0 {
		return 0, false
	}
	end := k + 1
	if s.isPunct(end, ".") && s.e.months[s.word(k)].abbrev {
		end++
	}
	yr := 0
	if y, yend, ok := s.yearAfter(s.next(end - 1)); ok {
		yr, end = y, yend
	} else if n := s.next(end - 1); s.word(n) == "в" && s.yearWord(s.next(s.next(n))) > 0 {
		// "14 декабря в 1989 году"
		if y, ok := s.year(s.next(n)); ok {
			yr, end = y, s.yearWord(s.next(s.next(n)))
		}
	} else if y, ok := s.year(end); ok { // "2023г." written together
		yr = y
		end++
		if yw := s.yearWord(end); yw > 0 {
			end = yw
		}
	}
	first := calDate{yr, mon, d1}
	if !first.valid() {
		// "31 июня": no date, and the month is not read alone either.
		return end, true
	}
	if secondDay < 0 {
		s.add("DT2", i, end, s.resolve(first))
		return end, true
	}
	second := calDate{yr, mon, d2}
	if !second.valid() || d2 <= d1 {
		return 0, false
	}
	start := i
	if p := s.prev(i); sep == "по" && p >= 0 && s.word(p) == "с" {
		start = p
	}
	a := s.add("DT2", start, end, s.resolve(first))
	if sep != "и" {
		s.ranges++
		a.Range, a.RangeEnd = s.ranges, "from"
	}
	b := s.add("DT2", start, end, s.resolve(second))
	if sep != "и" {
		b.Range, b.RangeEnd = s.ranges, "to"
	}
	return end, true
}

// Rule DT3: years with a year word, alone, in ranges and lists.
//
//	в 2019 году; до 2030 года; в 2012-м
//	на 2026-2030 годы (a range); в 2022, 2023 и 2024 годах (three dates)
func (s *dateScan) years(i int) (int, bool) {
	y1, ok := s.year(i)
	if !ok {
		return 0, false
	}
	// "2012-м", "2012-го", "2012-й": an ordinal ending means a year.
	if s.isPunct(i+1, "-") && s.toks[i].end == s.toks[i+1].start && i+2 < len(s.toks) && s.toks[i+1].end == s.toks[i+2].start {
		switch s.word(i + 2) {
		case "м", "го", "й", "е":
			s.add("DT3", i, i+3, calDate{year: y1})
			return i + 3, true
		}
	}
	list := []int{i}
	k := s.next(i)
	rangeSep := false
	for len(list) < 8 {
		if s.isPunct(k, "-–—") && len(list) == 1 {
			rangeSep = true
		} else if !(s.isPunct(k, ",") || s.word(k) == "и") {
			break
		}
		n := s.next(k)
		if _, ok := s.year(n); !ok {
			break
		}
		list = append(list, n)
		k = s.next(n)
		if rangeSep {
			break
		}
	}
	end := s.yearWord(k)
	if end < 0 {
		// Years need a year word: "2026-2030" or "2019" alone may be
		// anything.
		return 0, false
	}
	start := i
	for j, tk := range list {
		y, _ := s.year(tk)
		d := s.add("DT3", start, end, calDate{year: y})
		if rangeSep {
			if j == 0 {
				s.ranges++
				d.RangeEnd = "from"
			} else {
				d.RangeEnd = "to"
			}
			d.Range = s.ranges
		}
	}
	return end, true
}

// partWords name a part of a month or year.
var partWords = map[string]string{
	"начале": "beginning", "начала": "beginning", "начало": "beginning",
	"середине": "middle", "середины": "middle", "середина": "middle",
	"конце": "end", "конца": "end", "конец": "end",
}

var halfWords = map[string]string{
	"первой": "first-half", "первая": "first-half", "первую": "first-half",
	"второй": "second-half", "вторая": "second-half", "вторую": "second-half",
}

var quarterWords = map[string]string{
	"первом": "q1", "первого": "q1", "первый": "q1", "i": "q1",
	"втором": "q2", "второго": "q2", "второй": "q2", "ii": "q2",
	"третьем": "q3", "третьего": "q3", "третий": "q3", "iii": "q3",
	"четвертом": "q4", "четвертого": "q4", "четвертый": "q4", "четвёртом": "q4", "четвёртого": "q4", "четвёртый": "q4", "iv": "q4",
}

// wordDate tries the rules that start with a word.
func (s *dateScan) wordDate(i int) (int, bool) {
	w := s.word(i)
	if !s.e.dateWords[w] && !strings.Contains(w, "-") {
		// Most words start no date: only "два дня назад" is left to try.
		if n := s.next(i); s.word(n) != "назад" && s.word(s.next(n)) != "назад" {
			return 0, false
		}
		return s.relative(i)
	}
	if part, ok := partWords[w]; ok {
		return s.partOf(i, s.next(i), part)
	}
	if half, ok := halfWords[w]; ok {
		if n := s.next(i); strings.HasPrefix(s.word(n), "половин") {
			return s.periodYear(i, s.next(n), half)
		}
	}
	if q, ok := quarterWords[w]; ok {
		if n := s.next(i); strings.HasPrefix(s.word(n), "квартал") {
			return s.periodYear(i, s.next(n), q)
		}
	}
	if next, ok := s.monthDate(i, i, ""); ok {
		return next, true
	}
	if next, ok := s.englishDate(i); ok {
		return next, true
	}
	return s.relative(i)
}

// Rule DT4: a month alone, or a month range, with an optional year.
//
//	в ноябре; в августе 1935 года; в мае этого года
//	в январе-апреле; с января по апрель текущего года (two dates, a range)
func (s *dateScan) monthDate(first, i int, part string) (int, bool) {
	w := s.word(i)
	m1 := s.month(i, false)
	m2 := 0
	end := i + 1
	if m1 == 0 {
		// "январе-апреле" is one word token.
		a, b, ok := strings.Cut(w, "-")
		if !ok {
			return 0, false
		}
		fa, oka := s.e.months[a]
		fb, okb := s.e.months[b]
		if !oka || !okb || fa.abbrev || fb.abbrev || fa.english || fb.english {
			return 0, false
		}
		m1, m2 = fa.month, fb.month
	} else if n := s.next(i); s.isPunct(n, "-–—") && s.month(s.next(n), false) != 0 {
		// "за январь – сентябрь"
		m2 = s.month(s.next(n), false)
		end = s.next(n) + 1
	} else if s.word(s.prev(i)) == "с" && s.word(s.next(i)) == "по" {
		if v := s.month(s.next(s.next(i)), false); v != 0 {
			m2 = v
			end = s.next(s.next(i)) + 1
			first = s.prev(i)
		}
	}
	yr := 0
	if y, yend, ok := s.yearAfter(s.next(end - 1)); ok {
		yr, end = y, yend
	}
	d1 := s.resolve(calDate{year: yr, month: m1})
	a := s.add("DT4", first, end, d1)
	a.Part = part
	if m2 != 0 {
		d2 := s.resolve(calDate{year: yr, month: m2})
		s.ranges++
		a.Range, a.RangeEnd = s.ranges, "from"
		b := s.add("DT4", first, end, d2)
		b.Range, b.RangeEnd = s.ranges, "to"
	}
	return end, true
}

// Rule DT5: the beginning, middle or end of a month or a year.
//
//	в начале декабря; с конца октября; на конец сентября; в конце 2020 года
func (s *dateScan) partOf(i, n int, part string) (int, bool) {
	if s.month(n, false) != 0 {
		return s.monthDate(i, n, part)
	}
	if y, end, ok := s.yearAfter(n); ok {
		d := s.add("DT5", i, end, calDate{year: y})
		d.Part = part
		return end, true
	}
	return 0, false
}

// Rule DT6: a half or a quarter of a year, with the year or, without one,
// the reference year.
//
//	в первой половине 2012 года; во второй половине нынешнего года
//	первого квартала 2022 финансового года; в III квартале
func (s *dateScan) periodYear(i, n int, part string) (int, bool) {
	if y, end, ok := s.yearAfter(n); ok {
		d := s.add("DT6", i, end, calDate{year: y})
		d.Part = part
		return end, true
	}
	if s.ref.year == 0 {
		return 0, false
	}
	end := s.prev(n) + 1 // past "квартале" / "половине"
	if s.word(n) == "года" {
		end = n + 1
	}
	d := s.add("DT6", i, end, calDate{year: s.ref.year})
	d.Part = part
	return end, true
}

// Rule DT7: an English date in a publication stamp.
//
//	April 25, 2022
func (s *dateScan) englishDate(i int) (int, bool) {
	m := s.e.lookupMonthEnglish(s.toks[i].text(s.text))
	if m == 0 || !s.toks[i].upper() {
		return 0, false
	}
	n := s.next(i)
	day, ok := s.int(n, 2)
	if !ok {
		return 0, false
	}
	k := s.next(n)
	if s.isPunct(k, ",") {
		k = s.next(k)
	}
	y, ok := s.year(k)
	if !ok {
		return 0, false
	}
	d := calDate{y, m, day}
	if !d.valid() {
		return 0, false
	}
	s.add("DT7", i, k+1, d)
	return k + 1, true
}

// Rule DT8: days, weeks and years relative to the document's date.
//
//	сегодня; вчера; позавчера; завтра; с сегодняшнего дня
//	2 дня назад; неделю назад; через неделю; через 3 дня
//	на прошлой неделе; в этом году; в прошлом году; в следующем году
//
// relativeWords are the words relative starts a date with, besides a
// number before "назад"; every case of its switch is here.
var relativeWords = []string{
	"сегодня", "вчера", "позавчера", "завтра", "послезавтра",
	"сегодняшнего", "сегодняшний", "сегодняшнему", "через", "спустя",
	"прошлой", "этой", "текущей", "следующей", "будущей",
	"этом", "текущем", "нынешнем", "прошлом", "минувшем", "следующем", "будущем",
}

// dateStartWords is every word wordDate can start a date with, apart from
// numbers before "назад" and hyphenated month ranges: the words a token
// must be for the other rules to be worth trying.
func dateStartWords(months map[string]monthForm) map[string]bool {
	set := map[string]bool{}
	for _, table := range []map[string]string{partWords, halfWords, quarterWords} {
		for w := range table {
			set[w] = true
		}
	}
	for w := range months {
		set[w] = true
	}
	for _, w := range relativeWords {
		set[w] = true
	}
	return set
}

func (s *dateScan) relative(i int) (int, bool) {
	w := s.word(i)
	shift, end := 0, i+1
	switch w { // a new case goes into relativeWords too
	case "сегодня":
	case "вчера":
		shift = -1
	case "позавчера":
		shift = -2
	case "завтра":
		shift = 1
	case "послезавтра":
		shift = 2
	case "сегодняшнего", "сегодняшний", "сегодняшнему":
		n := s.next(i)
		if s.word(n) != "дня" && s.word(n) != "день" && s.word(n) != "дню" {
			return 0, false
		}
		if w == "сегодняшний" && s.word(s.prev(i)) == "на" {
			return 0, false // "на сегодняшний день": as things stand, no day
		}
		end = n + 1
	case "через", "спустя":
		days, last, ok := s.daysAmount(s.next(i))
		if !ok {
			return 0, false
		}
		shift, end = days, last+1
	case "прошлой", "этой", "текущей", "следующей", "будущей":
		return s.relativeWeek(i)
	case "этом", "текущем", "нынешнем", "прошлом", "минувшем", "следующем", "будущем":
		return s.relativeYear2(i)
	default:
		// "2 дня назад", "неделю назад": a number or a number word first.
		if n := s.next(i); s.word(n) != "назад" && s.word(s.next(n)) != "назад" {
			return 0, false
		}
		if t := s.toks[i]; t.kind == word {
			if _, kind, ok := s.numeral(i); (!ok || kind != normalize.Cardinal) && w != "неделю" {
				return 0, false
			}
		}
		days, last, ok := s.daysAmount(i)
		if !ok || s.word(s.next(last)) != "назад" {
			return 0, false
		}
		shift, end = -days, s.next(last)+1
	}
	if s.now.month == 0 || s.now.day == 0 {
		return 0, false
	}
	d := s.add("DT8", i, end, s.now.addDays(shift))
	d.Relative = strings.ToLower(s.text[s.toks[i].start:s.toks[end-1].end])
	return end, true
}

// daysAmount reads "2 дня", "два дня", "неделю", "две недели" at k as a
// number of days, with the index of its last token.
func (s *dateScan) daysAmount(k int) (days, last int, ok bool) {
	n := 1
	unit := k
	if v, known := s.int(k, 3); known {
		n, unit = v, s.next(k)
	} else if v, kind, known := s.numeral(k); known && kind == normalize.Cardinal && v == float64(int(v)) {
		n, unit = int(v), s.next(k)
	}
	switch lemma := normalize.NounLemma(s.word(unit)); lemma {
	case "день":
		return n, unit, true
	case "неделя":
		return 7 * n, unit, true
	}
	return 0, k, false
}

// relativeWeek reads "на прошлой неделе", "на этой неделе", "на следующей
// неделе" as an ISO week.
func (s *dateScan) relativeWeek(i int) (int, bool) {
	n := s.next(i)
	if s.word(n) != "неделе" || s.now.year == 0 || s.now.day == 0 {
		return 0, false
	}
	shift := 0
	switch s.word(i) {
	case "прошлой":
		shift = -7
	case "следующей", "будущей":
		shift = 7
	}
	start := i
	if p := s.prev(i); s.word(p) == "на" {
		start = p
	}
	day := s.now.addDays(shift)
	y, wk := time.Date(day.year, time.Month(day.month), day.day, 0, 0, 0, 0, time.UTC).ISOWeek()
	st, en := s.toks[start].start, s.toks[n].end
	s.out = append(s.out, entities.Date{
		Span:      entities.Span{Start: st, End: en, Text: s.text[st:en]},
		Value:     entities.DateValue(fmt.Sprintf("%04d-W%02d", y, wk)),
		Precision: entities.Week,
		Relative:  strings.ToLower(s.text[st:en]),
	})
	return n + 1, true
}

// relativeYear2 reads "в этом году", "в прошлом году", "в следующем году".
func (s *dateScan) relativeYear2(i int) (int, bool) {
	w := s.word(i)
	n := s.next(i)
	if s.word(n) != "году" || s.ref.year == 0 {
		return 0, false
	}
	y := s.ref.year
	switch w {
	case "прошлом", "минувшем":
		y--
	case "следующем", "будущем":
		y++
	}
	start := i
	if p := s.prev(i); s.word(p) == "в" {
		start = p
	}
	d := s.add("DT8", start, n+1, calDate{year: y})
	d.Relative = strings.ToLower(s.text[s.toks[start].start:s.toks[n].end])
	return n + 1, true
}

// addDays moves a day-precise date by n days; a date without a year moves
// within a year that is not a leap year unless it is February 29.
func (d calDate) addDays(n int) calDate {
	y := d.year
	if y == 0 {
		y = 2001
		if d.month == 2 && d.day == 29 {
			y = 2000
		}
	}
	t := time.Date(y, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	out := calDate{t.Year(), int(t.Month()), t.Day()}
	if d.year == 0 {
		out.year = 0
	}
	return out
}

// tieRanges links two full dates written as a range:
// "с 1 октября 2021 года по 31 марта 2022 года".
func (s *dateScan) tieRanges() {
	for k := 0; k+1 < len(s.out); k++ {
		a, b := &s.out[k], &s.out[k+1]
		if a.Range != 0 || b.Range != 0 || a.Part != "" || b.Part != "" {
			continue
		}
		between := strings.TrimSpace(s.text[a.End:max(a.End, b.Start)])
		before := strings.ToLower(strings.TrimSpace(s.text[max(0, a.Start-4):a.Start]))
		if (between == "по" || between == "до") && (strings.HasSuffix(before, " с") || before == "с") {
			s.ranges++
			a.Range, a.RangeEnd = s.ranges, "from"
			b.Range, b.RangeEnd = s.ranges, "to"
		}
	}
}
