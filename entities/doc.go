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
// people, figures, quotes) are always present in the JSON, as [] when
// nothing was found, so a consumer can tell "looked and found nothing" from
// an old output. Title and Dateline are left out when the document has
// none. Inside an object, every field the contract names is always written,
// even when it is the empty string; fields beyond the contract (marked
// "Extension" in their comments) are left out when empty.
//
// The types carry no logic beyond small methods and hold no pointers shared
// between values, so results can be compared with go-cmp and handed to other
// goroutines freely.
package entities
