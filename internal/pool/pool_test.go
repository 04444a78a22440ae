package pool

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunKeepsOrder(t *testing.T) {
	n := 0
	next := func() (int, bool) { n++; return n, n <= 500 }
	// Later jobs finish first: the order must still be the jobs'.
	work := func(i int) int {
		if i%7 == 0 {
			time.Sleep(time.Millisecond)
		}
		return i * 2
	}
	var got []int
	err := Run(context.Background(), 8, next, work, func(r int) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 500 {
		t.Fatalf("%d results, want 500", len(got))
	}
	for i, r := range got {
		if r != (i+1)*2 {
			t.Fatalf("result %d is %d, want %d", i, r, (i+1)*2)
		}
	}
}

func TestRunBounded(t *testing.T) {
	const jobs = 3
	var done atomic.Int64
	taken, maxAhead := 0, 0
	next := func() (int, bool) {
		taken++
		if ahead := taken - int(done.Load()); ahead > maxAhead {
			maxAhead = ahead
		}
		return taken, taken <= 200
	}
	err := Run(context.Background(), jobs, next, func(i int) int { return i }, func(int) error {
		done.Add(1)
		time.Sleep(10 * time.Microsecond)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// 2*jobs in the order queue, one job per worker being handed over,
	// the one being emitted and the one next is making.
	if limit := 3*jobs + 2; maxAhead > limit {
		t.Errorf("%d jobs in flight, want at most %d", maxAhead, limit)
	}
}

func TestRunEmitError(t *testing.T) {
	n := 0
	next := func() (int, bool) { n++; return n, n <= 100000 }
	emits := 0
	boom := errors.New("disk full")
	err := Run(context.Background(), 2, next, func(i int) int { return i }, func(int) error {
		emits++
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("err %v, want %v", err, boom)
	}
	if emits != 1 {
		t.Errorf("emit called %d times after failing, want once", emits)
	}
	if n >= 100000 {
		t.Errorf("every job was taken after emit failed")
	}
}

func TestRunCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	next := func() (int, bool) {
		n++
		if n == 10 {
			cancel()
		}
		return n, true
	}
	emitted := 0
	err := Run(ctx, 2, next, func(i int) int { return i }, func(int) error { emitted++; return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
	if emitted != n {
		t.Errorf("%d of the %d jobs taken were emitted; want all", emitted, n)
	}
}
