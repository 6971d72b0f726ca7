#!/usr/bin/env bash
# N clinic price lists of close to 1 MiB each (the largest a pricing file may be) in DIR, for
# measuring `exoplan clinics` memory over many big lists (issue 22, finding 6): the lists of
# bench/gen-clinics.sh, each padded with extra scalp and topical items up to about 1,000,000 bytes.
# Usage: bench/gen-big-clinics.sh N DIR [BYTES]
set -euo pipefail
n=${1:?usage: bench/gen-big-clinics.sh N DIR [BYTES]}
dir=${2:?usage: bench/gen-big-clinics.sh N DIR [BYTES]}
bytes=${3:-1000000}
"$(dirname "$0")/gen-clinics.sh" "$n" "$dir" >/dev/null
for f in "$dir"/bench-clinic-*.yaml; do
  size=$(wc -c < "$f")
  # the extra items go before "fees:", as more entries of "items:"
  awk -v room=$((bytes - size)) '
    /^fees:/ && !done {
      i = 0
      while (room > 0) {
        line = sprintf("  - {id: extra-%06d, name: {ja: 追加品目%d(架空), en: Extra item %d (fictional)}, method: topical, price: %d}", i, i, i, 1000 + i % 9000)
        room -= length(line) + 1
        if (room < 0) break
        print line
        i++
      }
      done = 1
    }
    { print }' "$f" > "$f.tmp"
  mv "$f.tmp" "$f"
done
