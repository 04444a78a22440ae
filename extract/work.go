package extract

import "sync/atomic"

// workCounter counts, while a test looks, the comparisons of the passes
// that relate a document's items to one another (an acronym with the
// names it may stand for, a trigger with the posts around it): the test
// holds them to grow no faster than the text. It is nil otherwise, and
// counting costs one load.
var workCounter atomic.Pointer[atomic.Int64]

// countWork adds n comparisons to the count, when one is kept.
func countWork(n int) {
	if c := workCounter.Load(); c != nil {
		c.Add(int64(n))
	}
}
