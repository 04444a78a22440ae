package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/normalize"
)

// TestOpenWorld extracts names no table lists, each kind the tagger is
// for, and the names the rules and the tagger give them.
func TestOpenWorld(t *testing.T) {
	tests := []struct {
		text                 string
		people, orgs, places []string
		notPeople, notOrgs   []string
		notPlaces            []string
		why                  string
	}{
		{text: "Президент Франции встретился с Макроном.", people: []string{"Макрон"},
			why: "a family name alone, in the instrumental, that the text never gives in full"},
		{text: "Позиция Байдена ясна. Байдену звонили вчера.", people: []string{"Байден"},
			why: "a family name in two cases is one person, in the nominative"},
		{text: "У Байдена есть план. Байден выступил.", people: []string{"Байден"}, notPeople: []string{"У "},
			why: "a preposition starting the sentence is not the Chinese family name У"},
		{text: "Встреча с Джозефом Байденом прошла в Вашингтоне.", people: []string{"Джозеф Байден"},
			why: "an unlisted first name takes the case its family name shows"},
		{text: "Вдова Солженицына рассказала о планах. Картина Репина продана.", people: []string{"Солженицын", "Репин"}, notPeople: []string{"Вдова", "Картина"},
			why: "a relative's noun or a thing's at a sentence's start is no part of the name after it"},
		{text: "Премьер Японии Наото Кан прибыл в Москву. Визит Наото Кана продлится два дня.", people: []string{"Наото Кан"}, notPeople: []string{"Наото Кана"},
			why: "a family name that could be Japanese is the genitive where the text writes its stem"},
		{text: "Там он познакомился с диджеем Лиамом Хоулеттом.", people: []string{"Лиам Хоулетт"},
			why: "a short unlisted first name too: its stem is counted in letters, not bytes"},
		{text: "Причину Трамп не назвал. Позже причину назвали. Вывезти Биби не удалось. Снова Путин выступил.", people: []string{"Трамп", "Биби", "Путин"},
			notPeople: []string{"Причину Трамп", "Вывезти Биби", "Снова Путин"},
			why:       "a word that starts the sentence and the text writes in lower case, or a verb, is no first name"},
		{text: "Племянница президента Мэри Трамп выпустила книгу. Книга разозлила Трампа.", people: []string{"Мэри Трамп", "Трамп"},
			why: "a declined form of a family name is no woman's whose name in a hard consonant does not decline"},
		{text: "Письмо Асии Биби опубликовали.", people: []string{"Асия Биби"},
			why: "a first name declined like Мария"},
		{text: "Выступил Массимо Бузакка.", people: []string{"Массимо Бузакка"},
			why: "a family name in -а that no other form in the text puts in the genitive"},
		{text: "Речь Майка Пенса прозвучала вчера.", people: []string{"Майк Пенс"},
			why: "both words end as a man's genitive: the verb agrees with the speech, not the name"},
		{text: "Позиция Кенни Джейкобса и письмо Гарри Трумена известны.", people: []string{"Кенни Джейкобс", "Гарри Трумен"},
			why: "after an English first name that does not decline, a family name in -а is a man's genitive"},
		{text: "Слова Джанни Бузакка и Синдзи Харада прозвучали.", people: []string{"Джанни Бузакка", "Синдзи Харада"},
			why: "not an Italian double consonant, not a Japanese name"},
		{text: "Портрет Юлии Навальной и книга Анны Толстой.", people: []string{"Юлия Навальная", "Анна Толстая"},
			why: "a woman's adjectival family name in the genitive"},
		{text: "В 1986 году Папа Иоанн Павел II назначил его. Король Карл III выступил.", people: []string{"Иоанн Павел II", "Карл III"},
			why: "a ruler's or a pope's name: one or two first names and a Roman numeral"},
		{text: "Он ведёт себя, словно царь Иоанн Грозный.", people: []string{"Иоанн Грозный"}, notPlaces: []string{"Грозный"},
			why: "an adjective after a first name is an epithet or a family name, not the town"},
		{text: "Жители Мариуполя и Волгограда ждут.", places: []string{"Мариуполь"}, notPeople: []string{"Мариуполя"},
			why: "a town's ending (-поль, -град) is no one's name"},
		{text: "Среди хитов группы — «Such a Shame» и «Living in Another World».", notOrgs: []string{"Such", "Shame", "Another World"},
			why: "capitalized Latin words inside a longer Latin phrase in lower case are a title, not a name"},
		{text: "Воздух прогрелся до 25 градусов по Цельсию.", notPeople: []string{"Цельсию"},
			why: "a temperature scale is named after someone, and no one"},
		{text: "Письмо Бараку Обаме отправили.", people: []string{"Барак Обама"},
			why: "a man's name in -а in the dative"},
		{text: "Туристы из Болоньи. Поездка в Олбани и Солсбери. Жители Казани. Казань ждёт.", places: []string{"Болонья", "Олбани", "Солсбери", "Казань"},
			why: "a town in -ья in the genitive; towns in -и that the text never writes in -ь do not decline"},
		{text: "Об этом сообщила Валентина Кузнецова.", people: []string{"Валентина Кузнецова"},
			why: "the verb before the name says she"},
		{text: "Валентина Кузнецова заявила, что проект готов.", people: []string{"Валентина Кузнецова"},
			why: "the verb after the name says she"},
		{text: "Встреча Павла Дурова и Андрея Белого.", people: []string{"Павел Дуров", "Андрей Белый"},
			why: "a first name with a fleeting vowel; an adjectival family name"},
		{text: "На встрече выступил Хосе Мария Гарсия де ла Торре.", people: []string{"Хосе Мария Гарсия де ла Торре"},
			why: "particles and a second family name after the first"},
		{text: "Об этом заявила Захарова.", people: []string{"Захарова"},
			why: "a woman's family name alone, by the verb before it"},
		{text: "Пресс-служба Кадырова заявила, что встреча прошла.", people: []string{"Кадыров"},
			why: "the verb after a genitive agrees with the noun before it, not with the name"},
		{text: "Визит Сергея Скрипаля прошёл тихо.", people: []string{"Сергей Скрипаль"},
			why: "a family name in -я after a consonant is -ь in the nominative"},
		{text: "Звонок Джо Байдену. Байден ответил.", people: []string{"Джо Байден"},
			why: "a dative family name whose nominative the text writes"},
		{text: "Слово дали Марине Ивановой.", people: []string{"Марина Иванова"},
			why: "a Russian name's reading before a rarer foreign one's"},
		{text: "Врачи Английской национальной службы здравоохранения бастуют. Министры посетили Белый дом фактически без охраны.", orgs: []string{"Английская национальная служба здравоохранения"},
			notOrgs: []string{"Белый дом фактически"},
			why:     "a name that ends in a common noun takes the genitive of its field after it, not an adverb"},
		{text: "Выборщик от штата Западная Вирджиния Маргаретт Лич проголосовала. Самолёт сел в Южной Каролине.", people: []string{"Маргаретт Лич"},
			notPeople: []string{"Вирджиния", "Каролина"}, places: []string{"Западная Вирджиния", "Южная Каролина"},
			why: "a first name inside a longer place's name is the place's"},
		{text: "Специалисты Ростехнадзора проверили завод.", orgs: []string{"Ростехнадзор"},
			why: "a one-word agency no table lists"},
		{text: "Новый завод построят в Барабинске к осени.", places: []string{"Барабинск"},
			why: "a town the gazetteer lacks"},
		{text: "Груз отправили через порт Усть-Луга.", places: []string{"Усть-Луга"},
			why: "a town's name in -а after a noun, as written"},
		{text: "Поставки из Мэриленда выросли, а из Праги упали.", places: []string{"Мэриленд", "Прага"},
			why: "a town's genitive after a preposition, masculine in -а, feminine in -и"},
		{text: "Инспекция наказала Иванову. Ирина Иванова работает в Иваново.", people: []string{"Ирина Иванова"}, places: []string{"Иваново"},
			why: "a family name that is also a town's case form is the person's where the tagger reads a person"},
		{text: "Доминика Смита наградили в Лондоне.", people: []string{"Доминик Смит"}, notPlaces: []string{"Доминика"},
			why: "a first name that is also a country's"},
		{text: "Вера в успех крепка. Надежда есть.", notPeople: []string{"Вера", "Надежда"},
			why: "a first name at a sentence start with no verb that agrees"},
		{text: "Компания Nord Stream 2 AG подала иск.", orgs: []string{"Nord Stream 2 AG"},
			why: "a number inside a Latin name"},
		{text: "Препарат Спутник V зарегистрирован.", notPeople: []string{"Спутник"}, notOrgs: []string{"Спутник"},
			why: "a product named after a known name with a Roman numeral"},
		{text: "НЕ ДЛЯ РАСПРОСТРАНЕНИЯ ЛИЦАМ В ЛЮБОЙ ЮРИСДИКЦИИ.\nКомпания разместила облигации.", notPlaces: []string{"ЮРИСДИКЦИ", "Юрисдикци"},
			why: "a line in capitals tells the tagger nothing"},
		{text: "Компания «Стрижфарм» (далее — «Эмитент») разместила облигации.", notPeople: []string{"Эмитент"}, notOrgs: []string{"Эмитент"},
			why: "a term a filing defines in brackets is no name"},
	}
	ex := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			doc, err := ex.Extract("o", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, tc.text, doc)
			var people, orgs, places []string
			for _, p := range doc.People {
				people = append(people, p.Name)
			}
			for _, o := range doc.Organizations {
				orgs = append(orgs, o.Name)
			}
			for _, p := range doc.Places {
				places = append(places, p.Name)
			}
			for _, c := range []struct {
				what      string
				got, want []string
			}{{"people", people, tc.people}, {"organizations", orgs, tc.orgs}, {"places", places, tc.places}} {
				for _, w := range c.want {
					if !slices.Contains(c.got, w) {
						t.Errorf("%q: %s %q, want %q among them", tc.text, c.what, c.got, w)
					}
				}
			}
			for _, c := range []struct {
				what         string
				got, notWant []string
			}{{"people", people, tc.notPeople}, {"organizations", orgs, tc.notOrgs}, {"places", places, tc.notPlaces}} {
				for _, w := range c.notWant {
					for _, g := range c.got {
						if strings.Contains(g, w) {
							t.Errorf("%q: %s %q, want no %q", tc.text, c.what, c.got, w)
						}
					}
				}
			}
		})
	}
}

// TestWithoutModel checks that the rules alone find none of what only the
// tagger finds, and that WithModel refuses what is not a model.
func TestWithoutModel(t *testing.T) {
	ex, err := New(WithoutModel())
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ex.Extract("r", "Новый завод построят в Барабинске к осени.")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Places) != 0 {
		t.Errorf("the rules alone found %v", doc.Places)
	}
	if _, err := New(WithModel(strings.NewReader("pressfacts tagger\nformat 1\n\n"))); err == nil {
		t.Error("WithModel took a model with no layers")
	}
}

func TestShape(t *testing.T) {
	for w, want := range map[string]string{"Москва": "Xx", "NATO": "lX", "Улан-Удэ": "Xx-Xx", "COVID-19": "lX-d",
		"17": "d", "«": "*", "Ωmega": "oXx", "ёлка": "x", "iPhone": "lxXx"} {
		if got := string(appendShape(nil, w)); got != want {
			t.Errorf("appendShape(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestAcronymCase(t *testing.T) {
	for w, want := range map[string]string{"ЮКОСа": "ЮКОС", "МВФом": "МВФ", "ЦРУшники": "", "Москва": "", "ЮКОС": "", "Аа": ""} {
		if got, _ := acronymCase(w); got != want {
			t.Errorf("acronymCase(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestTrimLead checks what comes off the start of a person the tagger
// found: a post ("Император Акихито"), a known noun, a preposition; a
// first name stays.
func TestTrimLead(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct{ text, span, want string }{
		{"Император Акихито улыбнулся.", "Император Акихито", "Акихито"},
		{"Вчера Пётр Лещенко пел.", "Пётр Лещенко", "Пётр Лещенко"},
		{"У Байдена есть план.", "У Байдена", "Байдена"},
	} {
		toks := tokenize(c.text)
		v := &tokenView{text: c.text, toks: toks, low: lowerWords(c.text, toks)}
		s := &personScan{postScan: newPostScan(v, ex.gaz, nil, map[int]int{}, nil)}
		start := strings.Index(c.text, c.span)
		got := s.trimLead(span{start, start + len(c.span)})
		if g := c.text[got.start:got.end]; g != c.want {
			t.Errorf("trimLead(%q) = %q, want %q", c.span, g, c.want)
		}
		v.release()
	}
}

// TestTaggedSpanChecks checks what the merge makes of the tagger's spans:
// a person with a number, after a lower-case Latin word or with a Latin
// word of the tables is none; an organization that ends in an adjective
// takes the noun after it; an adjective before the noun it agrees with is
// no person; a place does not end in the first name of the subject after
// it; a word with a town's ending is a town.
func TestTaggedSpanChecks(t *testing.T) {
	view := func(text string) *tokenView {
		toks := tokenize(text)
		return &tokenView{text: text, toks: toks, low: lowerWords(text, toks)}
	}
	at := func(text, sub string) span {
		i := strings.Index(text, sub)
		return span{i, i + len(sub)}
	}
	for _, c := range []struct {
		text, span string
		want       bool
	}{
		{"Итог: Топалов 0,5 очка.", "Топалов 0,5", true},
		{"Committee to Protect Journalists заявил.", "Protect Journalists", true},
		{"Турнир Corus Chess Tournament начался.", "Corus Chess Tournament", true},
		{"Князь Альбер II приехал.", "Альбер II", false},
		{"Приехал Джон Смит.", "Джон Смит", false},
	} {
		v := view(c.text)
		if got := noPerson(v, at(c.text, c.span)); got != c.want {
			t.Errorf("noPerson(%q) = %v, want %v", c.span, got, c.want)
		}
		v.release()
	}
	for _, c := range []struct{ text, span, want string }{
		{"Торги на Нью-йоркская фондовая биржа шли.", "Нью-йоркская фондовая", "Нью-йоркская фондовая биржа"},
		{"Акции Лондонской фондовой биржи росли.", "Лондонской фондовой", "Лондонской фондовой биржи"},
		{"Компания Северная заявила.", "Северная", "Северная"},
	} {
		v := view(c.text)
		s := withHead(v, at(c.text, c.span))
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withHead(%q) = %q, want %q", c.span, got, c.want)
		}
		v.release()
	}
	for text, want := range map[string]bool{"Вышла Galaxy Tab.": true, "Вышла The Galaxy Group.": false, "Купили Samsung Electronics.": false} {
		v := view(text)
		sub := strings.TrimSuffix(text[strings.IndexByte(text, ' ')+1:], ".")
		if got := latinProduct(v, at(text, sub)); got != want {
			t.Errorf("latinProduct(%q) = %v, want %v", sub, got, want)
		}
		v.release()
	}
	for text, want := range map[string]bool{
		"Вышла с Нобелевской премией.": true, "Живёт под Старым городом.": true, "Рядом у Белого дома.": true,
		"Писатель Толстой написал роман.": false, "Роман Белого хорош.": false,
	} {
		v := view(text)
		k := v.tokenAt(strings.IndexAny(text, "НСБТ"))
		if strings.HasPrefix(text, "Писатель") || strings.HasPrefix(text, "Роман") {
			k = v.next(v.tokenAt(0))
		}
		if got := attributeOf(v, k); got != want {
			t.Errorf("attributeOf(%q in %q) = %v, want %v", v.tokText(k), text, got, want)
		}
		v.release()
	}
	ex := newTestExtractor(t)
	for _, c := range []struct{ text, span, want string }{
		{"В районе Статен-Айленд Джон получил ранение.", "Статен-Айленд Джон", "Статен-Айленд"},
		{"Это Фрэнки Бой. В районе Статен-Айленд Фрэнки получил ранение.", "Статен-Айленд Фрэнки", "Статен-Айленд"},
		{"В районе Статен-Айленд Джон Смит получил ранение.", "Статен-Айленд Джон", "Статен-Айленд Джон"},
		{"Поехали в Порт Элизабет.", "Порт Элизабет", "Порт Элизабет"},
	} {
		v := view(c.text)
		starts := map[string]bool{}
		if i := strings.Index(c.text, "Фрэнки Бой"); i >= 0 {
			starts = personStarts(v, []span{{i, i + len("Фрэнки Бой")}})
		}
		s := firstNameOff(v, ex.gaz, at(c.text, c.span), starts)
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("firstNameOff(%q) = %q, want %q", c.span, got, c.want)
		}
		v.release()
	}
	for w, want := range map[string]string{"Мариуполя": "Мариуполь", "Зеленограде": "Зеленоград", "Железногорском": "Железногорск", "Тополь": "", "Градов": ""} {
		got := ""
		if townWord(normalize.Lower(w)) {
			got = townNominative(w)
		}
		if got != want {
			t.Errorf("town %q: %q, want %q", w, got, want)
		}
	}
}
