package jsonl_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/pressfacts/pressfacts/extract"
	"github.com/pressfacts/pressfacts/jsonl"
)

func ExamplePipeline_Run() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	in := strings.NewReader(`{"id": "r1", "text": "ПЕКИН, 23 июля (Синьхуа) — Подписано 17 соглашений.", "date": "2021-07-24"}
{"id": "r2"}
`)
	p := &jsonl.Pipeline{
		Extractor: ex,
		Jobs:      2,
		Failed:    func(e *jsonl.LineError) { fmt.Println("failed:", e) },
	}
	var out bytes.Buffer
	stats, err := p.Run(context.Background(), &out, jsonl.Input{Name: "feed.jsonl", Reader: in})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d lines, %d failed\n", stats.Lines, stats.Failed)
	fmt.Print(strings.SplitAfter(out.String(), "\n")[1])
	// Output:
	// failed: feed.jsonl:2: no "text"
	// 2 lines, 1 failed
	// {"id":"r2","error":"feed.jsonl:2: no \"text\""}
}
