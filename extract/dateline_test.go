package extract

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/pressfacts/pressfacts/entities"
)

// datelineCases are the dateline forms real wires use, each as the opening
// of a story; want leaves out the span, checked separately.
var datelineCases = []struct {
	name, in string
	date     string // the document's date given by the caller
	want     *entities.Dateline
	spanText string
	why      string
}{
	{"prnewswire", "ЦЗИНАНЬ (JINAN), Китай, 10 августа 2020 г. /PRNewswire/ -- Семинар прошел.", "",
		&entities.Dateline{Place: "Цзинань", PlaceLatin: "Jinan", Country: "CN", Date: "2020-08-10", Agency: "PRNewswire"},
		"ЦЗИНАНЬ (JINAN), Китай, 10 августа 2020 г. /PRNewswire/ --", "capitals restored, Latin form from the text, country named"},
	{"xinhua parens", "ПЕКИН, 23 июля (Синьхуа) — Китай предоставил вакцины.", "",
		&entities.Dateline{Place: "Пекин", Country: "CN", Date: "--07-23", Agency: "Синьхуа"},
		"ПЕКИН, 23 июля (Синьхуа) —", "no year anywhere: --MM-DD"},
	{"xinhua slashes", "Харбин, 28 октября /Синьхуа/ -- Сейчас в провинции осень.", "2021-11-02",
		&entities.Dateline{Place: "Харбин", Country: "CN", Date: "2021-10-28", Agency: "Синьхуа"},
		"Харбин, 28 октября /Синьхуа/ --", "the year from the document's date"},
	{"tass", "БОАО /Китай/, 3 декабря. /ТАСС/. ТАСС и Синьхуа наметили проекты.", "",
		&entities.Dateline{Place: "Боао", Country: "CN", Date: "--12-03", Agency: "ТАСС"},
		"БОАО /Китай/, 3 декабря. /ТАСС/.", "country between slashes, TASS's periods"},
	{"ria", "УЛАН-БАТОР, 14 июл — РИА Новости. Монголия предложила раунд.", "",
		&entities.Dateline{Place: "Улан-Батор", Country: "MN", Date: "--07-14", Agency: "РИА Новости"},
		"УЛАН-БАТОР, 14 июл — РИА Новости.", "abbreviated month, agency after a dash"},
	{"jiji", "Токио, 29 января (Jiji Press) -- Правительство Японии сообщило.", "",
		&entities.Dateline{Place: "Токио", Country: "JP", Date: "--01-29", Agency: "Jiji Press"},
		"Токио, 29 января (Jiji Press) --", "a Latin agency in brackets"},
	{"agency first", "УрБК, Москва, 17.11.2016. Чистая прибыль компании выросла.", "",
		&entities.Dateline{Place: "Москва", Country: "RU", Date: "2016-11-17", Agency: "УрБК"},
		"УрБК, Москва, 17.11.2016.", "the agency leads, numeric date"},
	{"bare agency", "Хоргос. 13 августа. Kazakhstan Today - Открылся форум.", "",
		&entities.Dateline{Place: "Хоргос", Date: "--08-13", Agency: "Kazakhstan Today"},
		"Хоргос. 13 августа. Kazakhstan Today -", "periods, an agency we know without brackets; Хоргос is on both sides of a border"},
	{"sputnik", "ТАШКЕНТ, 14 мая — Sputnik. Глава государства ознакомился с продукцией.", "",
		&entities.Dateline{Place: "Ташкент", Country: "UZ", Date: "--05-14", Agency: "Sputnik"},
		"ТАШКЕНТ, 14 мая — Sputnik.", "Sputnik's form"},
	{"time first", "11:02, 13 октября 2016, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА", "",
		&entities.Dateline{Place: "Бишкек", Country: "KG", Date: "2016-10-13", Agency: "24.kg"},
		"11:02, 13 октября 2016, Бишкек - 24.kg", "time, date, place, agency"},
	{"city and country", "Женева, Швейцария, 11 июля /Синьхуа/ -- Индекс опубликован.", "",
		&entities.Dateline{Place: "Женева", Country: "CH", Date: "--07-11", Agency: "Синьхуа"},
		"Женева, Швейцария, 11 июля /Синьхуа/ --", "two names: the second is the country, not the first an agency"},
	{"two words in capitals", "СУХОЙ ЛОГ, 5 мая (Интерфакс) -- Открылась выставка.", "",
		&entities.Dateline{Place: "Сухой Лог", Date: "--05-05", Agency: "Интерфакс"},
		"СУХОЙ ЛОГ, 5 мая (Интерфакс) --", "a two-word place in capitals, not in the gazetteer"},
	{"unknown capitals", "ЛУНКОУ, 5 мая (Синьхуа) -- Город открыл выставку.", "",
		&entities.Dateline{Place: "Лункоу", Date: "--05-05", Agency: "Синьхуа"},
		"ЛУНКОУ, 5 мая (Синьхуа) --", "a place the gazetteer lacks, in capitals: no country"},
	{"not a dateline", "Сегодня, 5 мая, в Пекине открылась выставка.", "",
		nil, "", "a sentence that starts with a word and a date"},
	{"person and date", "Ирина Петрова, 5 мая, выступила с докладом.", "",
		nil, "", "a name is not a place"},
	{"bad day", "ПЕКИН, 31 июня (Синьхуа) -- Текст.", "",
		nil, "", "June has 30 days"},
	{"remark in brackets", "Москва, 6 сентября (по местному времени) -- Текст.", "",
		&entities.Dateline{Place: "Москва", Country: "RU", Date: "--09-06"},
		"Москва, 6 сентября", "a bracketed remark is no agency"},
}

func TestDatelines(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range datelineCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ex.ExtractInput(Input{ID: "x", Text: tc.in, Date: tc.date})
			if err != nil {
				t.Fatal(err)
			}
			got := doc.Dateline
			if tc.want == nil {
				if got != nil {
					t.Errorf("dateline %+v, want none [%s]", got, tc.why)
				}
				return
			}
			if got == nil {
				t.Fatalf("no dateline, want %+v [%s]", tc.want, tc.why)
			}
			if got.Text != tc.spanText || !got.Valid(tc.in) {
				t.Errorf("dateline span %q, want %q", got.Text, tc.spanText)
			}
			gotFields := *got
			gotFields.Span = entities.Span{}
			if diff := cmp.Diff(*tc.want, gotFields); diff != "" {
				t.Errorf("dateline mismatch (-want +got) [%s]:\n%s", tc.why, diff)
			}
		})
	}
}

func TestDocumentDate(t *testing.T) {
	tests := []struct {
		name, in, date string
		ref            time.Time
		wantDoc        string
		wantDateline   string
		why            string
	}{
		{"marker", " date 2020-08 Заголовок\nПЕКИН, 23 июля (Синьхуа) -- Текст.", "", time.Time{},
			"2020-08", "2020-07-23", "the header marker gives the year"},
		{"marker after a BOM", "\ufeff date 2020-08 Заголовок\nПЕКИН, 23 июля (Синьхуа) -- Текст.", "", time.Time{},
			"2020-08", "2020-07-23", "a byte order mark before the marker hides nothing"},
		{"marker month after", " date 2020-08 Заголовок\nПЕКИН, 23 сентября (Синьхуа) -- Текст.", "", time.Time{},
			"2020-08", "2020-09-23", "within three months after the document's month: the same year (the one year rule, as in the body)"},
		{"marker months after", " date 2020-08 Заголовок\nПЕКИН, 23 декабря (Синьхуа) -- Текст.", "", time.Time{},
			"2020-08", "2019-12-23", "more than three months after the document's month is last year's"},
		{"iso stamp", "Заголовок\n2021-09-17 15:37:30\n\nПЕКИН, 16 сентября (Синьхуа) -- Текст.", "", time.Time{},
			"2021-09-17", "2021-09-16", "a stamp with a time"},
		{"russian stamp", "17 ноября 2019, 12:39\n\nЗаголовок\n\nДУБАЙ, 17 ноября. /ТАСС/. Текст.", "", time.Time{},
			"2019-11-17", "2019-11-17", "a Russian date with a time"},
		{"english stamp", "Заголовок\nНовости / / April 25, 2022\nТекст без даты.", "", time.Time{},
			"2022-04-25", "", "an English date with few words"},
		{"source line", "Заголовок\n\nИсточник: Синьхуа | 2021-07-23 22:04:41|Редактор: huaxia\n\nПЕКИН, 23 июля (Синьхуа) — Текст.", "", time.Time{},
			"2021-07-23", "2021-07-23", "a site's source line"},
		{"rollover", "2024-01-03 10:00\nПЕКИН, 30 декабря (Синьхуа) -- Текст.", "", time.Time{},
			"2024-01-03", "2023-12-30", "late December in an early January story"},
		{"input date", "ПЕКИН, 23 июля (Синьхуа) -- Текст.", "2021-07-24", time.Time{},
			"2021-07-24", "2021-07-23", "the caller's date"},
		{"reference option", "ПЕКИН, 23 июля (Синьхуа) -- Текст.", "", time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC),
			"", "2015-07-23", "the reference date gives a year but is not the document's date"},
		{"text beats input", "2021-07-23 22:04\nПЕКИН, 23 июля (Синьхуа) -- Текст.", "2030-01-01", time.Time{},
			"2021-07-23", "2021-07-23", "the text's own date comes first"},
		{"dateline year", "ЦЗИНАНЬ (JINAN), Китай, 10 августа 2020 г. /PRNewswire/ -- Текст.", "", time.Time{},
			"2020-08-10", "2020-08-10", "a dateline with a year dates the document"},
		{"headline with a date", "В 2019 году 5 мая открылся мост через реку и еще много всего произошло в городе\nТекст.", "", time.Time{},
			"", "", "a headline with a date is no stamp"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if !tc.ref.IsZero() {
				opts = append(opts, WithReferenceDate(tc.ref))
			}
			ex, err := New(opts...)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ex.ExtractInput(Input{ID: "x", Text: tc.in, Date: tc.date})
			if err != nil {
				t.Fatal(err)
			}
			if string(doc.Date) != tc.wantDoc {
				t.Errorf("document date %q, want %q [%s]", doc.Date, tc.wantDoc, tc.why)
			}
			got := ""
			if doc.Dateline != nil {
				got = string(doc.Dateline.Date)
			}
			if got != tc.wantDateline {
				t.Errorf("dateline date %q, want %q [%s]", got, tc.wantDateline, tc.why)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ name, in, want, why string }{
		{"headline", "Мост откроют весной\n\nСтроительство идет.", "Мост откроют весной", "the first line"},
		{"after stamp", "17 ноября 2019, 12:39\n\nПринц подвез министра\n\nТекст.", "Принц подвез министра", "a stamp line first"},
		{"sentence", "Строительство идет. Мост откроют весной.\nЕще текст.", "", "a line ending in a period is no headline"},
		{"dateline first", "ПЕКИН, 23 июля (Синьхуа) — Текст\nЕще.", "", "the dateline line is no headline"},
		{"one line", "Только одна строка", "", "a headline needs text after it"},
		{"marker", " date 2020-08 Заголовок\nТекст.", "Заголовок", "the marker's line"},
	}
	ex := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ex.Extract("x", tc.in)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if doc.Title != nil {
				got = doc.Title.Text
				if !doc.Title.Valid(tc.in) {
					t.Errorf("invalid title span %+v", doc.Title)
				}
			}
			if got != tc.want {
				t.Errorf("title %q, want %q [%s]", got, tc.want, tc.why)
			}
		})
	}
}

func TestCalDate(t *testing.T) {
	tests := []struct {
		name string
		d    calDate
		want string
		ok   bool
	}{
		{"day", calDate{2020, 8, 10}, "2020-08-10", true},
		{"month", calDate{2020, 8, 0}, "2020-08", true},
		{"year", calDate{2020, 0, 0}, "2020", true},
		{"no year", calDate{0, 7, 23}, "--07-23", true},
		{"no year month", calDate{0, 7, 0}, "--07", true},
		{"leap day unknown year", calDate{0, 2, 29}, "--02-29", true},
		{"leap day 2021", calDate{2021, 2, 29}, "2021-02-29", false},
		{"day without month", calDate{2020, 0, 5}, "2020", false},
		{"nothing", calDate{}, "-", false},
	}
	for _, tc := range tests {
		if got := tc.d.String(); tc.ok && got != tc.want {
			t.Errorf("%s: String() = %q, want %q", tc.name, got, tc.want)
		}
		if got := tc.d.valid(); got != tc.ok {
			t.Errorf("%s: valid() = %v, want %v", tc.name, got, tc.ok)
		}
	}
}

func TestBadInput(t *testing.T) {
	ex := newTestExtractor(t)
	_, err := ex.Extract("x", "Текст \xff дальше")
	var ue *UTF8Error
	if !errors.As(err, &ue) || ue.Offset != len("Текст ") {
		t.Errorf("Extract(invalid UTF-8) error = %v, want a UTF8Error at byte %d", err, len("Текст "))
	}
	if _, err := ex.ExtractInput(Input{Text: "Текст.", Date: "23.07.2021"}); err == nil {
		t.Error("a malformed date was accepted")
	}
	doc, err := ex.Extract("x", "")
	if err != nil || doc.Sentences == nil || doc.Dates == nil || doc.Quotes == nil {
		t.Errorf("Extract(\"\") = %+v, %v; want empty lists", doc, err)
	}
}

// TestHeaderAfterBOM checks that a byte order mark before a header
// marker leaves the title without the marker and the offsets the text's.
func TestHeaderAfterBOM(t *testing.T) {
	text := "\ufeff date 2020-08 Углубление связей\nПЕКИН, 23 июля (Синьхуа) -- Текст."
	doc, err := newTestExtractor(t).Extract("b", text)
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, text, doc)
	if doc.Title == nil || doc.Title.Text != "Углубление связей" {
		t.Errorf("title = %+v, want Углубление связей", doc.Title)
	}
	if doc.Date != "2020-08" || len(doc.Dates) == 0 || doc.Dates[0].Text != "2020-08" {
		t.Errorf("date %q, dates %+v: the marker's date", doc.Date, doc.Dates)
	}
}
