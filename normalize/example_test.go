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
