#!/usr/bin/env bash
# Shrinks one Jazzer target's committed inputs to the subset that covers everything they all cover,
# so that every `mvn verify` replays fewer inputs with no less coverage:
#
#   src/build/fuzz-minimize.sh PricingYamlFuzzTest
#
# libFuzzer's -merge=1 (the same Jazzer standalone call as src/build/fuzz.sh's merge step) copies,
# into an empty folder, the inputs that add coverage, smallest first; the target's inputs are then
# replaced by those, each under its committed name. Coverage is libFuzzer's features (edges and
# their hit-count buckets, in every instrumented class, the parsers' included). Reproducers (crash-*, timeout-*, slow-unit-*, oom-*) are kept verbatim and not
# merged. Prints the inputs and bytes before and after; review `git status` and replay the target
# (mvn -B -q -o test -Dtest=TARGET) before committing. Not for targets whose inputs test something
# other than coverage (BatchMemoryFuzzTest's heavy inputs test memory bounds).
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: src/build/fuzz-minimize.sh TARGET}
source=$(find src/test/java -name "$target.java" | head -1)
[ -n "$source" ] || { echo "fuzz-minimize: no test class $target under src/test/java" >&2; exit 2; }
package=$(sed -n 's/^package \(.*\);/\1/p' "$source")
method=$(grep -A1 '@FuzzTest' "$source" | sed -n 's/.*void \([A-Za-z0-9_]*\)(.*/\1/p' | head -1)
inputs=src/test/resources/${package//./\/}/${target}Inputs/$method
[ -d "$inputs" ] || { echo "fuzz-minimize: no committed inputs in $inputs" >&2; exit 2; }
reproducer='^(crash|timeout|slow-unit|oom)-'

mkdir -p target
# FUZZ_MINIMIZE_SKIP_BUILD=1: the classes and target/fuzz-classpath.txt are already there
if [ -z "${FUZZ_MINIMIZE_SKIP_BUILD:-}" ]; then
  mvn -B -q -o test-compile -Dexoplan.archives.skip=true
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt \
    -Dmdep.includeScope=test > /dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/old" "$work/new"
for f in "$inputs"/*; do
  basename "$f" | grep -qE "$reproducer" || cp "$f" "$work/old/"
done
before=$(ls "$work/old" | wc -l)
before_bytes=$(du -cb "$work/old" | tail -1 | cut -f1)
log=target/fuzz-minimize-$target.log
java -cp "target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)" \
  com.code_intelligence.jazzer.Jazzer --target_class="$package.$target" \
  --target_method="$method" -merge=1 "$work/new" "$work/old" > "$log" 2>&1 \
  || { echo "fuzz-minimize: the merge failed; see $log" >&2; exit 1; }
after=$(ls "$work/new" | wc -l)
[ "$after" -gt 0 ] || { echo "fuzz-minimize: the merge kept no input; see $log" >&2; exit 1; }
after_bytes=$(du -cb "$work/new" | tail -1 | cut -f1)

# a kept input keeps its committed name (seed-example-clinic.yaml...): libFuzzer names it by its SHA-1
for f in "$work/old"/*; do
  sum=$(sha1sum < "$f" | cut -d' ' -f1)
  name=$(basename "$f")
  if [ "$name" != "$sum" ] && [ -f "$work/new/$sum" ]; then
    mv "$work/new/$sum" "$work/new/$name"
  fi
done
for f in "$inputs"/*; do
  basename "$f" | grep -qE "$reproducer" || rm "$f"
done
cp "$work/new"/* "$inputs"/
kept=$(ls "$inputs" | grep -cE "$reproducer" || true)
grep -aE '^MERGE-OUTER: [0-9]+ new files' "$log" | tail -1 || true
echo "fuzz-minimize: $target: $before inputs ($before_bytes bytes) -> $after ($after_bytes bytes)," \
  "$kept reproducers kept; in $inputs"
