package extract

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestFormKeys: formkeys.gen.tsv is what the embedded tables and
// normalize make now (go test ./extract -run TestFormKeys -update
// rewrites it), and a gazetteer built from it equals one built without it.
func TestFormKeys(t *testing.T) {
	var b strings.Builder
	if err := writeFormKeys(&b); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("formkeys.gen.tsv", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if b.String() != formKeysFile {
		t.Fatalf("formkeys.gen.tsv is out of date with the tables or normalize (%d bytes made, %d embedded): run go test ./extract -run TestFormKeys -update", b.Len(), len(formKeysFile))
	}
	if len(formKeys().lines) == 0 {
		t.Fatal("formkeys.gen.tsv gives no keys: its header is not formKeysHeader")
	}
	fromFile, err := buildGazetteer(userTables{})
	if err != nil {
		t.Fatal(err)
	}
	recordForms(true)
	computed, err := buildGazetteer(userTables{})
	recordForms(false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"places", slices.Sorted(maps.Keys(fromFile.places.names)), slices.Sorted(maps.Keys(computed.places.names))},
		{"organizations", slices.Sorted(maps.Keys(fromFile.orgs.names)), slices.Sorted(maps.Keys(computed.orgs.names))},
		{"first names", slices.Sorted(maps.Keys(fromFile.names.first)), slices.Sorted(maps.Keys(computed.names.first))},
		{"posts", slices.Sorted(maps.Keys(fromFile.names.posts)), slices.Sorted(maps.Keys(computed.names.posts))},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: %d keys from the file, %d computed", c.what, len(c.got), len(c.want))
		}
	}
}
