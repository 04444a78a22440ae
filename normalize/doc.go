// Package normalize holds the language knowledge of pressfacts that is
// useful on its own: lookup keys that fold case, ё, quotes, dashes and
// spaces, and ordinary capitalization of names written in capitals.
//
// Normalization makes keys and names; it never changes the text that spans
// point into. All functions are pure and safe for concurrent use.
package normalize
