package extract

import (
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
)

// peopleSummary writes a document's people as "name [first|middle|last]
// latin/source {title; org; place}: mention|mention".
func peopleSummary(doc *entities.Document) []string {
	var out []string
	for _, p := range doc.People {
		var ms, ps []string
		for _, m := range p.Mentions {
			ms = append(ms, m.Text)
		}
		for _, x := range p.Positions {
			ps = append(ps, x.Title+"; "+x.Organization+"; "+x.Place)
		}
		out = append(out, p.Name+" ["+p.First+"|"+p.Middle+"|"+p.Last+"] "+p.Latin+"/"+string(p.LatinSource)+" {"+strings.Join(ps, " / ")+"}: "+strings.Join(ms, "|"))
	}
	return out
}

func TestPeople(t *testing.T) {
	tests := []summaryTest{
		{"russian", "Заявление сделал Юрий Михайлович Лужков. Позже Лужкова поддержали.",
			[]string{"Юрий Михайлович Лужков [Юрий|Михайлович|Лужков] Iurii Mikhailovich Luzhkov/icao {}: Юрий Михайлович Лужков|Лужкова"},
			"first name, patronymic, family name; a later family name joins; ICAO for a Russian name"},
		{"oblique", "Встреча Дмитрия Медведева и Ангелы Меркель.",
			[]string{"Дмитрий Медведев [Дмитрий||Медведев] Dmitrii Medvedev/icao {}: Дмитрия Медведева", "Ангела Меркель [Ангела||Меркель] / {}: Ангелы Меркель"},
			"the first name's case and gender put the family name back in the nominative; no system for a German name"},
		{"chinese", "Выступил губернатор пров. Шаньдун Ли Ганьцзе (Li Ganjie). Ли поблагодарил гостей.",
			[]string{"Ли Ганьцзе [Ганьцзе||Ли] Li Ganjie/text {губернатор провинции Шаньдун; ; Шаньдун}: Ли Ганьцзе|Li Ganjie|Ли"},
			"family name first; the Latin form from the text; the post with its place"},
		{"chinese ending", "По словам Чжан Шэньфэна, выставка важна.",
			[]string{"Чжан Шэньфэн [Шэньфэн||Чжан] Zhang Shenfeng/palladius {}: Чжан Шэньфэна"},
			"a Russian ending comes off a Chinese given name; Palladius gives pinyin"},
		{"chinese ending after й", "Встреча с Чжан Ханьхуэем и Ли Каем прошла в мае.",
			[]string{"Чжан Ханьхуэй [Ханьхуэй||Чжан] Zhang Hanhui/palladius {}: Чжан Ханьхуэем", "Ли Кай [Кай||Ли] Li Kai/palladius {}: Ли Каем"},
			"a given name in -й declines as a soft stem: the ending comes off and the й comes back"},
		{"japanese", "Прибыл председатель Японской внешнеторговой организации Сасаки Нобухико (Sasaki Nobuhiko).",
			[]string{"Сасаки Нобухико [Нобухико||Сасаки] Sasaki Nobuhiko/text {председатель Японской внешнеторговой организации; Японская внешнеторговая организация; }: Сасаки Нобухико|Sasaki Nobuhiko"},
			"a Japanese name in Japanese order"},
		{"korean", "Президент Южной Кореи Мун Чжэ Ин посетил завод.",
			[]string{"Мун Чжэ Ин [Чжэ Ин||Мун] Mun Jae In/kontsevich {президент Южной Кореи; ; Южная Корея}: Мун Чжэ Ин"},
			"three one-syllable parts; Kontsevich gives the Revised Romanization"},
		{"initials", "Генеральный директор СЭК проф. А.А. Ветров отметил рост. Об этом сообщил Петров А.В.",
			[]string{"А.А. Ветров [А.|А.|Ветров] / {генеральный директор СЭК; СЭК; }: А.А. Ветров", "Петров А.В. [А.|В.|Петров] / {}: Петров А.В."},
			"initials before or after the family name, as the text writes them; no Latin from initials"},
		{"latin check", "Заявил Ли Мин (СКМТ).",
			[]string{"Ли Мин [Мин||Ли] Li Ming/palladius {}: Ли Мин"},
			"brackets that cannot spell the name are no Latin form"},
		{"post after", "Юй Цзяньхуа, постоянный представитель Китая в Женеве, выступил.",
			[]string{"Юй Цзяньхуа [Цзяньхуа||Юй] Yu Jianhua/palladius {постоянный представитель Китая в Женеве; ; Китай}: Юй Цзяньхуа"},
			"a post after the name and a comma"},
		{"no person", "Вера в успех крепка. Надежда есть.", nil, "a first name at a sentence start that is a common word"},
		{"observed post", "На сцену вышла актриса Дарья Лесная. Его жена, флейтистка Юлия Ким, и барабанщик Олег Дронов играли.",
			[]string{"Дарья Лесная [Дарья||Лесная] Daria Lesnaia/icao {актриса; ; }: Дарья Лесная", "Юлия Ким [Юлия||Ким] Iuliia Kim/icao {}: Юлия Ким", "Олег Дронов [Олег||Дронов] Oleg Dronov/icao {барабанщик; ; }: Олег Дронов"},
			"posts the training gold shows (posts_observed.tsv), not only the written ones; a noun no table has is no post"},
		{"compound post", "Скончался рок-музыкант Марк Холлис. Выступила первая женщина-космонавт Анна Лис.",
			[]string{"Марк Холлис [Марк||Холлис] / {рок-музыкант; ; }: Марк Холлис", "Анна Лис [Анна||Лис] Anna Lis/icao {}: Анна Лис"},
			"a post after a part that does not decline is a post; a noun before the hyphen makes another word"},
		{"no woman's post", "Это подтвердил муж актрисы Сергей Сенин.",
			[]string{"Сергей Сенин [Сергей||Сенин] Sergei Senin/icao {}: Сергей Сенин"},
			"a woman's post is no man's"},
		{"korean press", "Портрет Кима Чен Ира висел рядом с портретом, где Ким Ир Сен улыбался.",
			[]string{"Ким Чен Ир [Чен Ир||Ким] / {}: Кима Чен Ира", "Ким Ир Сен [Ир Сен||Ким] / {}: Ким Ир Сен"},
			"press spellings outside Kontsevich; the declined family and last syllable come back; no Latin the system cannot give"},
		{"burmese", "Власти освободили Аун Сан Су Чжи в субботу.",
			[]string{"Аун Сан Су Чжи [||Аун Сан Су Чжи] / {}: Аун Сан Су Чжи"},
			"short words before a name that reads as Chinese make one Burmese name"},
		{"unknown after post", "Выступил полковник Сомчай Кхемтонг, затем генерал-майора Прасерта Кхонгсука сменил ещё один офицер.",
			[]string{"Сомчай Кхемтонг [Сомчай||Кхемтонг] / {полковник; ; }: Сомчай Кхемтонг", "Прасерт Кхонгсук [Прасерт||Кхонгсук] / {генерал-майор; ; }: Прасерта Кхонгсука"},
			"two unknown words after a post are a first and a family name; the family name's case comes off"},
		{"unknown with latin", "Выступил Маттиас Бреннеке (Matthias Brennecke). Бреннеке добавил, что работа идёт.",
			[]string{"Маттиас Бреннеке [Маттиас||Бреннеке] Matthias Brennecke/text {}: Маттиас Бреннеке|Matthias Brennecke|Бреннеке"},
			"a Latin form that spells two unknown words makes them a name"},
		{"latin case", "Суд оправдал Джошуа Вольфа (Joshua Wolf).",
			[]string{"Джошуа Вольф [Джошуа||Вольф] Joshua Wolf/text {}: Джошуа Вольфа|Joshua Wolf"},
			"the Latin form ending in a consonant takes the case ending off"},
		{"signature", "Желаем успеха!\n\nОльга Петренко Директор ГЭБ\n",
			[]string{"Ольга Петренко [Ольга||Петренко] Olga Petrenko/icao {директор ГЭБ; ГЭБ; }: Ольга Петренко"},
			"a post right after the name, capitalized as a signature writes it"},
		{"quoted org", "Пришли Иван Смирнов, солист казанского «Прибоя», и другие.",
			[]string{"Иван Смирнов [Иван||Смирнов] Ivan Smirnov/icao {солист казанского «Прибоя»; Прибой; }: Иван Смирнов"},
			"a quoted name ends a post after the name and is its organization"},
		{"two posts", "Заявление сделал представитель пресс-службы полковник Иван Смирнов. Глава отдела рекламы и связей, бывший министр Ольга Петренко.",
			[]string{"Иван Смирнов [Иван||Смирнов] Ivan Smirnov/icao {полковник; ;  / представитель пресс-службы; ; }: Иван Смирнов",
				"Ольга Петренко [Ольга||Петренко] Olga Petrenko/icao {бывший министр; ;  / глава отдела рекламы и связей; отдел рекламы и связей; }: Ольга Петренко"},
			"a person holds the post next to the name and one before it; \"и\" joins genitives in a title"},
		{"no possessive", "Мы вспоминаем нашего первого президента Ивана Смирнова.",
			[]string{"Иван Смирнов [Иван||Смирнов] Ivan Smirnov/icao {первый президент; ; }: Ивана Смирнова"},
			"a possessive pronoun is no part of the title"},
		{"genitive pair", "По словам вице-премьера Молдовы Томаша Гырбула, решение принято.",
			[]string{"Томаш Гырбул [Томаш||Гырбул] / {вице-премьер Молдовы; ; Молдова}: Томаша Гырбула"},
			"two unknown words in -а after a consonant are a man's name in the genitive"},
	}
	runSummaries(t, tests, peopleSummary)
}

// TestNameNominatives checks the nominatives of names whose case only
// one of their words or the sentence shows.
func TestNameNominatives(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct{ text, want, why string }{
		{"Об этом сообщили сторонники Джо Байдена.", "Джо Байден [Джо||Байден]", "a first name that does not decline leaves the case to the family name"},
		{"Письмо направили Джо Байдену.", "Джо Байден [Джо||Байден]", "the dative of the family name"},
		{"Речь Джереми Ханта понравилась.", "Джереми Хант [Джереми||Хант]", "\"дж\" is no Japanese syllable: the family name in -а is a genitive"},
		{"Выступил Франческо Бонура.", "Франческо Бонура [Франческо||Бонура]", "a Romance first name in -о: the family name in -а stays"},
		{"Глава ФБР Кристоферу Рэю направили письмо.", "Кристофер Рэй [Кристофер||Рэй]", "a dative in -ю after a vowel is a name in -й"},
		{"Встреча с Ким Чен Ыном прошла.", "Ким Чен Ын [Чен Ын||Ким]", "the last syllable of a Korean given name declines"},
		{"Пришло письмо Иана Дункана Смита.", "Иан Дункан Смит [Иан Дункан||Смит]", "a second given name declines with the family name"},
		{"Виктор Янукович прилетел в Киев.", "Виктор Янукович [Виктор||Янукович]", "a family name in -ович that no first name makes"},
		{"Владимир Владимирович приехал.", "Владимир Владимирович [Владимир|Владимирович|]", "a patronymic made of a first name"},
		{"Похороны Людмилы Марковны состоятся.", "Людмила Марковна [Людмила|Марковна|]", "a woman's patronymic in the genitive"},
		{"Приехала Лиза Минелли.", "Лиза Минелли [Лиза||Минелли]", "\"Лиз\" does not decline: \"Лиза\" is Лиза"},
		{"Рейсы отменены.\nАлена Миклашевская\n", "Алена Миклашевская [Алена||Миклашевская]", "a family name in -ская is a woman's: \"Алена\" is no genitive of Ален"},
		{"Вчера Дина Юнусова победила.", "Дина Юнусова [Дина||Юнусова]", "the verb says she: a woman's name the table lacks, not Дин's genitive"},
		{"Победила студентка КФУ Дина Юнусова.", "Дина Юнусова [Дина||Юнусова]", "a woman's post before the name"},
		{"Так считает политолог Виктория Журавлева.\n\nОтношения остаются плохими, считает Журавлева.", "Виктория Журавлева [Виктория||Журавлева]", "a family name alone that a woman has is hers"},
		{"Письмо Джорджа Буша-младшего пришло.", "Джордж Буш-младший [Джордж||Буш-младший]", "the epithet after a hyphen declines apart"},
		{"Позвонили Мишелю Барнье.", "Мишель Барнье [Мишель||Барнье]", "\"-ье\" after a soft sign is no dative of a name in -а"},
		{"Помощь Асие Биби оказали.", "Асия Биби [Асия||Биби]", "the dative of a name like Мария"},
		{"Роль сыграет актриса Чулпан Хаматовой.", "Чулпан Хаматова [Чулпан||Хаматова]", "a woman's family name in an oblique case after a first name no table lists"},
		{"Фильм посвящён жизни Елизаветы Глинки.", "Елизавета Глинка [Елизавета||Глинка]", "a woman's family name in -ка in the genitive"},
		{"Соболезнования в связи с кончиной Алана Гарсии.", "Алан Гарсия [Алан||Гарсия]", "a family name in -ия in the genitive"},
		{"Об этом сообщила Гаврилова А.В., главный врач.", "Гаврилова А.В. [А.|В.|Гаврилова]", "a family name before initials that nothing governs is a nominative"},
		{"По словам Петрова А.В., всё готово.", "Петров А.В. [А.|В.|Петров]", "after a noun it may be a man's genitive"},
		{"О Бараке Обаме писали. Позиция Обамы известна.", "Барак Обама [Барак||Обама]", "\"Обамы\" is only a name in -а's: \"Обаме\" is Обама's"},
		{"Рождество Иисуса Христа празднуют.", "Иисус Христос [Иисус||Христос]", "a name that declines as no rule says"},
		{"Письмо Уильяму Говарду Тафту пришло.", "Уильям Говард Тафт [Уильям Говард||Тафт]", "a second given name in the first one's case"},
		{"Речь Франка-Вальтера Штайнмайера прозвучала.", "Франк-Вальтер Штайнмайер [Франк-Вальтер||Штайнмайер]", "each part of a double first name declines"},
		{"Вероятность отставки Бориса Громова стала велика.", "Борис Громов [Борис||Громов]", "a verb after the name that agrees with another noun says nothing of a Russian man's genitive"},
	} {
		doc, err := ex.Extract("n", c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range doc.People {
			got = append(got, p.Name+" ["+p.First+"|"+p.Middle+"|"+p.Last+"]")
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: people %q, want %q (%s)", c.text, got, c.want, c.why)
		}
	}
}

// TestPostLists: a list of posts before a name or after it, each after a
// comma, gives each post; a list of names or of plural posts does not; a
// plural post is each name's past a gloss in brackets; and the person a
// body is named after takes none.
func TestPostLists(t *testing.T) {
	ex := newTestExtractor(t)
	for text, want := range map[string]map[string][]string{
		"Умер доктор филологических наук, профессор, академик Виталий Костомаров.": {
			"Виталий Костомаров": {"академик", "профессор", "доктор филологических наук"}},
		"Его брат, Ван Бин, генерал, замначальника штаба ВМС, умер в 2014 году.": {
			"Ван Бин": {"генерал", "замначальника штаба ВМС"}},
		"Иван Петров, профессор, директор института, выступил с докладом.": {
			"Иван Петров": {"профессор", "директор института"}},
		"Иван Петров, профессор, и Олег Сидоров, доцент, выступили.": {
			"Иван Петров": {"профессор"}, "Олег Сидоров": {"доцент"}},
		"Представители власти, глава области Иван Петров прибыл.": {
			"Иван Петров": {"глава области"}},
		"Выступили музыканты Юрий Царёв (проект «Метро»), Алексей Борисов и Павел Шевелёв.": {
			"Юрий Царёв": {"музыкант"}, "Алексей Борисов": {"музыкант"}, "Павел Шевелёв": {"музыкант"}},
		"Иван Петров был министром здравоохранения, а затем министром иностранных дел.": {
			"Иван Петров": {"министр здравоохранения", "министр иностранных дел"}},
		"В оркестре Иван Петров был скрипачом и дирижёром.": {
			"Иван Петров": {"скрипач", "дирижер"}},
		"Иван Петров был в Москве.": {
			"Иван Петров": nil},
		"Встречи продолжатся.\nГульноза Бабаева,\nкорр. УзА.\n": {
			"Гульноза Бабаева": {"корреспондент УзА"}},
		"Выступил зав. кафедрой истории Иван Петров.": {
			"Иван Петров": {"заведующий кафедрой истории"}},
		"Заявил постоянный представитель Китая при отделении ООН и других международных организациях в Женеве Юй Цзяньхуа.": {
			"Юй Цзяньхуа": {"постоянный представитель Китая при отделении ООН и других международных организациях в Женеве"}},
		"Прибыла делегация министерства экономики, торговли и промышленности Японии во главе с министром Сёити Накагава.": {
			"Сёити Накагава": {"министр экономики, торговли и промышленности Японии"}},
		"Прибыла делегация компании «Ростех» во главе с председателем Иваном Петровым.": {
			"Иван Петров": {"председатель компании «Ростех»"}},
		"Открылся институт имени А. С. Пушкина.": {
			"А. С. Пушкин": nil},
		"Приехала дочь действующего президента Анна Петрова.": {
			"Анна Петрова": nil},
		"Выступила мать пограничника Светлана Ващенко.": {
			"Светлана Ващенко": nil},
		"Выступила жена президента Ивана Петрова.": {
			"Иван Петров": {"президент"}},
		"У артиста и его супруги певицы Марии Ивановой родилась двойня.": {
			"Мария Иванова": {"певица"}},
		"Он выступил вместе с музыкантами Евгением Казанцевым и Юрием Китаевым.": {
			"Евгений Казанцев": {"музыкант"}, "Юрий Китаев": {"музыкант"}},
		"Преемником станет его сын, 57-летний кронпринц Нарухито.": {
			"Нарухито": {"кронпринц"}},
		"Умер Ли Пэн, премьер Государственного совета Китая в 1988—1998 годах.": {
			"Ли Пэн": {"премьер Государственного совета Китая"}},
		"Об этом сообщила подруга премьер-министра Анна Петрова.": {
			"Анна Петрова": nil},
		"Умер президент института Пушкина Виталий Костомаров.": {
			"Виталий Костомаров": {"президент института Пушкина"}},
		"Умер президент Института Пушкина Виталий Григорьевич Костомаров.": {
			"Пушкин": nil, "Виталий Григорьевич Костомаров": {"президент Института Пушкина"}},
		"Алексей Навальный выступил. Пресс-секретаря Навального Киру Ярмыш задержали.": {
			"Алексей Навальный": nil, "Кира Ярмыш": {"пресс-секретарь Навального"}},
		"Пресс-секретаря Навального Киру Ярмыш задержали.": {
			"Кира Ярмыш": {"пресс-секретарь Навального"}, "Навальный": nil},
		"Заявил глава Китайского национального космического управления (CNSA) Чжан Кэцзянь.": {
			"Чжан Кэцзянь": {"глава Китайского национального космического управления"}},
		"Выступила глава федерации северной (скандинавской) ходьбы Анна Петрова.": {
			"Анна Петрова": {"глава федерации северной (скандинавской) ходьбы"}},
		"Главред радио «Эхо Москвы» Алексей Венедиктов заявил.": {
			"Алексей Венедиктов": {"главред радио «Эхо Москвы»"}},
		"Директор завода Рустем Рахматуллин заявил.": {
			"Рустем Рахматуллин": {"директор завода"}},
		"Он сменит на посту директора ФБР 68-летнего Роберта Мюллера.": {
			"Роберт Мюллер": {"директор ФБР"}},
		"Президент подавлен кончиной бывшего президента Алана Гарсии.": {
			"Алан Гарсия": {"бывший президент"}},
		"Выступил спортсмен и актёр Олег Тактаров.": {
			"Олег Тактаров": {"актер", "спортсмен"}},
		"Выступил министр финансов и министр юстиции Иван Петров.": {
			"Иван Петров": {"министр юстиции", "министр финансов"}},
		"Заявил бывший глава компании и совладелец банка Иван Петров.": {
			"Иван Петров": {"совладелец банка", "бывший глава компании"}},
		"Прилетели известные писатели и журналисты, среди которых — Павел Басинский и Михаил Павлов.": {
			"Павел Басинский": {"журналист", "известный писатель"}, "Михаил Павлов": {"журналист", "известный писатель"}},
		"На турнир приехали чемпионы мира: Иван Петров, Олег Сидоров и Анна Смирнова.": {
			"Иван Петров": {"чемпион мира"}, "Анна Смирнова": {"чемпион мира"}},
		"Приехали чемпионы мира: Иван Петров.": {
			"Иван Петров": nil},
		"Главой Рособрнадзора назначен Сергей Кравцов.": {
			"Сергей Кравцов": {"глава Рособрнадзора"}},
		"В 2001 году президентом компании стал директор завода Иван Петров.": {
			"Иван Петров": {"директор завода", "президент компании"}},
		"Операторами выступили Михаил Агранович и Михаил Хасая.": {
			"Михаил Агранович": {"оператор"}, "Михаил Хасая": {"оператор"}},
		"Операторами выступили Михаил Агранович.": {
			"Михаил Агранович": nil},
		"Вместе с президентом компании был Олег Сидоров.": {
			"Олег Сидоров": nil},
		"Президент назначил на пост главы МВД полковника Игоря Шуневича.": {
			"Игорь Шуневич": {"полковник", "глава МВД"}},
		"Днём заместитель главы вооружённых сил генерал-лейтенанта Аксары Кердпола сообщил.": {
			"Аксары Кердпола": {"генерал-лейтенант"}},
		"Под руководством председателя КНР Си Цзиньпина и президента России Владимира Путина.": {
			"Владимир Путин": {"президент России"}},
		"Вышла премьера документального фильма «Александр Ширвиндт: Ирония спасает».": {
			"Александр Ширвиндт": nil},
		"Съезд избрал Ивана Петрова председателем партии и секретарём совета.": {
			"Иван Петров": {"председатель партии", "секретарь совета"}},
		"Съезд поддержал Ивана Петрова председателем партии.": {
			"Иван Петров": nil},
		"Суд арестовал журналиста-расследователя Ивана Голунова.": {
			"Иван Голунов": {"журналист-расследователь"}},
		"Задержали солдата-срочника Ивана Сидорова.": {
			"Иван Сидоров": {"солдат-срочник"}},
		"Елизавета Глинка, врач-реаниматолог по образованию, была известна.": {
			"Елизавета Глинка": {"врач-реаниматолог"}},
	} {
		doc, err := ex.Extract("t", text)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, p := range doc.People {
			got[p.Name] = nil
			for _, pos := range p.Positions {
				got[p.Name] = append(got[p.Name], pos.Title)
			}
		}
		for name, titles := range want {
			g, ok := got[name]
			if !ok {
				t.Errorf("%s: no %s; people %v", text, name, got)
				continue
			}
			if strings.Join(g, "; ") != strings.Join(titles, "; ") {
				t.Errorf("%s: %s has posts %q, want %q", text, name, g, titles)
			}
		}
	}
}

// TestStateCountries: a state's post that names no country holds for the
// country its sentence names before it, else for the country the
// document names most, and for none when two are named as often.
func TestStateCountries(t *testing.T) {
	ex := newTestExtractor(t)
	for text, want := range map[string]string{
		"В Грузии прошли выборы, и президент Михаил Саакашвили победил.":                                                                                     "Грузия",
		"Выборы в Грузии прошли спокойно. Наблюдатели из Франции довольны. Грузия ждёт итогов.\nПрезидент Михаил Саакашвили объявил чрезвычайное положение.": "Грузия",
		"Выборы в Грузии прошли спокойно. Наблюдатели из Франции довольны. Президент Михаил Саакашвили объявил чрезвычайное положение.":                      "",
		"Президент Михаил Саакашвили объявил чрезвычайное положение.":                                                                                        "",
	} {
		doc, err := ex.Extract("t", text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range doc.People {
			for _, pos := range p.Positions {
				got = append(got, pos.Place)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: places of posts %q, want [%q]", text, got, want)
		}
	}
}

// TestPostQuotedPlace: a place inside a quoted name in a title is the
// name's, not the post's place.
func TestPostQuotedPlace(t *testing.T) {
	ex := newTestExtractor(t)
	doc, err := ex.Extract("t", "Главред радио «Эхо Москвы» Алексей Венедиктов заявил. Посол Японии Иван Петров приехал.")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Алексей Венедиктов": "", "Иван Петров": "Япония"}
	for _, p := range doc.People {
		if len(p.Positions) != 1 || p.Positions[0].Place != want[p.Name] {
			t.Errorf("%s: positions %+v, want one with place %q", p.Name, p.Positions, want[p.Name])
		}
	}
}
