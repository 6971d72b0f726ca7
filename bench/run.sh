#!/usr/bin/env bash
# exoplan's benchmarks, one command: bench/run.sh
#
#   (a) start-up (bench/startup.py): estimate, plan, a text and a JSON quote, clinics on five files
#       and a PDF quote through the launcher, each alternating run by run with a Hello World on the
#       same JDK (JDK 17, and JDK 25 when installed), with the load average; it refuses to record
#       on a busy machine (LOAD_MAX, default 0.5). Targets on JDK 17: estimate and plan <= 2.0x,
#       quote (text, JSON) and clinics <= 2.5x, a PDF quote < 0.8 s and < 160 MiB.
#   (b) batch throughput on 1,000,000 generated plan requests (bench/gen-plan-requests.sh) in each
#       result form (full JSON, --detail summary, --format csv), against jq doing the plan
#       arithmetic on the same file (bench/plan.jq) and cat as the I/O floor, in the same run.
#       Target: >= 1,000,000 requests/s for the summary JSON and the CSV.
#   (c) peak RSS of `exoplan batch` at 10k, 1M and 10M lines, in each form. Target: < 128 MiB.
#   (d) hostile values (issue 14): "1", spaces, "x" as a price of 1 KB and of 100 KB on the command
#       line (the most one argument may hold is 128 KiB), and in batch lines of 1 KB and 60 KB, plus
#       a 1 MB line (over the 64 KiB line limit). Target: the long value fails about as fast as the
#       short one (parsing is linear; the backtracking expression took a minute for 20 KB).
#   (e) clinics (issue 12): `exoplan clinics` over 100 generated clinic files against `estimate`, in
#       one hyperfine run (bench/clinics.sh, which also runs alone). Target: <= 5x.
#   (f) the purchase planner (issue 22): quote, plan --pricing and clinics at 1,000, 10,000 and
#       100,000 sessions, and with many fees and courses (bench/sessions.sh, which also runs alone).
#
# Needs: a built target/exoplan (it builds one if missing), hyperfine, jq and GNU time
# (Debian: apt-get install hyperfine jq time), python3. Environment: JDK17 and JDK25 (JDK homes; default:
# the java on PATH and /usr/lib/jvm/temurin-25-jdk-*), RUNS (start-up runs, default 40),
# BIG (lines for the largest RSS run, default 10000000), LOAD_MAX and FORCE (bench/startup.py). Results go to stdout and to
# target/bench/results.md; docs/benchmarks.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/bench
mkdir -p "$out"

for tool in hyperfine jq; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (apt-get install $tool)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench: GNU time not found at /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -x target/exoplan ] || mvn -B -q package -DskipTests

default_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
JDK17=${JDK17:-$default_home}
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25-jdk-* 2>/dev/null | head -1 || true)}
RUNS=${RUNS:-40}
BIG=${BIG:-10000000}

report=$out/results.md
: > "$report"
say() { printf '%s\n' "$*" | tee -a "$report"; }
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT met"; fi; }

say "# exoplan benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
say ""
say "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GiB; $(uname -sr)"
say "exoplan: $(target/exoplan --version | head -1)"
say ""

# (a) start-up ------------------------------------------------------------------------------
# bench/startup.py: every command alternating with Hello World run by run, in one run, with the
# load average; it refuses to record (exit 3) on a machine that is not quiet (LOAD_MAX).
say "## (a) Start-up beside Hello World, $RUNS rounds (bench/startup.py)"
say ""
startup_ok=1
for home in "$JDK17" "$JDK25"; do
  [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
  set +e
  python3 bench/startup.py "$out" "$RUNS" "$home" > "$out/startup.md"
  code=$?
  set -e
  [ "$code" -ne 3 ] || exit 3
  tee -a "$report" < "$out/startup.md"
  say ""
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  [ "$feature" != 17 ] || [ "$code" -eq 0 ] || startup_ok=0
done
say "Targets on JDK 17: estimate and plan <= 2.0x Hello World; a text or JSON quote and clinics on"
say "five files <= 2.5x; a PDF quote under 0.8 s and 160 MiB — $(verdict "$startup_ok")."
say ""

# (b) batch throughput, in each result form ----------------------------------------------------
requests=$out/plan-1m.jsonl
[ -s "$requests" ] || bench/gen-plan-requests.sh 1000000 > "$requests"
n=$(wc -l < "$requests")
distinct=$out/plan-1m-distinct.jsonl
[ -s "$distinct" ] || bench/gen-plan-requests.sh 1000000 distinct > "$distinct"
json=$out/batch.json
load=$(cut -d' ' -f1-3 /proc/loadavg)
hyperfine --style basic --warmup 1 --runs 5 --export-json "$json" \
  -n cat "cat $requests" \
  -n "exoplan full json" "target/exoplan batch -i $requests" \
  -n "exoplan summary json" "target/exoplan batch --detail summary -i $requests" \
  -n "exoplan csv" "target/exoplan batch --format csv -i $requests" \
  -n "exoplan csv, every line distinct" "target/exoplan batch --format csv -i $distinct" \
  -n jq "jq -c -f bench/plan.jq $requests" >&2
say "## (b) Batch throughput, $n plan requests (mean of 5 runs, output to /dev/null)"
say ""
say "Load average (1, 5, 15 min) before the runs: $load; after: $(cut -d' ' -f1-3 /proc/loadavg)."
say ""
say "| program | time | requests/s | x jq | output |"
say "|---|---:|---:|---:|---:|"
batch_ok=1
for form in "cat" "exoplan full json" "exoplan summary json" "exoplan csv" \
    "exoplan csv, every line distinct" "jq"; do
  case $form in
    cat) bytes=$(wc -c < "$requests") ;;
    jq) bytes=$(jq -c -f bench/plan.jq "$requests" | wc -c) ;;
    "exoplan full json") bytes=$(target/exoplan batch -i "$requests" | wc -c) ;;
    "exoplan summary json") bytes=$(target/exoplan batch --detail summary -i "$requests" | wc -c) ;;
    "exoplan csv") bytes=$(target/exoplan batch --format csv -i "$requests" | wc -c) ;;
    "exoplan csv, every line distinct")
      bytes=$(target/exoplan batch --format csv -i "$distinct" | wc -c) ;;
  esac
  read -r ms rate versus_jq < <(jq -r --arg f "$form" --argjson n "$n" '
    (.results | map({key: .command, value: .mean}) | from_entries) as $m
    | "\($m[$f] * 1000 | floor) \($n / $m[$f] | floor) \($m.jq / $m[$f] * 10 | round / 10)"' "$json")
  say "| $form | $ms ms | $rate | ${versus_jq}x | $((bytes / 1000000)) MB, $((bytes / n)) B a request |"
  case $form in
    "exoplan summary json"|"exoplan csv") [ "$rate" -ge 1000000 ] || batch_ok=0 ;;
  esac
done
say ""
say "Target >= 1,000,000 requests/s for the summary JSON and the CSV — $(verdict "$batch_ok")."
say "(The full result, about 1.6 KB a request, has no throughput target; it is the default.)"
say "(The generated million repeats lines (about 44,000 distinct), which batch's cache of results by"
say "line answers; the distinct-lines row is the figure for work where no request repeats.)"
say ""

# (c) peak RSS, in each result form ------------------------------------------------------------
say "## (c) Peak RSS of exoplan batch (GNU time, maximum resident set size)"
say ""
say "| lines | form | peak RSS | wall time |"
say "|---:|---|---:|---:|"
rss_ok=1
for lines in 10000 1000000 "$BIG"; do
  for form in full summary csv; do
    case $form in
      full) args="" ;;
      summary) args="--detail summary" ;;
      csv) args="--format csv" ;;
    esac
    # shellcheck disable=SC2086 # $args is two words or none
    bench/gen-plan-requests.sh "$lines" \
      | /usr/bin/time -f '%M %e' -o "$out/rss-$lines-$form.txt" target/exoplan batch $args > /dev/null
    read -r kib seconds < "$out/rss-$lines-$form.txt"
    [ "$kib" -lt $((128 * 1024)) ] || rss_ok=0
    say "| $lines | $form | $((kib / 1024)) MiB | ${seconds} s |"
  done
done
say ""
say "Target < 128 MiB at every size, in every form — $(verdict "$rss_ok")."
say ""

# (d) hostile values, issue 14 (kept apart from the other blocks) ----------------------------------
hostile() { printf '1%*sx' "$1" ''; }
for size in 1000 60000 1000000; do
  printf '{"command":"plan","method":"iv","price":"%s"}\n' "$(hostile "$size")" > "$out/hostile-$size.jsonl"
done
json=$out/hostile.json
hyperfine -N --style basic --warmup 2 --runs 10 -i --export-json "$json" \
  -n "argument 1 KB" "target/exoplan plan --method iv --price '$(hostile 1000)'" \
  -n "argument 100 KB" "target/exoplan plan --method iv --price '$(hostile 100000)'" \
  -n "batch line 1 KB" "target/exoplan batch -i $out/hostile-1000.jsonl" \
  -n "batch line 60 KB" "target/exoplan batch -i $out/hostile-60000.jsonl" \
  -n "batch line 1 MB" "target/exoplan batch -i $out/hostile-1000000.jsonl" >&2
say "## (d) Hostile values: \"1\", spaces, \"x\" (median of 10 runs; each fails, exit 2 or 65)"
say ""
say "| value | time |"
say "|---|---:|"
jq -r '.results[] | "| \(.command) | \(.median * 1000 | floor) ms |"' "$json" | tee -a "$report"
hostile_ok=$(jq -r '(.results | map({key: .command, value: .median}) | from_entries) as $m
  | if $m["argument 100 KB"] <= 1.5 * $m["argument 1 KB"] + 0.1
       and $m["batch line 60 KB"] <= 1.5 * $m["batch line 1 KB"] + 0.1
       and $m["batch line 1 MB"] <= 1.5 * $m["batch line 1 KB"] + 0.1 then 1 else 0 end' "$json")
say ""
say "Target: a long value fails about as fast as a short one — $(verdict "$hostile_ok")."
# (e) clinics, issue 12 (its own block; the script is bench/clinics.sh) --------------------------
bench/clinics.sh | tee -a "$report"
say ""
# end of (e) ---------------------------------------------------------------------------------------

# (f) the purchase planner against the number of sessions, issue 22 (bench/sessions.sh) -----------
say "## (f) quote, plan --pricing and clinics at 1,000 / 10,000 / 100,000 sessions (bench/sessions.sh)"
say ""
bench/sessions.sh | tee -a "$report"
say ""

echo "bench: results in $report" >&2
