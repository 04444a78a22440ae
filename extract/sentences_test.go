package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sentenceCases are texts with their sentences written out; each case says
// why the boundary is where it is.
var sentenceCases = []struct {
	name, in string
	want     []string
	why      string
}{
	{"plain", "Семинар прошел в Цзинане. Участники обсудили сотрудничество.",
		[]string{"Семинар прошел в Цзинане.", "Участники обсудили сотрудничество."}, "period and capital"},
	{"city abbreviation", "Форум пройдет в г. Харбине в сентябре.",
		[]string{"Форум пройдет в г. Харбине в сентябре."}, "г. before a name is inner"},
	{"year abbreviation", "Это случилось в 2020 г. Компания выросла.",
		[]string{"Это случилось в 2020 г.", "Компания выросла."}, "г. after a year can end a sentence"},
	{"years range", "Проекты на 2025-2026 гг. Встречу открыл директор.",
		[]string{"Проекты на 2025-2026 гг.", "Встречу открыл директор."}, "гг. after years"},
	{"province", "Делегация пров. Шаньдун прибыла в Осаку.",
		[]string{"Делегация пров. Шаньдун прибыла в Осаку."}, "пров. is inner"},
	{"street", "Адрес: ул. Садовая, д. 12. Вход свободный.",
		[]string{"Адрес: ул. Садовая, д. 12.", "Вход свободный."}, "ул. and д. are inner; the number then ends it"},
	{"etc ends", "Уголь, медь и т.д. Это выгодно.",
		[]string{"Уголь, медь и т.д.", "Это выгодно."}, "т.д. ends before a capital"},
	{"etc goes on", "Уголь, медь и т.д. поставляются по железной дороге.",
		[]string{"Уголь, медь и т.д. поставляются по железной дороге."}, "т.д. before a small letter"},
	{"that is", "Около 25 млрд, т.е. Половина бюджета.",
		[]string{"Около 25 млрд, т.е. Половина бюджета."}, "т.е. never ends a sentence"},
	{"and others", "Приехали Китай, Япония и др. Встреча прошла успешно.",
		[]string{"Приехали Китай, Япония и др.", "Встреча прошла успешно."}, "и др. ends before a capital"},
	{"million with period", "Прибыль составила 5,2 млрд. рублей за год.",
		[]string{"Прибыль составила 5,2 млрд. рублей за год."}, "млрд. before a small letter"},
	{"rubles end", "Выручка составила 48,3 млрд руб. Это рекорд.",
		[]string{"Выручка составила 48,3 млрд руб.", "Это рекорд."}, "руб. ends before a capital"},
	{"dollars USA", "Товарооборот превысил 17 млрд долл. США. Это рекорд.",
		[]string{"Товарооборот превысил 17 млрд долл. США.", "Это рекорд."}, "долл. США is one unit"},
	{"percentage points", "Доля выросла на 2 п.п. Рынок растет.",
		[]string{"Доля выросла на 2 п.п.", "Рынок растет."}, "п.п. after a number ends before a capital"},
	{"professor", "Доклад сделал проф. Иванов из Москвы.",
		[]string{"Доклад сделал проф. Иванов из Москвы."}, "проф. is inner"},
	{"academician", "Выступил акад. Ли Мин из университета им. Сунь Ятсена.",
		[]string{"Выступил акад. Ли Мин из университета им. Сунь Ятсена."}, "акад. and им. are inner"},
	{"initials before", "Стихи написал А. С. Пушкин в Болдине.",
		[]string{"Стихи написал А. С. Пушкин в Болдине."}, "initials before a surname"},
	{"initials no space", "С докладом выступила В.Матвиенко.",
		[]string{"С докладом выступила В.Матвиенко."}, "no space after the period"},
	{"initials joined", "Директор А.А. Ветров отметил рост.",
		[]string{"Директор А.А. Ветров отметил рост."}, "chained initials"},
	{"name abbreviation", "Участвовал Дж. К. Шин из Сеула.",
		[]string{"Участвовал Дж. К. Шин из Сеула."}, "Дж. is an abbreviated given name"},
	{"initials before surname after noun", "Сообщил директор Иванов А.А. Ветров тоже приехал.",
		[]string{"Сообщил директор Иванов А.А.", "Ветров тоже приехал."}, "a surname on both sides: the initials go with the first"},
	{"initials after surname", "Сообщил Петров А.В. Позже это подтвердили.",
		[]string{"Сообщил Петров А.В.", "Позже это подтвердили."}, "initials after a surname can end a sentence"},
	{"single initial after word", "Премьер Японии Н. Кан заявил об этом.",
		[]string{"Премьер Японии Н. Кан заявил об этом."}, "one initial after a capitalized word is still an initial"},
	{"unit letter", "Перегрузки доходят до 8 G. Но это недолго.",
		[]string{"Перегрузки доходят до 8 G.", "Но это недолго."}, "a capital after a number is a unit, not an initial"},
	{"decimals", "Рост составил 3,7 процента и 2.5 раза.",
		[]string{"Рост составил 3,7 процента и 2.5 раза."}, "decimal separators are inside numbers"},
	{"date with dots", "Документ подписан 10.08.2020 в Пекине.",
		[]string{"Документ подписан 10.08.2020 в Пекине."}, "a numeric date is one token"},
	{"url", "Подробности на сайте http://www.example.cn/news.html. Вопросы принимаются.",
		[]string{"Подробности на сайте http://www.example.cn/news.html.", "Вопросы принимаются."}, "periods inside a URL, the final one ends"},
	{"email", "Пишите на press@example.ru. Ответим быстро.",
		[]string{"Пишите на press@example.ru.", "Ответим быстро."}, "an e-mail address"},
	{"domain", "Сообщает портал 24.kg со ссылкой на министерство.",
		[]string{"Сообщает портал 24.kg со ссылкой на министерство."}, "no space after the period"},
	{"quoted title", "Открылся форум «Новый Шелковый путь. Новая мечта». Он продлится два дня.",
		[]string{"Открылся форум «Новый Шелковый путь. Новая мечта».", "Он продлится два дня."}, "a short quoted name is not split"},
	{"quoted speech", "Он сказал: «Форум проводится в пятый раз. В прошлом году было много гостей».",
		[]string{"Он сказал:", "«Форум проводится в пятый раз.", "В прошлом году было много гостей»."}, "direct speech is split; a colon before it ends a sentence (factRuEval's convention)"},
	{"direct speech dash", "\"Это первый пример, - прокомментировал председатель. - Мероприятие получилось\".",
		[]string{"\"Это первый пример, - прокомментировал председатель.", "- Мероприятие получилось\"."}, "a dash and a capital start the next sentence of speech"},
	{"author after exclamation", "«Мы готовы!» — сказал министр.",
		[]string{"«Мы готовы!» — сказал министр."}, "a dash and a small letter continue"},
	{"question inside", "Куда? — спросил он. Все молчали.",
		[]string{"Куда? — спросил он.", "Все молчали."}, "a question mark before the author's words"},
	{"ellipsis capital", "Решение не принято... Стороны вернутся к вопросу.",
		[]string{"Решение не принято...", "Стороны вернутся к вопросу."}, "an ellipsis before a capital ends"},
	{"ellipsis small", "Идут непросто… но прогресс есть.",
		[]string{"Идут непросто… но прогресс есть."}, "an ellipsis before a small letter does not"},
	{"brackets", "Компания (см. сайт. Там все) работает.",
		[]string{"Компания (см. сайт. Там все) работает."}, "no split inside brackets"},
	{"headline", "Китай и Монголия расширят торговлю\nПЕКИН, 14 марта (Синьхуа) -- Стороны подписали меморандум.",
		[]string{"Китай и Монголия расширят торговлю", "ПЕКИН, 14 марта (Синьхуа) -- Стороны подписали меморандум."}, "a line break ends a sentence"},
	{"dateline with year", "ЦЗИНАНЬ (JINAN), Китай, 10 августа 2020 г. /PRNewswire/ -- Семинар прошел.",
		[]string{"ЦЗИНАНЬ (JINAN), Китай, 10 августа 2020 г. /PRNewswire/ -- Семинар прошел."}, "the dateline is part of the first sentence"},
	{"dateline TASS", "БОАО /Китай/, 3 декабря. /ТАСС/. ТАСС и Синьхуа наметили проекты.",
		[]string{"БОАО /Китай/, 3 декабря. /ТАСС/. ТАСС и Синьхуа наметили проекты."}, "the periods of a TASS dateline end nothing"},
	{"numbered list", "В программу войдут:\n1. Обмен стажерами.\n2. Выставка.",
		[]string{"В программу войдут:", "1. Обмен стажерами.", "2. Выставка."}, "a list number at a line start"},
	{"inline numbered list", "Итоги (из 3512). 1. Михаил — 52 % (922774 голоса) 2. Леван — 24 %",
		[]string{"Итоги (из 3512).", "1. Михаил — 52 % (922774 голоса)", "2. Леван — 24 %"}, "inline list items"},
	{"bullets", "Поддерживают: • Афганистан • Андорра • • Австралия",
		[]string{"Поддерживают:", "• Афганистан", "• Андорра", "• • Австралия"}, "a bullet starts an item; a doubled bullet does not start two"},
	{"header marker", " date 2020-08 Заголовок\nТекст.",
		[]string{"Заголовок", "Текст."}, "the header marker is no sentence"},
	{"empty", "", nil, "no text, no sentences"},
	{"spaces", " \n\t ", nil, "only white space"},
}

func TestSentences(t *testing.T) {
	ex := newTestExtractor(t)
	names := map[string]bool{}
	for _, tc := range sentenceCases {
		if tc.why == "" || names[tc.name] {
			t.Fatalf("case %q: every case needs a unique name and a why", tc.name)
		}
		names[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			spans := ex.Sentences(tc.in)
			var got []string
			for _, s := range spans {
				got = append(got, s.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got) [%s]:\n%s", tc.in, tc.why, diff)
			}
			checkSentenceTiling(t, tc.in, spans)
		})
	}
}

func TestWithAbbreviations(t *testing.T) {
	text := "Прибыл зам. Министра. Встреча прошла."
	ex := newTestExtractor(t)
	before := len(ex.Sentences(text))
	ex2, err := New(WithAbbreviations(map[string]AbbrevClass{"министра": AbbrevInner}))
	if err != nil {
		t.Fatal(err)
	}
	if after := len(ex2.Sentences(text)); after != before-1 {
		t.Errorf("an added inner abbreviation gave %d sentences, want %d", after, before-1)
	}
	if _, err := New(WithAbbreviations(map[string]AbbrevClass{"x": "bogus"})); err == nil {
		t.Error("an unknown class was accepted")
	}
	if _, err := New(WithAbbreviations(map[string]AbbrevClass{".": AbbrevInner})); err == nil {
		t.Error("an empty abbreviation was accepted")
	}
	// The built-in table is not changed by an option.
	if got := len(ex.Sentences(text)); got != before {
		t.Errorf("WithAbbreviations changed another Extractor: %d sentences, want %d", got, before)
	}
}

func TestSentencesPackageLevel(t *testing.T) {
	got := Sentences("Один. Два.")
	if len(got) != 2 || got[1].Text != "Два." {
		t.Errorf("Sentences = %+v", got)
	}
}

// TestSentencesSameAsExtract holds the package-level Sentences, which
// loads the gazetteer only when a first line may be a dateline, to the
// sentences of a full extraction: on the seeds, the table cases, texts
// with and without a dateline, and the factRuEval dev texts when
// ../shared is there.
func TestSentencesSameAsExtract(t *testing.T) {
	texts := textFiles(t, seedDir)
	for _, tc := range datelineCases {
		texts = append(texts, tc.in)
	}
	texts = append(texts, "Просто текст. Без даты.", "ПЕКИН, 23 июля (Синьхуа) — Текст. Ещё.",
		"Женева, Швейцария, 11 июля. Текст.", "Заголовок\nМОСКВА, 3 марта. /ТАСС/. Текст.", "12,5 млн. Рост.")
	ex := newTestExtractor(t)
	check := func(texts []string) {
		for _, text := range texts {
			doc, err := ex.Extract("s", text)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(doc.Sentences, Sentences(text)); diff != "" {
				t.Errorf("Sentences(%.60q) differs from Extract's (-extract +sentences):\n%s", text, diff)
			}
		}
	}
	check(texts)
	t.Run("factRuEval", func(t *testing.T) {
		var corpus []string
		for _, d := range factRuEvalTexts(t) {
			corpus = append(corpus, d.Text)
		}
		check(corpus)
	})
}

// TestSentencesLongLine checks that a very long line without breaks is
// handled in one pass (no quadratic work per line); it would take minutes
// if each boundary rescanned the line.
func TestSentencesLongLine(t *testing.T) {
	text := strings.Repeat("Семинар прошел в г. Цзинане «успешно». ", 50000)
	got := Sentences(text)
	if len(got) != 50000 {
		t.Errorf("got %d sentences, want 50000", len(got))
	}
}

func TestSentencesInvisibleSpace(t *testing.T) {
	text := "\ufeffОдин.\u200b Два.\u2028Три"
	got := Sentences(text)
	checkSentenceTiling(t, text, got)
	if len(got) != 3 || got[0].Text != "Один." {
		t.Errorf("Sentences(%q) = %+v", text, got)
	}
}
