module github.com/pressfacts/pressfacts

go 1.26.0

require (
	github.com/dlclark/regexp2/v2 v2.13.0
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.43.0
)
