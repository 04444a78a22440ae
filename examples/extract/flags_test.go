package main

// The module's common test flags, so that go test ./... -update runs here
// too.
import _ "github.com/pressfacts/pressfacts/internal/testflags"
