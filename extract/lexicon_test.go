package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/internal/lexicon"
)

// TestWordTables checks the word tables the recognizers share: they load,
// and the properties the code relies on are where it expects them.
func TestWordTables(t *testing.T) {
	if lexErr != nil {
		t.Fatal(lexErr)
	}
	tests := []struct {
		name string
		ok   bool
		why  string
	}{
		{"организация", lex.noun("организация", headNoun), "a head noun"},
		{"филиал", lex.noun("филиал", partNoun) && !lex.noun("филиал", headNoun), "a part, not a head"},
		{"правительство", lex.noun("правительство", headNoun|govNoun), "two properties in one row"},
		{"посольство", lex.noun("посольство", abroadNoun), "an embassy takes a place with в"},
		{"партия", lex.noun("партия", descriptorNoun), "a descriptor before a quoted name"},
		{"group", lex.latinWord("group", latinSuffix), "a Latin company suffix"},
		{"windows", lex.latinWord("windows", latinStop), "a product"},
		{"пао", lex.acronym("пао", legalForm), "a legal form"},
		{"ввп", lex.acronym("ввп", commonAcronym) && !lex.acronym("ввп", legalForm), "a common noun's acronym, no legal form"},
		{"итогам", lex.stop("итогам", poStop), "an adverbial after по"},
		{"городе", lex.cues["город"].cue == "city" && !lex.cues["город"].period, "a cue and its kind"},
		{"пров.", lex.cues["пров"].cue == "province" && lex.cues["пров"].period, "an abbreviated cue"},
		{"область", lex.cues["область"].region == "region" && lex.cues["область"].cue == "", "a region head is no cue"},
		{"десятки", lex.figures["десятки"].order == 10, "an order of magnitude"},
		{"превысил", lex.figures["превысил"].qualifier == "более", "a verb of exceeding qualifies as более"},
		{"года", lex.figures["года"].stop, "never counted"},
		{"заявил", isSpeechVerb("заявил") && !isSpeechVerb("заявление"), "a speech verb by its stem and a verb's ending"},
		{"канадского", maybeLowerHead("канадского"), "every place adjective of the table may start a lower-case name"},
		{"правительства", maybeLowerHead("правительства"), "a lower-case government body"},
		{"новой", !maybeLowerHead("новой"), "an ordinary adjective does not"},
	}
	for _, tc := range tests {
		if !tc.ok {
			t.Errorf("%s: %s", tc.name, tc.why)
		}
	}
}

// TestPropsTableErrors feeds malformed tables of properties to the reader
// the word tables use: each error names the table, the line and what is
// wrong.
func TestPropsTableErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"bad mark", "lemma\thead\tpart\nбанк\tyes\t-\n", "t:2: head: \"yes\", want + or -"},
		{"no property", "lemma\thead\tpart\nбанк\t-\t-\n", "t:2: \"банк\" has no property"},
		{"capitals", "lemma\thead\tpart\nБанк\t+\t-\n", "t:2: \"Банк\": want a word in lower case"},
		{"missing column", "lemma\thead\nбанк\t+\n", "no column \"part\""},
		{"short row", "lemma\thead\tpart\nбанк\t+\n", "t:2: 2 fields, header has 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := lexicon.Read("t", strings.NewReader(tc.data))
			if err == nil {
				_, err = propsTable[nounProps](tab, "head", "part")
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one with %q", err, tc.want)
			}
		})
	}
}

// TestUserTables adds a user's places, organizations, first names and
// posts: each is found as the built-in ones are, and a bad row is an
// error with its line.
func TestUserTables(t *testing.T) {
	const (
		places = "name\tlatin\tkind\tcountry\tdecl\taliases\n# a town the gazetteer lacks\nНовоплёсск\tNovoplyossk\tcity\tRU\t\t\n"
		orgs   = "name\tacronym\tlatin\tdecl\taliases\nКрасный маяк\tКМ\tKrasny Mayak\t\t\n"
		first  = "name\tgender\torigin\nЗлата\tf\tru\n"
		posts  = "post\nшкипер\n"
	)
	ex, err := New(WithPlaces(strings.NewReader(places)), WithOrganizations(strings.NewReader(orgs)),
		WithFirstNames(strings.NewReader(first)), WithPosts(strings.NewReader(posts)))
	if err != nil {
		t.Fatal(err)
	}
	text := "Завод «Красного маяка» открыт в Новоплёсске. Шкипер Злата Орлова рассказала о планах."
	doc, err := ex.Extract("u", text)
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, text, doc)
	got := strings.Join(append(append(placeSummary(doc), orgSummary(doc)...), peopleSummary(doc)...), "\n")
	for _, want := range []string{
		"Новоплёсск/Novoplyossk/city/RU: Новоплёсске",
		"Красный маяк [Krasny Mayak]: Красного маяка", // the acronym only when the text uses it
		"Злата Орлова",
		"шкипер",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	// Without the user's tables none of it is known to the tables (the
	// tagger may still read the town as a place, without its Latin name
	// and kind).
	rules, err := New(WithoutModel())
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := rules.Extract("u", text)
	if len(plain.Places) != 0 {
		t.Errorf("the built-in tables know %v", plain.Places)
	}
	// The built-in extractor is not changed by another's tables.
	if again, _ := rules.Extract("u", text); len(again.Places) != 0 {
		t.Errorf("a user's table leaked into the built-in gazetteer: %v", again.Places)
	}
	builtin, err := newTestExtractor(t).Extract("u", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range placeSummary(builtin) {
		if strings.Contains(p, "Novoplyossk") {
			t.Errorf("the built-in extractor has the user's place: %s", p)
		}
	}

	bad := []struct {
		name string
		opt  Option
		want string
	}{
		{"place columns", WithPlaces(strings.NewReader("name\tkind\nБердск\tcity\n")), "places (WithPlaces): columns"},
		{"place country", WithPlaces(strings.NewReader("name\tlatin\tkind\tcountry\tdecl\taliases\nБердск\tBerdsk\tcity\tRussia\t\t\n")), "places (WithPlaces):2: Бердск: country \"Russia\""},
		{"place decl", WithPlaces(strings.NewReader("name\tlatin\tkind\tcountry\tdecl\taliases\nБердск\tBerdsk\tcity\tRU\tzzz\t\n")), "places (WithPlaces):2: Бердск:"},
		{"org name", WithOrganizations(strings.NewReader("name\tacronym\tlatin\tdecl\taliases\n\tКМ\t\t\t\n")), "organizations (WithOrganizations):2: no name"},
		{"gender", WithFirstNames(strings.NewReader("name\tgender\torigin\nЗлата\tж\tru\n")), "first names (WithFirstNames):2: Злата: gender \"ж\", want m or f"},
		{"origin", WithFirstNames(strings.NewReader("name\tgender\torigin\nЗлата\tf\tslavic\n")), "origin \"slavic\", want ru or other"},
		{"post case", WithPosts(strings.NewReader("post\nШкипер\n")), "posts (WithPosts):2: post \"Шкипер\": want a noun in lower case"},
		{"fields", WithPosts(strings.NewReader("post\nшкипер\tморской\n")), "posts (WithPosts):2: 2 fields, header has 1"},
		{"not UTF-8", WithPosts(strings.NewReader("post\n\xff\n")), "not UTF-8"},
		{"read error", WithPosts(errReader{}), "disk on fire"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New: %v, want an error with %q", err, tc.want)
			}
		})
	}
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

// TestMaybeHead checks the cheap test before a word's lemma: forms of
// head and part nouns pass, short words pass, other words do not.
func TestMaybeHead(t *testing.T) {
	for w, want := range map[string]bool{
		"судом": true, "суд": true, "министерства": true, "отделения": true,
		"погода": false, "переговоры": false,
	} {
		if got := lex.maybeHead(w); got != want {
			t.Errorf("maybeHead(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestObservedFirstNames checks that the first names the training gold
// shows are read (firstnames_observed.tsv), marked so that the tagger's
// features leave them out, and never over a written name.
func TestObservedFirstNames(t *testing.T) {
	ex := newTestExtractor(t)
	rs := ex.gaz.names.firstNames("джастина")
	if len(rs) == 0 || !rs[0].observed || rs[0].name != "Джастин" || rs[0].gender != 'm' {
		t.Errorf("Джастина: readings %+v, want Джастин's, observed", rs)
	}
	for _, r := range ex.gaz.names.firstNames("иван") {
		if r.observed {
			t.Errorf("Иван: an observed reading %+v over the written name", r)
		}
	}
}
