package entities

import (
	_ "embed"
	"slices"
)

//go:embed contract.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of the contract: one
// line of the extract command's output, a [Document] or the error record
// of a document that could not be read. CONTRACT.md, beside the module's
// go.mod, says what each field means. The slice is the caller's own.
func Schema() []byte {
	return slices.Clone(schema)
}
