// Package entities holds the result types of pressfacts: plain exported
// structs whose encoding/json output is exactly the JSON contract that the
// extract command prints and the evaluation tools read.
//
// # Offsets
//
// Every [Span] is a half-open range of UTF-8 byte offsets [Start, End) into
// the document's text exactly as it was given, and its Text is always
// text[Start:End]. Offsets never point inside a UTF-8 sequence. Use
// [Span.Valid] to check a span against its text.
//
// # Empty values
//
// The lists of a [Document] (sentences, dates, places, organizations,
// people, figures, quotes, facts) are always present in the JSON, as [] when
// nothing was found, so a consumer can tell "looked and found nothing" from
// an old output. Title and Dateline are left out when the document has
// none. Inside an object, every field the contract names is always written,
// even when it is the empty string; fields beyond the contract (marked
// "Extension" in their comments) are left out when empty.
//
// # Ids and references
//
// The types follow version 2 of the contract ([ContractVersion]): every
// entity, date, figure, quote and fact has an id ("p1", "o1", "l1", "d1",
// "f1", "q1", "x1", numbered in the order of its list), and where a value
// names another item by a string it also gives the item's id
// ([Position.OrganizationID], [Quote.SpeakerID], [Organization.ParentID]…);
// the string is then the item's name. [Document.Validate] checks all of
// this, and every span and value, against the text.
//
// # The contract
//
// CONTRACT.md, beside the module's go.mod, describes every field; [Schema]
// returns the same as a JSON Schema, for checking output written by
// other programs or read in other languages.
//
// The types carry no logic beyond small methods and hold no pointers shared
// between values, so results can be compared with go-cmp and handed to other
// goroutines freely.
package entities
