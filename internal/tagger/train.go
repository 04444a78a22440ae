package tagger

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Example is one training sentence with its labels: Gold[l][k] is token
// k's label in layer l (O, B, I or Free).
type Example struct {
	Sentence
	Gold [][]int8
}

// Options control training.
type Options struct {
	// Epochs is the number of passes over the examples (default 8).
	Epochs int
	// MinCount drops the features seen in fewer tokens (default 2).
	MinCount int
	// MaxFeatures, when positive, keeps only that many features: those
	// whose weights weigh most (the sum of their absolute values), so
	// that the model is small and its table stays in the cache.
	MaxFeatures int
	// Seed orders the examples of each pass.
	Seed uint64
	// Runs, when above 1, trains that many times, each run with its own
	// order of the examples (seeds Seed, Seed+1, ...), and averages the
	// runs' averaged weights: a linear model of the same size whose
	// weights depend less on one order (default 1).
	Runs int
	// Progress, when not nil, is told of each finished pass with the
	// share of tokens whose labels were wrong in it.
	Progress func(epoch int, errRate float64)
}

// Train learns a model from examples by the averaged structured
// perceptron: each example is decoded with the current weights, and where
// the best path is not the gold one, the gold path's features gain and
// the predicted path's lose; the model keeps the average of the weights
// over all steps. The result depends only on the examples, their order and
// the options.
func Train(h Header, examples []Example, opt Options) (*Model, error) {
	if len(h.Layers) == 0 {
		return nil, errors.New("tagger: no layers")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	width := len(h.Layers) * Labels
	for i := range examples {
		ex := &examples[i]
		if len(ex.Gold) != len(h.Layers) {
			return nil, fmt.Errorf("tagger: example %d: %d layers of labels, want %d", i, len(ex.Gold), len(h.Layers))
		}
		for l := range ex.Gold {
			if len(ex.Gold[l]) != ex.Len() {
				return nil, fmt.Errorf("tagger: example %d: %d labels for %d tokens", i, len(ex.Gold[l]), ex.Len())
			}
		}
	}

	// Number the features seen often enough; the examples' hashes become
	// row numbers (rows of dropped features are -1, then removed).
	counts := map[uint32]int32{}
	for i := range examples {
		ex := &examples[i]
		for k := 0; k < ex.Len(); k++ {
			if ex.active(k) {
				ex.features(k, func(f uint32) { counts[f]++ })
			}
		}
	}
	var kept []uint32
	for f, c := range counts {
		if int(c) >= opt.MinCount {
			kept = append(kept, f)
		}
	}
	slices.Sort(kept)
	row := make(map[uint32]int32, len(kept))
	for i, f := range kept {
		row[f] = int32(i)
	}
	counts = nil
	// Each example's tokens with the row numbers of all the features that
	// score them (its words' groups and its context), token k's in
	// rows[i][off[k]:off[k+1]]; the hashes are dropped.
	rows := make([][]int32, len(examples))
	for i := range examples {
		ex := &examples[i]
		var r []int32
		off := make([]int32, ex.Len()+1)
		for k := 0; k < ex.Len(); k++ {
			off[k] = int32(len(r))
			if ex.active(k) {
				ex.features(k, func(f uint32) {
					if j, ok := row[f]; ok {
						r = append(r, j)
					}
				})
			}
		}
		off[ex.Len()] = int32(len(r))
		rows[i] = r
		ex.Off, ex.Feats, ex.Seg, ex.Edge = off, nil, nil, [Groups][]uint32{}
	}
	row = nil

	runs := max(opt.Runs, 1)
	ntrans := len(h.Layers) * (Labels + 1) * Labels
	weights, trans := make([]float64, len(kept)*width), make([]float64, ntrans)
	t := trainer{
		width: width, layers: len(h.Layers),
		w: make([]int32, len(kept)*width), u: make([]int64, len(kept)*width),
		tw: make([]int32, ntrans), tu: make([]int64, ntrans),
	}
	order := make([]int, len(examples))
	for run := range runs {
		if run > 0 {
			clear(t.w)
			clear(t.u)
			clear(t.tw)
			clear(t.tu)
			t.c = 0
		}
		for i := range order {
			order[i] = i
		}
		rng := splitmix(opt.Seed + uint64(run))
		for epoch := 1; epoch <= opt.Epochs; epoch++ {
			for i := len(order) - 1; i > 0; i-- {
				j := int(rng.next() % uint64(i+1))
				order[i], order[j] = order[j], order[i]
			}
			wrong, total := 0, 0
			for _, i := range order {
				t.c++
				w, n := t.step(&examples[i], rows[i])
				wrong, total = wrong+w, total+n
			}
			if opt.Progress != nil {
				opt.Progress(run*opt.Epochs+epoch, float64(wrong)/float64(max(total, 1)))
			}
		}
		t.addAverage(weights, trans, float64(runs))
	}
	return model(h, width, len(h.Layers), kept, weights, trans, opt.MaxFeatures)
}

// trainer is the perceptron's state: the weights w and, for averaging,
// u, the sum of each update times the step it was made at (Daumé's
// trick: the average is w − u/c). Integers keep it exact.
type trainer struct {
	width, layers int
	c             int64
	w             []int32
	u             []int64
	tw            []int32 // transitions: layer, previous label (Labels = start), label
	tu            []int64
	em            []int32
	v, vg         viterbi
	pred, gold    []uint8
}

func (t *trainer) transAt(l, p, c int) int { return (l*(Labels+1)+p)*Labels + c }

// step decodes one example, updates the weights where it went wrong, and
// returns the number of wrong labels and of labels.
func (t *trainer) step(ex *Example, rows []int32) (wrong, total int) {
	n := ex.Len()
	if n == 0 {
		return 0, 0
	}
	if cap(t.em) < n*t.width {
		t.em = make([]int32, n*t.width)
		t.pred, t.gold = make([]uint8, n), make([]uint8, n)
	}
	em := t.em[:n*t.width]
	clear(em)
	for k := 0; k < n; k++ {
		for _, r := range rows[ex.Off[k]:ex.Off[k+1]] {
			for c, x := range t.w[int(r)*t.width:][:t.width] {
				em[k*t.width+c] += x
			}
		}
	}
	pred, gold := t.pred[:n], t.gold[:n]
	for l := 0; l < t.layers; l++ {
		var tr [Labels + 1][Labels]float32
		for p := range tr {
			for c := range tr[p] {
				tr[p][c] = float32(t.tw[t.transAt(l, p, c)])
			}
		}
		emit := func(k, c int) float32 { return float32(em[k*t.width+l*Labels+c]) }
		t.v.decode(&ex.Sentence, emit, &tr, nil, pred)
		t.vg.decode(&ex.Sentence, emit, &tr, ex.Gold[l], gold)
		prevP, prevG := Labels, Labels
		for k := 0; k < n; k++ {
			p, g := int(pred[k]), int(gold[k])
			if ex.Gold[l][k] != Free {
				total++
				if p != g {
					wrong++
				}
			}
			if p != g {
				for _, r := range rows[ex.Off[k]:ex.Off[k+1]] {
					t.add(int(r)*t.width+l*Labels+g, 1)
					t.add(int(r)*t.width+l*Labels+p, -1)
				}
			}
			if p != g || prevP != prevG {
				t.addTrans(t.transAt(l, prevG, g), 1)
				t.addTrans(t.transAt(l, prevP, p), -1)
			}
			prevP, prevG = p, g
		}
	}
	return wrong, total
}

func (t *trainer) add(i int, d int32) {
	t.w[i] += d
	t.u[i] += t.c * int64(d)
}

func (t *trainer) addTrans(i int, d int32) {
	t.tw[i] += d
	t.tu[i] += t.c * int64(d)
}

// addAverage adds the run's averaged weights, divided by runs, to
// weights and trans.
func (t *trainer) addAverage(weights, trans []float64, runs float64) {
	c := float64(max(t.c, 1))
	for i := range t.w {
		weights[i] += (float64(t.w[i]) - float64(t.u[i])/c) / runs
	}
	for i := range t.tw {
		trans[i] += (float64(t.tw[i]) - float64(t.tu[i])/c) / runs
	}
}

// model stores the weights in one signed byte each, scaled by the
// largest, drops the features whose weights all round to 0 and, with
// maxFeatures, all but the heaviest.
func model(h Header, width, layers int, kept []uint32, weights, trans []float64, maxFeatures int) (*Model, error) {
	big := 0.0
	for _, x := range weights {
		big = math.Max(big, math.Abs(x))
	}
	scale := big / math.MaxInt8
	if scale == 0 {
		scale = 1
	}
	m := &Model{Header: h, width: width, scale: float32(scale)}
	m.Format = Format
	var keys []uint32
	var rows []int8
	for f := range kept {
		q := make([]int8, width)
		zero := true
		for c := range q {
			q[c] = int8(math.Round(weights[f*width+c] / scale))
			zero = zero && q[c] == 0
		}
		if !zero {
			keys = append(keys, kept[f])
			rows = append(rows, q...)
		}
	}
	if maxFeatures > 0 && len(keys) > maxFeatures {
		keys, rows = heaviest(keys, rows, width, maxFeatures)
	}
	m.trans = make([][Labels + 1][Labels]float32, layers)
	for l := range m.trans {
		for p := range m.trans[l] {
			for c := range m.trans[l][p] {
				m.trans[l][p][c] = float32(trans[(l*(Labels+1)+p)*Labels+c])
			}
		}
	}
	if err := m.index(len(keys), func(i int) uint32 { return keys[i] }, func(i int, dst []byte) {
		for c := range dst {
			dst[c] = byte(rows[i*m.width+c])
		}
	}); err != nil {
		return nil, err // not when kept holds each hash once, none of them 0
	}
	return m, nil
}

// heaviest keeps the n features whose weights' absolute values sum
// highest (ties by hash), in the order of their hashes.
func heaviest(keys []uint32, rows []int8, width, n int) ([]uint32, []int8) {
	weight := func(i int) int {
		w := 0
		for _, x := range rows[i*width : (i+1)*width] {
			w += max(int(x), -int(x))
		}
		return w
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(weight(b), weight(a)); c != 0 {
			return c
		}
		return cmp.Compare(keys[a], keys[b])
	})
	order = order[:n]
	slices.Sort(order)
	outKeys, outRows := make([]uint32, 0, n), make([]int8, 0, n*width)
	for _, i := range order {
		outKeys = append(outKeys, keys[i])
		outRows = append(outRows, rows[i*width:(i+1)*width]...)
	}
	return outKeys, outRows
}

// splitmix is a small deterministic generator (SplitMix64), so that the
// order of training examples never depends on the Go version.
type splitmixState struct{ s uint64 }

func splitmix(seed uint64) *splitmixState { return &splitmixState{seed} }

func (r *splitmixState) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// sortBy sorts xs by a key.
func sortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}
