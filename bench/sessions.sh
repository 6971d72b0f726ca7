#!/usr/bin/env bash
# Issue 22, finding 1: the purchase planner against the number of sessions. Times, through the
# launcher, on a generated one-item clinic list (IV at ¥100,000, no course, no fee):
#
#   quote --pricing plain.yaml --method iv --intensive N --maintenance 0
#   plan  --pricing plain.yaml --method iv --intensive N --maintenance 0
#   clinics plain.yaml          --method iv --intensive N --maintenance 0
#
# at N = 1,000, 10,000 and 100,000 sessions (SIZES to change them), then the cases that multiplied
# the old quadratic cost: 10 fees per visit at 10,000 sessions, 300 courses of 1,000 sessions at
# 10,000, and 1,000 fees per visit at 3,000 sessions with its peak RSS (GNU time). A benchmark, not
# a test: it prints medians as a Markdown table and checks nothing but the exit codes.
#
#   bench/sessions.sh                      # needs a built target/exoplan
#   EXOPLAN=/tmp/old/target/exoplan RUNS=1 bench/sessions.sh   # another build, one run each
#
# Uses hyperfine when installed (apt-get install hyperfine), else a loop over `date +%s%N`. RUNS
# (default 3) runs per command. bench/run.sh calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
exoplan=${EXOPLAN:-target/exoplan}
RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000 100000"}
out=target/bench/sessions
mkdir -p "$out"
[ -x "$exoplan" ] || { echo "bench: $exoplan not built (mvn -B -q package -DskipTests)" >&2; exit 1; }

# one item, IV at ¥100,000; $1 extra fees per visit, $2 courses of $3 sessions
gen() {
  local fees=$1 courses=$2 size=${3:-1000}
  cat <<HEAD
format: exoplan-pricing
version: 2
kind: clinic
id: bench-sessions
name: {ja: セッション数ベンチ(架空), en: Sessions bench (fictional)}
currency: JPY
tax: included
clinic:
  name: {ja: ベンチ用クリニック(架空), en: Bench clinic (fictional)}
  address: 架空
  phone: 00-0000-0000
  example: true
items:
  - id: iv-plain
    name: {ja: 点滴, en: IV drip}
    method: iv
    price: 100000
HEAD
  if [ "$courses" -gt 0 ]; then
    echo "    courses:"
    for c in $(seq 1 "$courses"); do
      echo "      - {id: course-$c, name: {ja: コース$c, en: Course $c}, sessions: $size, price: $((size * 99000 - c))}"
    done
  fi
  if [ "$fees" -gt 0 ]; then
    echo "fees:"
    for f in $(seq 1 "$fees"); do
      echo "  - {id: fee-$f, name: {ja: 手数料$f, en: Fee $f}, price: 1100, per: visit, mandatory: true}"
    done
  fi
}
gen 0 0 > "$out/plain.yaml"
gen 10 0 > "$out/fees-10.yaml"
gen 1000 0 > "$out/fees-1000.yaml"
gen 0 300 1000 > "$out/courses-300.yaml"

plan_args() { echo "--method iv --intensive $1 --maintenance 0"; }  # plan has no --date

# median wall time in ms of one command line, $RUNS runs
median_ms() {
  if command -v hyperfine >/dev/null; then
    hyperfine -N --style none --runs "$RUNS" --export-json "$out/h.json" "$1" >/dev/null 2>&1 \
      || { echo "FAILED"; return; }
    sed -n 's/.*"median": *\([0-9.e+-]*\).*/\1/p' "$out/h.json" | head -1 \
      | awk '{printf "%d", $1 * 1000}'
  else
    local times=() t0 t1
    for _ in $(seq 1 "$RUNS"); do
      t0=$(date +%s%N)
      $1 >/dev/null 2>&1 || { echo "FAILED"; return; }
      t1=$(date +%s%N)
      times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'
  fi
}

echo "## Purchase planner against sessions (issue 22), median of $RUNS runs, ms"
echo ""
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $($exoplan --version | head -1)"
echo ""
echo "| sessions | quote | plan --pricing | clinics (one file) |"
echo "|---:|---:|---:|---:|"
for n in $SIZES; do
  a=$(plan_args "$n")
  q=$(median_ms "$exoplan quote --pricing $out/plain.yaml --patient P $a --date 2026-11-21")
  p=$(median_ms "$exoplan plan --pricing $out/plain.yaml $a")
  c=$(median_ms "$exoplan clinics $out/plain.yaml $a --date 2026-11-21")
  printf '| %s | %s | %s | %s |\n' "$n" "$q" "$p" "$c"
done
echo ""
echo "| quote with | sessions | ms | peak RSS |"
echo "|---|---:|---:|---:|"
for spec in "fees-10 10000" "courses-300 10000" "fees-1000 3000"; do
  set -- $spec
  cmd="$exoplan quote --pricing $out/$1.yaml --patient P $(plan_args "$2") --date 2026-11-21"
  ms=$(median_ms "$cmd")
  rss=0
  /usr/bin/time -f '%M' -o "$out/rss" $cmd >/dev/null 2>&1 && rss=$(tail -1 "$out/rss")
  printf '| %s | %s | %s | %s MiB |\n' "$1" "$2" "$ms" "$(( rss / 1024 ))"
done
