package extract

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/internal/tagger"
	"github.com/pressfacts/pressfacts/normalize"
)

// ErrInvalidUTF8 is the error (wrapped in a [*UTF8Error]) for text that is
// not valid UTF-8.
var ErrInvalidUTF8 = errors.New("invalid UTF-8")

// ErrBadDate is the error for a document date that [ParseDate] does not
// read: not ISO 8601 ("2021-07-23", "2021-07", "2021") nor RFC 3339, or a
// day the calendar lacks.
var ErrBadDate = errors.New("bad date")

// UTF8Error reports the first byte of a text that is not valid UTF-8.
type UTF8Error struct {
	// Offset is the byte offset of the first invalid byte.
	Offset int
}

func (e *UTF8Error) Error() string {
	return fmt.Sprintf("extract: invalid UTF-8 at byte %d", e.Offset)
}

// Unwrap returns [ErrInvalidUTF8], so errors.Is(err, ErrInvalidUTF8) holds.
func (e *UTF8Error) Unwrap() error { return ErrInvalidUTF8 }

// Extractor extracts facts from documents. It is immutable once built and
// safe for concurrent use by multiple goroutines.
type Extractor struct {
	ref      calDate // the reference date, zero when none
	splitter splitter
	months   map[string]monthForm
	// dateWords are the words a date can start with (dateStartWords).
	dateWords map[string]bool
	gaz       *gazetteer
	future    map[string]bool // words that put a sentence in the future
	trigs     *triggerTable   // the words that name facts
	trace     bool            // list every mention with its rule (WithTrace)
	user      userTables      // the user's tables, added to the built-in ones
	// model is the tagger's model (WithModel, or the built-in one); nil
	// with noModel (WithoutModel).
	model   *tagger.Model
	noModel bool
	off     partSet // the parts left out (Without)
}

// Option configures an [Extractor].
type Option func(*Extractor) error

// WithReferenceDate sets the date that gives the year to dates without
// one, for documents whose text and input give no date of their own.
func WithReferenceDate(t time.Time) Option {
	return func(e *Extractor) error {
		e.ref = calDate{t.Year(), int(t.Month()), t.Day()}
		return nil
	}
}

// WithTrace makes every document list, under Trace, each mention the
// recognizers found with the ID of the rule that found it ("PL1", "DT2",
// "PS1"; each recognizer's file lists its rules). It is for finding out
// why a span was or was not found; the rest of the document is the same
// with it or without it.
func WithTrace() Option {
	return func(e *Extractor) error {
		e.trace = true
		return nil
	}
}

// WithPlaces adds a user's places to the built-in gazetteer. r holds a
// TSV table in the format of the built-in places.tsv: a header line
// "name	latin	kind	country	decl	aliases", then one place per line
// (lines starting with "#" are comments):
//
//	name       the usual Russian name, nominative: "Усть-Луга"
//	latin      its Latin name: "Ust-Luga"
//	kind       city, region, district, province, river, ...
//	country    the ISO 3166-1 alpha-2 code of its country, or empty
//	decl       how the name declines where its ending does not tell
//	           (normalize.ParseDeclension: "f", "ind", "pl", "stem=..."), or empty
//	aliases    other names, separated by "|", or empty
//
// Every case form of every name is found. Where a user's name is also a
// built-in one, the user's entry wins. A malformed table makes [New]
// return an error naming the line (and the file, when r is an *os.File)
// and what is wrong.
func WithPlaces(r io.Reader) Option {
	return userTable("places (WithPlaces)", r, func(u *userTables) *[]*lexicon.Table { return &u.places })
}

// WithOrganizations adds a user's organizations, the names the press
// uses without saying what they are (brands, firms, agencies). r holds a
// TSV table in the format of the built-in orgs.tsv: a header line
// "name	acronym	latin	decl	aliases", then one organization per line:
// the usual Russian name (nominative), its Russian acronym, its Latin
// name, how it declines where its ending does not tell, and other names
// separated by "|"; all but the name may be empty.
func WithOrganizations(r io.Reader) Option {
	return userTable("organizations (WithOrganizations)", r, func(u *userTables) *[]*lexicon.Table { return &u.orgs })
}

// WithFirstNames adds a user's first names. r holds a TSV table in the
// format of the built-in firstnames.tsv: a header line
// "name	gender	origin", then one name per line: the name (nominative),
// its gender ("m" or "f"), and "ru" for a Russian name (its bearers' Latin
// form by ICAO Doc 9303) or "other".
func WithFirstNames(r io.Reader) Option {
	return userTable("first names (WithFirstNames)", r, func(u *userTables) *[]*lexicon.Table { return &u.firstNames })
}

// WithPosts adds a user's post nouns, the titles that stand before or
// after a person's name. r holds a TSV table in the format of the
// built-in posts.tsv: a header line "post", then one noun per line in the
// nominative singular, lower case ("бортинженер", "премьер-министр").
func WithPosts(r io.Reader) Option {
	return userTable("posts (WithPosts)", r, func(u *userTables) *[]*lexicon.Table { return &u.posts })
}

// userTable reads a user's table for an option.
func userTable(name string, r io.Reader, list func(*userTables) *[]*lexicon.Table) Option {
	return func(e *Extractor) error {
		if f, ok := r.(interface{ Name() string }); ok && f.Name() != "" {
			name += " in " + f.Name() // an *os.File: errors name the file
		}
		tab, err := lexicon.Read(name, r)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		l := list(&e.user)
		*l = append(*l, tab)
		return nil
	}
}

// WithAbbreviations adds abbreviations to the sentence splitter's table or
// changes the class of built-in ones. Keys are written without the final
// period and with inner periods ("т.д", "пров").
func WithAbbreviations(abbrevs map[string]AbbrevClass) Option {
	return func(e *Extractor) error {
		m := make(map[string]AbbrevClass, len(e.splitter.abbrevs)+len(abbrevs))
		for k, v := range e.splitter.abbrevs {
			m[k] = v
		}
		for k, v := range abbrevs {
			key := abbrevKey(k)
			if key == "" {
				return fmt.Errorf("extract: empty abbreviation")
			}
			if !validAbbrevClass(v) {
				return fmt.Errorf("extract: abbreviation %q: unknown class %q", k, v)
			}
			m[key] = v
		}
		e.splitter.abbrevs = m
		return nil
	}
}

// New returns an Extractor with the given options. The tables it needs are
// loaded once per process, on the first call.
func New(opts ...Option) (*Extractor, error) {
	if lexErr != nil {
		return nil, lexErr
	}
	abbrevs, err := builtinAbbrevs()
	if err != nil {
		return nil, err
	}
	months, err := monthForms()
	if err != nil {
		return nil, err
	}
	future, err := futureMarkers()
	if err != nil {
		return nil, err
	}
	trigs, err := factTriggers()
	if err != nil {
		return nil, err
	}
	e := &Extractor{splitter: splitter{abbrevs: abbrevs}, months: months, dateWords: dateWordSet(), future: future, trigs: trigs}
	for _, opt := range opts {
		if err := opt(e); err != nil {
			return nil, err
		}
	}
	// The model loads while the gazetteer is built: they share nothing.
	var wg sync.WaitGroup
	var modelErr error
	if e.model == nil && !e.noModel {
		wg.Go(func() { e.model, modelErr = embeddedModel() })
	}
	if e.user.empty() {
		e.gaz, err = loadGazetteer()
	} else if e.gaz, err = buildGazetteer(e.user); err != nil {
		// The user's tables and the built-in ones, in a gazetteer of this
		// Extractor's own.
		err = fmt.Errorf("extract: %w", err)
	}
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if modelErr != nil {
		return nil, modelErr
	}
	return e, nil
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New() })

// rulesExtractor is the default Extractor without the tagger's model, for
// what needs the tables and not the model: the sentences' datelines, and
// the tagger's own features in training.
var rulesExtractor = sync.OnceValues(func() (*Extractor, error) { return New(WithoutModel()) })

// Input is one document to extract from.
type Input struct {
	// ID names the document in the result.
	ID string
	// Text is the document, UTF-8.
	Text string
	// Date is the document's publication date in ISO 8601 ("2021-07-23",
	// "2021-07", "2021"), optional. It gives the year to dates without one
	// when the text itself gives no date.
	Date string
}

// Extract extracts from one document with the default Extractor.
func Extract(id, text string) (*entities.Document, error) {
	e, err := defaultExtractor()
	if err != nil {
		return nil, err
	}
	return e.Extract(id, text)
}

// Extract extracts from one document. It returns an error only for text
// that is not valid UTF-8 (a [*UTF8Error]); any other text, however odd,
// gives a document.
func (e *Extractor) Extract(id, text string) (*entities.Document, error) {
	return e.ExtractInput(Input{ID: id, Text: text})
}

// ExtractInput extracts from one document with its publication date. It
// returns an error for text that is not valid UTF-8 ([*UTF8Error]) and for
// a malformed date ([ErrBadDate]).
//
// The pipeline: the tokens; the document's head (header, publication
// stamp, dateline, title) and the reference for years; the sentences; the
// recognizers, each reading the tokens and the mentions found before it
// (dates, figures, places, organizations, people with their posts,
// quotes); and resolution, which groups mentions into entities and links
// the lists to each other.
func (e *Extractor) ExtractInput(in Input) (*entities.Document, error) {
	if e == nil || e.gaz == nil {
		return nil, ErrNotBuilt
	}
	if off := invalidUTF8(in.Text); off >= 0 {
		return nil, &UTF8Error{Offset: off}
	}
	var given calDate
	if in.Date != "" {
		d, err := ParseDate(in.Date)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		given = calOf(d)
	}
	doc := newDocument(in.ID)
	text, folded := foldInput(in.Text)
	if folded != nil {
		// Every span found in the folded text, onto the text as given.
		defer folded.remap(doc, in.Text)
	}
	buf := getTokens(text)
	defer putTokens(buf)
	toks := *buf

	top := e.readTop(text, toks, given)
	doc.Date, doc.Dateline, doc.Title = entities.DateValue(top.date), top.dateline, top.title
	var f found
	var sentenceRules *[]string
	if e.trace {
		sentenceRules = &f.sentences
	}
	doc.Sentences = e.splitter.split(text, toks, top.header.bodyStart, top.datelineSpan(), sentenceRules)

	v := &tokenView{text: text, toks: toks, low: lowerWords(text, toks)}
	defer v.release()
	defer putLow(v.low)
	need := e.off.needs()
	if need.dates {
		doc.Dates, f.dates = e.findDates(v, doc.Sentences, top.ref, top.now, top.dateline)
		doc.Dates, f.dates = top.withMarkerDate(text, doc.Dates, f.dates)
	}
	if need.figures {
		doc.Figures, f.figures = e.findFigures(v, doc.Dates)
	}
	if !need.names {
		e.resolve(doc, nil, nil) // the contract's version and the ids
		e.off.drop(doc)
		if e.trace {
			doc.Trace = f.trace(text, doc)
		}
		return doc, nil
	}
	f.places = e.findPlaces(v, top.dateline)
	placeAt := placeStarts(f.places)
	f.orgs = e.findOrgs(v, f.places, placeAt)
	var people []span
	if e.model != nil {
		sc := getScratch()
		defer putScratch(sc) // after findPeople, which reads people
		t := e.tag(e.model, v, doc.Sentences, f.places, f.orgs, sc)
		f.places, f.orgs, people = mergeTagged(v, e.gaz, t, f.places, f.orgs, top.datelineSpan())
		clear(placeAt)
		addPlaceStarts(placeAt, f.places)
	}
	f.orgs = latinFragments(v, f.orgs)
	f.people = e.findPeople(v, f.places, placeAt, f.orgs, people)
	defer putPeople(f.people)

	var placeNames, orgNames [][]string
	doc.Places, placeNames = placeEntities(text, f.places)
	doc.Organizations, orgNames = orgEntities(text, f.orgs)
	doc.People = personEntities(text, f.people)
	if need.quotes {
		doc.Quotes, f.quotes = findQuotes(v, doc.Sentences, doc.People, func() map[string]byte { return e.genders(doc.People) })
	}
	e.resolve(doc, orgNames, placeNames)
	if need.facts {
		doc.Facts, f.facts = e.findFacts(v, doc)
		setIDs(doc.Facts, 'x', func(x *entities.Fact) *string { return &x.ID })
	}
	if e.trace {
		doc.Trace = f.trace(text, doc)
	}
	e.off.drop(doc)
	return doc, nil
}

// newDocument returns an empty document with every list present.
func newDocument(id string) *entities.Document {
	return &entities.Document{
		ID:            id,
		Lang:          "ru",
		Dates:         []entities.Date{},
		Places:        []entities.Place{},
		Organizations: []entities.Organization{},
		People:        []entities.Person{},
		Figures:       []entities.Figure{},
		Quotes:        []entities.Quote{},
		Facts:         []entities.Fact{},
	}
}

// top is what the head of a document says: its header, dateline, title,
// own date, and the dates that give the rest of it years and days.
type top struct {
	header   header
	dateline *entities.Dateline
	title    *entities.Span
	// date is the document's own date (ISO 8601), or "".
	date string
	// ref gives a year to dates without one; now is the day relative words
	// count from.
	ref, now calDate
}

// readTop reads the head of a document: a header marker (rule H1), a
// publication stamp (H2), the dateline (DL1, DL2) and the title. The
// document's own date is the marker's, else the stamp's, else the
// caller's (given), else the dateline's; the reference for years is that
// date or the Extractor's, and once the dateline's date has its year, the
// dateline's.
func (e *Extractor) readTop(text string, toks []token, given calDate) top {
	var t top
	t.header = parseHeader(text)
	lines := lineSpans(toks, t.header.bodyStart, maxDatelineLine)
	dl, dlDate, dlLine := e.findDateline(text, lines)
	stampLines := lines
	switch {
	case dlLine >= 0:
		stampLines = lines[:dlLine]
	case len(lines) > maxStampSearch:
		stampLines = lines[:maxStampSearch]
	}
	stamp, stampLine := e.findStamp(text, stampLines)

	var own calDate
	switch {
	case t.header.hasMarker:
		own = t.header.date
	case stampLine >= 0:
		own = stamp
	case given.year != 0:
		own = given
	case dl != nil && dlDate.year != 0:
		own = dlDate
	}
	if own.year != 0 {
		t.date = own.String()
	}
	t.ref, t.now = own, own
	if t.ref.year == 0 {
		t.ref = e.ref
	}
	if dl != nil {
		resolved := dlDate.withYear(t.ref, false)
		dl.Date = entities.DateValue(resolved.String())
		t.dateline = dl
		t.now = resolved
		if resolved.year != 0 {
			t.ref = resolved
		}
	}
	t.title = findTitle(text, t.header, lines, stampLine, dlLine)
	return t
}

// datelineSpan returns the dateline's span, empty when there is none.
func (t top) datelineSpan() span {
	if t.dateline == nil {
		return span{}
	}
	return span{t.dateline.Start, t.dateline.End}
}

// withMarkerDate puts the header marker's date (rule H1) before the dates
// of the body: it is a date of the document too.
func (t top) withMarkerDate(text string, dates []entities.Date, rules []string) ([]entities.Date, []string) {
	if !t.header.hasMarker {
		return dates, rules
	}
	ds := t.header.dateSpan
	d := entities.Date{
		Span:      entities.Span{Start: ds.start, End: ds.end, Text: text[ds.start:ds.end]},
		Value:     entities.DateValue(t.header.date.String()),
		Precision: t.header.date.precision(),
	}
	return append([]entities.Date{d}, dates...), append([]string{"H1"}, rules...)
}

// lowerWords returns the lower-case text of every word token ("" for the
// other tokens), which the recognizers share. Words already in lower case
// are the text itself; the others are lowered into chunks of a few
// kilobytes, so that capitalized words cost no allocation each.
func lowerWords(text string, toks []token) []string {
	buf := lowPool.Get().(*[]string)
	if cap(*buf) < len(toks) {
		*buf = make([]string, len(toks))
	}
	low := (*buf)[:len(toks)]
	clear(low)
	var lowered []byte // the current chunk; a full one is left to its strings
	for i, t := range toks {
		if t.kind != word {
			continue
		}
		w := text[t.start:t.end]
		if !hasCapital(w) {
			low[i] = w
			continue
		}
		if cap(lowered)-len(lowered) < len(w) {
			// A new chunk, twice the last: small documents stay small.
			lowered = make([]byte, 0, max(len(w), min(2*cap(lowered), 1<<16), 256))
		}
		start := len(lowered)
		var ok bool
		if lowered, ok = appendLower(lowered, w); ok {
			// A chunk never grows past its capacity and no byte of it is
			// written twice once a string holds it: the string stays as made.
			low[i] = unsafe.String(&lowered[start], len(lowered)-start)
		} else {
			lowered = lowered[:start]
			low[i] = normalize.Lower(w) // another script: the general way
		}
	}
	return low
}

// hasCapital reports an ASCII or Cyrillic capital, or a byte of another
// script, in w: what makes normalize.Lower do work.
func hasCapital(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			return true
		case c == 0xD0 && i+1 < len(w) && (w[i+1] >= 0x90 && w[i+1] <= 0xAF || w[i+1] == 0x81):
			return true
		case c == 0xD0 || c == 0xD1:
			i++
		case c >= 0x80:
			return true
		}
	}
	return false
}

// appendLower appends w in lower case to dst when w is ASCII and Russian
// Cyrillic only, whose lower case has the same length; it reports false
// for any other letter.
func appendLower(dst []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c < 0x80:
			dst = append(dst, c)
		case c == 0xD0 && i+1 < len(w):
			d := w[i+1]
			switch {
			case d >= 0x90 && d <= 0x9F: // А..П
				dst = append(dst, 0xD0, d+0x20)
			case d >= 0xA0 && d <= 0xAF: // Р..Я
				dst = append(dst, 0xD1, d-0x20)
			case d == 0x81: // Ё
				dst = append(dst, 0xD1, 0x91)
			case d >= 0xB0 && d <= 0xBF: // а..п
				dst = append(dst, 0xD0, d)
			default:
				return dst, false
			}
			i++
		case c == 0xD1 && i+1 < len(w) && (w[i+1] >= 0x80 && w[i+1] <= 0x8F || w[i+1] == 0x91):
			dst = append(dst, 0xD1, w[i+1]) // р..я, ё
			i++
		default:
			return dst, false
		}
	}
	return dst, true
}

// lowPool keeps the slices of lowerWords between documents.
var lowPool = sync.Pool{New: func() any { return new([]string) }}

// putLow returns a slice from lowerWords to the pool.
func putLow(low []string) {
	if cap(low) > maxPooledTokens {
		return
	}
	clear(low)
	low = low[:0]
	lowPool.Put(&low)
}

// maxStampSearch is how many lines from the top may hold a publication
// stamp when the document has no dateline.
const maxStampSearch = 8

// invalidUTF8 returns the offset of the first invalid byte, or -1.
func invalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// Sentences splits text into sentences with the default Extractor's
// rules. See [Extractor.Sentences]. It loads only the abbreviation table
// unless the text's first lines may hold a dateline, which the gazetteer
// then confirms; the sentences are those [Extract] gives.
func Sentences(text string) []entities.Span {
	e, err := splitterOnly()
	if err != nil {
		// The built-in tables are checked by tests; without them there is
		// still a splitter, with no abbreviations.
		e = &Extractor{}
	}
	return e.Sentences(text)
}

// splitterOnly is an Extractor with the sentence splitter's table alone.
var splitterOnly = sync.OnceValues(func() (*Extractor, error) {
	abbrevs, err := builtinAbbrevs()
	if err != nil {
		return nil, err
	}
	return &Extractor{splitter: splitter{abbrevs: abbrevs}}, nil
})

// Sentences splits text into sentences: spans in text order that do not
// overlap, with only white space between and around them (and a leading
// header marker, which is no sentence). A line break always ends a
// sentence; so does a period, "!", "?" or an ellipsis followed by a
// sentence start, except after abbreviations and initials, inside
// brackets and short quoted names, and inside the dateline. Invalid UTF-8
// is split like any other text.
func (e *Extractor) Sentences(text string) []entities.Span {
	if e == nil {
		return Sentences(text)
	}
	given := text
	text, folded := foldInput(text)
	buf := getTokens(text)
	defer putTokens(buf)
	toks := *buf
	h := parseHeader(text)
	var dlSpan span
	lines := lineSpans(toks, h.bodyStart, maxDatelineLine)
	d := e
	if d.gaz == nil && maybeDatelines(text, lines) {
		// The splitter alone, and a line may be a dateline: the full
		// tables decide (none when they fail to load); the model is not
		// needed.
		d, _ = rulesExtractor()
	}
	if d != nil && d.gaz != nil {
		if dl, _, _ := d.findDateline(text, lines); dl != nil {
			dlSpan = span{dl.Start, dl.End}
		}
	}
	out := e.splitter.split(text, toks, h.bodyStart, dlSpan, nil)
	if folded != nil {
		for i := range out {
			folded.span(&out[i], given)
		}
	}
	return out
}
