package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/normalize"
)

// orgMention is one organization name in the text.
type orgMention struct {
	start, end int
	// org is the gazetteer's organization, or nil.
	org *gazOrg
	// nom is the name in the nominative, as the entity would be named.
	nom string
	// acronym is an acronym the text gives for the name in parentheses
	// right after it, or the mention itself when it is a bare acronym.
	acronym string
	// latin is a Latin name the text gives in parentheses after it.
	latin string
	// base is the known organization a longer name starts with ("МЧС" of
	// "МЧС России"): later mentions of it alone join this entity.
	base *gazOrg
	// bare marks a mention that is an acronym and nothing else.
	bare bool
	// weak marks a single Latin word that no word before it calls an
	// organization: it stays only if another mention of the same name
	// in the document is not weak, or the document names it again.
	weak bool
	// title marks a weak run of several Latin words with no word of an
	// organization's name in it: it stays only beside a firm mention.
	title bool
	// placed names the body apart from the place it belongs to, and
	// that place, as "core|place": "российского Минсельхоза" and
	// "Минсельхоз РФ", "японское правительство" and "Правительство
	// Японии" are one body each (see placedKey). Empty for other names.
	placed string
	// rule is the ID of the rule that found it (see findOrgs).
	rule string
}

// placedKey is the key of a body that a place's adjective or a trailing
// place name makes some country's: what it is (a known organization's
// name, or the head noun's lemma) and the gazetteer's name of the place.
func placedKey(core, place string) string {
	if core == "" || place == "" {
		return ""
	}
	return normalize.Key(core) + "|" + place
}

// reportingVerbs introduce a source: "передает Report", "сообщает
// xinhuanet".
var reportingVerbs = map[string]bool{
	"сообщает": true, "передает": true, "передаёт": true, "пишет": true, "сообщило": true,
	"сообщают": true, "передают": true, "пишут": true, "информирует": true,
}

// findOrgs finds organizations: names the gazetteer knows, head-noun
// phrases with their adjectives and genitive chains, quoted names after a
// descriptor, Latin names, acronyms, and acronyms given in parentheses.
// Its rules:
//
//	OR1   a site that publishes: "Lenta.ru", "24.kg"
//	OR2   a quoted name alone that the gazetteer or the document calls an
//	      organization's: «Яблоко», «Зарубежнефть» after "компании «Зарубежнефть»"
//	OR3   a known name, with what extends it: "МЧС России", "Toyota Motor Corporation"
//	OR4   a legal form and a quoted name: "ПАО «Полюс»", "Акционерное общество «Полюс Красноярск»"
//	OR5   a descriptor and a quoted name: "партии «Яблоко»"
//	OR6   a head noun with its adjectives and genitive chain: "Японской
//	      внешнеторговой организации", "правительства Израиля"
//	OR7   a publication named after an article word: "в статье ... Ведомостей"
//	OR8   a run of Latin words: "Siemens Energy", "Industrial and Commercial Bank"
//	      (none inside a longer Latin phrase in lower case: latinFragments)
//	OR9   an acronym, with the country after it: "ВВС США"
//	OR10  the acronym or Latin name in brackets after a name: "(СКМТ)", "(CNSA)"
//	OR11  a known name or acronym inside a longer name: "КПК" in "Шаньдунского комитета КПК"
//	OR12  a place's adjective and a known ministry's short name: "японского МИДа"
//	      (no name nests inside: the ministry is the adjective's country's)
//	OR13  one word of a state body's compound name: "Рособрнадзором", "Мосгоризбиркому"
func (e *Extractor) findOrgs(v *tokenView, places []placeMention, placeAt map[int]int) []orgMention {
	nominal := map[int]bool{}
	known := map[int]string{}
	for _, p := range places {
		nominal[p.start] = nominativePlace(v.text[p.start:p.end], p.nom)
		if p.place != nil {
			known[p.start] = p.place.name
		}
	}
	s := &orgScan{v: v, g: e.gaz, placeAt: placeAt, nominal: nominal, known: known}
	s.nameQuoted()
	var out []orgMention
	for i := 0; i < len(v.toks); i++ {
		m, next, ok := s.at(i)
		if !ok {
			continue
		}
		// "(СКМТ)", "(Industrial and Commercial Bank of China)" after the name.
		after, bracketed := s.parenthesized(&m, next)
		out = append(out, m)
		for _, b := range bracketed {
			// The bracketed acronym or Latin name is a mention too.
			inner := orgMention{start: b.start, end: b.end, nom: m.nom, org: m.org, acronym: m.acronym, rule: "OR10"}
			inner.bare = m.acronym != "" && normalize.Key(v.text[inner.start:inner.end]) == normalize.Key(m.acronym)
			out = append(out, inner)
		}
		if !m.bare && m.rule != "OR12" {
			// Nested names: "Шаньдунский комитет КПК" holds "КПК".
			first := i
			for first < next && v.toks[first].start < m.start {
				first++
			}
			for k := first + 1; k < next && v.toks[k].end <= m.end; k++ {
				if v.toks[k].kind != word || !isUpper(v.toks[k].first) || lex.latinWord(v.low[k], latinSuffix) {
					continue // "AG" of "Nord Stream 2 AG" is its legal form
				}
				if n, last, ok := s.g.orgs.longest(v, k); ok {
					out = append(out, orgMention{start: v.toks[k].start, end: v.toks[last].end, org: n.thing, nom: n.nom, bare: n.nom == n.thing.acronym, acronym: acronymOf(n), rule: "OR11"})
					k = last
				} else if a, ok := s.acronym(k); ok {
					a.rule = "OR11"
					out = append(out, a)
				}
			}
		}
		i = after - 1
	}
	return dropWeak(out)
}

// dropWeak removes weak mentions whose name has no firm mention and is
// named only once: a brand the text keeps naming is a company ("Vestas"),
// a product named in passing is not.
func dropWeak(ms []orgMention) []orgMention {
	weak := false
	for _, m := range ms {
		weak = weak || m.weak
	}
	if !weak {
		return ms
	}
	firm := map[string]bool{}
	count := map[string]int{}
	keys := make([]string, len(ms))
	for i, m := range ms {
		k := normalize.Key(m.nom)
		keys[i] = k
		count[k]++
		if !m.weak {
			firm[k] = true
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if k := keys[i]; !m.weak || firm[k] || count[k] > 1 && !m.title {
			out = append(out, m)
		}
	}
	return out
}

// legalForms are the legal forms written out: the stems of their words
// in lower case (every case form starts with its word's stem; "с",
// "ограниченной", "ответственностью" do not change), and the nominative.
var legalForms = []struct {
	stems []string
	nom   string
}{
	{[]string{"публичн", "акционерн", "обществ"}, "Публичное акционерное общество"},
	{[]string{"непубличн", "акционерн", "обществ"}, "Непубличное акционерное общество"},
	{[]string{"открыт", "акционерн", "обществ"}, "Открытое акционерное общество"},
	{[]string{"закрыт", "акционерн", "обществ"}, "Закрытое акционерное общество"},
	{[]string{"акционерн", "обществ"}, "Акционерное общество"},
	{[]string{"обществ", "с", "ограниченной", "ответственностью"}, "Общество с ограниченной ответственностью"},
	{[]string{"федеральн", "государственн", "унитарн", "предприяти"}, "Федеральное государственное унитарное предприятие"},
	{[]string{"государственн", "унитарн", "предприяти"}, "Государственное унитарное предприятие"},
	{[]string{"муниципальн", "унитарн", "предприяти"}, "Муниципальное унитарное предприятие"},
	{[]string{"некоммерческ", "партнерств"}, "Некоммерческое партнерство"},
	{[]string{"автономн", "некоммерческ", "организаци"}, "Автономная некоммерческая организация"},
}

// legalAt is a legal form written out from token start to the quoted
// name at token quote, with the organization's name that makes
// ("Акционерное общество «Полюс Красноярск»").
type legalAt struct {
	start, quote int
	name         string
}

// legalFormWords reads a legal form written out at token i in any case,
// right before a quote ("Акционерным обществом «…»"), and returns the
// quote's token and the form's nominative.
func legalFormWords(v *tokenView, i int) (int, string, bool) {
	if v.toks[i].kind != word {
		return 0, "", false
	}
	w := v.fold(i)
	for j := range legalForms {
		f := &legalForms[j]
		if !strings.HasPrefix(w, f.stems[0]) {
			continue
		}
		k := i
		for n := 1; n < len(f.stems) && k >= 0; n++ {
			if k = v.next(k); k >= len(v.toks) || v.toks[k].kind != word || !strings.HasPrefix(v.fold(k), f.stems[n]) {
				k = -1
			}
		}
		if k < 0 {
			continue
		}
		if q := v.next(k); v.isPunct(q, "«\"„“") {
			return q, f.nom, true
		}
	}
	return 0, "", false
}

// nameQuoted gathers the quoted names that a descriptor ("компании
// «Зарубежнефть»") or a legal form ("ООО УК «Металлоинвест»",
// "Акционерным обществом «…»") makes organizations' anywhere in the
// document, so that the name in quotes alone is one before those words
// too ("Глава «Металлоинвеста» … Гендиректор ООО УК «Металлоинвест»"),
// and the legal forms written out before quotes (s.legal).
func (s *orgScan) nameQuoted() {
	v := s.v
	for k, t := range v.toks {
		if t.kind != punct || !v.isPunct(k, "«\"„“") {
			continue
		}
		p := v.prev(k)
		if p < 0 || v.toks[p].kind != word {
			continue
		}
		form, start := "", -1 // the legal form written out before the quote, the longest
		for j, n := p, 0; j >= 0 && n < 4; j, n = v.prev(j), n+1 {
			if q, f, ok := legalFormWords(v, j); ok && q == k {
				form, start = f, j // "Закрытое акционерное общество", not "акционерное общество"
			}
		}
		if form == "" && !descriptorWord(v.low[p]) && !lex.acronym(v.low[p], legalForm) {
			continue
		}
		m, next, ok := s.quotedName(k)
		if !ok {
			continue
		}
		full := m.nom
		switch {
		case m.org != nil:
		case form != "":
			full = form + " " + flatten(v.text[t.start:v.toks[next-1].end]) // "Акционерное общество «…»"
		case lex.acronym(v.low[p], legalForm):
			full = v.text[v.toks[p].start:v.toks[p].end] + " " + v.text[t.start:v.toks[next-1].end] // as OR4 names it
		}
		if form != "" {
			s.legal = append(s.legal, legalAt{start: start, quote: k, name: full})
		}
		if s.named == nil {
			s.named = map[string]string{}
		}
		if _, ok := s.named[normalize.Key(m.nom)]; !ok {
			s.named[normalize.Key(m.nom)] = full
		}
	}
}

// namedAs returns the name of the organization whose quoted name
// nameQuoted gathered is name, as written or in an oblique case of it
// ("Металлоинвеста" → "УК «Металлоинвест»"), or false.
func (s *orgScan) namedAs(name string) (string, bool) {
	k := normalize.Key(name)
	if full, ok := s.named[k]; ok {
		return full, true
	}
	if stem, ok := obliqueStem(k, 4, func(st string) bool { _, ok := s.named[st]; return ok }); ok {
		return s.named[stem], true
	}
	return "", false
}

// orgScan is the state of one document's organization scan.
type orgScan struct {
	v       *tokenView
	g       *gazetteer
	placeAt map[int]int
	// nominal marks the place mentions written in a nominative that
	// differs from the oblique cases ("Китай", not "Китая" or "КНР"):
	// a subject after a name, not part of it ("съезда КПК Китай поднялся").
	nominal map[int]bool
	// known maps the starts of the gazetteer's place mentions to the
	// places' names ("РФ" → Россия).
	known map[int]string
	// legal holds the legal forms written out before a quote, in text
	// order (nameQuoted); nextLegal is the first not before the token at
	// hand.
	legal     []legalAt
	nextLegal int
	// named maps the keys of the quoted names a descriptor or a legal
	// form makes organizations' in the document to those organizations'
	// names (nameQuoted).
	named map[string]string
}

// at recognizes an organization starting at token i and returns it with
// the index of the token after it.
func (s *orgScan) at(i int) (orgMention, int, bool) {
	v := s.v
	t := v.toks[i]
	switch t.kind {
	case word:
	case number:
		if end, ok := domainAt(v, i); ok {
			name := v.text[t.start:v.toks[end].end]
			return orgMention{start: t.start, end: v.toks[end].end, nom: name, rule: "OR1"}, end + 1, true // "24.kg"
		}
		return orgMention{}, 0, false
	case punct:
		// A quoted name alone is an organization's only when the
		// gazetteer knows it («Яблоко») or the document has called it
		// one («Зарубежнефть» after "компании «Зарубежнефть»");
		// «Дискавери» is a shuttle.
		if m, next, ok := s.quotedName(i); ok {
			if m.org == nil {
				full, named := s.namedAs(m.nom)
				switch {
				case named:
					m.nom = full // «Металлоинвеста» of "ООО УК «Металлоинвест»"
				case s.acronymAfter(next) && lex.noun(v.lemma(i+1), headNoun):
					// "оппозиционного "Движения за демократические перемены"
					// (MDC)": a body's name in quotes with its acronym.
					m.nom = normalize.Phrase(m.nom)
				default:
					return orgMention{}, 0, false
				}
			}
			m.rule = "OR2"
			return m, next, true
		}
		return orgMention{}, 0, false
	default:
		return orgMention{}, 0, false
	}
	if end, ok := domainAt(v, i); ok {
		// "Lenta.ru", "NEWSru.com", "© mobi.ru": a site that publishes.
		name := v.text[t.start:v.toks[end].end]
		m := orgMention{start: t.start, end: v.toks[end].end, nom: name, rule: "OR1"}
		if n, ok := s.g.orgs.names[normalize.Key(name)]; ok {
			m.org, m.nom = n.thing, n.nom
		}
		return m, end + 1, true
	}
	if nk := i + 2; nk < len(v.toks) && v.toks[nk].kind == word && isUpper(v.toks[nk].first) && len(v.low[i]) >= 8 {
		if m, next, ok := s.adjectiveMinistry(i); ok {
			return m, next, true
		}
	}
	if !(isUpper(t.first) || !isCyrillic(t.first)) {
		// Known names start with a capital or a Latin letter.
	} else if n, known, ok := s.g.orgs.longest(v, i); ok {
		last := known
		if !isCyrillic(t.first) {
			// "Toyota Motor Corporation", "Nvidia Corp": a longer Latin name.
			if lm, next, ok := s.latinName(i); ok && next-1 > known && lex.latinWord(v.low[next-1], latinSuffix) {
				lm.org, lm.rule = n.thing, "OR3"
				return lm, next, true
			}
		} else {
			// "Совет Федерации РФ", "МЧС России"; "Следственного комитета
			// при прокуратуре"; "Конгресса профсоюзов" is another body.
			last = s.properChain(known, n.thing)
			if nk := v.next(last); nk < len(v.toks) && v.word(nk) == "при" {
				if end, ok := s.complement(nk); ok {
					last = end
				}
			} else if known == i && lex.noun(v.lemma(i), headNoun) {
				last = s.chain(known, v.lemma(i))
			} else if end := s.andGenitives(last); end > last {
				last = s.properChain(end, n.thing) // "... и туризма Азербайджана"
			}
		}
		if nk := v.next(last); nk < len(v.toks) && v.toks[nk].kind == word && romanNumeral(v.tokText(nk)) && singleSpaced(v, last, nk) {
			return orgMention{}, 0, false // "Спутник V": a product named after the name
		}
		m := orgMention{start: t.start, end: v.toks[last].end, org: n.thing, nom: n.nom, rule: "OR3"}
		if last > known {
			// "Министерство экономического развития Монголии" is not the
			// ministry the gazetteer knows by that name.
			m.nom = n.nom + " " + flatten(v.text[v.toks[known].end:v.toks[last].end])
			m.org, m.base = nil, n.thing
			m.placed = placedKey(n.thing.name, s.placeAfter(known, last))
		}
		if m.acronym = acronymOf(n); m.acronym != "" {
			m.bare = last == i
		}
		if last == known && v.isPunct(last+1, "\"»“”") && openQuoteIn(v, i, last) {
			// РИА "Новости": the known name's closing quote.
			m.end = v.toks[last+1].end
			last++
		}
		return m, last + 1, true
	}
	for s.nextLegal < len(s.legal) && s.legal[s.nextLegal].start < i {
		s.nextLegal++
	}
	if s.nextLegal < len(s.legal) && s.legal[s.nextLegal].start == i {
		// "Акционерное общество «Полюс Красноярск»": a legal form
		// written out, as "АО «…»" (found by nameQuoted).
		l := s.legal[s.nextLegal]
		if m, next, ok := s.quotedName(l.quote); ok {
			m.start, m.end, m.nom, m.rule = t.start, v.toks[next-1].end, l.name, "OR4"
			return m, next, true
		}
	}
	if !isUpper(t.first) && isCyrillic(t.first) && !v.isPunct(v.next(i), "«\"„“") && !maybeLowerHead(v.low[i]) {
		// A lower-case word starts a name only as a descriptor before a
		// quote or as a government body: skip the rest cheaply.
		return orgMention{}, 0, false
	}
	if lex.acronym(v.low[i], legalForm) || s.acronymBeforeQuote(i) {
		if m, next, ok := s.quotedName(v.next(i)); ok {
			m.start, m.end = t.start, v.toks[next-1].end // the closing quote too
			if m.org == nil {
				// "ПАО «Полюс»": the legal form is part of the name, unless
				// the company is known by its name alone ("ОАО «Вымпелком»").
				m.nom = v.text[t.start:v.toks[i].end] + " " + v.text[v.toks[v.next(i)].start:v.toks[next-1].end]
			}
			m.rule = "OR4"
			return m, next, true
		}
	}
	if v.isPunct(v.next(i), "«\"„“") && descriptorWord(v.low[i]) {
		if m, next, ok := s.quotedName(v.next(i)); ok {
			m.rule = "OR5"
			return m, next, true
		}
	}
	if nom, ok := agencyCompound(v.low[i]); ok && isUpper(t.first) {
		if _, isPlace := s.placeAt[t.start]; !isPlace {
			return orgMention{start: t.start, end: t.end, nom: capitalizeFirst(nom), rule: "OR13"}, i + 1, true
		}
	}
	if m, next, ok := s.headPhrase(i); ok {
		m.rule = "OR6"
		return m, next, true
	}
	if m, next, ok := s.publication(i); ok {
		m.rule = "OR7"
		return m, next, true
	}
	if !isCyrillic(t.first) {
		m, next, ok := s.latinName(i)
		m.rule = "OR8"
		return m, next, ok
	}
	if m, ok := s.acronym(i); ok {
		m.rule = "OR9"
		// "ВВС США", "МЧС России": a country's body.
		if nk := v.next(i); nk < len(v.toks) && v.toks[nk].kind == word {
			if end, isPlace := s.placeAt[v.toks[nk].start]; isPlace && !s.nominal[v.toks[nk].start] && end == v.toks[nk].end {
				m.end, m.bare = end, false
				m.nom = v.text[m.start:end]
				return m, nk + 1, true
			}
		}
		return m, i + 1, true
	}
	return orgMention{}, 0, false
}

// acronymBeforeQuote reports an acronym no table lists right before a
// quoted name, which it describes as a legal form would: "РКК „Энергия“",
// "РГТРК «Останкино»".
func (s *orgScan) acronymBeforeQuote(i int) bool {
	v := s.v
	if !isUpper(v.toks[i].first) || !isCyrillic(v.toks[i].first) || i+2 >= len(v.toks) || v.toks[i+2].kind != punct || v.next(i) != i+2 || !v.isPunct(i+2, "«\"„") {
		return false
	}
	_, ok := s.acronym(i)
	return ok
}

// agencyRoots are the last parts of the compound names of state bodies
// ("Рос-обр-надзор", "Мос-гор-суд", "Гос-дума"), with the endings of
// their cases; nom is the nominative's ending.
var agencyRoots = []struct {
	root, nom string
	ends      []string
}{
	{"надзор", "", []string{"", "а", "у", "ом", "е"}},
	{"суд", "", []string{"", "а", "у", "ом", "е"}},
	{"избирком", "", []string{"", "а", "у", "ом", "е"}},
	{"стат", "", []string{"", "а", "у", "ом", "е"}},
	{"реестр", "", []string{"", "а", "у", "ом", "е"}},
	{"архив", "", []string{"", "а", "у", "ом", "е"}},
	{"банк", "", []string{"", "а", "у", "ом", "е"}},
	{"дум", "а", []string{"а", "ы", "е", "у", "ой"}},
	{"гварди", "я", []string{"я", "и", "ю", "ей"}},
}

// agencyCompound returns the nominative, in lower case, of a word that is
// a state body's compound name: a prefix of the state, a city or a region
// ("рос", "мос", "гос"), what the body oversees or where ("обр",
// "гор", none), and a root of agencyRoots in one of its cases:
// "рособрнадзором" → "рособрнадзор", "мосгоризбиркому" →
// "мосгоризбирком", "Росгвардии" → "росгвардия". "Россия" and
// "Российский" have no root.
func agencyCompound(w string) (string, bool) {
	if len(w) < 12 || !(strings.HasPrefix(w, "рос") || strings.HasPrefix(w, "мос") || strings.HasPrefix(w, "гос")) {
		return "", false // (the cheap test first: six letters at least)
	}
	for _, r := range agencyRoots {
		for _, end := range r.ends {
			if body, ok := strings.CutSuffix(w, end); ok && strings.HasSuffix(body, r.root) && len(body)-len(r.root) >= len("рос") {
				return body + r.nom, true
			}
		}
	}
	return "", false
}

// acronymAfter reports a bracketed acronym right after the token before
// next: "(МГИМО)", "(MDC)" after a name give it its acronym, and make it
// one.
func (s *orgScan) acronymAfter(next int) bool {
	v := s.v
	k := next
	if k < len(v.toks) && v.toks[k].kind == space && v.toks[k].lines == 0 {
		k++
	}
	if !v.isPunct(k, "(") || k+2 >= len(v.toks) || !v.isPunct(k+2, ")") || v.toks[k+1].kind != word {
		return false
	}
	w := v.tokText(k + 1)
	return utf8.RuneCountInString(w) >= 2 && normalize.IsUpper(w) && !lex.acronym(v.low[k+1], commonAcronym)
}

// openQuoteIn reports whether tokens from to last hold a quote that
// opens and none that closes it: РИА "Новости.
func openQuoteIn(v *tokenView, from, last int) bool {
	open := false
	for k := from; k <= last; k++ {
		if v.toks[k].kind != punct {
			continue
		}
		switch v.tokText(k) {
		case "«", "„":
			open = true
		case "»", "“", "”":
			open = false
		case "\"":
			open = !open
		}
	}
	return open
}

// placeAfter returns the gazetteer's name of the place that runs from the
// token after k to the end of token last, or "": "РФ" of "Минсельхоз
// РФ", "Японии" of "Правительство Японии".
func (s *orgScan) placeAfter(k, last int) string {
	v := s.v
	nk := v.next(k)
	if nk > last || nk >= len(v.toks) {
		return ""
	}
	if end, ok := s.placeAt[v.toks[nk].start]; !ok || end != v.toks[last].end {
		return ""
	}
	return s.known[v.toks[nk].start]
}

// adjectiveMinistry recognizes a place's adjective before a ministry the
// gazetteer knows by a short name ("японского МИДа", "российского
// Минсельхоза"): the adjective says whose ministry it is, as "МИД Японии"
// would, and is part of the name. The mention keeps the known ministry as
// its base only, since it may be another country's.
func (s *orgScan) adjectiveMinistry(i int) (orgMention, int, bool) {
	v := s.v
	nk := i + 2 // (at has seen that it is a capitalized word)
	if v.next(i) != nk || !adjectival(v.low[i]) {
		return orgMention{}, 0, false
	}
	n, known, ok := s.g.orgs.longest(v, nk)
	if !ok || known != nk || !strings.HasPrefix(n.thing.name, "Министерство ") {
		return orgMention{}, 0, false
	}
	place := s.g.names.placeOfAdjective(v.low[i])
	if place == "" || s.properChain(known, n.thing) != known {
		return orgMention{}, 0, false // "российского МИД России" names its country after
	}
	// The adjective's nominative agrees with the noun in the text's case;
	// the short name keeps its own letters ("МИД", not "Мид").
	adjective, _, _ := strings.Cut(normalize.Phrase(v.text[v.toks[i].start:v.toks[nk].end]), " ")
	m := orgMention{start: v.toks[i].start, end: v.toks[nk].end, base: n.thing, rule: "OR12"}
	m.nom = capitalizeFirst(adjective) + " " + n.nom
	m.placed = placedKey(n.thing.name, place)
	return m, nk + 1, true
}

// headPhrase recognizes "[Adj]* Head [genitive chain]": "Японской
// внешнеторговой организации", "Совета КНР по содействию международной
// торговле", and lower-case government bodies before a place
// ("правительства Израиля", "министерства коммерции").
func (s *orgScan) headPhrase(i int) (orgMention, int, bool) {
	v := s.v
	t := v.toks[i]
	upper := isUpper(t.first) && isCyrillic(t.first) && !normalize.IsUpper(v.tokText(i))
	lower := !isUpper(t.first)
	if !upper && !lower {
		return orgMention{}, 0, false
	}
	head := i
	adjectives := 0
	for head < len(v.toks) && v.toks[head].kind == word {
		w := v.low[head]
		if lex.maybeHead(v.fold(head)) && (lex.noun(v.lemma(head), headNoun) || lex.noun(v.lemma(head), partNoun)) {
			if as := normalize.Analyze(w); len(as) > 0 && allPlural(as) {
				return orgMention{}, 0, false // "компании" as a plural is read singular; "компаний" is not
			}
			break
		}
		if w == "и" && adjectives > 0 {
			// "Всемирной продовольственной и сельскохозяйственной
			// организации": adjectives of one case joined.
			if nk, pk := v.next(head), v.prev(head); nk == head+2 && nk < len(v.toks) && v.toks[nk].kind == word && !isUpper(v.toks[nk].first) &&
				adjectival(v.low[nk]) && sameEnding(v.low[pk], v.low[nk]) {
				head = nk
				continue
			}
			return orgMention{}, 0, false
		}
		if !adjectival(w) || head > i && isUpper(v.toks[head].first) && !isCyrillic(v.toks[head].first) {
			return orgMention{}, 0, false
		}
		adjectives++
		nk := v.next(head)
		if nk >= len(v.toks) || nk != head+2 {
			return orgMention{}, 0, false
		}
		head = nk
		if adjectives > 4 {
			return orgMention{}, 0, false
		}
	}
	if head >= len(v.toks) || v.toks[head].kind != word {
		return orgMention{}, 0, false
	}
	if p := v.prev(i); v.isPunct(p, "«\"„“") && !descriptorWord(v.word(v.prev(p))) {
		return orgMention{}, 0, false // a title in quotes: «Синдром второй лиги»
	}
	if s.coveredByPlace(i, head) {
		return orgMention{}, 0, false // "Российской Федерации", "Советского Союза"
	}
	lemma := v.lemma(head)
	if lex.noun(lemma, partNoun) {
		return orgMention{}, 0, false // the organization is the genitive after it
	}
	if lower && adjectives > 0 && isUpper(v.toks[head].first) {
		// "синодального Отдела по взаимоотношениям": a capitalized head
		// makes a name of the adjectives before it; a place's adjective
		// says where the body is ("московский Институт иностранных
		// языков"), and the name starts after it.
		if adjectives == 1 && s.g.names.placeOfAdjective(v.low[i]) != "" && !lex.noun(lemma, govNoun) {
			return orgMention{}, 0, false
		}
		if !caseAgrees(v.low[v.prev(head)], v.low[head]) {
			return orgMention{}, 0, false // "коллективом Театра сатиры": a noun's instrumental, no adjective of it
		}
		lower = false
	}
	if lower && adjectives > 0 && !(adjectives == 1 && s.g.names.placeOfAdjective(v.low[i]) != "" && lex.noun(v.lemma(head), govNoun)) {
		return orgMention{}, 0, false // "российском министерстве финансов" is a name; "новой компании" is not
	}
	if pluralForm(v.low[head]) {
		return orgMention{}, 0, false
	}
	last := s.chain(head, lemma)
	bodyPlace := s.placedBody(i, head, last, lemma)
	switch {
	case lower:
		// "правительства Израиля", "министерства коммерции": a government
		// body named by what follows; "российского министерства финансов"
		// by its adjective too.
		if !lex.noun(lemma, govNoun) {
			return orgMention{}, 0, false
		}
		if last == head && bodyPlace == "" {
			return orgMention{}, 0, false // "правительство" alone
		}
		if lemma != "министерство" && !s.properAt(v.next(head)) && adjectives == 0 {
			return orgMention{}, 0, false
		}
		if lex.noun(lemma, peopleNoun) && (adjectival(v.word(v.prev(i))) || !s.isPlace(v.next(head))) {
			// "региональных властей Китая": authorities, not one body;
			// "делегация ОБСЕ": people of a body, not a body.
			return orgMention{}, 0, false
		}
	case adjectives == 0 && last == head:
		return orgMention{}, 0, false // "Правительство" alone is no name
	case adjectives > 0 && sentenceStart(v, i) && !s.hasProper(i, last) && bodyPlace == "" && !s.acronymAfter(last+1):
		return orgMention{}, 0, false // "Крупная компания ...", "Японская полиция ..."
	}
	m := orgMention{start: t.start, end: v.toks[last].end, nom: s.phraseName(i, last)}
	if lower {
		m.nom = capitalizeFirst(m.nom)
	}
	if q := v.next(head); v.isPunct(last, "»\"“”") && v.isPunct(q, "«\"„") && lex.noun(lemma, descriptorNoun) {
		// "Немецкий автомобильный концерн «Фольксваген»": the known name
		// the descriptor gives in quotes is what later mentions of that
		// name alone join (not "Русская служба «Голоса Америки»", a part).
		if qm, next, ok := s.quotedName(q); ok && qm.org != nil && next == last+1 {
			m.base = qm.org
		}
	}
	switch {
	case adjectives == 0:
		m.placed = placedKey(lemma, s.placeAfter(head, last)) // "Правительство Японии"
	case bodyPlace != "":
		m.placed = placedKey(lemma, bodyPlace) // "японское правительство"
	}
	return m, last + 1, true
}

// caseAgrees reports whether an adjective's ending can be the case of the
// noun after it: "синодального Отдела" (genitive), "синодальному
// Отделу"; not "коллективом Театра", whose "-ом" is a noun's instrumental
// or an adjective's prepositional ("о синодальном Отделе").
func caseAgrees(adj, noun string) bool {
	for _, c := range [...]struct{ adj, nouns []string }{
		{[]string{"ого", "его"}, []string{"а", "я"}},
		{[]string{"ому", "ему"}, []string{"у", "ю"}},
		{[]string{"ом", "ем"}, []string{"е", "и"}},
		{[]string{"ым", "им"}, []string{"ом", "ем", "ём"}},
	} {
		if hasAnySuffix(adj, c.adj) {
			return hasAnySuffix(noun, c.nouns)
		}
	}
	return true // a feminine's or a nominative's ending: many nouns fit
}

// placedBody returns the place of a place's adjective before a
// government body's noun alone, tokens i to last ("японское
// правительство" → Япония), or "": the adjective names the body as a
// genitive would. "китайская делегация" is people, not a body, and
// "японского министерства" says not which one.
func (s *orgScan) placedBody(i, head, last int, lemma string) string {
	if last != head || head != s.v.next(i) || !lex.noun(lemma, govNoun) || lex.noun(lemma, peopleNoun) || lemma == "министерство" {
		return ""
	}
	return s.g.names.placeOfAdjective(s.v.low[i])
}

// chain extends a name from its head over what depends on it: genitives
// ("Министерство экономики, торговли и промышленности Японии"), places
// and acronyms in the genitive, a "по" complement for heads that take
// one, "при" with its noun, "имени" with a name. It returns the last
// token of the name.
func (s *orgScan) chain(head int, lemma string) int {
	v := s.v
	last := head
	k := head
	afterName := false
	for steps := 0; steps < 16; steps++ {
		nk := v.next(k)
		if nk >= len(v.toks) {
			break
		}
		switch tk := v.toks[nk]; {
		case v.isPunct(nk, "«\"„"):
			// "Русской службе «Голоса Америки»": a known name in quotes.
			if m, next, ok := s.quotedName(nk); ok && m.org != nil {
				k, last = next-1, next-1
				continue
			}
		case tk.kind == word && (v.low[nk] == "в" || v.low[nk] == "во") && lex.noun(lemma, abroadNoun):
			// "Генеральное консульство Республики Корея во Владивостоке".
			if pk := v.next(nk); pk < len(v.toks) {
				if _, ok := s.placeAt[v.toks[pk].start]; ok {
					end := s.properEnd(pk)
					k, last = end, end
					continue
				}
			}
		case tk.kind == word && (v.low[nk] == "с" || v.low[nk] == "со") && last == k && k != head:
			// "ассоциация дружбы с зарубежными странами"
			if end, ok := s.instrumental(nk); ok {
				k, last = end, end
				continue
			}
		case tk.kind == word && afterName && last == k && !isUpper(tk.first) && lex.cues[v.lemma(nk)].cue != "" && s.isPlace(v.next(nk)):
			// "Судом Партизанского района города Минска": the place of
			// a place, by its cue.
			end := s.properEnd(v.next(nk))
			k, last = end, end
			continue
		case tk.kind == word && hasDigit(v.tokText(nk)):
			// "Союз ТМА-12": a model, not a name.
		case tk.kind == word && s.properAt(nk):
			end := s.properEnd(nk)
			// After a place, an acronym or a known name only complements
			// go on: "правительству Страны восходящего солнца точных
			// сведений" ends at the country.
			afterName = end > nk || normalize.IsUpper(v.tokText(nk)) || s.isPlace(nk)
			k, last = end, end
			continue
		case tk.kind == word && v.low[nk] == "имени" || v.tokText(nk) == "им" && v.isPunct(v.next(nk), "."):
			if end, ok := s.nameAfter(nk); ok {
				k, last = end, end
				continue
			}
		case tk.kind == word && (v.low[nk] == "по" && lex.noun(lemma, poNoun) && !lex.stop(v.word(v.next(nk)), poStop) || v.low[nk] == "при"):
			if end, ok := s.complement(nk); ok {
				k, last = end, end
				continue
			}
		case tk.kind == word && last == k && lex.noun(lemma, causeNoun) && (v.low[nk] == "за" || v.low[nk] == "против" || v.low[nk] == "в" && v.word(v.next(nk)) == "защиту"):
			// "Движение за демократические перемены", "Движение против
			// нелегальной иммиграции", "Движение в защиту Химкинского леса".
			if end, ok := s.complement(nk); ok {
				k, last = end, end
				continue
			}
		case tk.kind == word && !isUpper(tk.first) && !afterName && !lex.stop(v.low[nk], postStop) && (genitiveLike(v.low[nk]) || genitivePluralAfter(v.low[k], v.low[nk])):
			k, last = nk, nk
			continue
		case tk.kind == word && v.low[nk] == "и" || v.isPunct(nk, ","):
			// "экономики, торговли и промышленности": only between
			// genitives after the head, never last; a comma only in a
			// list that goes on.
			nn := v.next(nk)
			if last == k && k != head && !isUpper(v.toks[k].first) && nn < len(v.toks) && v.toks[nn].kind == word && !isUpper(v.toks[nn].first) && genitiveLike(v.low[nn]) && genitiveLike(v.low[k]) && !lex.noun(v.lemma(nn), headNoun) {
				if v.isPunct(nk, ",") {
					after := v.next(nn)
					if !(v.isPunct(after, ",") || v.word(after) == "и") {
						break
					}
				}
				k = nk
				continue
			}
		}
		break
	}
	return last
}

// sameEnding reports two words that end in the same two letters, as
// adjectives of one case do: "продовольственной и сельскохозяйственной".
func sameEnding(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) > 3 && len(rb) > 3 && string(ra[len(ra)-2:]) == string(rb[len(rb)-2:])
}

// andGenitives extends a known name that ends in a genitive by "и" and
// more genitives in lower case: "Министерство сельского хозяйства и
// пищевой промышленности" is another ministry than the one the gazetteer
// knows. It returns the name's last token.
func (s *orgScan) andGenitives(last int) int {
	v := s.v
	and := v.next(last)
	if and >= len(v.toks) || v.word(and) != "и" || v.toks[last].kind != word || isUpper(v.toks[last].first) || !genitiveLike(v.low[last]) {
		return last
	}
	// Only the genitive singular, which a body's name takes and a list of
	// people does not ("Палаты представителей и сенаторов"), nor another
	// case ("суда и восстанию").
	singular := func(w string) bool {
		return hasAnySuffix(w, []string{"а", "я", "ы", "и"}) && !hasAnySuffix(w, []string{"ия", "ию"})
	}
	adjective := func(w string) bool { return hasAnySuffix(w, []string{"ого", "его", "ой", "ей"}) }
	if !singular(v.low[last]) {
		return last
	}
	end := last
	for k, n := v.next(and), 0; n < 4 && k < len(v.toks) && v.toks[k].kind == word && !isUpper(v.toks[k].first); k, n = v.next(k), n+1 {
		w := v.low[k]
		if lex.stop(w, postStop) || lex.noun(v.lemma(k), headNoun) {
			break
		}
		if adjective(w) {
			continue // an adjective before its noun: "пищевой"
		}
		if singular(w) {
			end = k // the noun: "промышленности", "туризма"
		}
		break
	}
	return end
}

// complement takes "по X Y" or "при X Y" (a noun and its dependents, in
// lower case or proper) and returns its last token.
func (s *orgScan) complement(p int) (int, bool) {
	v := s.v
	k := v.next(p)
	last := -1
	for steps := 0; steps < 16 && k < len(v.toks) && v.toks[k].kind == word; steps++ {
		w := v.low[k]
		if lex.stop(w, postStop) {
			break
		}
		if s.properAt(k) {
			last = s.properEnd(k)
		} else if !isUpper(v.toks[k].first) && (obliqueAfter(v.word(v.prev(k)), w) || w == "и" && last >= 0) {
			if w != "и" {
				last = k
			}
		} else if isUpper(v.toks[k].first) && isCyrillic(v.toks[k].first) && obliqueLike(w) {
			if len(s.g.names.firstNames(v.fold(k))) > 0 {
				break // "… по Москве Юрия Девяткина": the post's holder
			}
			last = k // "при Президенте"
		} else if nk := v.next(k); last >= 0 && (w == "с" || w == "со" || w == "в" || w == "на" || w == "за") && nk < len(v.toks) && !isUpper(v.toks[nk].first) && (obliqueLike(v.low[nk]) || hasAnySuffix(v.low[nk], instrumentalEnds)) {
			// "по координации вопросов работы с молодежью в махаллях",
			// "по контролю за оборотом наркотиков"
		} else {
			break
		}
		if nk := v.next(max(k, last)); last >= 0 && v.isPunct(nk, ",") && s.listGoesOn(nk) {
			// "по надзору в сфере связи, информационных технологий и
			// массовых коммуникаций": a list that ends with "и".
			k = nk
		}
		if last < 0 {
			break
		}
		k = v.next(max(k, last))
	}
	return last, last >= 0
}

// listGoesOn reports a comma in a list of lower-case oblique words that
// ends with "и" and one more of them: "связи, информационных технологий
// и массовых коммуникаций".
func (s *orgScan) listGoesOn(comma int) bool {
	v := s.v
	k := v.next(comma)
	for n := 0; n < 12 && k < len(v.toks); n++ {
		switch {
		case v.isPunct(k, ","):
		case v.toks[k].kind != word || isUpper(v.toks[k].first):
			return false
		case v.low[k] == "и":
			return n > 0 && obliqueLike(v.word(v.next(k)))
		case !obliqueAfter(v.word(v.prev(k)), v.low[k]) || lex.stop(v.low[k], postStop):
			return false
		}
		k = v.next(k)
	}
	return false
}

// nameAfter takes "имени Н.И. Гродекова", "им. Сунь Ятсена".
func (s *orgScan) nameAfter(p int) (int, bool) {
	v := s.v
	k := v.next(p)
	if v.isPunct(k, ".") {
		k = v.next(k)
	}
	last := -1
	for n := 0; n < 8 && k < len(v.toks); n++ {
		t := v.toks[k]
		if t.kind == word && isUpper(t.first) {
			last = k
			if utf8.RuneCountInString(v.tokText(k)) > 1 {
				// A first name goes on to the surname ("Йозефа Бойса",
				// "Людвига ван Бетховена"); the surname ends the name,
				// or a second one after "и" ("Станиславского и
				// Немировича-Данченко", "Кирилла и Мефодия").
				nk := v.next(k)
				if nk < len(v.toks) && v.toks[nk].kind == word && !isUpper(v.toks[nk].first) && (nameParticles[v.low[nk]] || v.low[nk] == "и" && n < 4) {
					if nn := v.next(nk); nn < len(v.toks) && v.toks[nn].kind == word && isUpper(v.toks[nn].first) && utf8.RuneCountInString(v.tokText(nn)) > 1 {
						k = nn
						continue
					}
				}
				if nk == k+2 && nk < len(v.toks) && v.toks[nk].kind == word && isUpper(v.toks[nk].first) && n < 2 {
					k = nk
					continue
				}
				break
			}
			// An initial: "Н.И. Гродекова", "А.В.Александрова".
			k = v.next(k)
			if v.isPunct(k, ".") {
				k = v.next(k)
			}
			continue
		}
		break
	}
	return last, last >= 0
}

// properAt reports a proper name in a chain: a place, an organization
// the gazetteer knows, an acronym, or a capitalized genitive noun.
func (s *orgScan) properAt(k int) bool {
	v := s.v
	if k >= len(v.toks) || v.toks[k].kind != word || !isUpper(v.toks[k].first) {
		return false
	}
	if _, ok := s.placeAt[v.toks[k].start]; ok {
		return !s.nominal[v.toks[k].start]
	}
	if !isCyrillic(v.toks[k].first) {
		return false // "компании Samsung": a Latin name stands apart
	}
	if _, _, ok := s.g.orgs.longest(v, k); ok {
		return true
	}
	w := v.tokText(k)
	if normalize.IsUpper(w) && utf8.RuneCountInString(w) >= 2 && isCyrillic(v.toks[k].first) {
		return true // КНР, РФ, КПК
	}
	if !isCyrillic(v.toks[k].first) {
		return false
	}
	// "Совета Федерации": a capitalized head noun; "Всекитайской
	// федерации": a capitalized adjective before a lower-case genitive.
	// Other capitalized words are people's names ("организации Сасаки").
	if !genitiveLike(v.low[k]) || isInitial(v, k) {
		return false
	}
	if lex.noun(v.lemma(k), headNoun) || compoundHead(v.low[k]) {
		return true // "Совета Федерации", "Нацполиции"
	}
	nk := v.next(k)
	return adjectival(v.low[k]) && nk < len(v.toks) && v.toks[nk].kind == word && !isUpper(v.toks[nk].first) && genitiveLike(v.low[nk])
}

// compoundHead reports a word that ends in a head noun's form after a
// stem of two to six letters: "Нацполиции", "Облдумы".
func compoundHead(w string) bool {
	for i, n := 0, 0; i < len(w) && n < 6; n++ {
		_, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if rest := w[i:]; n >= 1 && utf8.RuneCountInString(rest) >= 4 && lex.maybeHead(rest) && lex.noun(normalize.NounLemma(rest), headNoun) {
			return true
		}
	}
	return false
}

// properEnd returns the last token of the proper name at k.
func (s *orgScan) properEnd(k int) int {
	v := s.v
	if end, ok := s.placeAt[v.toks[k].start]; ok {
		for j := k; j < len(v.toks); j++ {
			if v.toks[j].end == end {
				return j
			}
		}
	}
	if _, last, ok := s.g.orgs.longest(v, k); ok {
		return last
	}
	return k
}

// hasProper reports a capitalized word among tokens from+1..last.
func (s *orgScan) hasProper(from, last int) bool {
	for k := from + 1; k <= last; k++ {
		if s.v.toks[k].kind == word && isUpper(s.v.toks[k].first) {
			return true
		}
	}
	return false
}

// phraseName writes tokens i..last as a name in the nominative.
func (s *orgScan) phraseName(i, last int) string {
	v := s.v
	if v.lemma(i) == "сборная" {
		// "сборной России" → "сборная России": Phrase would take the
		// adjective for one.
		rest := ""
		if last > i {
			rest = " " + flatten(strings.TrimSpace(v.text[v.toks[i].end:v.toks[last].end]))
		}
		return "сборная" + rest
	}
	return normalize.Phrase(flatten(v.text[v.toks[i].start:v.toks[last].end]))
}

// quotedName recognizes «Name» (after a descriptor the caller checked, or
// alone when the gazetteer knows the name) and returns the name without
// its quotes.
func (s *orgScan) quotedName(q int) (orgMention, int, bool) {
	v := s.v
	if q >= len(v.toks) || !v.isPunct(q, "«\"„“") {
		return orgMention{}, 0, false
	}
	open := v.tokText(q)
	closeMarks := "»\"“”"
	if open == "\"" {
		closeMarks = "\""
	}
	first := q + 1
	if first >= len(v.toks) || v.toks[first].kind != word || !isUpper(v.toks[first].first) {
		return orgMention{}, 0, false
	}
	// The name ends at the closing quote within a few words.
	k := first
	for n := 0; n < 8 && k < len(v.toks); n++ {
		if v.isPunct(k, closeMarks) {
			break
		}
		if v.toks[k].kind == space && v.toks[k].lines > 0 || v.isPunct(k, ".!?;:") {
			return orgMention{}, 0, false
		}
		k++
	}
	if k >= len(v.toks) || !v.isPunct(k, closeMarks) || k == first {
		return orgMention{}, 0, false
	}
	if p := v.prev(q); p >= 0 && v.low[p] == "далее" || p >= 0 && v.isPunct(p, "—–-") && v.word(v.prev(p)) == "далее" {
		return orgMention{}, 0, false // (далее — «Компания»): a defined term
	}
	start, end := v.toks[first].start, v.toks[k-1].end
	name := flatten(v.text[start:end])
	m := orgMention{start: start, end: end, nom: name}
	if n, ok := s.g.orgs.names[normalize.Key(name)]; ok {
		m.org, m.nom = n.thing, n.nom
	}
	return m, k + 1, true
}

// latinFragments drops the Latin names (OR8) that are part of a longer
// Latin phrase with words in lower case on the same line: a title or a
// sentence («Such a Shame», «Living in Another World»), not a name of its
// own; and the tagger's Latin names with such a word inside them. It runs
// after the tagger, which reads the rules' names as they were when it was
// trained.
func latinFragments(v *tokenView, orgs []orgMention) []orgMention {
	kept := orgs[:0]
	for _, m := range orgs {
		i, last := v.tokenAt(m.start), v.tokenAt(m.end-1)
		switch {
		case m.rule == "OR8" && lowerLatinBeside(v, i, last):
			continue
		case m.rule == "TG2" && i < len(v.toks) && isLatinWord(v.tokText(i)) && (lowerLatinBeside(v, i, last) || lowerLatinInside(v, i, last)):
			continue // the tagger's «Such a Shame»
		case (m.rule == "OR8" || m.rule == "TG2") && m.org == nil && i < len(v.toks) && isLatinWord(v.tokText(i)) && productBefore(v, i):
			continue // "игр FarmVille и CityVille": a product's name
		}
		kept = append(kept, m)
	}
	return kept
}

// productNouns name works and programs whose Latin names after them are
// their titles, no organization's: "игры CityVille", "приложения
// TikTok Lite". (Not the nouns of music, devices, vehicles or drugs,
// which take their maker's name as often: "альбом The Prodigy",
// "самолёт Boeing", "вакцина Pfizer".)
var productNouns = map[string]bool{
	"игра": true, "фильм": true, "мультфильм": true, "сериал": true, "книга": true, "роман": true,
	"приложение": true, "браузер": true, "шоу": true, "спектакль": true, "мюзикл": true,
}

// productBefore reports a product noun right before the Latin name at
// token i, or before the Latin name and "и" or a comma that come first
// in its list: "игр FarmVille и CityVille".
func productBefore(v *tokenView, i int) bool {
	p := v.prev(i)
	for n := 0; n < 4 && p >= 0 && (v.word(p) == "и" || v.isPunct(p, ",")); n++ {
		q := v.prev(p)
		for q >= 0 && v.toks[q].kind == word && isLatinWord(v.tokText(q)) {
			q = v.prev(q)
		}
		p = q
	}
	return p >= 0 && v.toks[p].kind == word && productNouns[foldYo(normalize.NounLemma(v.low[p]))]
}

// latinJoiners are the lower-case words inside Latin names of
// organizations: "Bank of China", "Banco de la Nación".
var latinJoiners = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "de": true, "del": true, "la": true, "le": true,
	"du": true, "des": true, "der": true, "und": true, "van": true, "von": true, "y": true, "e": true, "di": true, "da": true,
}

// lowerLatinInside reports a Latin word in lower case between tokens i
// and last that joins no name's parts: "a" in «Such a Shame».
func lowerLatinInside(v *tokenView, i, last int) bool {
	for k := i + 1; k < last && k < len(v.toks); k++ {
		if v.toks[k].kind == word && isLatinWord(v.tokText(k)) && !isUpper(v.toks[k].first) && !latinJoiners[v.low[k]] {
			return true
		}
	}
	return false
}

// lowerLatinBeside reports a Latin word in lower case right before token
// i or right after token last, on the same line.
func lowerLatinBeside(v *tokenView, i, last int) bool {
	lower := func(k int) bool {
		return k >= 0 && k < len(v.toks) && v.toks[k].kind == word && isLatinWord(v.tokText(k)) && !isUpper(v.toks[k].first)
	}
	p := v.prev(i)
	return p == i-2 && lower(p) || lower(v.next(last))
}

// latinName recognizes a run of capitalized Latin words ("LG
// Electronics", "Industrial and Commercial Bank of China", "Dow Jones
// Newswire") that names an organization: not a product word, not a Roman
// numeral, not a Latin name in parentheses after a Russian one.
func (s *orgScan) latinName(i int) (orgMention, int, bool) {
	v := s.v
	reported := reportingVerbs[v.word(v.prev(i))]
	if !isLatinWord(v.tokText(i)) || !isUpper(v.toks[i].first) && !reported {
		return orgMention{}, 0, false // "сообщает xinhuanet": a source in lower case
	}
	if inLatinParens(v, i) {
		return orgMention{}, 0, false // a Latin form of the name before it
	}
	last := i
	k := i
	for n := 0; n < 8; n++ {
		nk := v.next(k)
		if nk < len(v.toks) && v.toks[nk].kind == word && isLatinWord(v.tokText(nk)) {
			w := v.low[nk]
			if isUpper(v.toks[nk].first) || lex.latinWord(w, latinSuffix) {
				k, last = nk, nk
				continue
			}
			if w == "and" || w == "of" || w == "de" || w == "und" || w == "&" {
				nn := v.next(nk)
				if nn < len(v.toks) && v.toks[nn].kind == word && isLatinWord(v.tokText(nn)) && isUpper(v.toks[nn].first) {
					k = nk
					continue
				}
			}
		}
		if v.isPunct(nk, "&") {
			k = nk
			continue
		}
		if nk < len(v.toks) && v.toks[nk].kind == number {
			// "Nord Stream 2 AG": a number inside a Latin name, with a
			// Latin word after it.
			nn := v.next(nk)
			if nn < len(v.toks) && v.toks[nn].kind == word && isLatinWord(v.tokText(nn)) && (isUpper(v.toks[nn].first) || lex.latinWord(v.low[nn], latinSuffix)) {
				k = nk
				continue
			}
		}
		break
	}
	if nk := v.next(last); last > i && nk == last+2 && nk < len(v.toks) && v.toks[nk].kind == number && isDigits(v.tokText(nk)) && len(v.tokText(nk)) <= 3 {
		// "Nord Stream 2": a number that ends a name of several Latin
		// words, not one that counts what follows ("Ryanair Holdings 5
		// самолётов", "Royal Dutch 3 млрд").
		after := v.next(nk)
		percent := after < len(v.toks) && v.toks[after].percent() // "Samsung Electronics 20%"
		if !percent && (after >= len(v.toks) || v.toks[after].kind != word || !v.known(after) && !numeralAt(v, after)) {
			last = nk
		}
	}
	words := strings.Fields(v.text[v.toks[i].start:v.toks[last].end])
	if len(words) > 6 {
		return orgMention{}, 0, false // an English sentence
	}
	if len(words) == 1 {
		w := v.low[i]
		if lex.latinWord(w, latinStop) || romanNumeral(v.tokText(i)) || utf8.RuneCountInString(w) < 2 || hasDigit(w) {
			return orgMention{}, 0, false
		}
	}
	if lex.latinWord(v.low[i], latinStop) && !(v.low[i] == "the" && last > i) {
		return orgMention{}, 0, false
	}
	for _, w := range strings.Fields(strings.ToLower(v.text[v.toks[i].start:v.toks[last].end])) {
		if lex.latinWord(w, latinEvent) {
			return orgMention{}, 0, false // "Corus Chess Tournament"
		}
	}
	if v.isPunct(v.next(last), ":") || v.isPunct(v.prev(i), ":") && len(words) == 1 && normalize.IsUpper(words[0]) {
		return orgMention{}, 0, false // a ticker: "LSE: PLZL"
	}
	first := i
	if d := gluedDigits(v, i); d >= 0 {
		first = d // "3Com", "4Kids": the digits are part of the name
	}
	start := v.toks[first].start
	name := flatten(v.text[start:v.toks[last].end])
	m := orgMention{start: start, end: v.toks[last].end, nom: name}
	if n, ok := s.g.orgs.names[normalize.Key(name)]; ok {
		m.org, m.nom = n.thing, n.nom
		return m, last + 1, true
	}
	switch {
	case len(words) == 1 && normalize.IsUpper(name):
		m.acronym, m.bare = name, true // "DST", "CNSA"
	case len(words) == 1 && !lex.latinWord(strings.ToLower(name), latinSuffix):
		// One capitalized word is a brand or a product: an organization
		// only after a word that says so ("компании Vestas"), or where
		// the document says so elsewhere.
		m.weak = !descriptorWord(v.word(v.prev(first))) && !reported
	case len(words) > 1 && !descriptorWord(v.word(v.prev(first))) && !reported:
		// Several words are a company's name when one of them says so
		// ("Dow Jones Newswire", "World Fashion Channel"); "The IT Crowd"
		// and "Angry Birds" are titles.
		org := false
		for _, w := range words {
			w = strings.ToLower(strings.Trim(w, ".,"))
			org = org || lex.latinWord(w, latinSuffix) || lex.latinWord(w, latinOrg)
		}
		if !org {
			m.weak, m.title = true, true
		}
	}
	return m, last + 1, true
}

// descriptorWord reports whether a lower-case word is a form of a
// descriptor noun (org_nouns.tsv), which makes the name after it an
// organization's: "партии", "стартапа", and the forms in "-е" that
// NounLemma leaves alone, as a masculine or a feminine noun's
// ("лейбле", "холдинге", "газете"), and compounds by their last part
// ("хедж-фонде").
func descriptorWord(w string) bool {
	lemma := normalize.NounLemma(w)
	if lex.noun(lemma, descriptorNoun) {
		return true
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 && h < len(w)-1 {
		if tail := normalize.NounLemma(w[h+1:]); tail != w[h+1:] {
			lemma = w[:h+1] + tail
			if lex.noun(lemma, descriptorNoun) {
				return true
			}
		}
	}
	if stem, ok := strings.CutSuffix(lemma, "е"); ok && lemma == w {
		return lex.noun(stem, descriptorNoun) || lex.noun(stem+"а", descriptorNoun)
	}
	return false
}

// numeralAt reports a number word or a multiplier at token k ("млн").
func numeralAt(v *tokenView, k int) bool {
	_, _, ok := v.numeral(k)
	return ok
}

// gluedDigits returns the number token written right before the Latin
// word at i, as in "3Com" or "4Kids", or -1: the digits must stand at a
// word's start, and the word must have three letters or more with one in
// lower case, so that "3D", "5G" and "4K" stay what they are.
func gluedDigits(v *tokenView, i int) int {
	d := i - 1
	if d < 0 || v.toks[d].kind != number || v.toks[d].end != v.toks[i].start {
		return -1
	}
	if d > 0 && v.toks[d-1].kind != space && v.toks[d-1].kind != punct {
		return -1
	}
	w := v.tokText(i)
	if utf8.RuneCountInString(w) < 3 || normalize.IsUpper(w) || !isDigits(v.tokText(d)) {
		return -1
	}
	return d
}

// acronym recognizes an acronym in Cyrillic capitals that names no place
// and no common noun: "ФИДЕ", "ДПНИ", "СКМТ", "ИТАР-ТАСС".
func (s *orgScan) acronym(i int) (orgMention, bool) {
	v := s.v
	w := v.tokText(i)
	if len(w) < 2 || len(w) > 8*utf8.UTFMax || !normalize.IsUpper(w) {
		return orgMention{}, false // (the cheap tests first: most words are no acronym)
	}
	if n := utf8.RuneCountInString(w); n < 2 || n > 8 || hasDigit(w) {
		return orgMention{}, false
	}
	if _, ok := s.placeAt[v.toks[i].start]; ok || lex.acronym(v.low[i], commonAcronym) || romanNumeral(w) {
		return orgMention{}, false
	}
	nk, pk := v.next(i), v.prev(i)
	if v.isPunct(nk, ".«\"(") {
		nk = v.next(nk) // "СМ. НИЖЕ", "НИЖЕ «ОГРАНИЧЕНИЯ»"
	}
	if v.isPunct(pk, ".") {
		pk = v.prev(pk) // "(СМ. НИЖЕ"
	}
	for _, k := range []int{nk, pk} {
		if k >= 0 && k < len(v.toks) && v.toks[k].kind == word && normalize.IsUpper(v.tokText(k)) && utf8.RuneCountInString(v.tokText(k)) > 1 {
			if _, isPlace := s.placeAt[v.toks[k].start]; !isPlace {
				return orgMention{}, false // a line in capitals: "СМ. НИЖЕ"
			}
		}
	}
	return orgMention{start: v.toks[i].start, end: v.toks[i].end, nom: w, acronym: w, bare: true}, true
}

// parenthesized reads "(СКМТ)" or "(Industrial and Commercial Bank of
// China)" right after a name: an acronym whose letters the name's words
// begin with, in order, or a Latin name, or both ("(King's College
// London, KCL)"). It returns the token after the closing bracket and the
// spans of the names in brackets when it took them; next and none when
// not.
func (s *orgScan) parenthesized(m *orgMention, next int) (int, []textSpan) {
	v := s.v
	after, inner := s.bracketed(next)
	if after == next {
		return next, nil
	}
	text := v.text[inner.start:inner.end]
	if latin, acronym, ok := strings.Cut(text, ", "); ok && latin != "" && m.latin == "" && m.acronym == "" && !strings.Contains(acronym, " ") &&
		utf8.RuneCountInString(acronym) > 1 && normalize.IsUpper(acronym) && isLatinWord(strings.Fields(latin)[0]) && latinLike(latin) && !normalize.IsUpper(latin) && !strings.ContainsAny(latin, ",:") {
		// "(King’s College London, KCL)", "(Rassemblement pour le Mali,
		// RPM)": the name in its language and its acronym.
		m.latin, m.acronym = latin, acronym
		split := inner.start + len(latin)
		return after, []textSpan{{inner.start, split}, {split + len(", "), inner.end}}
	}
	if !s.bracketedName(m, next, text) {
		return next, nil
	}
	return after, []textSpan{inner}
}

// textSpan is a span of the text, in bytes.
type textSpan struct{ start, end int }

// bracketed finds a bracket right after token next that closes on the
// same line within 16 tokens, and returns the token after it and the
// span of what it holds without the spaces around; next when there is
// none.
func (s *orgScan) bracketed(next int) (int, textSpan) {
	v := s.v
	open := next
	if open < len(v.toks) && v.toks[open].kind == space && v.toks[open].lines == 0 {
		open++
	}
	if !v.isPunct(open, "(") {
		return next, textSpan{}
	}
	close := open + 1
	for close < len(v.toks) && close < open+16 && !v.isPunct(close, ")") {
		if v.toks[close].kind == space && v.toks[close].lines > 0 {
			return next, textSpan{}
		}
		close++
	}
	if !v.isPunct(close, ")") || close == open+1 {
		return next, textSpan{}
	}
	raw := v.text[v.toks[open].end:v.toks[close].start]
	inner := strings.TrimSpace(raw)
	if inner == "" {
		return next, textSpan{} // "( )"
	}
	start := v.toks[open].end + len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
	return close + 1, textSpan{start, start + len(inner)}
}

// bracketedName reads what the bracket after token next holds, inner, as
// the acronym or the Latin name of m, and reports whether it is one.
func (s *orgScan) bracketedName(m *orgMention, next int, inner string) bool {
	v := s.v
	open := next
	if v.toks[open].kind == space {
		open++
	}
	_, innerPlace := s.placeAt[v.toks[open+1].start]
	switch {
	case m.acronym == "" && normalize.IsUpper(inner) && !strings.Contains(inner, " ") && isCyrillicName(inner) && !innerPlace && !lex.acronym(normalize.Lower(inner), commonAcronym):
		// "(СКМТ)"; also an acronym of the name in another language:
		// "Министерство здравоохранения (МОЗ)".
		if _, _, known := s.g.orgs.longest(v, open+1); known && !initialsMatch(inner, m.nom) {
			return false
		}
		m.acronym = inner
	case m.latin == "" && isLatinWord(strings.Fields(inner)[0]) && !strings.Contains(inner, ":") && latinLike(inner) && !normalize.IsUpper(inner):
		m.latin = inner
	case m.acronym == "" && normalize.IsUpper(inner) && isLatinWord(inner) && !strings.Contains(inner, " "):
		m.acronym = inner // "(CNSA)", "(JETRO)"
	default:
		return false
	}
	return true
}

// domainAt recognizes a domain name written as words and periods:
// "mobi.ru", "NEWSru.com", "24.kg" (from its first word).
func domainAt(v *tokenView, i int) (int, bool) {
	k := i
	dots := 0
	for k+2 < len(v.toks) && dots < 4 && v.isPunct(k+1, ".") && v.toks[k+2].kind == word {
		k += 2
		dots++
	}
	if dots == 0 {
		return 0, false
	}
	switch v.low[k] {
	case "ru", "com", "net", "org", "kg", "kz", "uz", "by", "ua", "cn", "info", "su", "ру", "eu", "tv", "doc":
		return k, true
	}
	return 0, false
}

// inLatinParens reports a Latin word inside brackets that hold only Latin
// words: "(Liu Jiayi)".
func inLatinParens(v *tokenView, i int) bool {
	k := i
	for n := 0; n < 8; n++ {
		p := v.prev(k)
		if p >= 0 && v.toks[p].kind == word && isLatinWord(v.tokText(p)) {
			k = p
			continue
		}
		return v.isPunct(p, "(")
	}
	return false
}

// properChain extends a name the gazetteer knows over the places and
// acronyms after it ("Совет Федерации РФ"), never over common words.
func (s *orgScan) properChain(last int, org *gazOrg) int {
	v := s.v
	for n := 0; n < 3; n++ {
		nk := v.next(last)
		if nk >= len(v.toks) || v.toks[nk].kind != word || hasDigit(v.tokText(nk)) {
			break
		}
		if o, _, ok := s.g.orgs.longest(v, nk); ok && o.thing == org {
			break // "Международной федерации футбола ФИФА": the acronym is a mention of its own
		}
		if isInitial(v, nk) {
			break // "ИТАР-ТАСС С.Иванов"
		}
		if _, ok := s.placeAt[v.toks[nk].start]; ok && s.nominal[v.toks[nk].start] || !ok && !(normalize.IsUpper(v.tokText(nk)) && isCyrillic(v.toks[nk].first) && !lex.acronym(v.low[nk], commonAcronym)) {
			break
		}
		last = s.properEnd(nk)
	}
	return last
}

// coveredByPlace reports whether a place mention covers tokens i..head:
// the phrase is a place's name.
func (s *orgScan) coveredByPlace(i, head int) bool {
	end, ok := s.placeAt[s.v.toks[i].start]
	return ok && end >= s.v.toks[head].end
}

// camelSplit writes a name in lower case with a space before every
// capital inside a word: "Мобильные ТелеСистемы" → "мобильные теле системы".
func camelSplit(name string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range name {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
		prev = r
	}
	return b.String()
}

// instrumentalEnds end instrumental forms of nouns and adjectives;
// nounInstrumentalEnds only nouns'.
var (
	instrumentalEnds     = []string{"ами", "ями", "ыми", "ими", "ой", "ей", "ом", "ем", "ым", "им", "ью"}
	nounInstrumentalEnds = []string{"ами", "ями", "ией"}
)

// instrumental takes "с" and up to three lower-case words after it that
// end in the instrumental, the last a noun ("с зарубежными странами").
func (s *orgScan) instrumental(p int) (int, bool) {
	v := s.v
	k, last := v.next(p), -1
	for n := 0; n < 3 && k < len(v.toks) && v.toks[k].kind == word && !isUpper(v.toks[k].first); n++ {
		w := v.low[k]
		if !hasAnySuffix(w, instrumentalEnds) {
			break
		}
		last = k
		k = v.next(k)
	}
	// The last word is the noun: "-ами", "-ией" ("с коррупцией") and
	// "-ью" ("с молодёжью") are no adjective's.
	if last < 0 || adjectival(v.low[last]) && !hasAnySuffix(v.low[last], nounInstrumentalEnds) {
		return 0, false
	}
	return last, true
}

// maybeLowerHead reports a lower-case word that may start a name; it is a
// cheap test that spares the rest of the scan most words.
func maybeLowerHead(w string) bool {
	if len(w) < 8 {
		return false
	}
	return lex.lowerHeads[prefix8(w)] // four Cyrillic letters
}

// nominativePlace reports a place mention in a nominative that declines:
// "Китай" (not "Китая"), but not "КНР", "Токио" or "США", which never
// change.
func nominativePlace(surface, nom string) bool {
	if surface != nom && normalize.Key(surface) != normalize.Key(nom) || normalize.IsUpper(surface) {
		return false
	}
	return !strings.ContainsRune("оеиуюэы", lastRune(normalize.Lower(nom)))
}

// isPlace reports a place mention starting at token k.
func (s *orgScan) isPlace(k int) bool {
	if k < 0 || k >= len(s.v.toks) {
		return false // the text's end
	}
	_, ok := s.placeAt[s.v.toks[k].start]
	return ok
}

// articleWords name a piece of writing; a capitalized name after them is
// the publication's: "в статье Частного корреспондента", "в материале
// Коммерсанта".
var articleWords = map[string]bool{
	"статье": true, "статьи": true, "статья": true, "материале": true, "материала": true,
	"публикации": true, "колонке": true, "номере": true, "выпуске": true,
}

// publication recognizes the publication named after an article word.
func (s *orgScan) publication(i int) (orgMention, int, bool) {
	v := s.v
	t := v.toks[i]
	if !isUpper(t.first) || !isCyrillic(t.first) || normalize.IsUpper(v.tokText(i)) || !articleWords[v.word(v.prev(i))] {
		return orgMention{}, 0, false
	}
	if _, ok := s.placeAt[t.start]; ok || surnameLike(v.tokText(i)) {
		return orgMention{}, 0, false // "в статье Иванова": an author
	}
	last := i
	if nk := v.next(i); adjectival(v.low[i]) && nk == i+2 && nk < len(v.toks) && v.toks[nk].kind == word && !isUpper(v.toks[nk].first) {
		last = nk // "Частного корреспондента"
	}
	return orgMention{start: t.start, end: v.toks[last].end, nom: s.phraseName(i, last)}, last + 1, true
}

// acronymOf returns the organization's acronym when the name found is it.
func acronymOf(n named[*gazOrg]) string {
	if n.thing.acronym != "" && normalize.Key(n.nom) == normalize.Key(n.thing.acronym) {
		return n.thing.acronym
	}
	return ""
}
