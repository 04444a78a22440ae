package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dateCases give a text, the document's date, and the dates expected as
// "text=value" with "/part", "/from" or "/to" and "/rel" where they apply.
var dateCases = []struct {
	name, in, date string
	want           []string
	why            string
}{
	{"day month year", "Договор подписан 10 августа 2020 г. в Пекине.", "",
		[]string{"10 августа 2020 г.=2020-08-10"}, "the year word is part of the date"},
	{"day month year genitive", "Срок истекает 1 октября 2021 года.", "",
		[]string{"1 октября 2021 года=2021-10-01"}, "года"},
	{"glued year", "Выпущено 7 ноября 2023г. в Токио.", "",
		[]string{"7 ноября 2023г.=2023-11-07"}, "a year written against г."},
	{"yearless", "Семинар прошел 30 июля.", "2020-08-10",
		[]string{"30 июля=2020-07-30"}, "the year from the document's date"},
	{"yearless unknown", "Семинар прошел 30 июля.", "",
		[]string{"30 июля=--07-30"}, "no year anywhere: --MM-DD"},
	{"last year", "Итоги подвели 28 декабря.", "2024-01-03",
		[]string{"28 декабря=2023-12-28"}, "months after the document's date: the year before"},
	{"next month", "В ноябре Кыргызстан посетит премьер.", "2016-10-13",
		[]string{"ноябре=2016-11"}, "a month after: this year"},
	{"future tense", "Форум пройдет в сентябре.", "2025-04-18",
		[]string{"сентябре=2025-09"}, "a future sentence keeps this year"},
	{"future next year", "Выставка откроется в январе.", "2025-11-18",
		[]string{"январе=2026-01"}, "a future sentence takes next year for an earlier month"},
	{"abbreviated month", "УЛАН-БАТОР, 14 июл — РИА Новости.", "",
		[]string{"14 июл=--07-14"}, "an abbreviation after a day"},
	{"numeric", "УрБК, Москва, 17.11.2016. Прибыль выросла.", "",
		[]string{"17.11.2016=2016-11-17"}, "day.month.year"},
	{"iso", "Опубликовано 2021-07-23 22:04:41 на сайте.", "",
		[]string{"2021-07-23=2021-07-23"}, "ISO in a stamp"},
	{"english", "Новости / / April 25, 2022", "",
		[]string{"April 25, 2022=2022-04-25"}, "an English stamp"},
	{"year", "В 2019 году товарооборот вырос.", "",
		[]string{"2019 году=2019"}, "a year with a year word"},
	{"year ordinal", "Новый смартфон выйдет в 2012-м.", "",
		[]string{"2012-м=2012"}, "a year with an ordinal ending"},
	{"bare number", "Компания продала 2019 автомобилей.", "",
		nil, "four digits without a year word are no year"},
	{"year range", "Стратегия на 2026-2030 годы утверждена.", "",
		[]string{"2026-2030 годы=2026/from", "2026-2030 годы=2030/to"}, "a range of years"},
	{"year list", "Облигации с погашением в 2022, 2023 и 2024 годах.", "",
		[]string{"2022, 2023 и 2024 годах=2022", "2022, 2023 и 2024 годах=2023", "2022, 2023 и 2024 годах=2024"}, "a list of years"},
	{"until", "Программа рассчитана до 2030 года.", "",
		[]string{"2030 года=2030"}, "до is a qualifier, not part of the date"},
	{"day range dash", "Визит состоится 13-14 ноября.", "2016-10-13",
		[]string{"13-14 ноября=2016-11-13/from", "13-14 ноября=2016-11-14/to"}, "a range of days"},
	{"day range c po", "С 28 по 30 октября в Сеуле пройдет совещание.", "",
		[]string{"С 28 по 30 октября=--10-28/from", "С 28 по 30 октября=--10-30/to"}, "с … по …"},
	{"day list", "Спектакли пройдут 11 и 12 сентября.", "",
		[]string{"11 и 12 сентября=--09-11", "11 и 12 сентября=--09-12"}, "two days, no range"},
	{"full range", "Выставка пройдет с 1 октября 2021 года по 31 марта 2022 года.", "",
		[]string{"1 октября 2021 года=2021-10-01/from", "31 марта 2022 года=2022-03-31/to"}, "two full dates tied"},
	{"month year", "Компания основана в августе 1935 года.", "",
		[]string{"августе 1935 года=1935-08"}, "a month and a year"},
	{"month this year", "Встреча прошла в мае этого года.", "2019-11-12",
		[]string{"мае этого года=2019-05"}, "этого года is the document's year"},
	{"month range word", "Товарооборот в январе-апреле вырос.", "",
		[]string{"январе-апреле=--01/from", "январе-апреле=--04/to"}, "one word, two months"},
	{"month range c po", "С января по апрель текущего года оборот вырос.", "2022-06-01",
		[]string{"С января по апрель текущего года=2022-01/from", "С января по апрель текущего года=2022-04/to"}, "с … по … with the current year"},
	{"month range spaced", "За январь – сентябрь продажи выросли.", "2023-10-28",
		[]string{"январь – сентябрь=2023-01/from", "январь – сентябрь=2023-09/to"}, "a spaced dash"},
	{"beginning", "Форум пройдет в начале декабря.", "",
		[]string{"начале декабря=--12/beginning"}, "the part of a month"},
	{"end", "С конца октября наступает сезон.", "",
		[]string{"конца октября=--10/end"}, "конца"},
	{"end year", "База на конец сентября выросла.", "2016-11-17",
		[]string{"конец сентября=2016-09/end"}, "конец with the document's year"},
	{"half", "Презентация пройдет в первой половине 2012 года.", "",
		[]string{"первой половине 2012 года=2012/first-half"}, "a half of a year"},
	{"quarter", "По итогам первого квартала 2022 финансового года выручка выросла.", "",
		[]string{"первого квартала 2022 финансового года=2022/q1"}, "an adjective before года"},
	{"quarter roman", "Выручка в III квартале снизилась.", "2016-11-17",
		[]string{"III квартале=2016/q3"}, "a Roman numeral, the document's year"},
	{"quarter current", "Прибыль в третьем квартале текущего года выросла.", "2016-11-17",
		[]string{"третьем квартале текущего года=2016/q3"}, "текущего года"},
	{"today", "Об этом сегодня сообщил министр.", "2021-09-17",
		[]string{"сегодня=2021-09-17/rel"}, "today is the document's date"},
	{"yesterday", "Об этом вчера сообщил министр.", "2021-03-01",
		[]string{"вчера=2021-02-28/rel"}, "yesterday crosses a month"},
	{"today no date", "Об этом сегодня сообщил министр.", "",
		nil, "no document date: no value to give"},
	{"as things stand", "На сегодняшний день проект крупнейший, он идёт с сегодняшнего дня.", "2021-09-17",
		[]string{"сегодняшнего дня=2021-09-17/rel"}, "\"на сегодняшний день\" names no day"},
	{"day before yesterday", "Позавчера прошла встреча.", "2021-03-01",
		[]string{"Позавчера=2021-02-27/rel"}, "позавчера"},
	{"days ago", "Два дня назад открылась выставка, а 3 дня назад — форум.", "2001-03-19",
		[]string{"Два дня назад=2001-03-17/rel", "3 дня назад=2001-03-16/rel"}, "N дней назад, in words and digits"},
	{"in a week", "Думаю, через неделю будет лучше.", "2001-03-19",
		[]string{"через неделю=2001-03-26/rel"}, "через неделю"},
	{"last week", "На прошлой неделе министр посетил Пекин.", "2021-07-23",
		[]string{"На прошлой неделе=2021-W28/rel"}, "a week, ISO"},
	{"day month in year", "Он скончался 14 декабря в 1989 году.", "",
		[]string{"14 декабря в 1989 году=1989-12-14"}, "в between the month and the year"},
	{"this year", "В этом году отмечается юбилей.", "2026-02-27",
		[]string{"В этом году=2026/rel"}, "this year"},
	{"last year", "В прошлом году оборот вырос.", "2026-02-27",
		[]string{"В прошлом году=2025/rel"}, "last year"},
	{"not a date", "Рост составил 30 процентов, в 2,5 раза больше; 12:30.", "",
		nil, "numbers, multiples and times are not dates"},
	{"bad day", "Событие 31 июня запомнится.", "",
		nil, "June has 30 days"},
}

func TestDates(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range dateCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ex.ExtractInput(Input{ID: "x", Text: tc.in, Date: tc.date})
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, tc.in, doc)
			var got []string
			for _, d := range doc.Dates {
				s := d.Text + "=" + string(d.Value)
				if d.Part != "" {
					s += "/" + d.Part
				}
				if d.Range != 0 {
					s += "/" + d.RangeEnd
				}
				if d.Relative != "" {
					s += "/rel"
				}
				if want := precisionOf(string(d.Value)); string(d.Precision) != want {
					t.Errorf("%s: precision %s, want %s", d.Text, d.Precision, want)
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("dates of %q mismatch (-want +got) [%s]:\n%s", tc.in, tc.why, diff)
			}
		})
	}
}

func precisionOf(v string) string {
	if strings.Contains(v, "-W") {
		return "week"
	}
	switch strings.Count(strings.TrimPrefix(v, "--"), "-") + map[bool]int{true: 1}[strings.HasPrefix(v, "--")] {
	case 0:
		return "year"
	case 1:
		return "month"
	case 2:
		return "day"
	}
	return fmt.Sprintf("? %s", v)
}

func TestCalDateString(t *testing.T) {
	for _, tc := range []struct {
		d    calDate
		want string
	}{
		{calDate{2020, 8, 10}, "2020-08-10"}, {calDate{2020, 8, 0}, "2020-08"}, {calDate{2020, 0, 0}, "2020"},
		{calDate{0, 12, 31}, "--12-31"}, {calDate{987, 1, 2}, "0987-01-02"}, {calDate{-5, 1, 0}, "-005-01"},
	} {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.d, got, tc.want)
		}
	}
}
