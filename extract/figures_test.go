package extract

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// figureCases give a text and its figures as "text=value unit[/qualifier]".
var figureCases = []struct {
	name, in string
	want     []string
	why      string
}{
	{"count", "Подписано 17 соглашений о сотрудничестве.", []string{"17 соглашений=17 соглашение"}, "the counted noun in its dictionary form"},
	{"words", "Прошли два отраслевых семинара.", []string{"два отраслевых семинара=2 семинар"}, "a number word, modifiers skipped"},
	{"genitive words", "Итоги семнадцати встреч подведены.", []string{"семнадцати встреч=17 встреча"}, "a number word in the genitive"},
	{"doses", "Поставлено более 600 миллионов доз вакцины.", []string{"более 600 миллионов доз=6e+08 доза/более"}, "a qualifier and a multiplier word"},
	{"people", "Ярмарку посетили около 120 тыс. человек.", []string{"около 120 тыс. человек=120000 человек/около"}, "тыс. with its period; человек"},
	{"years of age", "Компании 88 лет.", []string{"88 лет=88 год"}, "лет is год"},
	{"thousands", "Прибыли 1 500 участников.", []string{"1 500 участников=1500 участник"}, "a space between thousands"},
	{"thousands nbsp", "Прибыли 12\u00a0000 туристов.", []string{"12\u00a0000 туристов=12000 турист"}, "a no-break space between thousands"},
	{"compound", "Бюджет составил 107 млрд 900 млн рублей.", []string{"107 млрд 900 млн рублей=1.079e+11 RUB"}, "a compound amount"},
	{"dollar sign", "Выручка достигла $5,66 млрд.", []string{"$5,66 млрд=5.66e+09 USD"}, "a currency sign before"},
	{"dollars", "Инвестиции составят 5 млрд долларов.", []string{"5 млрд долларов=5e+09 USD"}, "a currency word"},
	{"usd abbrev", "Оборот превысил 17 млрд долл. США.", []string{"превысил 17 млрд долл. США=1.7e+10 USD/более"}, "долл. США; a verb of exceeding is более"},
	{"two currencies", "Сумма 7 трлн вон (5 млрд долларов) выделена.", []string{"7 трлн вон=7e+12 KRW", "5 млрд долларов=5e+09 USD"}, "two figures"},
	{"yuan", "Инвестиции 300 млн юаней.", []string{"300 млн юаней=3e+08 CNY"}, "yuan"},
	{"rubles", "Прибыль 12,6 млрд руб. за квартал.", []string{"12,6 млрд руб.=1.26e+10 RUB"}, "руб. with its period"},
	{"yen", "Заказ на 28 триллионов иен.", []string{"28 триллионов иен=2.8e+13 JPY"}, "yen"},
	{"euro tenge", "Кредит 40 млн евро и 2 млрд тенге.", []string{"40 млн евро=4e+07 EUR", "2 млрд тенге=2e+09 KZT"}, "indeclinable currencies"},
	{"percent sign", "Рост составил 6,1% за год.", []string{"6,1%=6.1 %"}, "a percent sign"},
	{"percent spaced", "Премия в размере 38 % к цене.", []string{"38 %=38 %"}, "a spaced percent sign"},
	{"percent word", "Выросла более чем на 21 процент.", []string{"более чем на 21 процент=21 %/более"}, "процент; более чем на"},
	{"value reached", "Выручка снизилась на 1,3% — до 112,2 млрд руб. Скидки до 30% действуют.", []string{"1,3%=1.3 %", "112,2 млрд руб=1.122e+11 RUB", "до 30%=30 %/до"}, "\"до\" after a word of change gives the value reached, not a bound"},
	{"percent words", "Увеличился почти на десять процентов.", []string{"почти на десять процентов=10 %/почти"}, "a number word and процентов"},
	{"percent abbrev", "Вырос на 12,5 проц. в прошлом месяце.", []string{"12,5 проц.=12.5 %"}, "проц."},
	{"percent adjective", "Под 9 %-ную ставку.", []string{"9 %=9 %"}, "%-ную"},
	{"points", "Доля выросла на 2 п.п. за год.", []string{"2 п.п.=2 п.п."}, "percentage points"},
	{"multiple", "Грузопоток вырос в 2,3 раза.", []string{"2,3 раза=2.3 раз"}, "в N раза"},
	{"twice", "Показатель вырос более чем вдвое.", []string{"более чем вдвое=2 раз/более"}, "вдвое"},
	{"measure", "Протяженность составит около 960 км.", []string{"около 960 км=960 км/около"}, "an abbreviated measure"},
	{"latin unit", "Оборот достиг 43,3 миллиона TEU.", []string{"43,3 миллиона TEU=4.33e+07 TEU"}, "a Latin unit"},
	{"oblique", "Вакцины переданы более чем 200 странам и регионам.", []string{"более чем 200 странам=200 страна/более"}, "a dative plural"},
	{"negative", "Индекс изменился на -3,5 % за месяц.", []string{"-3,5 %=-3.5 %"}, "a sign before the number"},
	{"minus", "Температура составила минус 5 градусов.", []string{"минус 5 градусов=-5 градус"}, "минус"},
	{"tens of thousands", "На площадь вышли десятки тысяч человек.", []string{"десятки тысяч человек=10000 человек/десятки"}, "an order of magnitude, marked approximate"},
	{"hundreds", "Сотни компаний подали заявки.", []string{"Сотни компаний=100 компания/сотни"}, "сотни"},
	{"thousands as multiplier", "Пришли 5 тысяч человек.", []string{"5 тысяч человек=5000 человек"}, "after a number, тысяч is a multiplier"},
	{"both countries", "Лидеры двух стран встретились.", nil, "two countries are both sides, not a count"},
	{"rank", "Китай поднялся до 17 места в рейтинге.", nil, "a singular noun after 17 is a rank"},
	{"date", "Семинар прошел 30 июля 2020 года.", nil, "dates are not figures"},
	{"year", "В 2019 году оборот вырос.", nil, "years are not figures"},
	{"time", "Начало в 12:30 по местному времени.", nil, "times are not figures"},
	{"ordinal", "Это 2-й форум и 70-летие связей.", nil, "ordinals are not figures"},
	{"identifiers", "Пандемия COVID-19, выставка Экспо-2020, саммит G20 и IFA 2025 сорвались.", nil, "identifiers are not figures"},
	{"after a Latin name", "Toyota 300 миллионов автомобилей выпустила, Samsung Electronics 20% рынка заняла, а Galaxy S 4 и IFA 2025 вышли.", []string{"300 миллионов автомобилей=3e+08 автомобиль", "20%=20 %"}, "a number after a Latin name is a quantity when an order of magnitude or a percent follows it"},
	{"title", "Съёмки фильма «Один день Ивана Денисовича» закончены; он провёл там три дня.", []string{"три дня=3 день"}, "a number word that opens a title in quotes is the title's"},
	{"references", "Его обвиняют по части 2 статьи 105 УК и по ч. 1 ст. 228, но он написал 2 статьи.", []string{"2 статьи=2 статья"}, "the number of a law's part is a reference; a count of articles is a figure"},
	{"phone", "Звоните по телефону +7 495 123-45-67 днем.", nil, "phone numbers are not figures"},
	{"bare number", "Итог: 17.", nil, "a number with no unit"},
	{"verb", "Цифра в 300 миллионов является рекордом.", nil, "a verb is no counted noun"},
}

// TestFiguresFinite gives numbers too long to be quantities: every figure
// stays finite and the document writes as JSON (a run of 103 digit groups
// once gave +Inf, which json.Marshal refuses).
func TestFiguresFinite(t *testing.T) {
	ex := newTestExtractor(t)
	for _, text := range []string{
		"1" + strings.Repeat(" 000", 103) + " рублей",
		"Сумма 5" + strings.Repeat(" млрд", 40) + " долларов.",
		strings.Repeat("9", 15) + strings.Repeat(" 999", 10) + " тонн",
	} {
		doc, err := ex.Extract("f", text)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, text, doc)
		for _, f := range doc.Figures {
			if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) || f.Value > maxFigure {
				t.Errorf("%.40q: figure %q = %v", text, f.Text, f.Value)
			}
		}
		if _, err := json.Marshal(doc); err != nil {
			t.Errorf("%.40q: %v", text, err)
		}
	}
}

func TestFigures(t *testing.T) {
	ex := newTestExtractor(t)
	for _, tc := range figureCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ex.Extract("x", tc.in)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, tc.in, doc)
			var got []string
			for _, f := range doc.Figures {
				s := fmt.Sprintf("%s=%g %s", f.Text, f.Value, f.Unit)
				if f.Qualifier != "" {
					s += "/" + f.Qualifier
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("figures of %q mismatch (-want +got) [%s]:\n%s", tc.in, tc.why, diff)
			}
		})
	}
}

func TestFigureRanges(t *testing.T) {
	tests := []struct{ in, want, why string }{
		{"Рост составит 10-15 %.", "10-15 %=10 %/from; 10-15 %=15 %/to", "a dash range with a percent"},
		{"Приедут от 10 до 15 человек.", "от 10 до 15 человек=10 человек/from; от 10 до 15 человек=15 человек/to", "от … до …"},
		{"Инвестиции составят 5–7 млрд долларов.", "5–7 млрд долларов=5e+09 USD/from; 5–7 млрд долларов=7e+09 USD/to", "the multiplier belongs to both ends"},
	}
	ex := newTestExtractor(t)
	for _, tc := range tests {
		doc, err := ex.Extract("x", tc.in)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, tc.in, doc)
		var got []string
		for _, f := range doc.Figures {
			got = append(got, fmt.Sprintf("%s=%g %s/%s", f.Text, f.Value, f.Unit, f.RangeEnd))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q (%s)", tc.in, g, tc.want, tc.why)
		}
		if len(doc.Figures) == 2 && (doc.Figures[0].Range == 0 || doc.Figures[0].Range != doc.Figures[1].Range) {
			t.Errorf("%q: the ends are not tied: %+v", tc.in, doc.Figures)
		}
	}
}

// TestFigureValuesExact: a decimal number times a multiplier is the exact
// value, not the product of binary fractions ("$2,05 млрд" is 2050000000,
// not 2049999999.9999998).
func TestFigureValuesExact(t *testing.T) {
	ex := newTestExtractor(t)
	for text, want := range map[string]float64{
		"Сделка стоит $2,05 млрд.":            2050000000,
		"Выручка составила 1,1 млн рублей.":   1100000,
		"Цена акции — 54,20 доллара.":         54.2,
		"Бюджет составил 4,35 трлн рублей.":   4350000000000,
		"Оборот вырос до 0,07 млрд долларов.": 70000000,
	} {
		doc, err := ex.Extract("t", text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Figures) != 1 || doc.Figures[0].Value != want {
			var got []float64
			for _, f := range doc.Figures {
				got = append(got, f.Value)
			}
			t.Errorf("%s: values %v, want [%v]", text, got, want)
		}
	}
}
