package rx

import (
	"testing"

	"github.com/dlclark/regexp2/v2"
)

func TestFindByteOffsets(t *testing.T) {
	re := MustCompile(`^(?<place>[А-ЯЁ]+) , \s* (?<day>[0-9]+)`)
	s := "ПЕКИН, 23 июля"
	m := re.Find(s)
	if m == nil {
		t.Fatal("no match")
	}
	if m.Start != 0 || m.End != len("ПЕКИН, 23") {
		t.Errorf("match = [%d,%d), want [0,%d)", m.Start, m.End, len("ПЕКИН, 23"))
	}
	if got := m.GroupText(s, "day"); got != "23" {
		t.Errorf("day = %q, want 23 (byte offsets, not runes)", got)
	}
	if _, _, ok := m.Group("missing"); ok {
		t.Error("a group that is not in the pattern reports a match")
	}
	if re.Find("Пекин, 23") != nil {
		t.Error("lower-case place matched an upper-case class")
	}
}

func TestOptionalGroupAbsent(t *testing.T) {
	re := MustCompile(`^(?<a>x)?(?<b>y)`)
	m := re.Find("y")
	if m == nil {
		t.Fatal("no match")
	}
	if _, _, ok := m.Group("a"); ok {
		t.Error("group a took no part in the match but reports one")
	}
}

// TestNoTimeout checks that no pattern has a match timeout: a result must
// not depend on how busy the machine is.
func TestNoTimeout(t *testing.T) {
	re := MustCompile(`^(?<a>x)`)
	if re.re.MatchTimeout != regexp2.DefaultMatchTimeout {
		t.Errorf("MatchTimeout = %v: a slow machine would find no match where a quiet one does", re.re.MatchTimeout)
	}
}
