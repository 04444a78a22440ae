package extract

import (
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// placeSummary writes a document's places as "name/latin/kind/country:
// mention|mention".
func placeSummary(doc *entities.Document) []string {
	var out []string
	for _, p := range doc.Places {
		var ms []string
		for _, m := range p.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, p.Name+"/"+p.Latin+"/"+string(p.Kind)+"/"+p.Country+": "+strings.Join(ms, "|"))
	}
	return out
}

func TestPlaces(t *testing.T) {
	tests := []summaryTest{
		{"two words after a town's cue", "Самолёт вылетел из города Хилтон Хэд. Губернатор в округе Александр Хлопонин.",
			[]string{"Хилтон Хэд//city/: Хилтон Хэд"},
			"a town's name of two words, the first no first name"},
		{"hyphenated foreign", "Она живёт в Санта-Барбаре, он уехал из Лос-Аламоса в Санта-Фе, они из Сан-Хуан-де-ла-Марины. Шеф полиции Сан-Диего выступил. Антуан Сент-Экзюпери писал. Приехал Санта-Клаус.",
			[]string{"Санта-Барбара//city/: Санта-Барбаре", "Лос-Аламос//city/: Лос-Аламоса", "Санта-Фе//city/: Санта-Фе", "Сан-Хуан-де-ла-Марина//city/: Сан-Хуан-де-ла-Марины", "Сан-Диего//city/: Сан-Диего"},
			"a hyphenated name whose first part starts foreign place names, in its nominative; not a person's"},
		{"inflected", "Семинар прошел в Цзинане, Токио и Осаке.",
			[]string{"Цзинань/Jinan/city/CN: Цзинане", "Токио/Tokyo/capital/JP: Токио", "Осака/Osaka/city/JP: Осаке"},
			"every case from the inflection core; -ань stays masculine"},
		{"feminine in -ь", "Встреча прошла в Казани, мэр Рязани доволен.",
			[]string{"Казань/Kazan/city/RU: Казани", "Рязань/Ryazan/city/RU: Рязани"},
			"a feminine town in -ь declines as one"},
		{"noun in -ой", "Встреча прошла в Ханое, мэр Ханоя доволен.",
			[]string{"Ханой/Hanoi/capital/VN: Ханое|Ханоя"},
			"a name in -ой the table marks a noun declines as one"},
		{"town in a country", "Перелёт начнётся у Кале во Франции и завершится у Дувра в Великобритании. Встреча прошла у Сергея Петрова в Москве.",
			[]string{"Кале///: Кале", "Франция/France/country/FR: Франции", "Дувр///: Дувра", "Великобритания/United Kingdom/country/GB: Великобритании", "Москва/Moscow/capital/RU: Москве"},
			"one word after a preposition of place and before \"в\" and a country is a town, not the person the tagger reads"},
		{"one entity", "Китай и Япония. КНР укрепляет связи с Китаем? Нет, с Японией.",
			[]string{"Китай/China/country/CN: Китай|КНР|Китаем", "Япония/Japan/country/JP: Япония|Японией"},
			"a country's names and forms are one entity"},
		{"fullest name", "Делегация Китайской Народной Республики прибыла. Китай доволен.",
			[]string{"Китайская Народная Республика/China/country/CN: Китайской Народной Республики|Китай"},
			"the entity takes the fullest name the text uses"},
		{"several words", "Губернатор Хабаровского края посетил Дальний Восток.",
			[]string{"Хабаровский край/Khabarovsk Krai/region/RU: Хабаровского края", "Дальний Восток/Far East/area/RU: Дальний Восток"},
			"adjectives agree with the head in every case"},
		{"capitals", "ЦЗИНАНЬ, 10 августа (Синьхуа) -- Открылась выставка.",
			[]string{"Цзинань/Jinan/city/CN: ЦЗИНАНЬ"}, "a dateline's place in capitals"},
		{"unknown dateline", "ЛУНКОУ, 10 августа (Синьхуа) -- Открылась выставка.",
			[]string{"Лункоу//city/: ЛУНКОУ"}, "the dateline names a city the gazetteer lacks"},
		{"cue", "Ярмарка прошла в уезде Байцюань и в городе Суйфэньхэ.",
			[]string{"Байцюань//county/: Байцюань", "Суйфэньхэ/Suifenhe/city/CN: Суйфэньхэ"},
			"a cue word marks a place the gazetteer lacks"},
		{"region adjective", "Фермеры Партизанского района довольны.",
			[]string{"Партизанский район//district/: Партизанского района"}, "an adjective before район"},
		{"agreeing cue", "Берега реки Славянки укрепят.",
			[]string{"Славянка//river/: Славянки"}, "a name that declines with its cue"},
		{"adjective and noun after a cue", "Стрельба произошла в провинции Новая Верхоляндия и в штате Западная Альтерия.",
			[]string{"Новая Верхоляндия//province/: Новая Верхоляндия", "Западная Альтерия//state/: Западная Альтерия"},
			"any cue takes an adjective and a noun after it"},
		{"more cues", "Спасатели округа Бромли нашли лодку. Движение провозгласило государство Азавиния.",
			[]string{"Бромли//district/: Бромли", "Азавиния//country/: Азавиния"},
			"округ and государство are cues"},
		{"cued again", "Лодки спустили на реку Верхоляна. Берега Верхоляны заросли, а на Верхоляне нет мостов. Новая Альтерия голосует: выборы в провинции Новая Альтерия прошли, в Новой Альтерии спокойно. Новая Шотландия ждёт итогов в провинции Новая Шотландия.",
			[]string{"Верхоляна//river/: Верхоляна|Верхоляны|Верхоляне", "Новая Альтерия//province/: Новая Альтерия|Новая Альтерия|Новой Альтерии", "Новая Шотландия//province/: Новая Шотландия|Новая Шотландия"},
			"a name a cue made a place is a place in its other cases too (PL7)"},
		{"foreign town again", "Он решил преодолеть Ла-Бриан вплавь. Рекорд через Ла-Бриан держится, пересечения Ла-Бриана редки.",
			[]string{"Ла-Бриан//city/: Ла-Бриан|Ла-Бриан|Ла-Бриана"},
			"a hyphenated foreign name a preposition of place made a place is one without it too (PL7 after PL6)"},
		{"no family name after a plural cue", "В каждом из штатов Байден получил больше голосов. Джо Байден доволен, Байдена поздравили. Голоса делят штаты Мэн и Небраска.",
			[]string{"Мэн//state/: Мэн", "Небраска/Nebraska/state/US: Небраска"},
			"a name after a plural cue is a subject unless a list follows; nor does a family name become a place anywhere else"},
		{"no family name cued again", "Берега реки Эльта заросли. Глава района Андрей Эльта и жена Эльты приехали.",
			[]string{"Эльта//river/: Эльта"},
			"a name a first name stands before is a family name: PL7 takes none of its forms"},
		{"no oblique adjective after a cue", "Жители провинции Новой Верхоляндии и округа Новой Альтерии довольны.",
			[]string{"Новая Верхоляндия//province/: Новой Верхоляндии"}, "an adjective in an oblique case after a cue starts a name only in the cue's case, which gives the nominative"},
		{"no year city", "Выручка выросла на уровне 2015 г. Подробнее — на сайте.",
			nil, "г. after a year is no city"},
		{"no person after cue", "В споре победил мэр города Лужков.",
			nil, "a surname after a cue is no place"},
		{"no domain", "Сайты в зоне .РФ открыты.", nil, "a domain is no country"},
		{"no quoted name", "Полет шаттла «Колумбия» прошел успешно.", nil, "a quoted name is a ship"},
		{"no pronoun", "Того же мнения придерживается министр.", nil, "a sentence-initial pronoun is no country"},
	}
	runSummaries(t, tests, placeSummary)
}

// TestObliqueNames: of two names the gazetteer lacks, one that is the
// other and a case ending is the other's oblique case.
func TestObliqueNames(t *testing.T) {
	ms := []placeMention{{nom: "Ла-Манш"}, {nom: "Ла-Манша"}, {nom: "Эльба"}, {nom: "Бора"}, {nom: "Бор"}, {nom: "Китай", place: &gazPlace{}}}
	got := obliqueNames(ms)
	want := map[string]string{normalize.Key("Ла-Манша"): "Ла-Манш"}
	if len(got) != len(want) || got[normalize.Key("Ла-Манша")] != "Ла-Манш" {
		t.Errorf("obliqueNames = %v, want %v (names of fewer than four letters stay)", got, want)
	}
}
