package normalize_test

import (
	"fmt"

	"github.com/pressfacts/pressfacts/normalize"
)

func ExampleKey() {
	fmt.Println(normalize.Key("«ЦЗИНАНЬ»") == normalize.Key("Цзинань"))
	fmt.Println(normalize.Key("Улан–Батор"))
	// Output:
	// true
	// улан-батор
}

func ExampleCapitalize() {
	fmt.Println(normalize.Capitalize("УЛАН-БАТОР"))
	// Output:
	// Улан-Батор
}

func ExamplePhrase() {
	fmt.Println(normalize.Phrase("Японской внешнеторговой организации"))
	fmt.Println(normalize.Phrase("Совета КНР по содействию международной торговле"))
	// Output:
	// Японская внешнеторговая организация
	// Совет КНР по содействию международной торговле
}

func ExampleNounLemma() {
	fmt.Println(normalize.NounLemma("соглашений"), normalize.NounLemma("лет"), normalize.NounLemma("масок"))
	// Output:
	// соглашение год маска
}

func ExampleNumberWords() {
	v, used, _ := normalize.NumberWords([]string{"одной", "тысячи", "пятисот", "человек"})
	fmt.Println(v, used)
	// Output:
	// 1500 3
}

func ExampleForms() {
	fmt.Println(normalize.Forms("Хабаровский край", normalize.Declension{}))
	fmt.Println(normalize.Forms("Цзинань", normalize.Declension{}))
	fmt.Println(normalize.Forms("Казань", normalize.Declension{Feminine: true}))
	// Output:
	// [Хабаровский край Хабаровского края Хабаровскому краю Хабаровским краем Хабаровском крае Хабаровском краю]
	// [Цзинань Цзинаня Цзинаню Цзинанем Цзинане]
	// [Казань Казани Казанью]
}

func ExampleRomanize() {
	for _, c := range []struct {
		name string
		sys  normalize.System
	}{
		{"Лю Цзяи", normalize.Palladius},
		{"Сиань", normalize.Palladius},
		{"Сасаки Нобухико", normalize.Polivanov},
		{"Мун Чжэ Ин", normalize.Kontsevich},
		{"Юлия Щеглова", normalize.ICAO},
	} {
		latin, ok := normalize.Romanize(c.name, c.sys)
		fmt.Println(latin, ok)
	}
	_, ok := normalize.Romanize("Москва", normalize.Palladius)
	fmt.Println(ok)
	// Output:
	// Liu Jiayi true
	// Xi'an true
	// Sasaki Nobuhiko true
	// Mun Jae In true
	// Iuliia Shcheglova true
	// false
}

func ExamplePhraseWith() {
	posts := map[string]string{"актрисы": "актриса", "актриса": "актриса"}
	lookup := func(key string) (string, bool) {
		p, ok := posts[key]
		return p, ok
	}
	fmt.Println(normalize.Phrase("актриса театра"))
	fmt.Println(normalize.PhraseWith("актриса театра", lookup))
	fmt.Println(normalize.PhraseWith("Главного редактора", lookup))
	// Output:
	// актрис театра
	// актриса театра
	// Главный редактор
}
