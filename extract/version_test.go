package extract

import (
	"os"
	"regexp"
	"testing"
)

// TestVersionIsChangelogs holds Version to the latest entry of
// CHANGELOG.md, so that a tag, the changelog and -version agree.
func TestVersionIsChangelogs(t *testing.T) {
	b, err := os.ReadFile("../CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^## (v\d+\.\d+\.\d+)`).FindSubmatch(b)
	if m == nil {
		t.Fatal("CHANGELOG.md has no \"## vX.Y.Z\" entry")
	}
	if got := string(m[1]); got != Version {
		t.Errorf("CHANGELOG.md's latest entry is %s, Version is %s", got, Version)
	}
	if !regexp.MustCompile(`^v\d+\.\d+\.\d+$`).MatchString(Version) {
		t.Errorf("Version %q is not a semantic version tag", Version)
	}
}
