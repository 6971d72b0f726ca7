#!/usr/bin/env bash
# N fictional clinic price lists (version 2, default 100) in DIR, for bench/clinics.sh: every
# fourth tax-excluded, every fifth with no stated tax, trial prices, courses with a validity,
# mandatory fees once and per visit, "from" prices, and every tenth without an IV item (excluded).
set -euo pipefail
n=${1:-100}
dir=${2:?usage: bench/gen-clinics.sh N DIR}
mkdir -p "$dir"
for i in $(seq 1 "$n"); do
  id=$(printf 'bench-clinic-%03d' "$i")
  tax=included
  [ $((i % 4)) -eq 0 ] && tax=excluded
  [ $((i % 5)) -eq 0 ] && tax=not-stated
  p=$((40000 + (i * 7919) % 160000))
  from=$p
  [ $((i % 7)) -eq 0 ] && from="{from: $p}"
  {
    cat <<HEAD
format: exoplan-pricing
version: 2
kind: clinic
id: $id
name: {ja: ベンチ用$i(架空), en: Bench clinic $i (fictional)}
currency: JPY
tax: $tax
effective: 2026-0$((1 + i % 9))-01
clinic:
  name: {ja: ベンチ用クリニック$i(架空), en: Bench clinic $i (fictional)}
  address: 架空
  phone: 00-0000-0000
  example: true
items:
HEAD
    if [ $((i % 10)) -ne 0 ]; then
      cat <<ITEM
  - id: iv
    name: {ja: 点滴$i, en: IV drip $i}
    method: iv
    standard: true
    price: $from
    trial: $((p / 2))
    courses:
      - {id: c3, name: {ja: 3回コース, en: 3-session course}, sessions: 3, price: $((p * 27 / 10))}
      - {id: c5, name: {ja: 5回コース, en: 5-session course}, sessions: 5, price: $((p * 42 / 10)), validMonths: 12}
ITEM
    fi
    cat <<ITEM
  - id: scalp
    name: {ja: 頭皮$i, en: Scalp $i}
    method: scalp
    price: $((p / 2))
fees:
  - {id: first, name: {ja: 初診料, en: First consultation}, price: $((1100 * (i % 6))), per: once, mandatory: true}
  - {id: visit, name: {ja: 再診料, en: Follow-up}, price: 550, per: visit, mandatory: $([ $((i % 3)) -eq 0 ] && echo true || echo false)}
ITEM
  } > "$dir/$id.yaml"
done
