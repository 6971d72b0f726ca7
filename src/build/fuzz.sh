#!/usr/bin/env bash
# Fuzzes one Jazzer target for a while (default 10m; 30s, 1h30m... as Jazzer reads them), then
# merges what it found into the target's committed inputs:
#
#   src/build/fuzz.sh PlanFuzzTest 10m
#
# Targets: PricingYamlFuzzTest PricingJsonFuzzTest ClinicFileFuzzTest ArgsFuzzTest PlanFuzzTest
# QuoteFuzzTest BatchLineFuzzTest BatchMemoryFuzzTest PurchaseFuzzTest ScheduleFuzzTest ClinicsFuzzTest
# QuoteClaimsFuzzTest ClinicsClaimsFuzzTest InstalmentFuzzTest. The committed
# inputs are src/test/resources/<package>/
# <Target>Inputs/<method>/; every `mvn verify` replays them. A finding fails the run and leaves its
# reproducer (crash-...) there: fix the bug and commit the reproducer with the fix. Otherwise the
# inputs that reached new code (.cifuzz-corpus/, git-ignored) are merged in with libFuzzer's
# -merge=1, which adds only inputs that cover something the committed ones do not; review and commit
# them. Prints libFuzzer's last status lines: executions and time.
#
# The committed inputs only grow here; src/build/fuzz-minimize.sh TARGET shrinks them back to the
# subset that covers as much (the same -merge=1 into an empty folder; reproducers kept verbatim),
# for a target whose inputs came in some other way (hand-written seeds, copied corpora). Inputs this
# script merged are already minimal by the same measure: ClinicFileFuzzTest's 190 shrink to 181,
# PricingYamlFuzzTest's 287 to 254. Not for BatchMemoryFuzzTest: its heavy inputs test memory bounds.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: src/build/fuzz.sh TARGET [DURATION]}
duration=${2:-10m}
source=$(find src/test/java -name "$target.java" | head -1)
[ -n "$source" ] || { echo "fuzz: no test class $target under src/test/java" >&2; exit 2; }
package=$(sed -n 's/^package \(.*\);/\1/p' "$source")
method=$(grep -A1 '@FuzzTest' "$source" | sed -n 's/.*void \([A-Za-z0-9_]*\)(.*/\1/p' | head -1)
inputs=src/test/resources/${package//./\/}/${target}Inputs/$method
log=target/fuzz-$target.log
mkdir -p target "$inputs"

start=$(date +%s)
set +e
JAZZER_FUZZ=1 mvn -B test -Dexoplan.archives.skip=true -Dexoplan.jazzer.hooks=true "-Dexoplan.test.jvm=" -Dtest="$target" \
  -Djazzer.max_duration="$duration" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
status=$?
set -e
end=$(date +%s)
grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)|^Done [0-9]+ runs' "$log" | tail -2 || true
grep -aE 'Tests run:.*Fail' "$log" | tail -1 || true
echo "fuzz: $target ran $((end - start)) s in all (maven included); exit $status; log in $log"
if [ "$status" -ne 0 ]; then
  ls "$inputs" | grep -E '^(crash|timeout|slow-unit|oom)-' | sed "s|^|fuzz: reproducer $inputs/|" || true
  exit "$status"
fi

corpus=.cifuzz-corpus/$package.$target/$method
if [ -d "$corpus" ]; then
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt \
    -Dmdep.includeScope=test > /dev/null
  before=$(ls "$inputs" | wc -l)
  java -cp "target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)" \
    com.code_intelligence.jazzer.Jazzer --target_class="$package.$target" \
    --target_method="$method" -merge=1 "$inputs" "$corpus" > target/fuzz-merge-$target.log 2>&1
  echo "fuzz: $(( $(ls "$inputs" | wc -l) - before )) new inputs merged into $inputs"
fi
