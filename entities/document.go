package entities

import "unicode/utf8"

// Span is a piece of the document's text.
type Span struct {
	// Start is the byte offset of the first byte, counted from 0.
	Start int `json:"start"`
	// End is the byte offset one past the last byte.
	End int `json:"end"`
	// Text is the document's text between Start and End.
	Text string `json:"text"`
}

// Valid reports whether s is a well-formed span of text: 0 <= Start <= End
// <= len(text), both ends on rune boundaries, and Text == text[Start:End].
func (s Span) Valid(text string) bool {
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		return false
	}
	if !runeBoundary(text, s.Start) || !runeBoundary(text, s.End) {
		return false
	}
	return text[s.Start:s.End] == s.Text
}

func runeBoundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// Document is everything extracted from one document. It marshals to one
// object of the JSON contract.
type Document struct {
	// ID names the document: the file name without extension, or the id of
	// a JSONL input line.
	ID string `json:"id"`
	// Contract is the version of the JSON contract the document follows:
	// [ContractVersion].
	Contract int `json:"contract"`
	// Lang is the language of the text; always "ru" for now.
	Lang string `json:"lang"`
	// Date is the document's own date (ISO 8601, as precise as known:
	// "2020-08", "2021-07-23"): from a header line, a publication stamp, the
	// caller, or the dateline. Extension: not in the contract's example;
	// left out when unknown.
	Date DateValue `json:"date,omitempty"`
	// Title is the headline, when the document has one.
	Title *Span `json:"title,omitempty"`
	// Dateline is the wire dateline that opens the story, when there is one.
	Dateline *Dateline `json:"dateline,omitempty"`
	// Sentences tile the text in order: they do not overlap, and only
	// white space (and a header marker) lies between and around them.
	Sentences []Span `json:"sentences"`
	// Dates are the calendar expressions, in text order.
	Dates []Date `json:"dates"`
	// Places are the distinct geographic and geopolitical places.
	Places []Place `json:"places"`
	// Organizations are the distinct organizations.
	Organizations []Organization `json:"organizations"`
	// People are the distinct people.
	People []Person `json:"people"`
	// Figures are the quantities, in text order.
	Figures []Figure `json:"figures"`
	// Quotes are the pieces of speech, in text order.
	Quotes []Quote `json:"quotes"`
	// Facts are what the text says happened or holds between the
	// entities, in text order.
	Facts []Fact `json:"facts"`
	// Trace lists every mention the recognizers found, with the rule that
	// found it, when the extractor was asked for it (extract.WithTrace).
	// Extension, for debugging rules: left out when empty.
	Trace []Found `json:"trace,omitempty"`
}

// Found is one mention a recognizer found and the ID of the rule that
// found it.
type Found struct {
	Span
	// Kind is what was found: "sentence" (the rule that ended it),
	// "dateline", "date", "figure", "place", "organization", "person",
	// "post" or "quote".
	Kind string `json:"kind"`
	// Rule is the ID of the rule, as the recognizer's source lists it:
	// "DT2", "PL1", "PS1".
	Rule string `json:"rule"`
}

// ContractVersion is the version of the JSON contract this package
// writes: version 2 adds ids, references and facts to version 1.
const ContractVersion = 2

// Dateline is the line that opens a wire story:
// "ПЕКИН, 23 июля (Синьхуа) —". Its span covers the whole dateline,
// closing dash included.
type Dateline struct {
	Span
	// Place is the place in ordinary capitalization, nominative: "Пекин".
	Place string `json:"place"`
	// PlaceLatin is the Latin form of the place when the dateline gives it:
	// "JINAN" in "ЦЗИНАНЬ (JINAN)" gives "Jinan".
	PlaceLatin string `json:"place_latin"`
	// Country is the ISO 3166-1 alpha-2 code of the place's country, when
	// the dateline names it or the place is known: "CN".
	Country string `json:"country"`
	// Date is the dateline's date as precise as the text allows:
	// "2020-08-10", or "--07-23" when nothing gives the year.
	Date DateValue `json:"date"`
	// Agency is the news agency or wire as written: "Синьхуа", "PRNewswire".
	Agency string `json:"agency"`
}

// Precision says how much of a date the text gives.
type Precision string

// The precisions of a [Date].
const (
	Year  Precision = "year"
	Month Precision = "month"
	// Week is an ISO 8601 week ("2001-W12"), for "на прошлой неделе".
	Week Precision = "week"
	Day  Precision = "day"
)

// Date is a calendar expression resolved to the calendar.
type Date struct {
	// ID is "d1", "d2"… in the order of the document's dates.
	ID string `json:"id"`
	Span
	// Value is ISO 8601 as precise as the text allows: "2020", "2020-07",
	// "2020-07-30", or a week "2020-W31"; "--07-30" or "--07" when no year
	// is knowable.
	Value DateValue `json:"value"`
	// Precision is the unit of the last field of Value.
	Precision Precision `json:"precision"`
	// Part names the part of the period the text means, when it names
	// one: "beginning", "middle", "end" ("в начале июля": Value "2020-07",
	// Part "beginning"), "first-half", "second-half", or "q1" to "q4"
	// ("в первом квартале 2026 года": Value "2026", Part "q1").
	// Extension: left out when empty.
	Part string `json:"part,omitempty"`
	// Range ties the two ends of a range together ("с 1 по 3 июля"): both
	// ends carry the same number, counted from 1 in the document; zero
	// (left out) for a date that is no range end. Extension.
	Range int `json:"range,omitempty"`
	// RangeEnd says which end of its range the date is: "from" or "to".
	// Extension: left out when Range is zero.
	RangeEnd string `json:"range_end,omitempty"`
	// Relative is the word that gave the date relative to the document's
	// date ("сегодня", "в прошлом году"). Extension: left out when empty.
	Relative string `json:"relative,omitempty"`
}

// Place is one geographic or geopolitical place with all its mentions.
type Place struct {
	// ID is "l1", "l2"… in the order of the document's places.
	ID string `json:"id"`
	// Name is the normalized name: nominative singular, ordinary
	// capitalization, original script ("Цзинань").
	Name string `json:"name"`
	// Latin is the Latin form ("Jinan").
	Latin string `json:"latin"`
	// Kind is what the place is: [Country], [Province], [City]…
	Kind PlaceKind `json:"kind"`
	// Country is the ISO 3166-1 alpha-2 code of its country.
	Country string `json:"country"`
	// Mentions are the places in the text that name it, in text order.
	Mentions []Span `json:"mentions"`
}

// Organization is one organization with all its mentions.
type Organization struct {
	// ID is "o1", "o2"… in the order of the document's organizations.
	ID string `json:"id"`
	// Name is the normalized full name ("Совет КНР по содействию
	// международной торговле").
	Name string `json:"name"`
	// Acronym is its acronym when the text gives or uses one ("СКМТ").
	Acronym string `json:"acronym"`
	// Latin is its Latin-script name when the text gives one.
	Latin string `json:"latin"`
	// PlaceID is the id of the place its name says it is in
	// ("Шаньдунский комитет КПК" → Шаньдун), or "".
	PlaceID string `json:"place_id"`
	// ParentID is the id of the listed organization it is part of
	// ("Шаньдунский комитет КПК" → КПК), or "".
	ParentID string `json:"parent_id"`
	// Mentions are the places in the text that name it, in text order.
	Mentions []Span `json:"mentions"`
}

// Person is one person with all their mentions.
type Person struct {
	// ID is "p1", "p2"… in the order of the document's people.
	ID string `json:"id"`
	// Name is the fullest normalized name, in the text's order.
	Name string `json:"name"`
	// First is the given name.
	First string `json:"first"`
	// Middle is the patronymic or middle name.
	Middle string `json:"middle"`
	// Last is the family name.
	Last string `json:"last"`
	// Latin is the Latin form of the name.
	Latin string `json:"latin"`
	// LatinSource says where Latin came from: [LatinFromText], or the
	// romanization system that made it ([Palladius], [Polivanov],
	// [Kontsevich], [ICAO]); "" when Latin is empty.
	LatinSource LatinSource `json:"latin_source"`
	// Positions are what the text says the person is.
	Positions []Position `json:"positions"`
	// Mentions are the places in the text that name the person.
	Mentions []Span `json:"mentions"`
}

// Position is a post a person holds, with the organization and place it
// names, in their normalized forms, and the words that state it.
type Position struct {
	// Title is the post in the nominative: "губернатор провинции Шаньдун".
	Title string `json:"title"`
	// Organization is the name of the organization the post is in: the
	// Name of the organization OrganizationID names when there is one.
	Organization string `json:"organization"`
	// OrganizationID is the id of that organization, or "" when the text
	// names none that the document lists.
	OrganizationID string `json:"organization_id"`
	// Place is the name of the place the post is for: the Name of the
	// place PlaceID names when there is one.
	Place string `json:"place"`
	// PlaceID is the id of that place, or "".
	PlaceID string `json:"place_id"`
	// Span is the words that state the post ("губернатора пров. Шаньдун").
	Span
}

// Figure is a quantity with what it counts.
type Figure struct {
	// ID is "f1", "f2"… in the order of the document's figures.
	ID string `json:"id"`
	Span
	// Value is the number with multipliers applied: 1200000000 for
	// "1,2 млрд".
	Value float64 `json:"value"`
	// Unit is the counted thing in its dictionary form ("соглашение"), "%",
	// or an ISO 4217 code for money ("USD").
	Unit string `json:"unit"`
	// Qualifier keeps a word like "более", "около", "до"; empty otherwise.
	Qualifier string `json:"qualifier"`
	// Range ties the two ends of a range together ("10-15 %", "от 10 до
	// 15 человек"): both figures carry the same number, counted from 1 in
	// the document. Extension: left out when zero.
	Range int `json:"range,omitempty"`
	// RangeEnd says which end of its range the figure is: "from" or "to".
	// Extension: left out when Range is zero.
	RangeEnd string `json:"range_end,omitempty"`
	// Approximate marks a quantity the text gives as an order of magnitude
	// ("десятки тысяч человек"): Value is the order it names (10000), not
	// a count, and Qualifier keeps the word ("десятки"). Extension: left
	// out when false.
	Approximate bool `json:"approximate,omitempty"`
}

// Quote is a piece of speech and who said it.
type Quote struct {
	// ID is "q1", "q2"… in the order of the document's quotes.
	ID string `json:"id"`
	Span
	// Speaker is the name of the person entity who said it.
	Speaker string `json:"speaker"`
	// SpeakerID is the id of that person, or "".
	SpeakerID string `json:"speaker_id"`
	// Kind is [Direct] for the speaker's own words, [Indirect] for speech
	// reported ("по словам X").
	Kind QuoteKind `json:"kind"`
}

// QuoteKind says whether a quote gives the speaker's own words.
type QuoteKind string

// The kinds of a [Quote].
const (
	// Direct is speech in quotation marks or after a dash.
	Direct QuoteKind = "direct"
	// Indirect is speech the text reports: "по словам X", "как сообщил X".
	Indirect QuoteKind = "indirect"
)

// FactType is what kind of thing a [Fact] says.
type FactType string

// The types of a [Fact].
const (
	Meeting     FactType = "meeting"
	Deal        FactType = "deal"
	Ownership   FactType = "ownership"
	Appointment FactType = "appointment"
	Resignation FactType = "resignation"
)

// Fact is something the text says happened or holds between entities:
// who met whom, who signed what, who owns what, who was appointed.
type Fact struct {
	// ID is "x1", "x2"… in the order of the document's facts.
	ID   string   `json:"id"`
	Type FactType `json:"type"`
	// Span is the evidence: the clause or sentence that states the fact.
	Span
	// Trigger is the word or words that name it ("встреча", "подписали").
	Trigger Span `json:"trigger"`
	// Args are the entities, dates and figures in their roles, in text
	// order.
	Args []Arg `json:"args"`
	// Kind is a deal's kind ("agreement", "sale", "investment", "loan",
	// "sanction", "other"); "" for the other types.
	Kind string `json:"kind"`
	// Title is the post of an appointment or resignation, in the
	// nominative; "" for the other types.
	Title string `json:"title"`
	// Status is "" (it happened or holds), "planned" or "negated".
	Status string `json:"status"`
}

// Arg is one argument of a [Fact]: a role and the id of what fills it.
type Arg struct {
	Role string `json:"role"`
	ID   string `json:"id"`
}
