package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRules asks, for a mention of every rule of every recognizer, which
// rule found it; TestRulesAll checks that no rule is left out.
func TestRules(t *testing.T) {
	tests := []struct {
		text, kind, mention, rule string
	}{
		{"Первая строка\nВторая строка", "sentence", "Первая строка", "SB1"},
		{"Страны: • Андорра • Монако", "sentence", "Страны:", "SB2"},
		{"Министр заявил: «Мы подытожим итоги года позже».", "sentence", "Министр заявил:", "SB3"},
		{"Семинар прошел. Участники довольны.", "sentence", "Семинар прошел.", "SB4"},
		{"ПЕКИН, 23 июля (Синьхуа) -- Текст.", "dateline", "ПЕКИН, 23 июля (Синьхуа) --", "DL1"},
		{"11:02, 13 октября 2016, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА\nТекст.", "dateline", "11:02, 13 октября 2016, Бишкек - 24.kg", "DL2"},
		{" date 2020-08 Заголовок\nТекст новости.", "date", "2020-08", "H1"},
		{"Договор подписан 17.11.2016 в Москве.", "date", "17.11.2016", "DT1"},
		{"Форум прошел 3 декабря 2020 года.", "date", "3 декабря 2020 года", "DT2"},
		{"В 2019 году объем вырос.", "date", "2019 году", "DT3"},
		{"Визит намечен на июль 2021 года.", "date", "июль 2021 года", "DT4"},
		{"В начале 2020 года рынок упал.", "date", "начале 2020 года", "DT5"},
		{"В первом квартале 2026 года экспорт вырос.", "date", "первом квартале 2026 года", "DT6"},
		{"Опубликовано: July 23, 2021\nТекст.", "date", "July 23, 2021", "DT7"},
		{"ПЕКИН, 23 июля 2021 (Синьхуа) -- Вчера прошла встреча.", "date", "Вчера", "DT8"},
		{"Рост составил 38 % за год.", "figure", "38 %", "FG1"},
		{"Сделка стоит $5,66 млрд.", "figure", "$5,66 млрд", "FG2"},
		{"Стороны подписали 17 соглашений.", "figure", "17 соглашений", "FG3"},
		{"Выпуск вырос в 2,3 раза.", "figure", "2,3 раза", "FG4"},
		{"Длина дороги 960 км.", "figure", "960 км", "FG5"},
		{"На площадь вышли десятки тысяч человек.", "figure", "десятки тысяч человек", "FG6"},
		{"Делегация прибыла в Цзинань.", "place", "Цзинань", "PL1"},
		{"Ферма находится в Партизанском районе.", "place", "Партизанском районе", "PL2"},
		{"Склад открыт в городе Новоплёсске.", "place", "Новоплёсске", "PL3"},
		{"ЛУНКОУ, 3 марта (Синьхуа) -- Порт работает.", "place", "ЛУНКОУ", "PL4"},
		{"Автобус ушёл из Новоградска в Белогорске.", "place", "Белогорске", "PL5"},
		{"Шеф полиции Сан-Диего рассказал о стрельбе.", "place", "Сан-Диего", "PL6"},
		{"Об этом пишет Lenta.ru со ссылкой на источники.", "organization", "Lenta.ru", "OR1"},
		{"Вчера «Яблоко» выпустило заявление.", "organization", "Яблоко", "OR2"},
		{"Об этом сообщило МЧС России.", "organization", "МЧС России", "OR3"},
		{"Акции ПАО «Полюс» выросли.", "organization", "ПАО «Полюс»", "OR4"},
		{"Лидер партии «Яблоко» выступил.", "organization", "Яблоко", "OR5"},
		{"Заявил председатель Японской внешнеторговой организации Сасаки Нобухико.", "organization", "Японской внешнеторговой организации", "OR6"},
		{"Об этом говорится в статье Частного корреспондента.", "organization", "Частного корреспондента", "OR7"},
		{"Контракт получила Blue Harbor Logistics Group.", "organization", "Blue Harbor Logistics Group", "OR8"},
		{"Об этом сообщили ВВС США.", "organization", "ВВС США", "OR9"},
		{"Совет КНР по содействию международной торговле (СКМТ) провел семинар.", "organization", "СКМТ", "OR10"},
		{"Выступил секретарь Шаньдунского комитета КПК Лю Цзяи.", "organization", "КПК", "OR11"},
		{"Отчет подписал генеральный директор А.А. Ветров.", "person", "А.А. Ветров", "PE1"},
		{"Выступил секретарь Шаньдунского комитета КПК Лю Цзяи.", "person", "Лю Цзяи", "PE2"},
		{"Слово взяла Валентина Матвиенко.", "person", "Валентина Матвиенко", "PE3"},
		{"Выступил председатель Сасаки Нобухико.", "person", "Сасаки Нобухико", "PE4"},
		{"Заявил полковник Сансерн Каевкамнерд.", "person", "Сансерн Каевкамнерд", "PE5"},
		{"Об этом заявил премьер-министр Нетаньяху.", "person", "Нетаньяху", "PE6"},
		{"Слово взяла Валентина Матвиенко. Матвиенко поддержала проект.", "person", "Матвиенко", "PE7"},
		{"Выступил Барри Лоуенкрон (Barry Lowenkron).", "person", "Barry Lowenkron", "PE8"},
		{"Выступил губернатор провинции Шаньдун Ли Ганьцзе.", "post", "губернатор провинции Шаньдун", "PS1"},
		{"Выступил представитель вооружённых сил полковник Сансерн Каевкамнерд.", "post", "представитель вооружённых сил", "PS2"},
		{"Выступил Лю Цзяи, секретарь Шаньдунского комитета КПК.", "post", "секретарь Шаньдунского комитета КПК", "PS3"},
		{"С уважением,\nКирсан Илюмжинов\nПрезидент ФИДЕ", "post", "Президент ФИДЕ", "PS4"},
		{"Сергей Кравцов назначен руководителем Рособрнадзора.", "post", "руководителем Рособрнадзора", "PS5"},
		{"Выступил Сергей Кравцов (министр просвещения).", "post", "министр просвещения", "PS6"},
		{"Выступили академики РАН Иван Петров и Олег Сидоров.", "post", "академики РАН", "PS7"},
		{"Приехали чемпионы мира: Иван Петров и Олег Сидоров.", "post", "чемпионы мира", "PS8"},
		{"Министр Иван Петров встретился с послом Олегом Сидоровым.", "fact", "встретился", "FA1"},
		{"Министр Иван Петров встретился с послом Олегом Сидоровым. Встреча прошла 3 мая в Казани.", "fact", "Встреча", "FA2"},
		{"Министр Иван Петров принимает в Кремле посла Олега Сидорова.", "fact", "принимает", "FA3"},
		{"Министр Иван Петров встретился с послом Олегом Сидоровым. Организатором встречи выступило агентство «Интерфакс».", "fact", "Организатором", "FA4"},
		{"Россия и Китай подписали меморандум.", "fact", "подписали", "FA5"},
		{"Министр Иван Петров встретился с послом Олегом Сидоровым. Встреча принесла 5 соглашений.", "fact", "соглашений", "FA6"},
		{"Компания «Вектор», принадлежащая Ивану Петрову, закрыта.", "fact", "принадлежащая", "FA7"},
		{"Компания «Вектор» владеет компанией «Радуга».", "fact", "владеет", "FA8"},
		{"Основатель компании «Вектор» Иван Петров уехал.", "fact", "Основатель", "FA9"},
		{"Иван Петров назначен министром финансов.", "fact", "назначен", "FA10"},
		{"Компания «Вектор» купила компанию «Радуга».", "fact", "купила", "FA11"},
		{"Компания «Вектор» купила компанию «Радуга». Сумма сделки составила 12 млн долларов.", "fact", "сделки", "FA12"},
		{"Президент Франции встретился с Макроном.", "person", "Макроном", "TG1"},
		{"Экспертов Ростехнадзора пригласили на совещание.", "organization", "Ростехнадзора", "TG2"},
		{"Новый завод построят в Барабинске к осени.", "place", "Барабинске", "TG3"},
		{"«Мы довольны итогами», — сказал министр Иван Петров.", "quote", "Мы довольны итогами", "QU1"},
		{"«Проект очень важен для края», — сказал Иван Петров. — «Работы на трассе начнутся весной».", "quote", "Работы на трассе начнутся весной", "QU2"},
		{"Интервью\n— Мы довольны итогами года, — сказал министр Иван Петров.", "quote", "Мы довольны итогами года", "QU3"},
		{"Экспорт вырастет, по словам Ивана Петрова.", "quote", "Экспорт вырастет", "QU4"},
		{"Выступила Анна Сидорова. «Мы довольны итогами года», — сказала она.", "quote", "Мы довольны итогами года", "QU5"},
	}
	ex, err := New(WithTrace())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			doc, err := ex.Extract("r", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, tc.text, doc)
			var seen, rules []string
			for _, f := range doc.Trace {
				if !f.Span.Valid(tc.text) {
					t.Errorf("trace span %+v is not of the text", f)
				}
				if f.Kind == tc.kind && f.Text == tc.mention {
					if f.Rule == tc.rule {
						return
					}
					rules = append(rules, f.Rule)
				}
				seen = append(seen, f.Kind+" "+f.Rule+" "+f.Text)
			}
			if len(rules) > 0 {
				t.Errorf("%s %q was found by %s, want %s", tc.kind, tc.mention, strings.Join(rules, ", "), tc.rule)
				return
			}
			t.Errorf("no %s %q in the trace of %q; it has:\n  %s", tc.kind, tc.mention, tc.text, strings.Join(seen, "\n  "))
		})
	}
}

// TestRulesAll checks that TestRules has a row for every rule ID the
// recognizers' sources name ("PL1", "OR11").
func TestRulesAll(t *testing.T) {
	src, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := os.ReadFile("trace_test.go")
	if err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`"((?:SB|DL|DT|FG|PL|OR|PE|PS|QU|TG|FA|H)[0-9]+)"`)
	tested := map[string]bool{}
	for _, m := range id.FindAllStringSubmatch(string(rows), -1) {
		tested[m[1]] = true
	}
	for _, f := range src {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range id.FindAllStringSubmatch(string(data), -1) {
			if !tested[m[1]] {
				t.Errorf("%s: rule %s has no row in TestRules", f, m[1])
			}
		}
	}
}

// TestTraceChangesNothing extracts every seed with and without WithTrace:
// the documents differ only in Trace.
func TestTraceChangesNothing(t *testing.T) {
	plain := newTestExtractor(t)
	traced, err := New(WithTrace())
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range textFiles(t, seedDir) {
		name := strconv.Itoa(i)
		a, err := plain.Extract(name, text)
		if err != nil {
			t.Fatal(err)
		}
		b, err := traced.Extract(name, text)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Trace) == 0 {
			t.Errorf("%s: no trace", name)
		}
		if a.Trace != nil {
			t.Errorf("%s: a trace without WithTrace", name)
		}
		b.Trace = nil
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%s: WithTrace changed the document (-without +with):\n%s", name, diff)
		}
	}
}
