// Package tagger is a linear-chain sequence tagger: a structured averaged
// perceptron over hashed features, with one BIO layer per entity type and
// Viterbi decoding. It knows nothing of Russian or of names: the caller
// (package extract) turns tokens into feature hashes, and the trainer
// (internal/cmd/train) turns annotated corpora into labels.
//
// Each layer tags one type on its own (PER, ORG, LOC, ...), so that a
// place inside an organization's name ("КНР" in "Совета КНР") is learnt
// and found as well as the organization. A token's feature hashes are
// looked up once and give the scores of every layer.
package tagger

// The labels of one layer: outside, the first token of a mention, a later
// token of it.
const (
	O = iota
	B
	I
	// Labels is the number of labels of a layer.
	Labels
)

// Free is a training label that leaves a token's label to the tagger: a
// token the annotation says nothing about for that layer.
const Free = -1

// Sentence is one sequence of tokens, as the tagger reads it.
//
// A token's score comes from the features of five words, each in its
// role (a group): the token's own word (group 0), the word before it as
// a previous word (1), the word after it as a next word (2), and the
// words two before (3) and two after (4); and from the features of its
// context (quotes, the rules' votes, the shapes around it). A word's
// group features depend on the word alone, so a Tagging keeps their
// scores from one sentence to the next (Tagging.Cached).
type Sentence struct {
	// Feats holds the feature hashes of every token: token k's are
	// Feats[Off[k]:Off[k+1]], first the features its word gives in each
	// group g (Seg[k*Groups+g] of them), then its context's.
	Feats []uint32
	Off   []int32
	Seg   []uint8
	// Start and End are the tokens' byte spans in the text.
	Start, End []int
	// Active marks the tokens the tagger may label; the others are O. A
	// nil Active makes every token active.
	Active []bool
	// Word holds each token's word key (WordKey; 0 for none), and Slot,
	// where a Tagging keeps the scores of its word's groups, or -1. Aux
	// is what the caller keeps with the word's scores (Tagging.Cached).
	Word []uint64
	Slot []int32
	Aux  []Aux
	// Edge holds the group features of the words before the sentence
	// (groups 1 and 3) and after it (2 and 4).
	Edge [Groups][]uint32

	segStart int
}

// Groups is the number of word groups.
const Groups = 5

// groupOffset is where the word of each group is, from the token.
var groupOffset = [Groups]int{0, -1, 1, -2, 2}

// group returns the features of group g of token j's word, or of the
// word before or after the sentence when j is outside it.
func (s *Sentence) group(j, g int) []uint32 {
	if j < 0 || j >= s.Len() {
		return s.Edge[g]
	}
	off := int(s.Off[j])
	for i := 0; i < g; i++ {
		off += int(s.Seg[j*Groups+i])
	}
	return s.Feats[off : off+int(s.Seg[j*Groups+g])]
}

// features calls visit with every feature that scores token k: its five
// words' groups and its context's.
func (s *Sentence) features(k int, visit func(uint32)) {
	for g := 0; g < Groups; g++ {
		for _, h := range s.group(k+groupOffset[g], g) {
			visit(h)
		}
	}
	for _, h := range s.context(k) {
		visit(h)
	}
}

// context returns token k's context features.
func (s *Sentence) context(k int) []uint32 {
	off := int(s.Off[k])
	for g := 0; g < Groups; g++ {
		off += int(s.Seg[k*Groups+g])
	}
	return s.Feats[off:s.Off[k+1]]
}

// Len returns the number of tokens.
func (s *Sentence) Len() int { return len(s.Start) }

// active reports whether token k may take a label other than O.
func (s *Sentence) active(k int) bool { return s.Active == nil || s.Active[k] }

// Reset empties the sentence for reuse, keeping its buffers.
func (s *Sentence) Reset() {
	s.Feats, s.Off, s.Seg, s.Start, s.End = s.Feats[:0], s.Off[:0], s.Seg[:0], s.Start[:0], s.End[:0]
	if s.Active != nil {
		s.Active = s.Active[:0]
	}
	s.Word, s.Slot, s.Aux = s.Word[:0], s.Slot[:0], s.Aux[:0]
	for g := range s.Edge {
		s.Edge[g] = s.Edge[g][:0]
	}
	s.Off = append(s.Off, 0)
}

// Aux is two numbers the caller computes from a word alone and keeps
// with its scores, so that a word found in the cache need not be read
// again (package extract keeps the hashes of its shape and lower-case
// form).
type Aux [2]uint32

// AddToken appends a token with its span, word key and the word's Aux.
// Its features follow: the Groups word groups, each ended by EndGroup (or
// all of them given by CachedGroups or NoGroups), then its context's,
// with Add.
func (s *Sentence) AddToken(start, end int, active bool, word uint64, aux Aux) {
	if len(s.Off) == 0 {
		s.Off = append(s.Off, 0)
	}
	if len(s.Start) > 0 {
		s.Off = append(s.Off, int32(len(s.Feats)))
	}
	s.Start, s.End = append(s.Start, start), append(s.End, end)
	s.Active = append(s.Active, active)
	s.Word, s.Slot, s.Aux = append(s.Word, word), append(s.Slot, -1), append(s.Aux, aux)
	s.segStart = len(s.Feats)
}

// EndGroup ends the token's current word group: the features added since
// the last.
func (s *Sentence) EndGroup() {
	n := len(s.Feats) - s.segStart
	if n > 255 {
		panic("tagger: too many features in a group")
	}
	s.Seg = append(s.Seg, uint8(n))
	s.segStart = len(s.Feats)
}

// CachedGroups gives the token's word groups no features: a Tagging has
// their scores at slot (Tagging.Cached).
func (s *Sentence) CachedGroups(slot int32) {
	s.NoGroups()
	s.Slot[len(s.Slot)-1] = slot
}

// NoGroups gives the token's word groups no features: no active token
// reads them.
func (s *Sentence) NoGroups() {
	for g := 0; g < Groups; g++ {
		s.Seg = append(s.Seg, 0)
	}
}

// Add appends a feature hash to the last token.
func (s *Sentence) Add(h uint32) { s.Feats = append(s.Feats, h) }

// AddEdge appends a feature of group g of the word before the sentence
// (g 1 or 3) or after it (2 or 4).
func (s *Sentence) AddEdge(g int, h uint32) { s.Edge[g] = append(s.Edge[g], h) }

// Close ends the last token's features; call it once all tokens are in.
func (s *Sentence) Close() {
	if len(s.Start) > 0 {
		s.Off = append(s.Off, int32(len(s.Feats)))
	}
}

// WordKey returns the key of a word for Sentence.Word: a 64-bit hash of
// its text, never 0.
func WordKey(w string) uint64 {
	x := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		x = (x ^ uint64(w[i])) * 1099511628211
	}
	if x == 0 {
		x = 1
	}
	return x
}

// Hash returns the hash of a feature: its template number and its value.
// It is never 0, which marks an empty slot of a model's table.
func Hash(template byte, value string) uint32 {
	x := (offset32 ^ uint32(template)) * prime32
	for i := 0; i < len(value); i++ {
		x = (x ^ uint32(value[i])) * prime32
	}
	return nonZero(x)
}

// The constants of 32-bit FNV-1a.
const (
	offset32 = 2166136261
	prime32  = 16777619
)

// Hash2 is Hash of a template with two values.
func Hash2(template byte, a, b string) uint32 {
	x := (offset32 ^ uint32(template)) * prime32
	for i := 0; i < len(a); i++ {
		x = (x ^ uint32(a[i])) * prime32
	}
	x = (x ^ 0xff) * prime32 // a byte no UTF-8 text has: "ab"+"c" ≠ "a"+"bc"
	for i := 0; i < len(b); i++ {
		x = (x ^ uint32(b[i])) * prime32
	}
	return nonZero(x)
}

// HashBytes is Hash of a value in bytes.
func HashBytes(template byte, value []byte) uint32 {
	x := (offset32 ^ uint32(template)) * prime32
	for _, c := range value {
		x = (x ^ uint32(c)) * prime32
	}
	return nonZero(x)
}

// Mix returns the hash of a feature whose value is the hash of a string
// (Hash(0, s)): the same feature as Hash would make of another
// template, for values hashed once and used by several templates.
func Mix(template byte, v uint32) uint32 {
	return nonZero(fmix(v ^ uint32(template)*0x9e3779b1))
}

// Mix2 is Mix of a template with two hashed values.
func Mix2(template byte, a, b uint32) uint32 {
	return nonZero(fmix(fmix(a^uint32(template)*0x9e3779b1)*0x85ebca6b ^ b))
}

// Mix3 is Mix of a template with three hashed values.
func Mix3(template byte, a, b, c uint32) uint32 {
	return nonZero(fmix(fmix(fmix(a^uint32(template)*0x9e3779b1)*0x85ebca6b^b)*0xc2b2ae35 ^ c))
}

// fmix is MurmurHash3's finalizer: every bit of h moves every bit of the
// result.
func fmix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

func nonZero(h uint32) uint32 {
	if h == 0 {
		return 1
	}
	return h
}
