package entities_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/pressfacts/pressfacts/entities"
	"github.com/pressfacts/pressfacts/extract"
)

// schemaNode is the part of JSON Schema 2020-12 that the contract's schema
// uses; the test refuses any other keyword, so that the schema cannot say
// more than this validator checks.
type schemaNode struct {
	Schema      string                 `json:"$schema"`
	ID          string                 `json:"$id"`
	Title       string                 `json:"title"`
	Description string                 `json:"description"`
	Ref         string                 `json:"$ref"`
	Defs        map[string]*schemaNode `json:"$defs"`
	Type        string                 `json:"type"`
	Properties  map[string]*schemaNode `json:"properties"`
	Required    []string               `json:"required"`
	Additional  *bool                  `json:"additionalProperties"`
	Items       *schemaNode            `json:"items"`
	MinItems    *int                   `json:"minItems"`
	Enum        []any                  `json:"enum"`
	Const       any                    `json:"const"`
	HasConst    bool                   `json:"-"`
	Pattern     string                 `json:"pattern"`
	MinLength   *int                   `json:"minLength"`
	Minimum     *float64               `json:"minimum"`
	AnyOf       []*schemaNode          `json:"anyOf"`
	OneOf       []*schemaNode          `json:"oneOf"`

	re *regexp.Regexp
}

var schemaKeywords = []string{
	"$schema", "$id", "title", "description", "$ref", "$defs", "type", "properties",
	"required", "additionalProperties", "items", "minItems", "enum", "const",
	"pattern", "minLength", "minimum", "anyOf", "oneOf",
}

// loadSchema parses the embedded schema, refusing keywords the validator
// does not know, and compiles its patterns.
func loadSchema(t *testing.T) *schemaNode {
	t.Helper()
	raw := entities.Schema()
	var check func(path string, v any)
	check = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		for k, sub := range m {
			if !slices.Contains(schemaKeywords, k) {
				t.Fatalf("schema %s: keyword %q is not one the test checks", path, k)
			}
			switch k {
			case "properties", "$defs":
				for name, s := range sub.(map[string]any) {
					check(path+"/"+k+"/"+name, s)
				}
			case "items":
				check(path+"/items", sub)
			case "anyOf", "oneOf":
				for i, s := range sub.([]any) {
					check(fmt.Sprintf("%s/%s/%d", path, k, i), s)
				}
			}
		}
	}
	var generic any
	if err := json.Unmarshal(raw, &generic); err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	check("#", generic)
	var root schemaNode
	if err := json.Unmarshal(raw, &root); err != nil {
		t.Fatal(err)
	}
	var prepare func(n *schemaNode, v any)
	prepare = func(n *schemaNode, v any) {
		m := v.(map[string]any)
		_, n.HasConst = m["const"]
		if n.Pattern != "" {
			n.re = regexp.MustCompile(n.Pattern)
		}
		for name, s := range n.Properties {
			prepare(s, m["properties"].(map[string]any)[name])
		}
		for name, s := range n.Defs {
			prepare(s, m["$defs"].(map[string]any)[name])
		}
		if n.Items != nil {
			prepare(n.Items, m["items"])
		}
		for i, s := range n.AnyOf {
			prepare(s, m["anyOf"].([]any)[i])
		}
		for i, s := range n.OneOf {
			prepare(s, m["oneOf"].([]any)[i])
		}
	}
	prepare(&root, generic)
	return &root
}

// validate returns the places where v breaks schema n (of root).
func validate(root, n *schemaNode, v any, path string) []string {
	if n.Ref != "" {
		name, ok := strings.CutPrefix(n.Ref, "#/$defs/")
		def := root.Defs[name]
		if !ok || def == nil {
			return []string{path + ": unresolved $ref " + n.Ref}
		}
		return validate(root, def, v, path)
	}
	var errs []string
	bad := func(format string, args ...any) {
		errs = append(errs, path+": "+fmt.Sprintf(format, args...))
	}
	if n.HasConst && !reflect.DeepEqual(v, n.Const) {
		bad("%v is not %v", v, n.Const)
	}
	if n.Enum != nil && !slices.ContainsFunc(n.Enum, func(e any) bool { return reflect.DeepEqual(e, v) }) {
		bad("%v is none of %v", v, n.Enum)
	}
	switch n.Type {
	case "":
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			bad("%T is not an object", v)
			break
		}
		for _, k := range n.Required {
			if _, ok := m[k]; !ok {
				bad("no %q", k)
			}
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := n.Properties[k]
			if !ok {
				if n.Additional != nil && !*n.Additional {
					bad("%q is not a field", k)
				}
				continue
			}
			errs = append(errs, validate(root, p, m[k], path+"."+k)...)
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			bad("%T is not an array", v)
			break
		}
		if n.MinItems != nil && len(a) < *n.MinItems {
			bad("%d items, want at least %d", len(a), *n.MinItems)
		}
		if n.Items != nil {
			for i, x := range a {
				errs = append(errs, validate(root, n.Items, x, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case "string":
		s, ok := v.(string)
		if !ok {
			bad("%T is not a string", v)
			break
		}
		if n.MinLength != nil && len([]rune(s)) < *n.MinLength {
			bad("%q is shorter than %d", s, *n.MinLength)
		}
		if n.re != nil && !n.re.MatchString(s) {
			bad("%q does not match %s", s, n.Pattern)
		}
	case "number", "integer":
		f, ok := v.(float64)
		if !ok {
			bad("%T is not a number", v)
			break
		}
		if n.Type == "integer" && f != float64(int64(f)) {
			bad("%v is not an integer", f)
		}
		if n.Minimum != nil && f < *n.Minimum {
			bad("%v is below %v", f, *n.Minimum)
		}
	default:
		bad("type %q is not one the test checks", n.Type)
	}
	if n.AnyOf != nil && !slices.ContainsFunc(n.AnyOf, func(s *schemaNode) bool { return len(validate(root, s, v, path)) == 0 }) {
		bad("matches none of anyOf")
	}
	if n.OneOf != nil {
		var matched int
		var first []string
		for i, s := range n.OneOf {
			e := validate(root, s, v, path)
			if len(e) == 0 {
				matched++
			} else if i == 0 {
				first = e
			}
		}
		if matched != 1 {
			bad("matches %d of oneOf, want 1", matched)
			errs = append(errs, first...)
		}
	}
	return errs
}

// decode reads JSON the way a consumer would: numbers as float64.
func decode(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestSchemaGolden: every golden file, and every seed extracted with the
// trace, is valid under the contract's schema.
func TestSchemaGolden(t *testing.T) {
	root := loadSchema(t)
	goldens, err := filepath.Glob("../testdata/*.golden.json")
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range goldens {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range validate(root, root, decode(t, data), "#") {
			t.Errorf("%s: %s", path, e)
		}
	}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	ex, err := extract.New(extract.WithTrace())
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range seeds {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(filepath.Base(path), string(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Trace) == 0 {
			t.Errorf("%s: no trace", path)
		}
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range validate(root, root, decode(t, data), "#") {
			t.Errorf("%s with trace: %s", path, e)
		}
	}
	rec := decode(t, []byte(`{"id":"r12","error":"feed.jsonl:3: invalid UTF-8 at byte 38"}`))
	if e := validate(root, root, rec, "#"); len(e) != 0 {
		t.Errorf("an error record is invalid: %v", e)
	}
}

// TestSchemaRefuses: the schema is no blank cheque — documents broken in
// each way it can see are refused.
func TestSchemaRefuses(t *testing.T) {
	root := loadSchema(t)
	data, err := os.ReadFile("../testdata/111_posts_and_appointments.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		breaks func(d map[string]any)
	}{
		{"no facts", func(d map[string]any) { delete(d, "facts") }},
		{"an unknown field", func(d map[string]any) { d["colour"] = "red" }},
		{"contract 1", func(d map[string]any) { d["contract"] = 1.0 }},
		{"a string offset", func(d map[string]any) { first(d, "sentences")["start"] = "0" }},
		{"a negative offset", func(d map[string]any) { first(d, "sentences")["end"] = -1.0 }},
		{"a fractional offset", func(d map[string]any) { first(d, "sentences")["end"] = 1.5 }},
		{"a month 13", func(d map[string]any) { first(d, "dates")["value"] = "2024-13" }},
		{"an unknown precision", func(d map[string]any) { first(d, "dates")["precision"] = "hour" }},
		{"a person id in places", func(d map[string]any) { first(d, "places")["id"] = "p1" }},
		{"a place with no mentions", func(d map[string]any) { first(d, "places")["mentions"] = []any{} }},
		{"an unknown Latin source", func(d map[string]any) { first(d, "people")["latin_source"] = "gost-7.79" }},
		{"a lower-case country", func(d map[string]any) { first(d, "places")["country"] = "cn" }},
		{"an unknown fact type", func(d map[string]any) { first(d, "facts")["type"] = "wedding" }},
		{"a fact argument naming a quote", func(d map[string]any) {
			first(d, "facts")["args"] = []any{map[string]any{"role": "participant", "id": "q1"}}
		}},
		{"a person without positions", func(d map[string]any) { delete(first(d, "people"), "positions") }},
		{"an error record with a document field", func(d map[string]any) {
			for k := range d {
				delete(d, k)
			}
			d["id"], d["error"], d["lang"] = "a", "x", "ru"
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := decode(t, data).(map[string]any)
			c.breaks(d)
			if e := validate(root, root, d, "#"); len(e) == 0 {
				t.Errorf("the schema takes a document with %s", c.name)
			}
		})
	}
}

// first is the first item of the document's list name; the golden file
// must have one.
func first(d map[string]any, name string) map[string]any {
	return d[name].([]any)[0].(map[string]any)
}

// TestSchemaFields: each object of the schema lists exactly the JSON
// fields of its Go type, and requires exactly those always written.
func TestSchemaFields(t *testing.T) {
	root := loadSchema(t)
	types := map[string]reflect.Type{
		"document": reflect.TypeFor[entities.Document](), "span": reflect.TypeFor[entities.Span](),
		"dateline": reflect.TypeFor[entities.Dateline](), "date": reflect.TypeFor[entities.Date](),
		"place": reflect.TypeFor[entities.Place](), "organization": reflect.TypeFor[entities.Organization](),
		"person": reflect.TypeFor[entities.Person](), "position": reflect.TypeFor[entities.Position](),
		"figure": reflect.TypeFor[entities.Figure](), "quote": reflect.TypeFor[entities.Quote](),
		"fact": reflect.TypeFor[entities.Fact](), "arg": reflect.TypeFor[entities.Arg](),
		"found": reflect.TypeFor[entities.Found](),
	}
	for name, def := range root.Defs {
		if def.Type != "object" || name == "errorRecord" {
			continue
		}
		typ, ok := types[name]
		if !ok {
			t.Errorf("schema object %q has no Go type in the test", name)
			continue
		}
		fields, required := jsonFields(typ)
		var props []string
		for p := range def.Properties {
			props = append(props, p)
		}
		sort.Strings(props)
		req := slices.Sorted(slices.Values(def.Required))
		if !slices.Equal(props, fields) {
			t.Errorf("%s: schema fields %v, Go fields %v", name, props, fields)
		}
		if !slices.Equal(req, required) {
			t.Errorf("%s: schema requires %v, Go always writes %v", name, req, required)
		}
	}
	kinds := fmt.Sprint(entities.PlaceKinds)
	contract, err := os.ReadFile("../CONTRACT.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range entities.PlaceKinds {
		if !bytes.Contains(contract, []byte("`"+string(k)+"`")) {
			t.Errorf("CONTRACT.md does not list the place kind %q (kinds: %s)", k, kinds)
		}
	}
}

// jsonFields lists the JSON names of typ's fields, embedded structs
// flattened, and those written even when empty (no omitempty), sorted.
func jsonFields(typ reflect.Type) (all, always []string) {
	for f := range typ.Fields() {
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			a, w := jsonFields(f.Type)
			all, always = append(all, a...), append(always, w...)
			continue
		}
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		all = append(all, name)
		if !strings.Contains(opts, "omitempty") {
			always = append(always, name)
		}
	}
	sort.Strings(all)
	sort.Strings(always)
	return all, always
}
