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
