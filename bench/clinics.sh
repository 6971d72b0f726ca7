#!/usr/bin/env bash
# (e) clinics, issue 12: `exoplan clinics` over 100 generated clinic files (bench/gen-clinics.sh)
# against `exoplan estimate --method iv`, in the same hyperfine run, through the launcher; prints
# the ratio of medians as Markdown on stdout. Target: <= 5x. bench/run.sh runs it as its block (e);
# it also runs alone: bench/clinics.sh (needs a built target/exoplan, hyperfine and jq).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
files=$out/clinics-100
RUNS=${RUNS:-20}
rm -rf "$files"
bench/gen-clinics.sh 100 "$files"
target/exoplan clinics "$files" --method iv --date 2026-11-21 --format json \
  | jq -e '(.clinics | length) == 90 and (.excluded | length) == 10' >/dev/null \
  || { echo "bench: clinics did not compare the 100 generated files as expected" >&2; exit 1; }
json=$out/clinics.json
hyperfine -N --style basic --warmup 3 --runs "$RUNS" --export-json "$json" \
  -n estimate "target/exoplan estimate --method iv" \
  -n clinics "target/exoplan clinics $files --method iv --date 2026-11-21" >&2
echo "## (e) clinics over 100 clinic files against estimate (median of $RUNS runs, one hyperfine run)"
echo ""
echo "| estimate --method iv | clinics, 100 files (90 quote, 10 excluded) | ratio |"
echo "|---:|---:|---:|"
jq -r '(.results | map({key: .command, value: (.median * 1000)}) | from_entries) as $m
  | "| \($m.estimate | floor) ms | \($m.clinics | floor) ms | \($m.clinics / $m.estimate * 100 | round / 100)x |"' "$json"
ok=$(jq -r '(.results | map({key: .command, value: .median}) | from_entries) as $m
  | if $m.clinics <= 5 * $m.estimate then "met" else "NOT met" end' "$json")
echo ""
echo "Target: clinics over 100 files <= 5x estimate — $ok."
