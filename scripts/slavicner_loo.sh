#!/usr/bin/env bash
# SlavicNER with one topic left out at a time: for each of its topics,
# train the tagger on NEREL's training split and SlavicNER's other topics,
# extract that topic's documents with the model, and score all the
# held-out predictions together against the whole gold (every document is
# tagged by a model that never saw its topic). Also scores the rules alone.
#
#   scripts/slavicner_loo.sh [OUTDIR]
#
# Needs ../shared beside the project and python3 for the scorer. About a
# minute per topic on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
corpus=$shared/corpora/slavicner-ru-train
out=${1:-$(mktemp -d)}
mkdir -p "$out"
go build -o "$out/extract" ./examples/extract
topics=$(python3 -c 'import json,sys; print(" ".join(sorted({json.loads(l)["id"].split("/")[0] for l in open(sys.argv[1])})))' "$corpus/input.jsonl")
: >"$out/loo.jsonl"
for t in $topics; do
  go run ./internal/cmd/train -leave-out "$t" -o "$out/$t.model" 2>"$out/$t.train.log"
  grep -F "\"id\": \"$t/" "$corpus/input.jsonl" >"$out/$t.input.jsonl" || true
  "$out/extract" -jsonl -model "$out/$t.model" <"$out/$t.input.jsonl" >>"$out/loo.jsonl"
  echo "$t: $(grep -c . "$out/$t.input.jsonl") documents" >&2
done
"$out/extract" -jsonl -rules <"$corpus/input.jsonl" >"$out/rules.jsonl"
python3 "$shared/eval/slavicner_score.py" --gold "$corpus/gold.jsonl" --input "$corpus/input.jsonl" \
  --pred rules="$out/rules.jsonl" --pred held-out="$out/loo.jsonl"
