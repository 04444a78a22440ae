package tagger

import (
	_ "embed"
	"errors"
)

// embedded is the model internal/cmd/train writes from the training
// corpora (see DESIGN.md: "The tagger").
//
//go:embed ru.model
var embedded []byte

// Default returns the built-in model.
func Default() (*Model, error) {
	if len(embedded) == 0 {
		return nil, errors.New("tagger: no built-in model")
	}
	return parse(embedded)
}

// Featurize turns a text into the tagger's sentences, with the features
// the models are learnt with. Package extract sets it; the trainer calls
// it.
var Featurize func(text string) ([]Sentence, error)

// FeatureSet names the features Featurize computes; a model records it.
var FeatureSet string
