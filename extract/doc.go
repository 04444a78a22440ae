// Package extract reads Russian press releases and wire stories and returns
// what a reader would note down, as an [entities.Document] that marshals to
// the pressfacts JSON contract.
//
// Today it finds the headline, the document's own date (a header marker or
// a publication stamp), the wire dateline (place, Latin form, country,
// date, agency), the sentences, every date resolved to the calendar, every
// figure with what it counts, and the places and organizations as entities:
// each with its normalized name, Latin name, kind and country (places) or
// acronym (organizations), and every mention; the people with their posts
// and Latin forms, and the speech they are quoted with. The document
// follows contract 2: every item has an id, and posts, quotes and
// organizations name the entities they refer to by id as well as by name.
//
// # How it works
//
// Three layers, data flowing one way: word tests shared by the recognizers
// (words.go, lexicon.go, the tables of internal/lexicon); recognizers, one
// file each, that read the tokens and the mentions found before them and
// emit mentions, each by a rule with an ID ("PL1", "DT2"; [WithTrace]
// lists them); and resolution (resolve*.go), which groups mentions into
// entities, gives dates their years and links the lists by id.
//
// A user's own places, organizations, first names and posts join the
// built-in tables through [WithPlaces], [WithOrganizations],
// [WithFirstNames] and [WithPosts], in the format of those tables.
//
// # Places and organizations
//
// Places come from an embedded gazetteer indexed in every case form the
// inflection core makes ("в Цзинане" → Цзинань, Jinan, CN), and from cue
// words for places it lacks ("уезд Байцюань"). Organizations come from
// rules: known bodies and brands, a head noun with its adjectives and
// genitive chain ("Совета КНР по содействию международной торговле"), a
// legal form or descriptor before a quoted name ("ПАО «Полюс»"), Latin
// names, and acronyms, which join the name they abbreviate ("(СКМТ)", and
// later "СКМТ" alone). One entity holds every name the text gives the same
// thing ("Китай", "КНР", "Китаем") and is named by the fullest.
//
// # The tagger
//
// Beside the rules runs a sequence tagger trained on annotated news (the
// model is embedded; internal/cmd/train rebuilds it), for the names no
// table lists: foreign names, a family name alone, one-word agencies,
// towns the gazetteer lacks. It reads the tokens with the rules' places
// and organizations as votes, only where a name can be (capitalized,
// Latin and quoted words and their neighbours). The rules keep every
// mention they make; the tagger's join where they found nothing (rules
// TG1–TG3), a person it reads over a gazetteer place replaces the place,
// and a longer name than the rules' replaces theirs. [WithoutModel] turns
// it off; [WithModel] uses another model.
//
// # Use
//
//	doc, err := extract.Extract("r1", text)
//
// or, with options and for many documents,
//
//	ex, err := extract.New(extract.WithReferenceDate(t))
//	doc, err := ex.ExtractInput(extract.Input{ID: "r1", Text: text, Date: "2021-07-23"})
//
// # Offsets
//
// Every span is a half-open range of UTF-8 byte offsets into the text
// exactly as given, with Text == text[Start:End]. Text that is not valid
// UTF-8 is refused with a [*UTF8Error] naming the first bad byte, so that
// no output ever holds a replaced character; any other text, however odd,
// gives a document. [entities.Offsets] converts the offsets to code
// points or UTF-16 units.
//
// The recognizers read the text in Unicode NFC, with the variants of
// spaces (no-break, thin), hyphens (U+2010, U+2011, the minus sign) and
// quotes written as the usual ones, and soft hyphens and joiners inside
// words taken out: text copied from a PDF or a Mac ("й" as и and a
// combining breve) gives the same names and values as text typed on a
// keyboard. Names and values are written in NFC; spans still point into
// the text as given.
//
// # Dates
//
// A date without a year takes it from the document's own date: a header
// marker (" date 2020-08 Title"), a publication stamp near the top
// ("2021-07-23 22:04:41", "17 ноября 2019, 12:39"), the caller's
// [Input.Date], or the dateline's own year; failing those, from
// [WithReferenceDate]; in the body, a dateline's date comes first. One
// rule gives the year, the same in the dateline and the body: the
// reference's year, or the year before when the date would fall more
// than three months after the reference (news reports the past), or, in
// a sentence that speaks of the future ("выставка откроется в январе"),
// the year after when the date would fall more than a week before it. A
// reference with only a month counts from the middle of the month. When
// nothing gives a year, the value is "--MM-DD": a year is never invented.
//
// # Concurrency and cost
//
// An [Extractor] is immutable and safe for concurrent use by multiple
// goroutines. The tables it needs are embedded in the binary and parsed
// once per process, on the first [New]. Extraction is one pass over the
// tokens of the text plus bounded work per line; regular expressions only
// ever see a bounded window and carry a timeout.
package extract
