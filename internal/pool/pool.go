// Package pool runs work on a stream of jobs with a fixed number of
// goroutines and hands the results on in the order the jobs came, with a
// bounded number of them in flight. The command's file mode and package
// jsonl both run through it.
package pool

import (
	"context"
	"sync"
)

// Run calls work on every job that next yields, on jobs goroutines, and
// emit on each result, in the order next yielded the jobs. next returns
// false when there are no more jobs; it is called from one goroutine, as
// is emit. At most 2*jobs jobs are in flight, so memory stays bounded by
// the largest jobs, not by the number of them.
//
// When emit returns an error, Run stops calling next, lets the jobs in
// flight finish without emitting them, and returns that error. When ctx is
// done, Run stops calling next, emits the jobs already taken, and returns
// ctx.Err(). Otherwise it returns nil once every job is emitted.
func Run[J, R any](ctx context.Context, jobs int, next func() (J, bool), work func(J) R, emit func(R) error) error {
	if jobs < 1 {
		jobs = 1
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	type slot struct {
		job J
		res chan R
	}
	todo := make(chan *slot)
	order := make(chan *slot, 2*jobs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range todo {
				s.res <- work(s.job)
			}
		}()
	}
	var cut error // why the reading stopped before the end
	go func() {
		defer close(order)
		defer close(todo)
		for {
			if cut = ctx.Err(); cut != nil {
				return
			}
			j, ok := next()
			if !ok {
				return
			}
			s := &slot{job: j, res: make(chan R, 1)}
			order <- s
			todo <- s
		}
	}()
	var err error
	for s := range order {
		r := <-s.res
		if err != nil {
			continue
		}
		if err = emit(r); err != nil {
			stop()
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return cut
}
