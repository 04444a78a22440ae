package tagger

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Format is the version of the model file's layout. A file of another
// version is refused: retrain.
const Format = 2

// magic is the model file's first line.
const magic = "pressfacts tagger"

// Header is what a model file says about itself in its first lines.
type Header struct {
	// Format is the file layout's version (Format).
	Format int
	// Features names the feature set the weights were learnt with; a
	// model is only used by code that computes the same features.
	Features string
	// Data is the SHA-256 of the training data, in hex.
	Data string
	// Layers are the entity types, one BIO layer each.
	Layers []string
}

// Model is a trained tagger. It is read only, and safe for concurrent
// use.
type Model struct {
	Header
	width int // Labels × len(Layers): the weights of one feature
	// table is an open-addressing hash table of the features: each slot
	// is stride bytes, the feature's hash (little-endian; 0 for an empty
	// slot) and its width weights as int8s in units of scale, so that a
	// lookup reads one place in memory.
	table  []byte
	stride int
	mask   uint32
	// present has a bit set for every feature's hash (presentBit): a
	// feature whose bit is clear has no weights, and its lookup reads no
	// further. Most of a sentence's features are unknown pairs of words,
	// and the bitmap is small enough to stay in the processor's cache
	// where the table is not.
	present []uint64
	n       int // features in the table
	scale   float32
	// trans holds, per layer, the scores of label pairs: trans[l][p][c]
	// for label c after p, p = Labels for the sentence's start.
	trans [][Labels + 1][Labels]float32
}

// NumFeatures returns the number of features with weights.
func (m *Model) NumFeatures() int { return m.n }

// Layer returns the index of a layer by its type, or -1.
func (m *Model) Layer(typ string) int {
	for i, l := range m.Layers {
		if l == typ {
			return i
		}
	}
	return -1
}

// emit sums the weights of token k's features into t.acc: its five
// words' groups, from the cache or from their features, and its
// context's.
func (t *Tagging) emit(m *Model, s *Sentence, k int) {
	acc := t.acc
	clear(acc)
	for g := 0; g < Groups; g++ {
		j := k + groupOffset[g]
		if j < 0 || j >= s.Len() {
			addRow(acc, t.edge[g*m.width:])
			continue
		}
		if s.Slot[j] < 0 && s.Word[j] != 0 {
			t.cacheWord(m, s, j)
		}
		if s.Slot[j] >= 0 {
			addRow(acc, t.slab[int(s.Slot[j])+g*m.width:])
			continue
		}
		m.add(s.group(j, g), acc)
	}
	m.add(s.context(k), acc)
}

// addRow adds the first len(acc) sums of row to acc.
func addRow[T int16 | int32](acc []int32, row []T) {
	row = row[:len(acc)]
	for c := range acc {
		acc[c] += int32(row[c])
	}
}

// cacheWord sums the groups of token j's word into a new block of the
// slab, and caches it under the word's key. A word whose sums do not fit
// in int16 (more than 258 features in a group) is not cached.
func (t *Tagging) cacheWord(m *Model, s *Sentence, j int) {
	if len(t.sums) != Groups*m.width {
		t.sums = make([]int32, Groups*m.width)
	}
	clear(t.sums)
	for g := 0; g < Groups; g++ {
		m.add(s.group(j, g), t.sums[g*m.width:][:m.width])
	}
	for _, x := range t.sums {
		if x < math.MinInt16 || x > math.MaxInt16 {
			return
		}
	}
	slot := int32(len(t.slab))
	for _, x := range t.sums {
		t.slab = append(t.slab, int16(x))
	}
	t.cache.put(s.Word[j], slot, s.Aux[j])
	s.Slot[j] = slot
}

// add adds the weights of features to acc (width sums).
func (m *Model) add(feats []uint32, acc []int32) {
	for _, h := range feats {
		if w, b := presentBit(h); m.present[w]&b == 0 {
			continue
		}
		for j := h & m.mask; ; j = (j + 1) & m.mask {
			e := m.table[int(j)*m.stride:][:m.stride]
			k := binary.LittleEndian.Uint32(e)
			if k == 0 {
				break
			}
			if k == h {
				w := e[4:][:len(acc)]
				for c := range acc {
					acc[c] += int32(int8(w[c]))
				}
				break
			}
		}
	}
}

// Tagging is one sentence's labels, with the scores they came from. A
// Tagging is reused from sentence to sentence.
type Tagging struct {
	// Labels[l][k] is token k's label in layer l.
	Labels [][]uint8
	em     []float32 // token × layer × label emission scores
	acc    []int32
	width  int
	v      viterbi

	// cache holds the summed weights of words' groups (Sentence.Word),
	// for model with the features of owner: a block of Groups × width
	// sums in slab per word. edge holds the groups of the words around
	// the sentence.
	cache wordCache
	slab  []int16
	sums  []int32 // a word's sums before they go in slab
	edge  []int32
	model *Model
	owner any
}

// maxCached is the number of words a Tagging keeps between documents
// (each Groups × width int16 sums: 16,384 words take 1.5 MB with three
// layers).
const maxCached = 1 << 14

// Prepare readies the Tagging for a document tagged with m, whose word
// features owner computes (the same owner computes the same features of
// the same word). The word groups it has are kept when both are the same
// as before and it has not grown past its bound.
func (t *Tagging) Prepare(m *Model, owner any) {
	if t.model != m || t.owner != owner || t.cache.n > maxCached {
		t.cache.reset()
		t.slab = t.slab[:0]
		t.model, t.owner = m, owner
	}
}

// Cached returns where the Tagging keeps the scores of a word's groups,
// and the word's Aux, if it has them: the word's group features may be
// left out (Sentence.CachedGroups).
func (t *Tagging) Cached(word uint64) (int32, Aux, bool) {
	if e := t.cache.get(word); e != nil {
		return e.slot, e.aux, true
	}
	return 0, Aux{}, false
}

// wordCache is an open-addressing hash table from group keys to places
// in a slab; key 0 marks an empty slot (a group key is never 0 in
// practice, and one that is is not cached). An entry is one place in
// memory.
type wordCache struct {
	entries []cacheEntry
	n       int
}

type cacheEntry struct {
	key  uint64
	slot int32
	aux  Aux
}

func (c *wordCache) reset() {
	clear(c.entries)
	c.n = 0
}

func (c *wordCache) get(k uint64) *cacheEntry {
	if c.n == 0 || k == 0 {
		return nil
	}
	mask := uint64(len(c.entries) - 1)
	for j := fmix64(k) & mask; ; j = (j + 1) & mask {
		switch e := &c.entries[j]; e.key {
		case k:
			return e
		case 0:
			return nil
		}
	}
}

func (c *wordCache) put(k uint64, slot int32, aux Aux) {
	if k == 0 {
		return
	}
	if 2*(c.n+1) > len(c.entries) {
		old := c.entries
		c.entries, c.n = make([]cacheEntry, max(1024, 2*len(old))), 0
		for _, e := range old {
			if e.key != 0 {
				c.put(e.key, e.slot, e.aux)
			}
		}
	}
	mask := uint64(len(c.entries) - 1)
	j := fmix64(k) & mask
	for c.entries[j].key != 0 && c.entries[j].key != k {
		j = (j + 1) & mask
	}
	if c.entries[j].key == 0 {
		c.n++
	}
	c.entries[j] = cacheEntry{k, slot, aux}
}

// fmix64 is MurmurHash3's 64-bit finalizer.
func fmix64(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

// Tag labels every layer of a sentence into t.
func (m *Model) Tag(s *Sentence, t *Tagging) {
	n := s.Len()
	t.Labels = resize(t.Labels, len(m.Layers), n)
	t.width = m.width
	if n == 0 {
		return
	}
	if cap(t.em) < n*m.width {
		t.em = make([]float32, n*m.width)
	}
	em := t.em[:n*m.width]
	clear(em)
	if len(t.acc) != m.width {
		t.acc = make([]int32, m.width)
	}
	if t.model != m {
		t.Prepare(m, nil)
	}
	if len(t.edge) != Groups*m.width {
		t.edge = make([]int32, Groups*m.width)
	}
	clear(t.edge)
	for g := 1; g < Groups; g++ {
		m.add(s.Edge[g], t.edge[g*m.width:][:m.width])
	}
	for k := 0; k < n; k++ {
		if !s.active(k) {
			continue
		}
		t.emit(m, s, k)
		for c, a := range t.acc {
			em[k*m.width+c] = float32(a) * m.scale
		}
	}
	// Inactive tokens are O, so the best path is the best path of each
	// run of active tokens, entered from O (or the start) and left to O
	// (or the end): the same path decode finds over the whole sentence.
	for l := range m.Layers {
		out := t.Labels[l]
		clear(out)
		for k := 0; k < n; {
			if !s.active(k) {
				k++
				continue
			}
			end := k
			for end < n && s.active(end) {
				end++
			}
			t.v.segment(em, m.width, l*Labels, k, end, &m.trans[l], k == 0, end < n, out)
			k = end
		}
	}
}

// segment decodes tokens [from, to) of one layer: em holds width scores
// per token, the layer's from offset; the path enters from the
// sentence's start or from O, and leaves to O when toO.
func (v *viterbi) segment(em []float32, width, offset, from, to int, trans *[Labels + 1][Labels]float32, start, toO bool, out []uint8) {
	n := to - from
	if cap(v.score) < n*Labels {
		v.score = make([]float32, n*Labels)
		v.back = make([]uint8, n*Labels)
	}
	score, back := v.score[:n*Labels], v.back[:n*Labels]
	enter := &trans[O]
	if start {
		enter = &trans[Labels]
	}
	e := em[from*width+offset:]
	score[O], score[B], score[I] = enter[O]+e[O], enter[B]+e[B], negInf
	for i := 1; i < n; i++ {
		e := em[(from+i)*width+offset:][:Labels]
		p := score[(i-1)*Labels:][:Labels]
		for c := 0; c < Labels; c++ {
			best, arg := p[O]+trans[O][c], uint8(O)
			if c == I {
				best = negInf // I never follows O
			}
			if x := p[B] + trans[B][c]; x > best {
				best, arg = x, B
			}
			if x := p[I] + trans[I][c]; x > best {
				best, arg = x, I
			}
			score[i*Labels+c], back[i*Labels+c] = best+e[c], arg
		}
	}
	last := score[(n-1)*Labels:][:Labels]
	best, arg := negInf, uint8(O)
	for c := 0; c < Labels; c++ {
		x := last[c]
		if toO {
			x += trans[c][O]
		}
		if x > best {
			best, arg = x, uint8(c)
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[from+i] = arg
		arg = back[i*Labels+int(arg)]
	}
}

// resize returns layers × n label slices, reusing buf.
func resize(buf [][]uint8, layers, n int) [][]uint8 {
	if cap(buf) < layers {
		buf = make([][]uint8, layers)
	}
	buf = buf[:layers]
	for l := range buf {
		if cap(buf[l]) < n {
			buf[l] = make([]uint8, n)
		}
		buf[l] = buf[l][:n]
	}
	return buf
}

// viterbi is the scratch space of one decoding.
type viterbi struct {
	score []float32 // n × Labels: the best path's score ending in each label
	back  []uint8   // n × Labels: the label before it
}

// negInf is the score of a label a token may not take.
var negInf = float32(math.Inf(-1))

// decode finds the best label sequence of a sentence for one layer.
// emit gives token k's score for label c; trans scores label pairs;
// gold, when not nil, holds labels the path must take (Free for none).
// I never follows O, nor starts a sentence; inactive tokens are O.
func (v *viterbi) decode(s *Sentence, emit func(k, c int) float32, trans *[Labels + 1][Labels]float32, gold []int8, out []uint8) {
	n := s.Len()
	if cap(v.score) < n*Labels {
		v.score = make([]float32, n*Labels)
		v.back = make([]uint8, n*Labels)
	}
	score, back := v.score[:n*Labels], v.back[:n*Labels]
	allowed := func(k, c int) bool {
		if !s.active(k) {
			return c == O
		}
		return gold == nil || gold[k] == Free || int(gold[k]) == c
	}
	for k := 0; k < n; k++ {
		for c := 0; c < Labels; c++ {
			best, arg := negInf, uint8(O)
			if allowed(k, c) {
				e := float32(0)
				if s.active(k) {
					e = emit(k, c)
				}
				if k == 0 {
					if c != I {
						best = trans[Labels][c] + e
					}
				} else {
					for p := 0; p < Labels; p++ {
						if c == I && p == O {
							continue
						}
						if x := score[(k-1)*Labels+p] + trans[p][c] + e; x > best {
							best, arg = x, uint8(p)
						}
					}
				}
			}
			score[k*Labels+c], back[k*Labels+c] = best, arg
		}
	}
	best, arg := negInf, uint8(O)
	for c := 0; c < Labels; c++ {
		if x := score[(n-1)*Labels+c]; x > best {
			best, arg = x, uint8(c)
		}
	}
	if best == negInf {
		// The gold labels allow no path (an I after an O the text
		// forced): every token O.
		clear(out[:n])
		return
	}
	for k := n - 1; k >= 0; k-- {
		out[k] = arg
		arg = back[k*Labels+int(arg)]
	}
}

// Spans appends the mentions of one layer's labels to out as token
// ranges [from, to).
func Spans(out [][2]int, labels []uint8) [][2]int {
	for k := 0; k < len(labels); k++ {
		if labels[k] != B {
			continue
		}
		j := k + 1
		for j < len(labels) && labels[j] == I {
			j++
		}
		out = append(out, [2]int{k, j})
		k = j - 1
	}
	return out
}

// ErrFormat is returned for a file that is not a model of this Format.
var ErrFormat = errors.New("tagger: not a model of format " + strconv.Itoa(Format))

// WriteTo writes the model: a text header, a blank line, then the
// weights in little-endian binary (the transitions as float32, the
// feature hashes in ascending order, then each one's int8 weights). The
// same model gives the same bytes. The weights are not compressed: the
// file is read at start-up, and reading it whole is faster than
// inflating it.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var head bytes.Buffer
	fmt.Fprintf(&head, "%s\nformat %d\nfeatures %s\ndata %s\nlayers %s\nfeature-count %d\nscale %s\n\n",
		magic, m.Format, m.Features, m.Data, strings.Join(m.Layers, " "), m.NumFeatures(),
		strconv.FormatFloat(float64(m.scale), 'g', -1, 32))
	var body bytes.Buffer
	bw := bufio.NewWriter(&body)
	for l := range m.trans {
		for p := range m.trans[l] {
			for _, x := range m.trans[l][p] {
				binary.Write(bw, binary.LittleEndian, math.Float32bits(x))
			}
		}
	}
	// The features in the order of their hashes, then their rows.
	order := m.sortedSlots()
	for _, j := range order {
		binary.Write(bw, binary.LittleEndian, m.key(j))
	}
	for _, j := range order {
		bw.Write(m.table[j*m.stride+4:][:m.width])
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	n1, err := w.Write(head.Bytes())
	if err != nil {
		return int64(n1), err
	}
	n2, err := w.Write(body.Bytes())
	return int64(n1 + n2), err
}

// key returns the hash in slot j, 0 for an empty slot.
func (m *Model) key(j int) uint32 {
	return binary.LittleEndian.Uint32(m.table[j*m.stride:])
}

// sortedSlots returns the table's filled slots in the order of their keys.
func (m *Model) sortedSlots() []int {
	var order []int
	for j := 0; j < len(m.table)/m.stride; j++ {
		if m.key(j) != 0 {
			order = append(order, j)
		}
	}
	sortBy(order, m.key)
	return order
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parse(data)
}

// parse reads a model from the bytes WriteTo wrote.
func parse(data []byte) (*Model, error) {
	var m Model
	count := -1
	for line := 0; ; line++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return nil, fmt.Errorf("%w: the header does not end", ErrFormat)
		}
		s := string(data[:i])
		data = data[i+1:]
		if line == 0 {
			if s != magic {
				return nil, fmt.Errorf("%w: first line %q", ErrFormat, s)
			}
			continue
		}
		if s == "" {
			break
		}
		key, val, _ := strings.Cut(s, " ")
		var err error
		switch key {
		case "format":
			if m.Format, err = strconv.Atoi(val); err != nil || m.Format != Format {
				return nil, fmt.Errorf("%w: format %q", ErrFormat, val)
			}
		case "features":
			m.Features = val
		case "data":
			m.Data = val
		case "layers":
			m.Layers = strings.Fields(val)
		case "feature-count":
			if count, err = strconv.Atoi(val); err != nil || count < 0 || count > 1<<26 {
				return nil, fmt.Errorf("%w: feature-count %q", ErrFormat, val)
			}
		case "scale":
			f, err := strconv.ParseFloat(val, 32)
			if err != nil {
				return nil, fmt.Errorf("%w: scale %q", ErrFormat, val)
			}
			m.scale = float32(f)
		}
	}
	if m.Format != Format || len(m.Layers) == 0 || count < 0 {
		return nil, fmt.Errorf("%w: no format, layers or feature count in the header", ErrFormat)
	}
	m.width = len(m.Layers) * Labels
	le := binary.LittleEndian
	transBytes := len(m.Layers) * (Labels + 1) * Labels * 4
	if want := transBytes + count*(4+m.width); len(data) != want {
		return nil, fmt.Errorf("%w: %d bytes of weights, want %d", ErrFormat, len(data), want)
	}
	m.trans = make([][Labels + 1][Labels]float32, len(m.Layers))
	for l := range m.trans {
		for p := range m.trans[l] {
			for c := range m.trans[l][p] {
				m.trans[l][p][c] = math.Float32frombits(le.Uint32(data))
				data = data[4:]
			}
		}
	}
	keys, rows := data[:4*count], data[4*count:]
	return &m, m.index(count, func(i int) uint32 { return le.Uint32(keys[4*i:]) }, func(i int, dst []byte) {
		copy(dst, rows[m.width*i:])
	})
}

// presentBits is the size of Model.present in bits: eight or more per
// feature of a full model, so that about one unknown feature in ten
// reads the table.
const presentBits = 1 << presentShift

const presentShift = 18

// presentBit returns the word and bit of Model.present for a feature's
// hash, from the hash's high bits (the table is indexed by its low bits).
func presentBit(h uint32) (int, uint64) {
	b := h >> (32 - presentShift)
	return int(b >> 6), 1 << (b & 63)
}

// index builds the hash table of n features: key(i) and the weights
// row(i) writes.
func (m *Model) index(n int, key func(int) uint32, row func(int, []byte)) error {
	size := 1
	for size < 3*n/2+1 {
		size <<= 1
	}
	m.mask, m.stride, m.n = uint32(size-1), 4+m.width, n
	m.table = make([]byte, size*m.stride)
	m.present = make([]uint64, presentBits/64)
	for i := 0; i < n; i++ {
		h := key(i)
		if h == 0 {
			return fmt.Errorf("%w: feature hash 0", ErrFormat)
		}
		j := h & m.mask
		for m.key(int(j)) != 0 {
			if m.key(int(j)) == h {
				return fmt.Errorf("%w: feature %08x twice", ErrFormat, h)
			}
			j = (j + 1) & m.mask
		}
		e := m.table[int(j)*m.stride:][:m.stride]
		binary.LittleEndian.PutUint32(e, h)
		w, b := presentBit(h)
		m.present[w] |= b
		row(i, e[4:])
	}
	return nil
}
