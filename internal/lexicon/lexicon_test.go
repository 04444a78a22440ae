package lexicon

import (
	"strings"
	"testing"
)

// TestTables loads every embedded table and checks that its first column is
// sorted (by code point) and has no duplicates, so that diffs stay small and
// a key is never defined twice.
func TestTables(t *testing.T) {
	names := Names()
	if len(names) == 0 {
		t.Fatal("no embedded tables")
	}
	for _, name := range names {
		tab, err := Load(name)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if len(tab.Rows) == 0 {
			t.Errorf("%s: no rows", name)
		}
		for i := 1; i < len(tab.Rows); i++ {
			prev, cur := tab.Rows[i-1], tab.Rows[i]
			if prev.Fields[0] >= cur.Fields[0] {
				t.Errorf("%s:%d: %q is not after %q (sorted, unique)", name, cur.Line, cur.Fields[0], prev.Fields[0])
			}
		}
	}
}

// TestNamesUnique checks that no name, acronym or alias of a place, country
// or organization names two different things: a key in the gazetteer must
// resolve to one place or organization.
func TestNamesUnique(t *testing.T) {
	seen := map[string]string{}
	for _, name := range []string{"countries.tsv", "places.tsv", "orgs.tsv"} {
		tab, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		nameCol, aliasCol := tab.Col("name"), tab.Col("aliases")
		for _, r := range tab.Rows {
			keys := []string{r.Fields[nameCol]}
			if a := r.Fields[aliasCol]; a != "" {
				keys = append(keys, strings.Split(a, "|")...)
			}
			if c := tab.Col("acronym"); c >= 0 && r.Fields[c] != "" {
				keys = append(keys, r.Fields[c])
			}
			for _, k := range keys {
				k = strings.ToLower(strings.ReplaceAll(k, "ё", "е"))
				where := name + ":" + r.Fields[nameCol]
				if prev, ok := seen[k]; ok && prev != where {
					t.Errorf("%q names both %s and %s", k, prev, where)
				}
				seen[k] = where
			}
		}
	}
}

func TestLoadOnce(t *testing.T) {
	a, err := Load("months.tsv")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Load("months.tsv")
	if a != b {
		t.Error("Load parsed the same table twice")
	}
	if _, err := Load("nope.tsv"); err == nil {
		t.Error("Load of a missing table returned no error")
	}
}
