package extract

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/pressfacts/pressfacts/internal/lexicon"
	"github.com/pressfacts/pressfacts/normalize"
)

// firstName is one form of a first name: the name, its gender and origin,
// and the case the form is in.
type firstName struct {
	name    string
	gender  byte // 'm' or 'f'
	russian bool
	cas     int // index into normalize's case order: 0 nominative ... 5 prepositional
	// observed marks a name of observedFirstNamesFile, which the tagger's
	// features do not read (the model learnt without it).
	observed bool
}

// nameTables are the tables people are found with: first names in every
// case, East Asian family names, and post nouns in every case.
type nameTables struct {
	first     map[string][]firstName // folded form → readings
	firstSeen *wordBits              // first's keys (firstNames)
	east      map[string]string      // folded family name → "zh", "ko" or "zh ko"
	posts     map[string]string      // folded form → lemma
	// postPlurals maps the plural forms of posts to their lemma
	// ("академики" → "академик").
	postPlurals map[string]string
	// observedOnly holds the forms of posts only observedPostsFile
	// lists: the tagger's features read the written tables alone, as the
	// model was trained.
	observedOnly map[string]bool
	// placeAdjectives maps the stem of an adjective made from a place
	// name to the place: "российск" → Россия.
	placeAdjectives map[string]string
	// adjectiveStems are the shortest and longest stems of
	// placeAdjectives, in bytes.
	adjectiveStems [2]int
	// surnames maps the keys of the family names the training gold shows
	// in the nominative (observedSurnamesFile) to the names.
	surnames map[string]string
}

// observedSurnamesFile is the table of the family names the training gold
// shows, which internal/cmd/train writes (-surnames).
const observedSurnamesFile = "surnames_observed.tsv"

// russianSurnameEnds end a Russian man's family name whose woman's
// nominative adds "-а": "Петрова" may be Петров's genitive or Петрова.
var russianSurnameEnds = []string{"ов", "ев", "ёв", "ин", "ын"}

// observedSurname returns the nominative of a family name written alone
// that the observed family names list, as written or in another case
// ("Цукерберга" → Цукерберг, "Обамы" → Обама), or false. A Russian name
// in "-ов", "-ин" and their "-ова", "-ина" is left to the text: its "-а"
// may be a man's genitive or a woman's nominative.
func (t *nameTables) observedSurname(w string) (string, bool) {
	k := normalize.Key(w)
	for _, e := range russianSurnameEnds {
		if strings.HasSuffix(k, e+"а") || strings.HasSuffix(k, e) {
			return "", false // "Петрова": Петров's genitive or Петрова, as the text says
		}
	}
	if n, ok := t.surnames[k]; ok {
		return n, true
	}
	var name string
	_, ok := obliqueStem(k, 3, func(stem string) bool {
		if hasAnySuffix(stem, russianSurnameEnds) {
			return false // "Панфилову": Панфилов's or Панфилова's
		}
		var ok bool
		if name, ok = t.surnames[stem]; !ok {
			name, ok = t.surnames[stem+"а"] // "Обамы"
		}
		return ok
	})
	return name, ok
}

// fleetingStem returns the stem of a man's name whose last vowel drops in
// its other cases: "Павл" of "Павел", "Льв" of "Лев".
func fleetingStem(name, gender string) (string, bool) {
	switch {
	case gender != "m":
		return "", false
	case name == "Лев":
		return "Льв", true
	case strings.HasSuffix(name, "ел") && utf8.RuneCountInString(name) >= 4:
		return strings.TrimSuffix(name, "ел") + "л", true
	}
	return "", false
}

// firstNameColumns and postColumns are the columns of firstnames.tsv and
// posts.tsv, which a user's tables must have too.
var (
	firstNameColumns = []string{"name", "gender", "origin"}
	postColumns      = []string{"post"}
	// observedPostColumns are observedPostsFile's.
	observedPostColumns = []string{"post", "professions", "words", "source"}
	// observedFirstNameColumns are observedFirstNamesFile's.
	observedFirstNameColumns = []string{"name", "gender", "origin", "mentions", "words", "source"}
)

// observedFirstNamesFile is the table of the first names the training
// gold shows, which internal/cmd/train writes (-first-names).
const observedFirstNamesFile = "firstnames_observed.tsv"

// observedPostsFile is the table of the posts the training gold shows,
// which internal/cmd/train writes (-posts).
const observedPostsFile = "posts_observed.tsv"

// firstNames returns the readings of a folded word as a first name; a
// bitset answers most words that are none without the map.
func (t *nameTables) firstNames(fold string) []firstName {
	if !t.firstSeen.mayHave(fold) {
		return nil
	}
	return t.first[fold]
}

// writtenPost reports a folded form of a post the written tables (posts.tsv
// or a user's) list.
func (t *nameTables) writtenPost(fold string) bool {
	_, ok := t.posts[fold]
	return ok && !t.observedOnly[fold]
}

// pluralForms returns the plural forms of a post noun: nominative,
// genitive, dative, instrumental and prepositional ("академики", "академиков", ..., "академиках"). A noun in
// -ия, -ие or with a fleeting vowel ("владелец") has none here; a
// compound declines its last part.
func pluralForms(post string) []string {
	head, tail := "", post
	if i := strings.LastIndexByte(post, '-'); i >= 0 {
		head, tail = post[:i+1], post[i+1:]
	}
	r := []rune(tail)
	if len(r) < 3 {
		return nil
	}
	last := r[len(r)-1]
	stem := string(r[:len(r)-1])
	var forms []string
	switch {
	case last == 'а' || last == 'я':
		// "глава": "главы"; "судья": "судьи".
		i := "ы"
		if last == 'я' || strings.ContainsRune("кгхжшчщ", r[len(r)-2]) {
			i = "и"
		}
		forms = []string{stem + i, stem + "ам", stem + "ами", stem + "ах"}
		if last == 'я' {
			forms = []string{stem + i, stem + "ям", stem + "ями", stem + "ях"}
		}
	case last == 'ь' || last == 'й':
		// "руководитель": "руководители"; "рабочий" is an adjective.
		if last == 'й' && (r[len(r)-2] == 'и' || r[len(r)-2] == 'ы' || r[len(r)-2] == 'о') {
			return nil
		}
		forms = []string{stem + "и", stem + "ей", stem + "ям", stem + "ями", stem + "ях"}
	case strings.HasSuffix(tail, "ец") || strings.HasSuffix(tail, "ия") || strings.HasSuffix(tail, "ие"):
		return nil
	case strings.ContainsRune("бвгдзклмнпрстфхжшчщц", last):
		i, gen := "ы", "ов"
		if strings.ContainsRune("кгхжшчщ", last) {
			i = "и"
		}
		if strings.ContainsRune("жшчщ", last) {
			gen = "ей"
		}
		forms = []string{tail + i, tail + gen, tail + "ам", tail + "ами", tail + "ах"}
	default:
		return nil
	}
	for i := range forms {
		forms[i] = head + forms[i]
	}
	return forms
}

// loadNames builds the name tables from tables of first names and of
// posts (the built-in ones and a user's), and the built-in East Asian
// family names and place adjectives.
func loadNames(firstNames, posts []*lexicon.Table) (*nameTables, error) {
	t := &nameTables{first: make(map[string][]firstName, formKeyCount(firstNameKeys)), east: map[string]string{}, firstSeen: new(wordBits),
		posts: make(map[string]string, formKeyCount(postFormKeys)), postPlurals: map[string]string{}, observedOnly: make(map[string]bool, formKeyCount(postFormKeys)), placeAdjectives: map[string]string{}}
	arena := make([]firstName, 0, formKeyCount(firstNameKeys)+256)
	for _, tab := range firstNames {
		observed := tab.Name == observedFirstNamesFile
		want := firstNameColumns
		if observed {
			want = observedFirstNameColumns
		}
		if err := wantColumns(tab, want); err != nil {
			return nil, err
		}
		for _, r := range tab.Rows {
			name, gender, origin := r.Fields[0], r.Fields[1], r.Fields[2]
			if observed && len(t.first[normalize.Key(name)]) > 0 {
				continue // a written table's name (or a form of one) wins
			}
			switch {
			case name == "":
				return nil, tab.Errorf(r, "no name")
			case gender != "m" && gender != "f":
				return nil, tab.Errorf(r, "%s: gender %q, want m or f", name, gender)
			case origin != "ru" && origin != "other":
				return nil, tab.Errorf(r, "%s: origin %q, want ru or other", name, origin)
			}
			d := normalize.Declension{Noun: true, Feminine: gender == "f"}
			if gender == "f" && !strings.ContainsRune("аяьиеоуюэы", lastRune(normalize.Lower(name))) {
				// "Лиз", "Кэтрин", "Элизабет": a woman's name in a hard
				// consonant does not decline ("Лиза" is Лиза, not Лиз's).
				d = normalize.Declension{Indeclinable: true}
			}
			add := func(c int, k string) {
				f := firstName{name, gender[0], origin == "ru", c, observed}
				if old := t.first[k]; len(old) > 0 {
					t.first[k] = append(old, f) // a second reading, rarely
				} else {
					// One reading, in a slice of the arena whose capacity
					// ends at it: an append copies, never overwrites.
					arena = append(arena, f)
					t.first[k] = arena[len(arena)-1 : len(arena) : len(arena)]
				}
				t.firstSeen.add(k)
			}
			eachCaseKey(firstNameKeys, name, d, func() [6][]string { return normalize.Cases(name, d) }, add)
			if stem, ok := fleetingStem(name, gender); ok {
				// "Павел": "Павла", "Павлу"; "Лев": "Льва".
				for c, end := range [...]string{1: "а", 2: "у", 3: "а", 4: "ом", 5: "е"} {
					if c > 0 {
						add(c, normalize.Key(stem+end))
					}
				}
			}
		}
	}
	east, err := lexicon.Load("surnames_east.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range east.Rows {
		t.east[normalize.Key(r.Fields[0])] = r.Fields[1]
	}
	// The built-in table (the last) first, then the user's, whose forms
	// win where two posts share one.
	for i := len(posts) - 1; i >= 0; i-- {
		tab := posts[i]
		observed := tab.Name == observedPostsFile
		want := postColumns
		if observed {
			want = observedPostColumns
		}
		if err := wantColumns(tab, want); err != nil {
			return nil, err
		}
		for _, r := range tab.Rows {
			post := r.Fields[0]
			if post == "" || post != normalize.Lower(post) {
				return nil, tab.Errorf(r, "post %q: want a noun in lower case", post)
			}
			eachKey(postFormKeys, post, normalize.Declension{}, normalize.Forms, func(k string) {
				t.posts[k] = post
				t.observedOnly[k] = observed
			})
			// The nominative and the instrumental only: the other
			// oblique plurals stand inside names ("Палаты
			// представителей"); "с музыкантами Евгением Казанцевым и
			// Юрием Китаевым" lists the holders.
			for i, f := range pluralForms(post) {
				if k := normalize.Key(f); t.posts[k] == "" && (i == 0 || strings.HasSuffix(f, "ами") || strings.HasSuffix(f, "ями")) {
					t.postPlurals[k] = post
				}
			}
		}
	}
	adj, err := lexicon.Load("place_adjectives.tsv")
	if err != nil {
		return nil, err
	}
	t.adjectiveStems = [2]int{math.MaxInt, 0}
	for _, r := range adj.Rows {
		t.placeAdjectives[r.Fields[0]] = r.Fields[1]
		t.adjectiveStems = [2]int{min(t.adjectiveStems[0], len(r.Fields[0])), max(t.adjectiveStems[1], len(r.Fields[0]))}
	}
	sur, err := lexicon.Load(observedSurnamesFile)
	if err != nil {
		return nil, err
	}
	if err := wantColumns(sur, []string{"surname", "mentions", "source"}); err != nil {
		return nil, err
	}
	t.surnames = make(map[string]string, len(sur.Rows))
	for _, r := range sur.Rows {
		t.surnames[normalize.Key(r.Fields[0])] = r.Fields[0]
	}
	return t, nil
}

// placeOfAdjective returns the place an adjective is made from, or "".
func (t *nameTables) placeOfAdjective(w string) string {
	if len(w) < t.adjectiveStems[0] {
		return ""
	}
	lw := normalize.Lower(w)
	if !adjectival(lw) {
		return ""
	}
	// The longest stem first, at rune boundaries.
	for n := min(len(lw), t.adjectiveStems[1]); n >= t.adjectiveStems[0]; n-- {
		if n < len(lw) && !utf8.RuneStart(lw[n]) {
			continue
		}
		if p, ok := t.placeAdjectives[lw[:n]]; ok {
			return p
		}
	}
	return ""
}
