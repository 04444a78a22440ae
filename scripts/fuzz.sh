#!/usr/bin/env bash
# fuzz.sh: run every fuzz target of the module for a while, two at a time,
# one worker each, and print what each did (not part of CI).
#
#   scripts/fuzz.sh            10 minutes a target
#   FUZZTIME=60s scripts/fuzz.sh
#
# A target that fails leaves its crasher in its package's testdata/fuzz,
# where go test runs it from then on; keep it with the fix.
set -u
cd "$(dirname "$0")/.."
time=${FUZZTIME:-10m}
logs=$(mktemp -d)
targets=$(grep -rho --include='*_test.go' '^func Fuzz[A-Za-z0-9]*' . | sed 's/func //' | sort -u)
run() { # package target
  go test "$1" -run '^$' -fuzz "^$2\$" -fuzztime "$time" -parallel 1 >"$logs/$2.log" 2>&1
  status=$?
  last=$(grep -E 'execs: [0-9]+' "$logs/$2.log" | tail -1)
  echo "$2 ($1): status $status; $last"
  [ $status -eq 0 ] || tail -20 "$logs/$2.log"
}
pids=()
for t in $targets; do
  pkg=./$(dirname "$(grep -rl --include='*_test.go' "^func $t(" . | head -1)")
  run "$pkg" "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then
    wait "${pids[0]}"
    pids=("${pids[@]:1}")
  fi
done
wait
