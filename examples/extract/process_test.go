package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for the command: with
// PRESSFACTS_AS_COMMAND=1 it runs the command (as main does) instead of
// the tests, so that a test can run the command as a process of its own.
func TestMain(m *testing.M) {
	if os.Getenv("PRESSFACTS_AS_COMMAND") == "1" {
		os.Exit(runProcess())
	}
	os.Exit(m.Run())
}

// commandOutput runs the command as a process on the JSON Lines input at
// path; with pause, the process is stopped for 0.4 s after every 0.05 s it
// runs, the way a loaded machine treats it.
func commandOutput(t *testing.T, path string, pause bool) []byte {
	t.Helper()
	in, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	cmd := exec.Command(os.Args[0], "-jsonl", "-j", "1")
	cmd.Env = append(os.Environ(), "PRESSFACTS_AS_COMMAND=1")
	cmd.Stdin = in
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var werr error
	if pause {
	loop:
		for {
			select {
			case werr = <-done:
				break loop
			case <-time.After(50 * time.Millisecond):
				_ = cmd.Process.Signal(syscall.SIGSTOP)
				time.Sleep(400 * time.Millisecond)
				_ = cmd.Process.Signal(syscall.SIGCONT)
			}
		}
	} else {
		werr = <-done
	}
	if werr != nil {
		t.Fatalf("%s: %v: %s", path, werr, errOut.String())
	}
	return out.Bytes()
}

// TestSlowedProcess runs the dev sets through the command twice, once as
// it is and once stopped over and over, and requires the same bytes: no
// result may depend on the wall clock. Without ../shared it uses the
// seeds.
func TestSlowedProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command with pauses")
	}
	inputs := []string{
		filepath.Join("..", "..", "..", "shared", "corpora", "factrueval-dev", "input.jsonl"),
		filepath.Join("..", "..", "..", "shared", "corpora", "nerel-dev", "input.jsonl"),
	}
	if _, err := os.Stat(inputs[0]); err != nil {
		inputs = []string{seedsJSONL(t)}
	}
	for _, path := range inputs {
		if _, err := os.Stat(path); err != nil {
			continue
		}
		plain := commandOutput(t, path, false)
		slowed := commandOutput(t, path, true)
		if !bytes.Equal(plain, slowed) {
			t.Errorf("%s: the output of a slowed process differs from a normal run's", path)
		}
	}
}

// seedsJSONL writes the seed releases as a JSON Lines input.
func seedsJSONL(t *testing.T) string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	var b bytes.Buffer
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		line, err := json.Marshal(map[string]string{"id": p, "text": string(data)})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "seeds.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSignals sends SIGTERM and SIGINT to the command in the middle of a
// long JSON Lines input: it ends on a whole line, says why on standard
// error and exits with status 1.
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command as a process")
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-jsonl", "-j", "2")
			cmd.Env = append(os.Environ(), "PRESSFACTS_AS_COMMAND=1")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			var out syncBuffer
			var errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errOut
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Lines keep coming until the signal; the writer stops when
			// the command closes its input side or the pipe breaks.
			go func() {
				line := []byte(`{"id": "x", "text": "ПЕКИН, 23 июля (Синьхуа) — Семинар прошел в Цзинане, подписано 17 соглашений."}` + "\n")
				for {
					if _, err := stdin.Write(line); err != nil {
						return
					}
				}
			}()
			for out.len() == 0 {
				time.Sleep(20 * time.Millisecond) // some lines are out: the run is under way
			}
			_ = cmd.Process.Signal(sig)
			err = cmd.Wait()
			stdin.Close()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 1 {
				t.Errorf("exit: %v, want status 1", err)
			}
			b := out.bytes()
			if len(b) == 0 || b[len(b)-1] != '\n' {
				t.Fatalf("the output does not end on a whole line: %q", b[max(0, len(b)-80):])
			}
			for _, line := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
				if !json.Valid(line) {
					t.Fatalf("a line that is not JSON: %.80q", line)
				}
			}
			if !strings.Contains(errOut.String(), "canceled") {
				t.Errorf("standard error says %q, want why the run stopped", errOut.String())
			}
		})
	}
}

// syncBuffer is a buffer the command's output goroutine writes and the
// test reads at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Len()
}

func (b *syncBuffer) bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]byte(nil), b.buf.Bytes()...)
}
