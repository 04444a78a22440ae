package extract

import (
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// orgSummary writes a document's organizations as "name (acronym)
// [latin]: mention|mention".
func orgSummary(doc *entities.Document) []string {
	var out []string
	for _, o := range doc.Organizations {
		var ms []string
		for _, m := range o.Mentions {
			ms = append(ms, m.Text)
		}
		s := o.Name
		if o.Acronym != "" {
			s += " (" + o.Acronym + ")"
		}
		if o.Latin != "" {
			s += " [" + o.Latin + "]"
		}
		out = append(out, s+": "+strings.Join(ms, "|"))
	}
	return out
}

func TestOrganizations(t *testing.T) {
	tests := []summaryTest{
		{"acronym", "Шаньдунское подразделение Совета КНР по содействию международной торговле (СКМТ) провело семинар. Позже СКМТ подвело итоги.",
			[]string{"Совет КНР по содействию международной торговле (СКМТ): Совета КНР по содействию международной торговле|СКМТ|СКМТ"},
			"a part names its organization; the acronym in brackets and later alone join it"},
		{"loose acronym", "Выступил представитель Координационного совета пострадавших соинвесторов. КСПС поддержал инициативу.",
			[]string{"Координационный совет пострадавших соинвесторов (КСПС): Координационного совета пострадавших соинвесторов|КСПС"},
			"a bare acronym joins the name whose words it begins"},
		{"place adjective from the table", "Представитель канадского министерства финансов заявил о росте.",
			[]string{"Канадское министерство финансов: канадского министерства финансов"},
			"every adjective of place_adjectives.tsv keeps its place in a lower-case government body, not only a list in the code"},
		{"place adjective and a government body alone", "Японское правительство и правительство Канады спорят. Позже японское правительство уступило, а китайская делегация уехала.",
			[]string{"Японское правительство: Японское правительство|японское правительство", "Правительство Канады: правительство Канады"},
			"a place's adjective names a government body as a genitive would; a delegation stays people"},
		{"place adjective and a ministry", "Минсельхоз РФ запретил ввоз. Санкции российского Минсельхоза ударят по экспорту, сообщил представитель японского МИДа.",
			[]string{"Минсельхоз РФ: Минсельхоз РФ|российского Минсельхоза", "Японский МИД: японского МИДа"},
			"the adjective is part of a ministry's short name, and the body is the one the country's name after it gives"},
		{"lower-case adjective of a capitalized head", "Глава синодального Отдела по делам молодежи выступил вместе с коллективом Театра сатиры.",
			[]string{"синодальный Отдел по делам молодежи: синодального Отдела по делам молодежи", "Театр сатиры: Театра сатиры"},
			"a lower-case adjective in the case of a capitalized head is part of the name; a noun's instrumental is not"},
		{"a bracketed acronym vouches", "Он окончил в 2000 году — Петровский государственный институт малых языков (ПГИМЯ). Глава оппозиционного \"Движения за новые реформы\" (ДНР) Иван Петров выступил.",
			[]string{"Петровский государственный институт малых языков (ПГИМЯ): Петровский государственный институт малых языков|ПГИМЯ", "Движение за новые реформы (ДНР): Движения за новые реформы|ДНР"},
			"an acronym in brackets makes a name of a phrase at a sentence's start and of a body's name in quotes"},
		{"descriptor and a known name in quotes", "Немецкий автомобильный концерн «Фольксваген» (Volkswagen) строит завод. Сейчас «Фольксваген» растёт, а Русская служба «Голоса Америки» и «Голос Америки» молчат.",
			[]string{"Немецкий автомобильный концерн «Фольксваген» [Volkswagen]: Немецкий автомобильный концерн «Фольксваген»|Фольксваген|Volkswagen|Фольксваген", "Русская служба «Голоса Америки»: Русская служба «Голоса Америки»", "Голос Америки [Voice of America]: Голоса Америки|Голос Америки"},
			"the known name a descriptor gives in quotes is one entity with the phrase; a part's (a service of a broadcaster) is not"},
		{"place of a place", "Приговор вынесен Судом Партизанского района города Минска.",
			[]string{"Суд Партизанского района города Минска: Судом Партизанского района города Минска"},
			"after a place in a name, its cue and the place it names go on"},
		{"state body in one word", "Школу проверил Рособрнадзор. Жалобу направили Мосгоризбиркому, а в Росгвардии промолчали. Россия и Российский союз молчат.",
			[]string{"Рособрнадзор: Рособрнадзор", "Мосгоризбирком: Мосгоризбиркому", "Росгвардия: Росгвардии", "Российский союз: Российский союз"},
			"a compound of a state's prefix and a body's root is a body in any case; Россия is none"},
		{"Latin name and acronym in one bracket", "Врачи Королевского колледжа Лондона (King’s College London, KCL) выступили.",
			[]string{"Королевский колледж Лондона (KCL) [King’s College London]: Королевского колледжа Лондона|King’s College London|KCL"},
			"a bracket may give both the Latin name and the acronym; each is a mention"},
		{"bracket with no Latin name before its comma", "Врачи Королевского колледжа Лондона (, KCL) приняли.",
			[]string{"Королевский колледж Лондона: Королевского колледжа Лондона", "KCL: KCL"},
			"a bracket that opens with its comma gives no Latin name (and does not panic)"},
		{"known name's closing quote", "Как передаёт РИА \"Новости\", РКК „Энергия“ запустила спутник.",
			[]string{"РИА Новости [RIA Novosti]: РИА \"Новости\"", "РКК „Энергия“: РКК „Энергия“"},
			"a known name written with quotes ends at its closing quote; an unlisted acronym before a quoted name is part of it"},
		{"verb after a genitive plural", "Суд присяжных признал его виновным.",
			[]string{"Суд присяжных: Суд присяжных"},
			"a long word in -л after a genitive plural is the verb, not a genitive"},
		{"holder after a complement", "Уволен начальник Управления по контролю за оборотом наркотиков ГУ МВД по Москве Юрия Девяткина.",
			[]string{"Управление по контролю за оборотом наркотиков ГУ МВД по Москве: Управления по контролю за оборотом наркотиков ГУ МВД по Москве", "МВД [Interior Ministry]: МВД"},
			"a complement ends before the first name of the post's holder"},
		{"noun in -ние", "Решение Международного союза электросвязи вступит в силу в январе.",
			[]string{"Международный союз электросвязи: Международного союза электросвязи"},
			"a noun in -ние before the name is no adjective of it (normalize.NounSuffix)"},
		{"ФИДЕ", "Президент ФИДЕ (FIDE) Кирсан Илюмжинов заявил, что ФИДЕ поддержит турнир.",
			[]string{"ФИДЕ [FIDE]: ФИДЕ|FIDE|ФИДЕ"},
			"an organization the text names by a Russian acronym and a Latin one is named in Russian"},
		{"adjectives", "Заявил председатель Японской внешнеторговой организации Сасаки Нобухико.",
			[]string{"Японская внешнеторговая организация: Японской внешнеторговой организации"},
			"adjectives agree with the head; a person's name after it is not part of it"},
		{"quoted name named later", "Глава «Стальинвеста» выступил. Гендиректор ООО УК «Стальинвест» Иван Петров уехал. «Стальинвест» растёт, а «Синдром второй лиги» вышел.",
			[]string{"УК «Стальинвест»: Стальинвеста|УК «Стальинвест»|Стальинвест"},
			"a name in quotes that a legal form or descriptor makes a firm's anywhere in the text is that firm in quotes alone, in any case, before and after"},
		{"legal form written out", "Сделку одобрили Акционерным обществом «Стальинвест Север». Директор некоммерческого партнерства «Северный путь» уехал, и «Стальинвест Север» вырос. Закрытое акционерное общество «Радуга» закрыто.",
			[]string{"Акционерное общество «Стальинвест Север»: Акционерным обществом «Стальинвест Север»|Стальинвест Север", "Некоммерческое партнерство «Северный путь»: некоммерческого партнерства «Северный путь»", "Закрытое акционерное общество «Радуга»: Закрытое акционерное общество «Радуга»"},
			"a legal form written out in any case is part of the name, as \"АО «…»\" is"},
		{"number ending a Latin name", "Оператор Blue Harbor 2 заявил о запуске. Компания Blue Harbor Logistics 3 млн тонн перевезла.",
			[]string{"Blue Harbor 2: Blue Harbor 2", "Blue Harbor Logistics: Blue Harbor Logistics"},
			"a number after a Latin name of several words ends it, unless what follows is what it counts"},
		{"no acronym in a line in capitals", "ДЕЙСТВУЮТ ДРУГИЕ ОГРАНИЧЕНИЯ (СМ. НИЖЕ «ОГРАНИЧЕНИЯ В ОТНОШЕНИИ ПРЕДЛОЖЕНИЯ»).",
			nil, "a word in capitals beside others in capitals, past a period or a quote, is no acronym"},
		{"Latin titles of works", "Студия Zentrivo выпустила игры Brightfarm и Citytown, а компания Quellbrook Partners купила её.",
			[]string{"Zentrivo: Zentrivo", "Quellbrook Partners: Quellbrook Partners"},
			"a Latin name after a noun of a work, and the names listed with it, are titles, not organizations"},
		{"Latin after a descriptor's form", "Он работал в хедж-фонде Quellbrook Partners, затем на лейбле Morrow Sound и в стартапе Zentrivo.",
			[]string{"Quellbrook Partners: Quellbrook Partners", "Morrow Sound: Morrow Sound", "Zentrivo: Zentrivo"},
			"a descriptor in \"-е\" and a compound descriptor make the Latin name after them a firm's"},
		{"nested", "Выступил секретарь Шаньдунского комитета КПК Лю Цзяи.",
			[]string{"Шаньдунский комитет КПК: Шаньдунского комитета КПК", "КПК [Communist Party of China]: КПК"},
			"a nested name gives both"},
		{"genitive chain", "Министерство экономики, торговли и промышленности Японии сообщило об этом.",
			[]string{"Министерство экономики, торговли и промышленности Японии: Министерство экономики, торговли и промышленности Японии"},
			"genitives joined by commas and и, and the country"},
		{"known name and more", "Министерство сельского хозяйства и пищевой промышленности выпустило приказ. Решение Верховного суда и восстанию.",
			[]string{"Министерство сельского хозяйства и пищевой промышленности: Министерство сельского хозяйства и пищевой промышленности", "Верховный суд [Supreme Court]: Верховного суда"},
			"a known name that ends in a genitive goes on over и and more genitives; another case stops it"},
		{"adjectives joined", "Это решение Всемирной продовольственной и сельскохозяйственной организации. Новой и старой компании нет.",
			[]string{"Всемирная продовольственная и сельскохозяйственная организация: Всемирной продовольственной и сельскохозяйственной организации"},
			"adjectives of one case joined by и before the head; lower-case adjectives alone make no name"},
		{"lower-case body", "Об этом заявил представитель министерства коммерции.",
			[]string{"Министерство коммерции: министерства коммерции"}, "a ministry named by its field"},
		{"government", "Правительство Израиля и правительства других стран.",
			[]string{"Правительство Израиля: Правительство Израиля"}, "a government named by its country; other governments are no name"},
		{"legal form", "ПАО «Полюс» (далее — «Компания») сообщило о выпуске облигаций. «Компания» выросла.",
			[]string{"ПАО «Полюс»: ПАО «Полюс»"}, "the legal form stays; a defined term is no organization"},
		{"descriptor", "Акции компании «Газпром» и партии «Новый путь» выросли.",
			[]string{"Газпром [Gazprom]: Газпром", "Новый путь: Новый путь"}, "a descriptor before a quoted name"},
		{"latin", "Корпорация LG Electronics и Toyota Motor Corporation заключили союз.",
			[]string{"LG Electronics: LG Electronics", "Toyota Motor Corporation [Toyota]: Toyota Motor Corporation"},
			"a run of Latin words; a known brand with its company suffix"},
		{"latin in brackets", "Выступил губернатор Ли Ганьцзе (Li Ganjie).", nil,
			"a Latin name in brackets is a person's Latin form"},
		{"latin product", "Смартфон Galaxy поступит в продажу.", nil, "a product named once"},
		{"agency", "ПЕКИН, 23 июля (Синьхуа) -- Министерство коммерции Китая сообщило.",
			[]string{"Синьхуа [Xinhua]: Синьхуа", "Министерство коммерции Китая: Министерство коммерции Китая"},
			"a news agency is an organization"},
		{"known in every case", "Представитель Организации Объединенных Наций заявил, что ООН поможет.",
			[]string{"Организация Объединенных Наций (ООН) [United Nations]: Организации Объединенных Наций|ООН"},
			"a known body in any case, with its acronym"},
		{"generic", "Крупная компания открыла офис. Японская полиция проверяет.", nil,
			"a common adjective at a sentence start makes no name"},
		{"common acronym", "Рост ВВП обсудили СМИ.", nil, "acronyms of common nouns"},
		{"instrumental complement", "Доклад подготовил Фонд борьбы с коррупцией.",
			[]string{"Фонд борьбы с коррупцией: Фонд борьбы с коррупцией"}, "a noun in -ией ends a complement with с"},
		{"cause", "На митинг вышло Движение за чистые реки против вырубки лесов.",
			[]string{"Движение за чистые реки против вырубки лесов: Движение за чистые реки против вырубки лесов"},
			"a movement's name says what it is for and against"},
		{"namesake with a particle", "Концерт дала Ассоциация имени Людвига ван Бетховена и театр имени Кирилла и Мефодия.",
			[]string{"Ассоциация имени Людвига ван Бетховена: Ассоциация имени Людвига ван Бетховена"},
			"a particle inside the name after имени; a lower-case head makes no name"},
		{"list in a complement", "Приказ издала Федеральная служба по надзору в сфере транспорта, связи и массовых коммуникаций.",
			[]string{"Федеральная служба по надзору в сфере транспорта, связи и массовых коммуникаций: Федеральная служба по надзору в сфере транспорта, связи и массовых коммуникаций"},
			"a comma inside a complement whose list ends with и"},
		{"compound head", "Об этом сообщили в Главном управлении Облполиции по Тверской области.",
			[]string{"Главное управление Облполиции по Тверской области: Главном управлении Облполиции по Тверской области"},
			"a capitalized compound that ends in a head noun goes on the chain"},
		{"digits glued to a Latin name", "Компания 3Com и стандарт 5G.",
			[]string{"3Com: 3Com"}, "digits before a Latin word are part of its name; 5G is no name"},
	}
	runSummaries(t, tests, orgSummary)
}

func TestHasDigit(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{{"", false}, {"МИД", false}, {"G20", true}, {"Ж7", true}, {"٣", true}, {"Ж٣", true}, {"Жж", false}, {"\xd0", false}, {"\xd07", true}, {"ä1", true}} {
		if got := hasDigit(tc.w); got != tc.want {
			t.Errorf("hasDigit(%q) = %v", tc.w, got)
		}
	}
}

// TestQuotedNamedObliquely: without the tagger, a quoted name in an
// oblique case is the firm a legal form names in the nominative later
// in the text.
func TestQuotedNamedObliquely(t *testing.T) {
	ex, err := New(WithoutModel())
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ex.Extract("t", "Глава «Стальинвеста» выступил. Гендиректор ООО УК «Стальинвест» Иван Петров уехал.")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Organizations {
		for _, m := range o.Mentions {
			got = append(got, o.Name+": "+m.Text)
		}
	}
	want := "УК «Стальинвест»: Стальинвеста; УК «Стальинвест»: УК «Стальинвест»"
	if strings.Join(got, "; ") != want {
		t.Errorf("organizations %q, want %q", got, want)
	}
}
