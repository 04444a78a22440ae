package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/normalize"
)

// TestPlaceKindsListed: every kind the built-in tables give is one of
// entities' constants, so that a consumer's switch over them is whole.
func TestPlaceKindsListed(t *testing.T) {
	// The kind column of the gazetteer; a cue's kind for the name after it
	// and for the adjective before it.
	for file, cols := range map[string][]int{"places.tsv": {2}, "place_cues.tsv": {1, 2}} {
		b, err := os.ReadFile("../internal/lexicon/" + file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		header := true
		for n, line := range lines {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if header {
				header = false
				continue
			}
			f := strings.Split(line, "\t")
			for _, col := range cols {
				if col >= len(f) || f[col] == "" || f[col] == "-" {
					continue
				}
				if !slices.Contains(entities.PlaceKinds, entities.PlaceKind(f[col])) {
					t.Errorf("%s:%d: kind %q is no entities.PlaceKind", file, n+1, f[col])
				}
			}
		}
	}
	for _, k := range []entities.PlaceKind{"city", "country"} { // the rules' own
		if !slices.Contains(entities.PlaceKinds, k) {
			t.Errorf("kind %q is no entities.PlaceKind", k)
		}
	}
}

// TestLatinSourcesAreSystems: the romanization systems and the contract's
// Latin sources name each other.
func TestLatinSourcesAreSystems(t *testing.T) {
	pairs := map[normalize.System]entities.LatinSource{
		normalize.Palladius: entities.Palladius, normalize.Polivanov: entities.Polivanov,
		normalize.Kontsevich: entities.Kontsevich, normalize.ICAO: entities.ICAO,
	}
	for sys, src := range pairs {
		if string(sys) != string(src) {
			t.Errorf("system %q is written as Latin source %q", sys, src)
		}
	}
}
