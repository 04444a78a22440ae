package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// figureScan walks the tokens looking for quantities: a number (digits or
// words, with multipliers) and what it counts. Every rule looks at a
// bounded number of tokens, so the walk is linear.
type figureScan struct {
	*tokenView
	e     *Extractor
	dates []entities.Date
	di    int // the first date that may still cover a token
	out   []entities.Figure
	// rules holds the ID of the rule that found each figure of out (only
	// WithTrace asks); rule is the one reading now.
	rules []string
	rule  string
	// ranges counts the ranges found, to number them.
	ranges int
}

// emit appends a figure that the current rule found.
func (s *figureScan) emit(f entities.Figure) {
	s.out = append(s.out, f)
	if s.e.trace {
		s.rules = append(s.rules, s.rule)
	}
}

// findFigures returns the figures of the text, in text order, and the ID
// of the rule that found each. Numbers inside dates are not figures.
func (e *Extractor) findFigures(v *tokenView, dates []entities.Date) ([]entities.Figure, []string) {
	s := &figureScan{tokenView: v, e: e, dates: dates, out: []entities.Figure{}}
	for i := 0; i < len(v.toks); {
		i = s.at(i)
	}
	return s.out, s.rules
}

// inDate reports whether token i lies inside a date. Tokens are visited in
// order, so the date cursor only moves forward.
func (s *figureScan) inDate(i int) bool {
	off := s.toks[i].start
	for s.di < len(s.dates) && s.dates[s.di].End <= off {
		s.di++
	}
	return s.di < len(s.dates) && s.dates[s.di].Start <= off
}

// currencySymbols are written before the number: "$5 млрд".
var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "¥": "JPY", "£": "GBP", "₽": "RUB", "₴": "UAH"}

// currencyWord returns the ISO 4217 code a currency word names, or "".
func currencyWord(w string) string {
	switch {
	case strings.HasPrefix(w, "доллар") || w == "долл":
		return "USD"
	case strings.HasPrefix(w, "рубл") || w == "руб" || w == "р":
		return "RUB"
	case strings.HasPrefix(w, "юан"):
		return "CNY"
	case w == "иена" || w == "иены" || w == "иен" || w == "иенах" || w == "иенам" || strings.HasPrefix(w, "иенами") || w == "йен" || w == "йены":
		return "JPY"
	case w == "вон" || w == "вона" || w == "воны" || w == "вонах":
		return "KRW"
	case w == "евро":
		return "EUR"
	case w == "тенге":
		return "KZT"
	case w == "сум" || w == "сума" || w == "сумов":
		return "UZS"
	case w == "сом" || w == "сома" || w == "сомов":
		return "KGS"
	case strings.HasPrefix(w, "фунт"):
		return "GBP"
	case strings.HasPrefix(w, "гривн") || w == "грн":
		return "UAH"
	}
	return ""
}

// at tries the figure rules at token i.
func (s *figureScan) at(i int) int {
	t := s.toks[i]
	if s.inDate(i) {
		return i + 1
	}
	switch {
	case t.kind == symbol && currencySymbols[t.text(s.text)] != "":
		// Rule FG2: "$5,66 млрд".
		n := i + 1
		if n < len(s.toks) && s.toks[n].kind == space && s.toks[n].lines == 0 {
			n++
		}
		if v, end, ok := s.number(n); ok {
			s.rule = "FG2"
			s.add(i, end, v, currencySymbols[t.text(s.text)])
			return end
		}
	case t.kind == number || t.kind == word:
		if t.kind == word {
			v, kind, ok := s.numeral(i)
			if !ok && !maybeApproximate(s.word(i)) {
				return i + 1 // most words: no number word, no order of magnitude
			}
			if ok && kind == normalize.Multiple {
				// Rule FG4: "более чем вдвое".
				s.rule = "FG4"
				s.add(i, i+1, v, "раз")
				return i + 1
			}
		}
		if next, ok := s.approximate(i); ok {
			return next
		}
		if s.excluded(i) || t.kind == word && s.opensTitle(i) {
			return i + 1
		}
		v, end, ok := s.number(i)
		if !ok {
			return i + 1
		}
		if next, ok := s.rangeFigure(i, end, v); ok {
			return next
		}
		if unit, uend, ok := s.unit(i, end); ok {
			start := i
			if t.kind == number {
				// A sign: "-3,5 %", "−2 %", "минус 5 градусов".
				if p := i - 1; p >= 0 && s.toks[p].kind == punct && (s.toks[p].first == '-' || s.toks[p].first == '−') &&
					s.toks[p].end == t.start && s.toks[p].end-s.toks[p].start <= 3 && (p == 0 || s.toks[p-1].kind == space) {
					v, start = -v, p
				} else if pw := s.prev(i); s.word(pw) == "минус" {
					v, start = -v, pw
				}
			}
			if t.kind == word && v == 2 && bothNouns[unit] {
				// "двух стран", "двумя государствами": both, not a count.
				return uend
			}
			if t.kind == number && !strings.ContainsAny(t.text(s.text), ".,") && s.ordinalUse(v, uend-1) {
				// "поднялся до 17 места": a rank, not seventeen places.
				return uend
			}
			s.add(start, uend, v, unit)
			return uend
		}
		return end
	}
	return i + 1
}

// dashChain counts the numbers joined to the one at i by dashes with no
// space: 2 for "10-15", 3 for "123-45-67".
func (s *figureScan) dashChain(i int) int {
	joined := func(a, b int) bool {
		return a >= 0 && b < len(s.toks) && s.toks[a].end == s.toks[a+1].start && s.toks[a+1].end == s.toks[b].start &&
			s.toks[a].kind == number && s.toks[b].kind == number && s.toks[a+1].kind == punct && s.toks[a+1].first == '-'
	}
	first := i
	for n := 0; n < 8 && joined(first-2, first); n++ {
		first -= 2
	}
	count := 1
	for k := first; count < 8 && joined(k, k+2); k += 2 {
		count++
	}
	return count
}

// rangeFigure reads a range whose second number carries the unit: "10-15
// %", "от 10 до 15 человек", "5–7 млрд долларов" (the multiplier of the
// second end is the first's too). It adds two tied figures.
func (s *figureScan) rangeFigure(i, end int, v1 float64) (int, bool) {
	k := s.next(end - 1)
	from := i
	switch {
	case k < len(s.toks) && s.toks[k].kind == punct && strings.ContainsRune("-–—", s.toks[k].first) && s.toks[k].end-s.toks[k].start == len(string(s.toks[k].first)):
	case s.word(k) == "до" && s.word(s.prev(i)) == "от":
		from = s.prev(i)
	default:
		return 0, false
	}
	n := s.next(k)
	if n >= len(s.toks) || s.toks[n].kind != s.toks[i].kind || s.excluded(n) {
		return 0, false
	}
	v2, end2, ok := s.number(n)
	if !ok {
		return 0, false
	}
	unit, uend, ok := s.unit(n, end2)
	if !ok {
		return 0, false
	}
	// "5–7 млрд": a bare first number takes the second's multiplier.
	if m := rangeScale(v1, v2, s.tokText(n), end2-n > 1); m > 1 {
		v1 *= m
	}
	s.ranges++
	s.add(from, uend, v1, unit)
	a := &s.out[len(s.out)-1]
	a.Range, a.RangeEnd = s.ranges, "from"
	st, en := s.toks[from].start, s.toks[uend-1].end
	s.emit(entities.Figure{
		Span:  entities.Span{Start: st, End: en, Text: s.text[st:en]},
		Value: v2, Unit: unit, Qualifier: a.Qualifier,
		Range: s.ranges, RangeEnd: "to",
	})
	return uend, true
}

// rangeScale returns the multiplier the second end of a range applied to
// itself, when the first end is a bare number smaller than it: 1 otherwise.
func rangeScale(v1, v2 float64, second string, scaled bool) float64 {
	if !scaled {
		return 1
	}
	base, err := strconv.ParseFloat(strings.ReplaceAll(second, ",", "."), 64)
	if err != nil || base == 0 {
		return 1
	}
	m := v2 / base
	if v1*m > v2 {
		return 1 // "500-7 млн" is no range of millions
	}
	return m
}

// maybeApproximate reports a word of approximateWords, asking the map only
// for words that start like one.
func maybeApproximate(w string) bool {
	if !strings.HasPrefix(w, "дес") && !strings.HasPrefix(w, "сот") && !strings.HasPrefix(w, "тыс") && !strings.HasPrefix(w, "мил") {
		return false
	}
	return lex.figures[w].order != 0
}

// Rule FG6: an order of magnitude without a number. "десятки тысяч
// человек" gives Value 10000 (the order), Qualifier "десятки", and
// Approximate; no count is made up.
func (s *figureScan) approximate(i int) (int, bool) {
	w := s.word(i)
	order := lex.figures[w].order
	if order == 0 {
		return 0, false
	}
	// A number before it makes it a multiplier, not an order: "5 тысяч".
	if p := s.prev(i); p >= 0 && (s.toks[p].kind == number || s.isCardinal(p)) {
		return 0, false
	}
	end := i + 1
	if m := lex.figures[s.word(s.next(i))].order; m > order {
		order *= m // "десятки тысяч"
		end = s.next(i) + 1
	} else if m, kind, ok := s.numeral(s.next(i)); ok && kind == normalize.Multiplier {
		order *= m // "сотни млн"
		end = s.next(i) + 1
	}
	unit, uend, ok := s.unit(i, end)
	if !ok || unit == "раз" {
		return 0, false
	}
	st, en := s.toks[i].start, s.toks[uend-1].end
	s.rule = "FG6"
	s.emit(entities.Figure{
		Span:  entities.Span{Start: st, End: en, Text: s.text[st:en]},
		Value: order, Unit: unit, Qualifier: w, Approximate: true,
	})
	return uend, true
}

// isCardinal reports a cardinal number word at token k.
func (s *figureScan) isCardinal(k int) bool {
	_, kind, ok := s.numeral(k)
	return ok && kind == normalize.Cardinal
}

// bothNouns are the nouns that "два" turns into "both": the two sides of
// a meeting.
var bothNouns = map[string]bool{"страна": true, "государство": true, "сторона": true, "народ": true}

// ordinalUse reports whether the noun at k is singular where the whole
// number before it wants a plural: "17 места" reads "17-го места". Only
// nouns the lexicon knows are checked.
func (s *figureScan) ordinalUse(v float64, k int) bool {
	as := normalize.Analyze(s.word(k))
	if len(as) == 0 || v != float64(int64(v)) {
		return false
	}
	n := int64(v) % 100
	wantsPlural := n%10 == 0 || n%10 >= 5 || n >= 11 && n <= 14
	if !wantsPlural {
		return false
	}
	// After 5-20 and tens, the noun is a genitive plural, or another
	// oblique plural when the number is declined ("17 странам"); a
	// nominative or singular form means the number is an ordinal.
	for _, a := range as {
		if a.Plural && a.Case != normalize.Nominative && a.Case != normalize.Accusative {
			return false
		}
	}
	return true
}

// excluded reports numbers that are no quantities: times ("12:30"),
// ordinals ("2-й"), identifiers ("IFA 2025", "4G"), numbers after "№".
// scaled reports a number whose next word is an order of magnitude or
// whose next sign is a percent: a quantity, whatever stands before it.
func (s *figureScan) scaled(i int) bool {
	n := i + 1
	if n < len(s.toks) && s.toks[n].kind == space && s.toks[n].lines == 0 {
		n++
	}
	if n >= len(s.toks) {
		return false
	}
	if s.toks[n].percent() {
		return true
	}
	_, kind, ok := s.numeral(n)
	return ok && kind == normalize.Multiplier
}

func (s *figureScan) excluded(i int) bool {
	t := s.toks[i]
	if t.kind != number {
		return false
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].start == t.end {
		switch nt := s.toks[n]; {
		case nt.kind == word: // "4G", "2023г"
			return true
		case nt.kind == punct && nt.first == ':' && n+1 < len(s.toks) && s.toks[n+1].kind == number:
			return true
		case nt.kind == punct && nt.first == '-' && n+1 < len(s.toks) && s.toks[n+1].kind == word && s.toks[n+1].start == nt.end:
			return true // "2-й", "70-летие"
		}
	}
	if s.dashChain(i) >= 3 {
		return true // "123-45-67": a phone number or a code
	}
	if p := s.prev(i); p >= 0 {
		pt := s.toks[p]
		if pt.kind == symbol && pt.first == '№' {
			return true
		}
		if pt.kind == word && isASCII(pt.text(s.text)) && pt.upper() && s.word(p) != "" && !s.scaled(i) {
			return true // "IFA 2025", "Galaxy S 4"; not "Toyota 300 миллионов автомобилей"
		}
		if pt.kind == punct && pt.first == '+' {
			return true // a phone number
		}
		if pt.kind == word && documentPart(s.word(p)) {
			return true // "по части 2 статьи 105 УК": a reference, not a count
		}
		if pt.kind == punct && pt.first == '.' {
			if pp := s.prev(p); pp >= 0 && s.toks[pp].kind == word && documentPartAbbrevs[s.word(pp)] {
				return true // "ч. 2 ст. 228", "п. 3"
			}
		}
	}
	return false
}

// opensTitle reports a number word right after an opening quotation
// mark: the first word of a title ("«Один день Ивана Денисовича»", «Три
// минуты тишины»), not a count.
func (s *figureScan) opensTitle(i int) bool {
	p := i - 1
	return p >= 0 && s.toks[p].kind == punct && s.toks[p].end == s.toks[i].start && strings.ContainsRune("«„“", s.toks[p].first)
}

// documentPartAbbrevs are the abbreviations, before a period, of the
// parts of a law or a document that a number after them names.
var documentPartAbbrevs = map[string]bool{"ч": true, "ст": true, "п": true, "пп": true, "гл": true, "разд": true, "абз": true}

// documentPart reports a form of a noun of a law's or a document's part,
// which a number after it names: "части", "статьи", "пункту".
func documentPart(w string) bool {
	for _, stem := range []string{"част", "стать", "пункт", "подпункт", "глав", "раздел", "параграф", "абзац"} {
		if rest, ok := strings.CutPrefix(w, stem); ok && len(rest) <= len("ями") {
			switch rest {
			case "", "а", "и", "е", "у", "ю", "ь", "ей", "ой", "ом", "ы", "я", "ям", "ями", "ях", "ах", "ами":
				return true
			}
		}
	}
	return false
}

// number reads a number at i: digits with a decimal comma or point, or
// number words; then multipliers ("млн", "миллиарда", "107 млрд 900
// млн"). It returns the value and the index past it.
func (s *figureScan) number(i int) (float64, int, bool) {
	if i >= len(s.toks) {
		return 0, i, false
	}
	// v counts units of 1/scale: the digits as an integer, so that the
	// multipliers multiply exactly ("2,05 млрд" is 205·10⁹/100, not
	// 2.05·10⁹ = 2049999999.9999998).
	var v float64
	scale := 1.0
	end := i + 1
	switch t := s.toks[i]; t.kind {
	case number:
		w := strings.ReplaceAll(t.text(s.text), ",", ".")
		if strings.Count(w, ".") > 1 || len(w) > 15 {
			return 0, i, false
		}
		f, err := strconv.ParseFloat(w, 64)
		if err != nil {
			return 0, i, false
		}
		if dot := strings.IndexByte(w, '.'); dot >= 0 {
			scale = math.Pow10(len(w) - dot - 1)
		}
		v = math.Round(f * scale)
		// "1 500", "12 000 000": groups of three digits after a space, as
		// many as a quantity has (maxGroups); a longer run is no quantity
		// ("1 000 000 000 000 000 000 000 рублей" would not be finite).
		groups := 0
		for k := i + 1; k+1 < len(s.toks) && len(strings.Trim(t.text(s.text), "0123456789")) == 0 && len(t.text(s.text)) <= 3; k += 2 {
			sp, g := s.toks[k], s.toks[k+1]
			if sp.kind != space || sp.lines > 0 || sp.end-sp.start > 3 || g.kind != number || g.end-g.start != 3 {
				break
			}
			if groups++; groups > maxGroups {
				return 0, i, false
			}
			n, _ := strconv.Atoi(g.text(s.text))
			v = v*1000 + float64(n)
			end = k + 2
		}
	case word:
		if _, kind, ok := s.numeral(i); !ok || kind != normalize.Cardinal {
			return 0, i, false
		}
		var words []string
		for k := i; k < len(s.toks) && len(words) < 8; k = s.next(k) {
			w := s.word(k)
			if w == "" {
				break
			}
			words = append(words, w)
		}
		val, used, ok := normalize.NumberWords(words)
		if !ok {
			return 0, i, false
		}
		// The words NumberWords used, multipliers included, end the number.
		last := i
		for range used - 1 {
			last = s.next(last)
		}
		return val, last + 1, true
	default:
		return 0, i, false
	}
	// Multipliers, possibly compound: "107 млрд 900 млн".
	for {
		k := s.next(end - 1)
		m, kind, ok := s.numeral(k)
		if !ok || kind != normalize.Multiplier {
			break
		}
		v *= m
		end = k + 1
		if abbrevMultiplier(s.word(k)) {
			end = s.withPeriod(k)
		}
		// A smaller part may follow: "107 млрд 900 млн".
		n := s.next(end - 1)
		if n < len(s.toks) && s.toks[n].kind == number {
			part, _ := strconv.ParseFloat(strings.ReplaceAll(s.tokText(n), ",", "."), 64)
			if m2, kind2, ok2 := s.numeral(s.next(n)); ok2 && kind2 == normalize.Multiplier && m2 < m {
				v += part * m2 * scale
				end = s.next(n) + 1
				continue
			}
		}
		break
	}
	v /= scale
	if !(v <= maxFigure) { // also NaN
		return 0, i, false
	}
	return v, end, true
}

// maxGroups is how many groups of three digits may follow a number's
// first digits ("12 000 000 000 000 000": five), and maxFigure the largest
// value a figure may have: a quintillion (10^18), far above any sum the
// news reports, so that every figure is a finite number JSON can write.
const (
	maxGroups = 6
	maxFigure = 1e18
)

func abbrevMultiplier(w string) bool {
	return w == "тыс" || w == "млн" || w == "млрд" || w == "трлн"
}

// adjectiveEndings mark modifiers between a number and its noun:
// "17 двусторонних соглашений", "4,8 миллиарда защитных костюмов".
var adjectiveEndings = []string{"ых", "их", "ым", "им", "ыми", "ими", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ый"}

func adjectiveLike(w string) bool {
	if normalize.Known(w) {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) && len([]rune(w)) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// unit reads what the number at i (ending before end) counts: "%",
// "процентов", "п.п.", "раза" after "в", a currency, or a noun after up to
// three modifiers. It returns the unit and the index past it.
func (s *figureScan) unit(i, end int) (string, int, bool) {
	k := s.next(end - 1)
	if k >= len(s.toks) {
		return "", end, false
	}
	t := s.toks[k]
	// Rule FG1: percents. "38 %", "9 %-ной", "на 21 процент", "12 проц."
	if t.kind == symbol && t.first == '%' || t.kind == punct && t.first == '%' {
		s.rule = "FG1"
		return "%", k + 1, true
	}
	if code := currencySymbols[t.text(s.text)]; code != "" && (t.kind == symbol || t.kind == punct) {
		s.rule = "FG2"
		return code, k + 1, true // "20€", "10 ₽"
	}
	w := s.word(k)
	switch {
	case w == "п" && strings.HasPrefix(s.text[t.start:], "п.п."):
		s.rule = "FG1"
		return "п.п.", k + 4, true
	case strings.HasPrefix(w, "процентн") && strings.HasPrefix(s.word(s.next(k)), "пункт"):
		s.rule = "FG1"
		return "п.п.", s.next(k) + 1, true
	case strings.HasPrefix(w, "процент"):
		s.rule = "FG1"
		return "%", k + 1, true
	case w == "проц":
		s.rule = "FG1"
		return "%", s.withPeriod(k), true
	case (w == "раз" || w == "раза") && s.word(s.prev(i)) == "в":
		// Rule FG4: "в 2,3 раза".
		s.rule = "FG4"
		return "раз", k + 1, true
	}
	// Rule FG2: money. "5 млрд долларов", "долл. США", "12,6 млрд руб."
	if code := currencyWord(w); code != "" {
		e := k + 1
		if w == "долл" || w == "руб" || w == "р" || w == "грн" {
			e = s.withPeriod(k)
		}
		after := e - 1
		if s.periodAfter(k) {
			after = k + 1
		}
		if n := s.next(after); s.tokText(n) == "США" {
			e = n + 1 // "долл. США", "долларов США"
		}
		s.rule = "FG2"
		return code, e, true
	}
	// Rule FG5: an abbreviated measure. "960 км", "3 млн т", "500 МВт"
	if u, ok := measures[w]; ok {
		s.rule = "FG5"
		return u, s.withPeriod(k), true
	}
	// Rule FG3: a counted noun, after up to three modifiers.
	for m := 0; m < 4 && k < len(s.toks); m++ {
		w := s.word(k)
		tk := s.toks[k]
		if tk.kind == word && isASCII(tk.text(s.text)) && normalize.IsUpper(tk.text(s.text)) && len(tk.text(s.text)) <= 5 && m == 0 {
			s.rule = "FG3"
			return tk.text(s.text), k + 1, true // "43,3 миллиона TEU"
		}
		if w == "" || lex.figures[w].stop || tk.upper() {
			return "", end, false
		}
		if adjectiveLike(w) {
			k = s.next(k)
			continue
		}
		if !nounLike(w) || strings.HasSuffix(w, "ся") || strings.HasSuffix(w, "сь") {
			return "", end, false
		}
		s.rule = "FG3"
		return normalize.NounLemma(w), k + 1, true
	}
	return "", end, false
}

// measures are abbreviated units of measure, with the unit as written.
var measures = map[string]string{
	"км": "км", "м": "м", "см": "см", "мм": "мм", "кг": "кг", "т": "т", "га": "га", "л": "л",
	"мвт": "МВт", "гвт": "ГВт", "квт": "кВт", "тэу": "TEU",
}

// withPeriod returns the index past an abbreviation at k and its period,
// unless the period also ends the sentence ("составила $5,66 млрд."), when
// it is left to the sentence.
func (s *figureScan) withPeriod(k int) int {
	if !s.periodAfter(k) {
		return k + 1
	}
	n := s.next(k + 1)
	if n >= len(s.toks) || s.toks[n].upper() {
		return k + 1
	}
	return k + 2
}

// periodAfter reports whether a period is written right after token k.
func (s *figureScan) periodAfter(k int) bool {
	return k+1 < len(s.toks) && s.toks[k+1].kind == punct && s.toks[k+1].text(s.text) == "." && s.toks[k+1].start == s.toks[k].end
}

// nounLike reports whether a lower-case word can be a counted noun: one the
// lexicon knows, or one with a noun's plural or genitive ending.
func nounLike(w string) bool {
	if normalize.Known(w) {
		return true
	}
	if len([]rune(w)) < 3 {
		return false
	}
	for _, e := range []string{"ов", "ев", "ей", "ий", "ам", "ям", "ах", "ях", "ами", "ями", "а", "я", "ы", "и"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// changeStems start the verbs and nouns of a change, after which "до"
// gives the value reached, not a bound: "вырос на 18% до 43,3 миллиона
// TEU", "снизилась на 1,3% — до 112,2 млрд руб.".
var changeStems = []string{"вырос", "возрос", "увелич", "сниз", "сократ", "упал", "уменьш", "повыс", "подня", "подскоч", "рост", "прирост", "паден"}

// changedTo reports whether "до" at token k follows a word of change in
// its clause, within a few words: the figure after it is the value
// reached.
func (s *figureScan) changedTo(k int) bool {
	p := s.prev(k)
	for n := 0; n < 10 && p >= 0; n, p = n+1, s.prev(p) {
		if t := s.toks[p]; t.kind == punct && s.isPunct(p, ".;:!?()") {
			return false
		}
		w := s.word(p)
		for _, st := range changeStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// add appends a figure from token first to last (exclusive), widening the
// span to a qualifier before it: "более 600 миллионов доз", "не менее
// 10", "более чем на 21 процент".
func (s *figureScan) add(first, last int, v float64, unit string) {
	start := first
	qual := ""
	k := s.prev(first)
	if w := s.word(k); w == "на" || w == "в" {
		k = s.prev(k)
	}
	if s.word(k) == "чем" {
		k = s.prev(k)
	}
	if q := lex.figures[s.word(k)].qualifier; q != "" && !(q == "до" && s.changedTo(k)) {
		qual = q
		start = k
		if p := s.prev(k); (q == "менее" || q == "более") && s.word(p) == "не" {
			qual = "не " + q
			start = p
		}
	}
	st, en := s.toks[start].start, s.toks[last-1].end
	s.emit(entities.Figure{
		Span:      entities.Span{Start: st, End: en, Text: s.text[st:en]},
		Value:     v,
		Unit:      unit,
		Qualifier: qual,
	})
}
