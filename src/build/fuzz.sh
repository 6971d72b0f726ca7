#!/usr/bin/env bash
# Fuzzes one Jazzer target for a while (default 10m; 30s, 1h30m... as Jazzer reads them):
#
#   src/build/fuzz.sh PlanFuzzTest 10m
#
# Targets: PricingYamlFuzzTest PricingJsonFuzzTest ClinicFileFuzzTest ArgsFuzzTest PlanFuzzTest
# QuoteFuzzTest BatchLineFuzzTest. A finding fails the run and leaves its reproducer in the target's
# ...FuzzTestInputs directory under src/test/resources, where every `mvn verify` replays it; the
# inputs that reached new code are in .cifuzz-corpus/ (git-ignored) — copy the ones worth keeping
# into the Inputs directory. Prints libFuzzer's last status line: executions, coverage, time.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: src/build/fuzz.sh TARGET [DURATION]}
duration=${2:-10m}
log=target/fuzz-$target.log
mkdir -p target
start=$(date +%s)
set +e
JAZZER_FUZZ=1 mvn -B test -Dexoplan.archives.skip=true -Dtest="$target" \
  -Djazzer.max_duration="$duration" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
status=$?
set -e
end=$(date +%s)
grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)|^Done [0-9]+ runs' "$log" | tail -2 || true
grep -E 'Tests run:.*Fail' "$log" | tail -1 || true
echo "fuzz: $target ran $((end - start)) s in all (maven included); exit $status; log in $log"
exit $status
