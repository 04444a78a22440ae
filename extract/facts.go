package extract

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/lexicon"
)

// The fact recognizer: what the text says happened or holds between the
// entities it names (contract 2's facts). It runs after resolution, on
// the finished lists, and reads each clause of a sentence for the words
// that name a fact (fact_triggers.tsv) and the people, organizations,
// places, dates and figures around them.
//
// Its rules:
//
//	FA1  a meeting or talks with their parties: "посол Италии ... встретился с
//	     заместителем министра ... Налбандовым", "семинар ... между Японией и
//	     Шаньдуном"; the places after в/на are where, the dates when
//	FA2  a meeting's noun with fewer than two parties of its own tells more of
//	     the last meeting: "Семинар проходил 30 июля ... в Цзинане, Токио и Осаке"
//	FA3  one person receives another: "Барак Обама принимает в Белом доме ...
//	     Николя Саркози"
//	FA4  who organizes a meeting: "Шаньдунское подразделение СКМТ обеспечило
//	     безупречную организацию мероприятия"
//	FA5  a deal with its parties, its figure (the amount, or how many
//	     agreements) and date: "Министерство коммерции КНР и Министерство
//	     экономического развития Монголии подписали ... меморандум"
//	FA6  a deal whose clause names no party but a meeting, or the sides, has
//	     the last meeting's parties: "Мероприятие принесло ... 17
//	     соглашений", "Стороны подписали соглашение"
//	FA7  ownership, the property first: "Digital Sky Technologies,
//	     принадлежащая Юрию Мильнеру", "дочерняя компания"
//	FA8  ownership, the owner first: "X владеет Y", "X контролирует Y"
//	FA9  ownership by a noun of the owner: "основатель MySQL Майкл Видениус",
//	     "совладелец креативного агентства Kollektiv"
//	FA10 an appointment or resignation with the person and the post:
//	     "назначен министром", "ушёл в отставку"
//	FA11 who bought an organization owns it: "Bayer, который приобрёл Monsanto"
//	FA12 a deal's noun with no party tells the figure of the last deal:
//	     "Сумма сделки составила 12 млн долларов"
//
// A fact is planned when its verb is future ("подпишут", "встретятся") or
// its clause has a word of the future (future_markers.tsv: "состоится",
// "планирует"), and negated when "не" stands right before its trigger or
// the trigger's verb ("не подписали соглашение").

// frame is where a trigger's arguments stand (fact_triggers.tsv).
type frame uint8

const (
	frameEvent frame = iota
	frameBack
	frameParties
	frameBuys
	frameHost
	frameOrganizer
	frameOwned
	frameOwns
	frameOwner
	framePost
	frameAppoints
)

var frameNames = map[string]frame{
	"event": frameEvent, "back": frameBack, "parties": frameParties, "buys": frameBuys, "host": frameHost, "organizer": frameOrganizer,
	"owned": frameOwned, "owns": frameOwns, "owner": frameOwner, "post": framePost, "appoints": frameAppoints,
}

// trigger is what a word that names a fact says.
type trigger struct {
	typ      entities.FactType
	kind     string
	frame    frame
	with     []string // stems one of the next words must start with
	withPost bool     // a post noun must follow
	planned  bool     // the form is future
	noun     bool     // the word is a noun (its verb may stand before it)
	// participle is an active participle, whose phrase stands between
	// commas inside another clause ("X, принадлежащая Y, купила Z").
	participle bool
}

// triggerEndings are the ending classes of fact_triggers.tsv.
var triggerEndings = map[string][]string{
	"m":    {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"},
	"ts":   {"а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах"},
	"soft": {"ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"},
	"f":    {"а", "ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах", ""},
	"fs":   {"ь", "и", "ью", "ей", "ям", "ями", "ях"},
	"ia":   {"ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях"},
	"ie":   {"ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"},
	"pl":   {"ы", "ов", "ам", "ами", "ах"},
	"past": {"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"},
	"pres": {"ет", "ут", "ют", "ит", "ат", "ят", "ется", "утся", "ются", "ится", "атся", "ятся"},
	"inf":  {"ть", "ться"},
	"pass": {"н", "на", "но", "ны", "нный", "нная", "нное", "нные", "нного", "нной", "нному", "нным", "нных", "нную", "нными"},
	"act":  {"щий", "щая", "щее", "щие", "щего", "щей", "щему", "щим", "щих", "щую", "щими"},
	"adj":  {"ий", "яя", "ее", "ие", "его", "ей", "ему", "им", "их", "юю", "ими", "ем"},
}

// nounClasses are the ending classes of nouns.
var nounClasses = map[string]bool{"m": true, "ts": true, "soft": true, "f": true, "fs": true, "ia": true, "ie": true, "pl": true}

// triggerTable holds the forms of fact_triggers.tsv (folded: ё as е) and
// a bitset of their first and last two letters and lengths, which
// answers most words without the map.
type triggerTable struct {
	forms  map[string]*trigger
	starts [1 << 14 / 64]uint64
}

// startBit returns the place in triggerTable.starts of a word of four
// bytes or more: its first four and last four bytes and its length.
func startBit(w string) (int, uint64) {
	a := binary.LittleEndian.Uint32([]byte(w[:4]))
	b := binary.LittleEndian.Uint32([]byte(w[len(w)-4:]))
	h := (a*2654435761 ^ b*2246822519 ^ uint32(len(w))*3266489917) >> 18
	return int(h >> 6), 1 << (h & 63)
}

// lookup returns what the word token at k names, or nil.
func (t *triggerTable) lookup(v *tokenView, k int) *trigger {
	w := v.low[k]
	if len(w) < 4 {
		return nil
	}
	if strings.Contains(w, "ё") {
		w = v.fold(k)
	}
	if i, b := startBit(w); t.starts[i]&b == 0 {
		return nil
	}
	return t.forms[w]
}

// factTriggers reads fact_triggers.tsv.
var factTriggers = sync.OnceValues(func() (*triggerTable, error) {
	tab, err := lexicon.Load("fact_triggers.tsv")
	if err != nil {
		return nil, err
	}
	tt := &triggerTable{forms: map[string]*trigger{}}
	m := tt.forms
	for _, r := range tab.Rows {
		t := &trigger{typ: entities.FactType(r.Fields[1]), kind: r.Fields[2]}
		switch t.typ {
		case entities.Meeting, entities.Deal, entities.Ownership, entities.Appointment, entities.Resignation:
		default:
			return nil, tab.Errorf(r, "unknown type %q", r.Fields[1])
		}
		if (t.kind != "") != (t.typ == entities.Deal) {
			return nil, tab.Errorf(r, "kind %q for type %s", t.kind, t.typ)
		}
		f, ok := frameNames[r.Fields[3]]
		if !ok {
			return nil, tab.Errorf(r, "unknown frame %q", r.Fields[3])
		}
		t.frame = f
		switch w := r.Fields[4]; w {
		case "":
		case "@post":
			t.withPost = true
		default:
			t.with = strings.Split(w, "|")
		}
		switch r.Fields[5] {
		case "":
		case "planned":
			t.planned = true
		default:
			return nil, tab.Errorf(r, "unknown status %q", r.Fields[5])
		}
		forms := []string{r.Fields[0]}
		t.noun = true
		if stem, class, ok := strings.Cut(r.Fields[0], "+"); ok {
			ends, ok := triggerEndings[class]
			if !ok {
				return nil, tab.Errorf(r, "unknown ending class %q", class)
			}
			t.noun = nounClasses[class]
			t.participle = class == "act"
			forms = forms[:0]
			for _, e := range ends {
				forms = append(forms, stem+e)
			}
		}
		for _, w := range forms {
			if _, dup := m[w]; dup {
				return nil, tab.Errorf(r, "%q is a form of two triggers", w)
			}
			if len(w) < 4 || strings.Contains(w, "ё") {
				return nil, tab.Errorf(r, "%q: a form of two letters or more, ё written е", w)
			}
			m[w] = t
			i, b := startBit(w)
			tt.starts[i] |= b
		}
	}
	return tt, nil
})

// argument is a mention that can fill a fact's role: a person's,
// organization's or place's mention, a date or a figure.
type argument struct {
	start, end int
	id         string
	kind       byte // 'p', 'o', 'l', 'd', 'f'
	country    bool // a place that can act as a party: a country or a region
	unit       string
	// nested is a mention inside another entity's mention or inside a
	// post ("Турции" in "премьер-министр Турции"): no party of its own.
	nested bool
}

// party reports an argument that can take part in a fact.
func (a *argument) party() bool { return a.kind == 'p' || a.kind == 'o' || a.kind == 'l' }

// factScan reads the facts of one document.
type factScan struct {
	e     *Extractor
	v     *tokenView
	doc   *entities.Document
	trigs *triggerTable
	args  []argument // in text order
	// posts are the spans of the people's posts, with the person's id.
	posts []postSpan
	// postsOf holds the indices in posts of each person's posts; byStart
	// the indices of all in the order of their starts, and longestPost
	// the length of the longest, so that the posts around a word are
	// found without reading them all.
	postsOf     map[string][]int
	byStart     []int
	longestPost int
	// changes holds the index in facts of each appointment and
	// resignation by type, person and status (FA10 tells one once).
	changes map[changeKey]int
	facts   []entities.Fact
	hits    []hit // the words that name facts, in text order
	// found holds, with WithTrace, each trigger that made or added to a
	// fact, with its rule.
	found []entities.Found
	// lastMeeting and lastDeal are the indices in facts of the last
	// meeting and deal, or -1.
	lastMeeting, lastDeal int
	// sources are the organizations the text quotes as its sources.
	sources map[string]bool
}

// changeKey is what makes two appointments or resignations one.
type changeKey struct {
	typ    entities.FactType
	person entities.Arg
	status string
}

type postSpan struct {
	start, end int
	person     string
	pos        *entities.Position
}

// findFacts returns the document's facts and, with WithTrace, their
// triggers with the rules that read them.
func (e *Extractor) findFacts(v *tokenView, doc *entities.Document) ([]entities.Fact, []entities.Found) {
	if len(doc.Sentences) == 0 {
		return []entities.Fact{}, nil
	}
	s := &factScan{e: e, v: v, doc: doc, trigs: e.trigs, lastMeeting: -1, lastDeal: -1, facts: []entities.Fact{}}
	s.findTriggers()
	if len(s.hits) == 0 {
		return s.facts, nil
	}
	s.collect()
	defer func() {
		if cap(s.args) <= maxPooledTokens {
			clear(s.args) // the ids they hold
			args := s.args[:0]
			argsPool.Put(&args)
		}
	}()
	k := 0
	for _, sent := range doc.Sentences {
		for k < len(v.toks) && v.toks[k].start < sent.Start {
			k++
		}
		first := k
		for k < len(v.toks) && v.toks[k].end <= sent.End {
			k++
		}
		if dl := doc.Dateline; dl != nil && first < k && v.toks[first].start < dl.End && v.toks[first].end > dl.Start {
			// The dateline and the dashes after it are no part of a clause.
			for first < k && v.toks[first].start < dl.End {
				first++
			}
			for first < k && (v.toks[first].kind == space || v.toks[first].dash() || v.isPunct(first, "-")) {
				first++
			}
		}
		if len(s.hitsIn(first, k)) > 0 {
			s.sentence(first, k)
		}
	}
	return s.facts, s.found
}

// findTriggers lists the words of the text that name a fact.
func (s *factScan) findTriggers() {
	for k, t := range s.v.toks {
		if t.kind == word {
			if tr := s.trigs.lookup(s.v, k); tr != nil {
				s.hits = append(s.hits, hit{k, tr})
			}
		}
	}
}

// hitsIn returns the triggers among tokens [from, to).
func (s *factScan) hitsIn(from, to int) []hit {
	i, _ := slices.BinarySearchFunc(s.hits, from, func(h hit, k int) int { return h.k - k })
	j := i
	for j < len(s.hits) && s.hits[j].k < to {
		j++
	}
	return s.hits[i:j]
}

// collect lists the document's mentions as arguments, in text order.
func (s *factScan) collect() {
	d := s.doc
	n := len(d.Dates) + len(d.Figures)
	for _, p := range d.People {
		n += len(p.Mentions)
	}
	for _, o := range d.Organizations {
		n += len(o.Mentions)
	}
	for _, l := range d.Places {
		n += len(l.Mentions)
	}
	buf := argsPool.Get().(*[]argument)
	if cap(*buf) < n {
		*buf = make([]argument, 0, n)
	}
	s.args = (*buf)[:0]
	for i := range d.People {
		p := &d.People[i]
		for _, m := range p.Mentions {
			s.args = append(s.args, argument{start: m.Start, end: m.End, id: p.ID, kind: 'p'})
		}
		for j := range p.Positions {
			if pos := &p.Positions[j]; pos.End > pos.Start {
				s.posts = append(s.posts, postSpan{pos.Start, pos.End, p.ID, pos})
			}
		}
	}
	for _, o := range d.Organizations {
		for _, m := range o.Mentions {
			s.args = append(s.args, argument{start: m.Start, end: m.End, id: o.ID, kind: 'o'})
		}
	}
	for _, l := range d.Places {
		country := l.Kind == "country" || l.Kind == "province" || l.Kind == "region" || l.Kind == "state"
		for _, m := range l.Mentions {
			s.args = append(s.args, argument{start: m.Start, end: m.End, id: l.ID, kind: 'l', country: country})
		}
	}
	for _, x := range d.Dates {
		s.args = append(s.args, argument{start: x.Start, end: x.End, id: x.ID, kind: 'd'})
	}
	for _, x := range d.Figures {
		s.args = append(s.args, argument{start: x.Start, end: x.End, id: x.ID, kind: 'f', unit: x.Unit})
	}
	if dl := d.Dateline; dl != nil {
		// The dateline's place and date say where and when the text was
		// written.
		s.args = slices.DeleteFunc(s.args, func(a argument) bool { return a.start >= dl.Start && a.end <= dl.End })
	}
	slices.SortStableFunc(s.args, func(a, b argument) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	// A mention inside another entity's or a post is no party of its own.
	outer := -1
	for i := range s.args {
		a := &s.args[i]
		if !a.party() {
			continue
		}
		if outer >= 0 && a.start < s.args[outer].end && a.id != s.args[outer].id {
			a.nested = true
			continue
		}
		outer = i
	}
	s.indexPosts()
	inPost := newSpanCover(len(s.posts), func(i int) (int, int) { return s.posts[i].start, s.posts[i].end })
	for i := range s.args {
		if a := &s.args[i]; a.kind != 'p' && a.party() && inPost.covers(a.start, a.end) {
			a.nested = true
		}
	}
	if dl := d.Dateline; dl != nil && dl.Agency != "" {
		s.sources = map[string]bool{}
		for _, o := range d.Organizations {
			if o.Name == dl.Agency || o.Acronym == dl.Agency || o.Latin == dl.Agency {
				s.sources[o.ID] = true
			}
		}
	}
}

// argsPool recycles the arguments' buffers: they never leave findFacts.
var argsPool = sync.Pool{New: func() any { return new([]argument) }}

// clause is a range of tokens [from, to) of one sentence.
type clause struct{ from, to int }

// clauseStarts are the words after a comma that start a clause of their
// own.
var clauseStarts = map[string]bool{
	"который": true, "которая": true, "которое": true, "которые": true, "которого": true,
	"которой": true, "которых": true, "которым": true, "которую": true, "котором": true,
	"которыми": true, "где": true, "что": true, "чтобы": true, "а": true, "но": true,
	"однако": true, "хотя": true, "если": true, "когда": true, "поскольку": true, "так": true,
}

// clauses splits tokens [from, to) at semicolons and at a comma before a
// word that starts a clause.
func (s *factScan) clauses(from, to int) []clause {
	v := s.v
	var out []clause
	start := from
	for k := from; k < to; k++ {
		if v.toks[k].kind != punct {
			continue
		}
		split := v.isPunct(k, ";")
		if !split && v.isPunct(k, ",") {
			n := v.next(k)
			split = n < to && v.toks[n].kind == word && clauseStarts[v.low[n]] && !(v.low[n] == "а" && v.word(v.next(n)) == "также")
		}
		if split {
			if k > start {
				out = append(out, clause{start, k})
			}
			start = k + 1
			for start < to && v.toks[start].kind == space {
				start++
			}
		}
	}
	if to > start {
		out = append(out, clause{start, to})
	}
	return out
}

// sentence reads the facts of the sentence of tokens [from, to).
func (s *factScan) sentence(from, to int) {
	for _, c := range s.clauses(from, to) {
		s.clause(c, from)
	}
}

// relatives are the nominative relative pronouns: the clause they start
// speaks of the name before the comma ("Bayer, который приобрёл
// Monsanto").
var relatives = map[string]bool{"который": true, "которая": true, "которое": true, "которые": true}

// antecedent returns, for a clause that starts with a relative pronoun,
// the name the pronoun stands for (the last party of the sentence before
// the clause) placed at the pronoun; ok is false for any other clause.
func (s *factScan) antecedent(c clause, sentence int) (argument, bool) {
	v := s.v
	if !relatives[v.word(c.from)] || c.from == sentence {
		return argument{}, false
	}
	lo := v.toks[sentence].start
	at := v.toks[c.from]
	for i := s.argIndex(at.start) - 1; i >= 0 && s.args[i].start >= lo; i-- {
		if a := s.args[i]; a.party() && !a.nested && a.end <= at.start && s.near(a.end, at.start, 0) {
			a.start, a.end = at.start, at.end
			return a, true
		}
	}
	return argument{}, false
}

// hit is a trigger found at a token.
type hit struct {
	k int
	t *trigger
}

// clause reads the facts of one clause of the sentence that starts at
// token sentence: each type its triggers name, once.
func (s *factScan) clause(c clause, sentence int) {
	var hits []hit
	for _, h := range s.hitsIn(c.from, c.to) {
		if s.satisfied(h.t, h.k, c) && !s.insideName(h.k) {
			hits = append(hits, h)
		}
	}
	if len(hits) == 0 {
		return
	}
	// The meeting's nouns that only point back go last, so that a noun
	// of the clause's own meeting speaks first; the organizer's words
	// take the clause's parties for themselves.
	slices.SortStableFunc(hits, func(a, b hit) int { return b2i(a.t.frame == frameBack) - b2i(b.t.frame == frameBack) })
	organized := slices.ContainsFunc(hits, func(h hit) bool { return h.t.frame == frameOrganizer })
	type group struct {
		typ  entities.FactType
		from int
	}
	var done []group // the types read, each once per clause or title
	whole := c
	// A trigger in quotes names a title ("Диалог с Шаньдуном: семинар по
	// вопросам ... между Японией и Шаньдуном"): its arguments are the
	// title's, and no other trigger's.
	var titles []clause
	for _, h := range hits {
		if q := s.quoted(h.k, whole); q != whole && !slices.Contains(titles, q) {
			titles = append(titles, q)
		}
	}
	// A participle's phrase between commas is its own: "Компания X,
	// принадлежащая холдингу Y, приобрела Z" is X's purchase, not Y's.
	var insets []clause
	for _, h := range hits {
		if h.t.participle {
			end := h.k
			for end < whole.to && !s.v.isPunct(end, ",") {
				end++
			}
			insets = append(insets, clause{h.k, end})
		}
	}
	for i, h := range hits {
		c := s.quoted(h.k, whole)
		args := s.argsIn(c)
		if len(insets) > 0 || c == whole && len(titles) > 0 {
			args = slices.Clone(args) // the deletions below keep s.args whole
		}
		for _, in := range insets {
			if h.k < in.from || h.k >= in.to {
				lo, hi := s.v.toks[in.from].start, s.v.toks[in.to-1].end
				args = slices.DeleteFunc(args, func(a argument) bool { return a.start >= lo && a.end <= hi })
			}
		}
		if a, ok := s.antecedent(c, sentence); ok {
			args = append([]argument{a}, args...)
		}
		if c == whole {
			for _, q := range titles {
				lo, hi := s.v.toks[q.from].start, s.v.toks[q.to-1].end
				args = slices.DeleteFunc(args, func(a argument) bool { return a.start >= lo && a.end <= hi })
			}
		}
		g := group{h.t.typ, c.from}
		switch h.t.frame {
		case frameOrganizer:
			s.organizer(h, args, c)
			continue
		case frameOwned, frameOwns, frameOwner:
			s.ownership(h, args, c, "")
			continue
		case framePost, frameAppoints:
			if !slices.Contains(done, g) {
				done = append(done, g)
				s.post(h, args, c)
			}
			continue
		}
		if slices.Contains(done, g) {
			continue
		}
		done = append(done, g)
		// The clause's other triggers of the type: one fact.
		same := []hit{h}
		for _, o := range hits[i+1:] {
			if o.t.typ == h.t.typ && (o.t.frame == frameEvent || o.t.frame == frameBack || o.t.frame == frameParties || o.t.frame == frameBuys || o.t.frame == frameHost) && s.quoted(o.k, whole) == c {
				same = append(same, o)
			}
		}
		switch h.t.typ {
		case entities.Meeting:
			s.meeting(same, args, c, organized)
		case entities.Deal:
			s.deal(same, args, c)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// argsIn returns the arguments inside a clause.
func (s *factScan) argsIn(c clause) []argument {
	lo, hi := s.v.toks[c.from].start, s.v.toks[c.to-1].end
	first := s.argIndex(lo)
	last := first
	for last < len(s.args) && s.args[last].start < hi {
		last++
	}
	args := s.args[first:last:last]
	if slices.ContainsFunc(args, func(a argument) bool { return a.end > hi }) {
		args = slices.DeleteFunc(slices.Clone(args), func(a argument) bool { return a.end > hi })
	}
	return args
}

// quoted returns the quotation inside c that holds token k, or c when k
// is not quoted.
func (s *factScan) quoted(k int, c clause) clause {
	v := s.v
	open := -1
	for i := c.from; i < c.to; i++ {
		if v.toks[i].kind != punct {
			continue
		}
		switch v.tokText(i) {
		case "«", "„":
			if i < k {
				open = i
			}
		case "»", "“":
			if i < k {
				open = -1
			} else if open >= 0 {
				return clause{open + 1, i}
			}
		case "\"":
			if i < k {
				if open >= 0 {
					open = -1
				} else {
					open = i
				}
			} else if open >= 0 {
				return clause{open + 1, i}
			}
		}
	}
	return c
}

// satisfied reports whether the words after a trigger at k are the ones
// it needs ("вступил в должность", "стал министром").
func (s *factScan) satisfied(t *trigger, k int, c clause) bool {
	if t.with == nil && !t.withPost {
		return true
	}
	v := s.v
	n := k
	for i := 0; i < 3; i++ {
		n = v.next(n)
		for n < c.to && v.toks[n].kind != word && !v.isPunct(n, ",.;") {
			n = v.next(n)
		}
		if n >= c.to || v.toks[n].kind != word {
			return false
		}
		w := v.fold(n)
		if t.withPost {
			if s.e.gaz.names.posts[strings.TrimPrefix(w, "вице-")] != "" {
				return true
			}
			continue
		}
		for _, stem := range t.with {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}

// insideName reports a trigger word that is part of an organization's or
// person's name ("Форум регионов России" names its organizer's event).
func (s *factScan) insideName(k int) bool {
	t := s.v.toks[k]
	i := s.argIndex(t.end)
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		a := &s.args[j]
		if (a.kind == 'o' || a.kind == 'p') && a.start <= t.start && a.end >= t.end {
			return true
		}
	}
	return false
}

// argIndex returns the index of the first argument that starts at or
// after off.
func (s *factScan) argIndex(off int) int {
	i, _ := slices.BinarySearchFunc(s.args, off, func(a argument, off int) int { return a.start - off })
	for i > 0 && s.args[i-1].start == off {
		i--
	}
	return i
}

// add appends a fact and its rule; it returns the fact's index.
func (s *factScan) add(f entities.Fact, rule string) int {
	f.Args = orderArgs(f.Args)
	s.facts = append(s.facts, f)
	s.traceRule(f.Trigger, rule)
	return len(s.facts) - 1
}

// orderArgs puts a fact's arguments in the order of the roles, each
// role's in the order they came, and drops repeats.
func orderArgs(args []entities.Arg) []entities.Arg {
	out := args[:0]
	for _, a := range args {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b entities.Arg) int { return roleRank[a.Role] - roleRank[b.Role] })
	return out
}

// roleRank orders the roles of a fact's arguments.
var roleRank = map[string]int{
	"participant": 0, "owner": 0, "person": 0, "organizer": 1, "property": 1,
	"organization": 2, "place": 3, "date": 4, "figure": 5,
}

// spanOf returns the span of tokens [from, to).
func (s *factScan) spanOf(from, to int) entities.Span {
	a, b := s.v.toks[from].start, s.v.toks[to-1].end
	return entities.Span{Start: a, End: b, Text: s.v.text[a:b]}
}

// locative reports a mention after a preposition of place ("в Пекине",
// "на Хайнане"), or in a list after one ("в Цзинане, Токио и Осаке"):
// where, not who.
func (s *factScan) locative(a *argument) bool {
	v := s.v
	k := v.prev(v.tokenAt(a.start))
	switch v.word(k) {
	case "в", "во", "на", "из", "под", "около", "близ", "у", "до", "через", "вблизи", "к", "ко", "по":
		return true
	case "и":
	default:
		if !v.isPunct(k, ",") {
			return false
		}
	}
	// A list: the place before the comma or "и".
	i := s.argIndex(v.toks[k].start)
	for i > 0 {
		i--
		if b := &s.args[i]; b.kind == 'l' && b.end <= v.toks[k].start {
			return s.near(b.end, a.start, 1) && s.locative(b)
		}
	}
	return false
}

// sourceWords stand before the organization a text quotes as its source
// ("сообщает «Интерфакс»", "по данным ТАСС"); mediaNouns may stand
// between ("сообщает газета «Ведомости»").
var (
	sourceWords = map[string]bool{
		"сообщает": true, "сообщают": true, "сообщил": true, "сообщила": true, "сообщило": true,
		"сообщили": true, "пишет": true, "передает": true, "данным": true, "информации": true,
		"ссылкой": true,
	}
	mediaNouns = map[string]bool{
		"газета": true, "газеты": true, "агентство": true, "агентства": true, "издание": true,
		"издания": true, "телеканал": true, "телеканала": true, "портал": true, "сайт": true,
	}
)

// source reports an organization that the text quotes as its source.
func (s *factScan) source(a *argument) bool {
	if a.kind != 'o' {
		return false
	}
	if s.sources[a.id] {
		return true
	}
	v := s.v
	k := v.prev(v.tokenAt(a.start))
	for i := 0; i < 4 && k >= 0; i++ {
		if v.toks[k].kind == word {
			w := v.fold(k)
			if !mediaNouns[w] {
				return sourceWords[w] || isSpeechVerb(w) // "Как отмечает NEWSru.com"
			}
		}
		k = v.prev(k) // a quotation mark or a media noun
	}
	return false
}

// parties returns the ids of the clause's parties, in text order: its
// people, organizations and countries not said to be where, nor inside
// another name or a post, nor the text's sources.
func (s *factScan) parties(args []argument, kinds string) []string {
	var ids []string
	for i := range args {
		a := &args[i]
		if !a.party() || a.nested || !strings.ContainsRune(kinds, rune(a.kind)) || s.source(a) {
			continue
		}
		if a.kind == 'l' && (!a.country || s.locative(a) || s.attribute(a)) {
			continue
		}
		if !slices.Contains(ids, a.id) {
			ids = append(ids, a.id)
		}
	}
	return ids
}

// attribute reports a place that a word before it governs: "послом
// Италии", "в миде Грузии", "президентом Франции": a party only by the
// noun it qualifies. A place after a conjunction, a preposition of
// company, a fact's own word, a verb in the past or at the start of its
// clause is a party.
func (s *factScan) attribute(a *argument) bool {
	v := s.v
	k := v.prev(v.tokenAt(a.start))
	if k < 0 || v.toks[k].kind != word {
		return false
	}
	switch v.low[k] {
	case "и", "с", "со", "между", "или", "также", "а", "как":
		return false
	}
	if strings.HasPrefix(v.low[k], "делегаци") || strings.HasPrefix(v.low[k], "сторон") {
		return false // "делегаций Татарстана и Узбекистана" speak for them
	}
	if s.trigs.lookup(v, k) != nil {
		return false
	}
	if verbGender(v.low[k]) != 0 {
		return false // "Россия дала Украине кредит": the verb's, a party
	}
	return !isUpper(v.toks[k].first)
}

// circumstances returns the roles of where and when: the places after a
// preposition of place (for a meeting), the dates.
func (s *factScan) circumstances(args []argument, places bool) []entities.Arg {
	var out []entities.Arg
	for i := range args {
		a := &args[i]
		switch {
		case a.kind == 'd':
			out = append(out, entities.Arg{Role: "date", ID: a.id})
		case places && a.kind == 'l' && !a.nested && s.locative(a):
			out = append(out, entities.Arg{Role: "place", ID: a.id})
		}
	}
	return out
}

// status returns a fact's status from its triggers and clause.
func (s *factScan) status(hits []hit, c clause) string {
	v := s.v
	for _, h := range hits {
		// "не" right before the trigger, or before the verb before a
		// noun: "не подписали соглашение".
		k := v.prev(h.k)
		if k >= c.from && v.word(k) == "не" {
			return "negated"
		}
		if h.t.noun && k >= c.from && v.toks[k].kind == word && v.word(v.prev(k)) == "не" {
			if w := v.word(k); !strings.HasPrefix(w, "мене") && !strings.HasPrefix(w, "боле") && w != "только" {
				return "negated"
			}
		}
	}
	for _, h := range hits {
		if h.t.planned {
			return "planned"
		}
		if k := v.prev(h.k); k >= c.from && strings.HasPrefix(v.word(k), "предстоящ") {
			return "planned"
		}
	}
	for k := c.from; k < c.to; k++ {
		if v.toks[k].kind == word && s.e.future[v.fold(k)] {
			return "planned"
		}
	}
	return ""
}

// meeting reads a meeting (FA1, FA3), or what a meeting's noun tells of
// the last meeting (FA2): a noun with fewer than two parties of its own,
// one the words before it point back with ("участники семинара", "этой
// встречи"), or one with a party of the last meeting ("Семинар ... дал
// новый толчок партнерству между Китаем и Японией").
//
// In a clause that says who organized the meeting (organized), the
// parties are the organizer's and take no part.
func (s *factScan) meeting(hits []hit, args []argument, c clause, organized bool) {
	kinds := "pol"
	host := true
	for _, h := range hits {
		host = host && h.t.frame == frameHost
	}
	if host {
		kinds = "p"
	}
	if host && !s.hosted(hits[0], args) {
		return
	}
	parties := s.parties(args, kinds)
	if people := s.parties(args, "p"); len(people) >= 2 {
		parties = people // the people meet, not the countries they speak for
	}
	circ := s.circumstances(args, true)
	if !host && s.lastMeeting >= 0 && hits[0].t.noun && !s.another(hits[0].k) {
		f := &s.facts[s.lastMeeting]
		back := s.pointsBack(hits[0].k)
		shared := slices.ContainsFunc(parties, func(id string) bool {
			return slices.Contains(f.Args, entities.Arg{Role: "participant", ID: id})
		})
		if len(parties) < 2 || back || shared {
			// The clause's parties take part when the noun points back or
			// one of them already does.
			if !organized && (back || shared) {
				for _, id := range parties {
					f.Args = append(f.Args, entities.Arg{Role: "participant", ID: id})
				}
			}
			f.Args = orderArgs(append(f.Args, circ...))
			s.traceRule(s.spanOf(hits[0].k, hits[0].k+1), "FA2")
			return
		}
	}
	if len(parties) < 2 || hits[0].t.frame == frameBack {
		return
	}
	if !host && s.circumstance(hits, args, c) {
		return
	}
	f := entities.Fact{Type: entities.Meeting, Span: s.spanOf(c.from, c.to), Trigger: s.spanOf(hits[0].k, hits[0].k+1)}
	for _, id := range parties {
		f.Args = append(f.Args, entities.Arg{Role: "participant", ID: id})
	}
	f.Args = append(f.Args, circ...)
	f.Status = s.status(hits, c)
	rule := "FA1"
	if host {
		rule = "FA3"
	}
	s.lastMeeting = s.add(f, rule)
}

// circumstancePrepositions are the words before a meeting's noun that
// make it the time or place of what the clause tells: "во время форума",
// "на саммите", "накануне визита".
var circumstancePrepositions = map[string]bool{
	"в": true, "во": true, "на": true, "о": true, "об": true, "накануне": true, "после": true,
	"до": true, "перед": true, "к": true, "ко": true, "для": true, "от": true, "по": true,
	"время": true, "ходе": true, "рамках": true, "преддверии": true, "кануне": true,
}

// circumstance reports a clause whose meeting's nouns stand only as its
// circumstance, after a preposition, with no party of their own (FA1
// needs one): "собираются поднять во время форума вопрос", "Иран
// согласен на переговоры", "сказал в беседе с корреспондентом". A visit
// needs a party of its own wherever it stands: "осудил визит на острова
// президента России" tells no meeting. Not "на
// встречу с Виктором прибудут ...", "в ходе визита ... договорился с
// президентом ..." or "В совещании участвовали ...".
func (s *factScan) circumstance(hits []hit, args []argument, c clause) bool {
	v := s.v
	for _, h := range hits {
		if !h.t.noun {
			return false
		}
		p := v.prev(h.k)
		for p > c.from && v.toks[p].kind == word && adjectival(v.low[p]) {
			p = v.prev(p) // "на двусторонних переговорах"
		}
		if (p < 0 || !circumstancePrepositions[v.word(p)]) && !strings.HasPrefix(v.low[h.k], "визит") {
			return false
		}
	}
	speech := false
	for k := c.from; k < c.to; k++ {
		if v.toks[k].kind != word {
			continue
		}
		w := v.low[k]
		if strings.HasPrefix(w, "участ") {
			return false // "приняли участие", "участвовали"
		}
		speech = speech || isSpeechVerb(w)
	}
	for _, h := range hits {
		// A party after "с" or "между" a few words on: "на встречу с
		// Виктором", "визита в Украину договорился с президентом ...";
		// in a clause of speech a person ("сообщил ... на встрече с
		// президентом РФ Владимиром Путиным"), since "сказал в беседе с
		// корреспондентом «Голоса Америки»" tells an interview.
		for k, n := v.next(h.k), 0; k < c.to && n < 12; k, n = v.next(k), n+1 {
			if w := v.word(k); w != "с" && w != "со" && w != "между" || v.word(v.next(k)) == "стороны" {
				continue // not "контроль со стороны МАГАТЕ"
			}
			at, limit := v.toks[k].end, v.toks[min(c.to, k+16)-1].end
			if slices.ContainsFunc(args, func(a argument) bool {
				return a.party() && a.start >= at && a.start < limit && (a.kind == 'p' || !speech)
			}) {
				return false
			}
		}
	}
	return true
}

// another reports a meeting's noun that speaks of a meeting to come or
// another one: "Новая встреча делегаций состоится в сентябре".
func (s *factScan) another(k int) bool {
	w := s.v.word(s.v.prev(k))
	for _, p := range []string{"нов", "следующ", "очередн", "предстоящ", "друг"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// hosted reports a host's verb with a person before it and one after,
// the guest: "Барак Обама принимает ... Николя Саркози", not "приняли
// участие".
func (s *factScan) hosted(h hit, args []argument) bool {
	at := s.v.toks[h.k]
	var before, after bool
	for _, a := range args {
		if a.kind == 'p' && !a.nested {
			before = before || a.end <= at.start
			after = after || a.start >= at.end
		}
	}
	return before && after && s.v.word(s.v.next(h.k)) != "участие"
}

// pointsBack reports a meeting's noun that the word before it ties to a
// meeting already told of: "участники семинара", "в ходе встречи",
// "этой встречи".
func (s *factScan) pointsBack(k int) bool {
	w := s.v.word(s.v.prev(k))
	for _, p := range []string{"участник", "эт", "данн", "указанн", "ходе", "рамках", "полях", "итогам", "време"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// traceRule records, with WithTrace, the rule a trigger was read by.
func (s *factScan) traceRule(sp entities.Span, rule string) {
	if s.e.trace {
		s.found = append(s.found, entities.Found{Span: sp, Kind: "fact", Rule: rule})
	}
}

// organizer reads who organizes a meeting (FA4): the parties before the
// trigger, or after a noun with none before it ("Организатором встречи
// выступило агентство"), of the last meeting.
func (s *factScan) organizer(h hit, args []argument, c clause) {
	if s.lastMeeting < 0 {
		return
	}
	at := s.v.toks[h.k].start
	var before []argument
	for _, a := range args {
		if a.end <= at {
			before = append(before, a)
		}
	}
	ids := s.parties(before, "po")
	if len(ids) == 0 && h.t.noun {
		// "Организатором встречи выступило агентство «Интерфакс»".
		var after []argument
		for _, a := range args {
			if a.start >= s.v.toks[h.k].end {
				after = append(after, a)
			}
		}
		ids = s.parties(after, "po")
	}
	if len(ids) == 0 {
		return
	}
	f := &s.facts[s.lastMeeting]
	for _, id := range ids {
		f.Args = append(f.Args, entities.Arg{Role: "organizer", ID: id})
	}
	f.Args = orderArgs(f.Args)
	s.traceRule(s.spanOf(h.k, h.k+1), "FA4")
}

// deal reads a deal (FA5), with the parties of the meeting its clause
// names when it names none of its own (FA6).
func (s *factScan) deal(hits []hit, args []argument, c clause) {
	parties := s.parties(args, "pol")
	rule := "FA5"
	if len(parties) < 2 {
		// One party is half a deal: the other is likely in another
		// clause, and a fact with one is more often wrong than right.
		parties = nil
		if s.lastMeeting < 0 || !s.namesMeeting(c) && !s.namesSides(c) {
			if len(s.parties(args, "pol")) == 0 && hits[0].t.noun && s.lastDeal >= 0 {
				// FA12: "Сумма сделки составила 12 млн долларов".
				f := &s.facts[s.lastDeal]
				for i := range args {
					if a := &args[i]; a.kind == 'f' && s.dealFigure(a, hits) {
						f.Args = append(f.Args, entities.Arg{Role: "figure", ID: a.id})
					}
				}
				f.Args = orderArgs(f.Args)
				s.traceRule(s.spanOf(hits[0].k, hits[0].k+1), "FA12")
			}
			return
		}
		for _, a := range s.facts[s.lastMeeting].Args {
			if a.Role == "participant" {
				parties = append(parties, a.ID)
			}
		}
		rule = "FA6"
	}
	kind := hits[0].t.kind
	for _, h := range hits {
		if h.t.noun {
			kind = h.t.kind // "подписали соглашение о покупке": the noun's
			break
		}
	}
	f := entities.Fact{Type: entities.Deal, Span: s.spanOf(c.from, c.to), Trigger: s.spanOf(hits[0].k, hits[0].k+1), Kind: kind}
	for _, id := range parties {
		f.Args = append(f.Args, entities.Arg{Role: "participant", ID: id})
	}
	for i := range args {
		if a := &args[i]; a.kind == 'f' && s.dealFigure(a, hits) {
			f.Args = append(f.Args, entities.Arg{Role: "figure", ID: a.id})
		}
	}
	f.Args = append(f.Args, s.circumstances(args, false)...)
	f.Status = s.status(hits, c)
	s.lastDeal = s.add(f, rule)
	if f.Status != "" {
		return
	}
	// FA11: who bought an organization owns it: "Bayer, который приобрёл
	// Monsanto".
	for _, h := range hits {
		if h.t.frame == frameBuys {
			s.ownership(hit{h.k, &trigger{typ: entities.Ownership, frame: frameOwns}}, args, c, "FA11")
		}
	}
}

// namesMeeting reports a clause that has a meeting's word.
func (s *factScan) namesMeeting(c clause) bool {
	for k := c.from; k < c.to; k++ {
		if s.v.toks[k].kind == word {
			if t := s.trigs.lookup(s.v, k); t != nil && t.typ == entities.Meeting && (t.frame == frameEvent || t.frame == frameBack) {
				return true
			}
		}
	}
	return false
}

// namesSides reports a clause that speaks of "стороны", the parties of
// the last meeting: "Стороны подписали соглашение".
func (s *factScan) namesSides(c clause) bool {
	for k := c.from; k < c.to; k++ {
		if w := s.v.word(k); w == "стороны" || w == "сторонами" || w == "сторон" {
			return true
		}
	}
	return false
}

// dealFigure reports a figure that is a deal's: an amount of money, or
// the count of the deal's own word ("17 соглашений").
func (s *factScan) dealFigure(a *argument, hits []hit) bool {
	if len(a.unit) == 3 && strings.ToUpper(a.unit) == a.unit && a.unit != strings.ToLower(a.unit) {
		return true // a currency: "USD"
	}
	for _, h := range hits {
		t := s.v.toks[h.k]
		if t.start >= a.start && t.end <= a.end {
			return true
		}
	}
	return false
}

// ownership reads ownership (FA7, FA8, FA9): one fact for each owner and
// property, as the text lists them.
//
// A rule other than "" names the rule the caller read the fact by.
func (s *factScan) ownership(h hit, args []argument, c clause, by string) {
	v := s.v
	at := v.toks[h.k]
	var before, after []argument
	for _, a := range args {
		if !a.party() || a.nested || s.source(&a) {
			continue
		}
		if a.end <= at.start {
			before = append(before, a)
		} else if a.start >= at.end {
			after = append(after, a)
		}
	}
	var owners, props []string
	rule := ""
	switch h.t.frame {
	case frameOwned:
		// "X, принадлежащая Y, Z и W": the nearest name before, the list
		// of names right after.
		if len(before) == 0 {
			return
		}
		props = []string{before[len(before)-1].id}
		owners = s.list(at.end, after)
		rule = "FA7"
	case frameOwns:
		if len(before) == 0 {
			return
		}
		owners = []string{before[len(before)-1].id}
		props = s.list(at.end, after)
		rule = "FA8"
	case frameOwner:
		var owner string
		owner, props = s.ownerOfNoun(h, args, before, after)
		if owner == "" {
			return
		}
		owners = []string{owner}
		rule = "FA9"
	}
	props = slices.DeleteFunc(props, func(id string) bool { return id[0] == 'p' || slices.Contains(owners, id) || s.whereOnly(id, args) })
	if by != "" {
		rule = by
		props = slices.DeleteFunc(props, func(id string) bool { return id[0] != 'o' })
	}
	status := s.status([]hit{h}, c)
	for _, owner := range owners {
		for _, prop := range props {
			f := entities.Fact{Type: entities.Ownership, Span: s.spanOf(c.from, c.to), Trigger: s.spanOf(h.k, h.k+1), Status: status}
			f.Args = []entities.Arg{{Role: "owner", ID: owner}, {Role: "property", ID: prop}}
			s.add(f, rule)
		}
	}
}

// whereOnly reports a place whose every mention in args says where
// ("владеет домом в Чикаго"): no property.
func (s *factScan) whereOnly(id string, args []argument) bool {
	if id[0] != 'l' {
		return false
	}
	for i := range args {
		if a := &args[i]; a.id == id && !s.locative(a) {
			return false
		}
	}
	return true
}

// list returns the ids of the names listed right after offset at: the
// first name, and each one after a comma or "и".
func (s *factScan) list(at int, after []argument) []string {
	var out []string
	end := at
	for i, a := range after {
		// The first may come after a few words: "владеет также сетью
		// магазинов «Радуга»".
		if i > 0 && !s.near(end, a.start, 0) || i == 0 && !s.near(end, a.start, 3) {
			break
		}
		if !slices.Contains(out, a.id) {
			out = append(out, a.id)
		}
		end = a.end
	}
	return out
}

// ownerOfNoun returns the owner a noun like "основатель" is said of and
// the organizations it owns: the person whose post holds the noun, with
// the post's organization ("основатель MySQL Майкл Видениус"); or the
// organizations the noun governs and the person right after them, or
// the nearest one before ("Марка Цукерберга, создателя Facebook",
// "Крис Хелмбрехт - управляющий директор и совладелец креативного
// агентства Kollektiv").
func (s *factScan) ownerOfNoun(h hit, args, before, after []argument) (string, []string) {
	v := s.v
	at := v.toks[h.k]
	if i := s.postAround(at.start, at.end); i >= 0 {
		p := s.posts[i]
		if p.pos.OrganizationID != "" {
			return p.person, []string{p.pos.OrganizationID}
		}
		var props []string
		for _, a := range args {
			if a.kind == 'o' && a.start >= at.end && a.end <= p.end && !slices.Contains(props, a.id) {
				props = append(props, a.id)
			}
		}
		return p.person, props
	}
	var props []string
	owner := ""
	end := at.end
	for _, a := range after {
		if a.kind == 'p' {
			if s.near(end, a.start, 0) && !s.punctBetween(end, a.start) {
				owner = a.id
			}
			break
		}
		if a.kind != 'o' || !s.near(end, a.start, 3) {
			break
		}
		props = append(props, a.id)
		end = a.end
	}
	if owner == "" {
		for i := len(before) - 1; i >= 0; i-- {
			if before[i].kind == 'p' {
				owner = before[i].id
				break
			}
			if before[i].kind == 'o' {
				break
			}
		}
	}
	return owner, props
}

// punctBetween reports punctuation between offsets a and b.
func (s *factScan) punctBetween(a, b int) bool {
	v := s.v
	for k := v.tokenAt(a); k < len(v.toks) && v.toks[k].start < b; k++ {
		if v.toks[k].kind == punct {
			return true
		}
	}
	return false
}

// post reads an appointment or resignation (FA10): the person next to
// the trigger and the post the clause gives them.
func (s *factScan) post(h hit, args []argument, c clause) {
	v := s.v
	at := v.toks[h.k].start
	// The person is the nearest before the trigger ("Иван Петров назначен
	// министром"), or after it, where someone makes the change
	// ("назначил Ивана Петрова"; not "уволился") or the post after the
	// verb is its subject ("Новым руководителем ... стал директор ...
	// Сергей Кравцов").
	w := v.low[h.k]
	object := h.t.frame == frameAppoints && !strings.HasSuffix(w, "ся") && !strings.HasSuffix(w, "сь")
	if object {
		switch v.word(v.next(h.k)) {
		case "его", "ее", "её", "их", "меня", "нас":
			return // "назначил его на должность": a person named before
		}
	}
	subject := h.t.withPost && !s.instrumentalAfter(h.k, c)
	after := object || subject
	person := ""
	for _, a := range args {
		if a.kind != 'p' || a.nested {
			continue
		}
		if a.end <= at && !after {
			person = a.id // the nearest before
		} else if a.start >= v.toks[h.k].end && (after || person == "") {
			if object && !s.objectAfter(v.toks[h.k].end, a) || subject && !s.near(v.toks[h.k].end, a.start, 6) {
				break // "уволил двух генералов полиции по делу Голунова"
			}
			person = a.id
			break
		}
	}
	if person == "" {
		return
	}
	f := entities.Fact{Type: h.t.typ, Span: s.spanOf(c.from, c.to), Trigger: s.spanOf(h.k, h.k+1)}
	f.Args = append(f.Args, entities.Arg{Role: "person", ID: person})
	// The post: the person's post right after the trigger ("назначен
	// министром культуры края", "стала председателем совета"), else a
	// post noun there, else the person's post elsewhere in the clause
	// ("Министр ... Сомов ушел в отставку").
	lo, hi := v.toks[c.from].start, v.toks[c.to-1].end
	var pos *entities.Position
	for _, i := range s.postsOf[person] {
		countWork(1)
		if p := s.posts[i]; p.start >= at && p.end <= hi && s.near(v.toks[h.k].end, p.start, 3) {
			pos = p.pos
			break
		}
	}
	if pos == nil && h.t.typ == entities.Appointment {
		for k, n := v.next(h.k), 0; k < c.to && n < 4; k, n = v.next(k), n+1 {
			if v.toks[k].kind != word {
				break
			}
			if p := s.e.gaz.names.posts[v.fold(k)]; p != "" {
				f.Title = p
				break
			}
		}
	}
	if pos == nil && f.Title == "" {
		for _, i := range s.postsOf[person] {
			countWork(1)
			if p := s.posts[i]; p.start >= lo && p.end <= hi {
				pos = p.pos
				break
			}
		}
	}
	if pos != nil {
		f.Title = pos.Title
		if pos.OrganizationID != "" {
			f.Args = append(f.Args, entities.Arg{Role: "organization", ID: pos.OrganizationID})
		}
		if pos.PlaceID != "" {
			f.Args = append(f.Args, entities.Arg{Role: "place", ID: pos.PlaceID})
		}
	}
	for _, a := range s.circumstances(args, false) {
		f.Args = append(f.Args, a)
	}
	f.Status = s.status([]hit{h}, c)
	// The same change of the same person told twice (a headline and its
	// story) is one fact, with the fuller title.
	key := changeKey{f.Type, f.Args[0], f.Status}
	if i, ok := s.changes[key]; ok {
		g := &s.facts[i]
		g.Args = orderArgs(append(g.Args, f.Args[1:]...))
		if len(f.Title) > len(g.Title) {
			g.Title = f.Title
		}
		s.traceRule(f.Trigger, "FA10")
		return
	}
	if s.changes == nil {
		s.changes = map[changeKey]int{}
	}
	s.changes[key] = s.add(f, "FA10")
}

// indexPosts indexes the posts by person and by start.
func (s *factScan) indexPosts() {
	s.postsOf = make(map[string][]int, len(s.doc.People))
	s.byStart = make([]int, len(s.posts))
	s.longestPost = 0
	for i, p := range s.posts {
		s.postsOf[p.person] = append(s.postsOf[p.person], i)
		s.byStart[i] = i
		s.longestPost = max(s.longestPost, p.end-p.start)
	}
	slices.SortStableFunc(s.byStart, func(a, b int) int { return s.posts[a].start - s.posts[b].start })
}

// postAround returns the index of the first post (in the people's order)
// whose span holds [start, end), or -1.
func (s *factScan) postAround(start, end int) int {
	best := -1
	// The posts that start at or before start, back to the longest post's
	// length: no other can reach start.
	k, _ := slices.BinarySearchFunc(s.byStart, start+1, func(i, t int) int { return s.posts[i].start - t })
	for k--; k >= 0; k-- {
		countWork(1)
		i := s.byStart[k]
		p := s.posts[i]
		if p.start < start-s.longestPost {
			break
		}
		if p.end >= end && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// objectAfter reports a person named after a verb at offset at who is
// its object: in the accusative ("назначил на пост главы МВД полковника
// Игоря Шуневича"), with no comma and no count of other people between
// ("уволил двух генералов полиции по делу Голунова").
func (s *factScan) objectAfter(at int, a argument) bool {
	v := s.v
	if !hasAnySuffix(v.low[v.tokenAt(a.end-1)], []string{"а", "я", "у", "ю"}) {
		return false
	}
	words := 0
	for k := v.tokenAt(at); k < len(v.toks) && v.toks[k].start < a.start; k++ {
		switch {
		case v.isPunct(k, ",;:"), v.toks[k].kind == number:
			return false
		case v.toks[k].kind == word:
			if _, kind, ok := v.numeral(k); ok && kind != 0 {
				return false
			}
			if words++; words > 15 {
				return false
			}
		}
	}
	return true
}

// instrumentalAfter reports a post noun in the instrumental within three
// words after token k: "стал министром", not "стал директор департамента".
func (s *factScan) instrumentalAfter(k int, c clause) bool {
	v := s.v
	for n, j := 0, v.next(k); n < 3 && j < c.to && v.toks[j].kind == word; n, j = n+1, v.next(j) {
		if s.e.gaz.names.posts[strings.TrimPrefix(v.fold(j), "вице-")] != "" {
			return hasAnySuffix(v.low[j], instrumentalEnds)
		}
	}
	return false
}

// near reports whether at most n words, and only commas, quotes, "и" or
// brackets, stand between offsets a and b.
func (s *factScan) near(a, b, n int) bool {
	v := s.v
	words := 0
	for k := v.tokenAt(a); k < len(v.toks) && v.toks[k].start < b; k++ {
		switch t := v.toks[k]; t.kind {
		case space:
		case word:
			if v.low[k] != "и" {
				words++
			}
		case punct:
			if !v.isPunct(k, ",«»\"()„“”") {
				return false
			}
		default:
			return false
		}
	}
	return words <= n
}
