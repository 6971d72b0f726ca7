#!/usr/bin/env bash
# A fictional clinic price list (version 2) with N menu items (default 50), each with a trial price,
# a member price and three courses (one with a validity), plus fees: the menu bench/run.sh quotes a
# 24-session plan against.
set -euo pipefail
n=${1:-50}
cat <<HEAD
format: exoplan-pricing
version: 2
kind: clinic
id: bench-menu
name: {ja: ベンチ用(架空), en: Bench menu (fictional)}
currency: JPY
tax: included
clinic:
  name: {ja: ベンチ用クリニック(架空), en: Bench clinic (fictional)}
  address: 架空
  phone: 00-0000-0000
  example: true
items:
HEAD
methods=(iv injection scalp topical)
for i in $(seq 1 "$n"); do
  m=${methods[$((i % 4))]}
  p=$((50000 + i * 1000))
  cat <<ITEM
  - id: item-$i
    name: {ja: 品目$i, en: Item $i}
    method: $m
    price: $p
    member: $((p * 9 / 10))
    trial: $((p * 7 / 10))
    courses:
      - {id: item-$i-3, name: {ja: 3回, en: 3 sessions}, sessions: 3, price: $((p * 28 / 10))}
      - {id: item-$i-5, name: {ja: 5回, en: 5 sessions}, sessions: 5, price: $((p * 45 / 10)), validMonths: 12}
      - {id: item-$i-10, name: {ja: 10回, en: 10 sessions}, sessions: 10, price: $((p * 85 / 10))}
ITEM
done
cat <<FEES
fees:
  - {id: consultation, name: {ja: 初診料, en: Consultation}, price: 3300, per: once, mandatory: true}
  - {id: revisit, name: {ja: 再診料, en: Follow-up}, price: 1100, per: visit, mandatory: true}
FEES
