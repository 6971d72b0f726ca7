#!/bin/sh
# Writes N plan requests as JSON Lines (default 1,000,000), varied but reproducible (fixed seed):
# methods, price ranges, session counts, a protocol or an interval now and then.
# Usage: bench/gen-plan-requests.sh [N] [distinct] > requests.jsonl
# With "distinct", every line differs (the low price moves by one yen a line), so batch's cache of
# results by line never answers one: the figure for work with no repeated request.
n=${1:-1000000}
u=0; [ "${2:-}" = distinct ] && u=1
awk -v n="$n" -v u="$u" 'BEGIN {
  srand(20261121)
  split("iv injection scalp topical", m, " ")
  for (i = 1; i <= n; i++) {
    method = m[1 + int(rand() * 4)]
    low = 30000 + 10000 * int(rand() * 8) + u * i
    high = low + 10000 * int(rand() * 15)
    a = 1 + int(rand() * 5); b = a + int(rand() * 3)
    c = int(rand() * 3); d = c + int(rand() * 2)
    r = rand()
    if (r < 0.70) {
      printf "{\"command\":\"plan\",\"method\":\"%s\",\"price\":\"%d..%d\",\"intensive\":\"%d..%d\",\"maintenance\":\"%d..%d\"}\n", method, low, high, a, b, c, d
    } else if (r < 0.85) {
      printf "{\"command\":\"plan\",\"method\":\"%s\",\"price\":%d,\"intensive\":%d,\"maintenance\":%d}\n", method, low, a, c
    } else {
      # one intensive count: with an interval, when maintenance opens must not hang on a range
      if (u) {
        printf "{\"command\":\"plan\",\"method\":\"%s\",\"price\":%d,\"intensive\":%d,\"maintenance-every\":\"%d..%dm\",\"months\":%d}\n", method, low, a, 3 + c, 6 + 3 * d, 12 * (1 + int(rand() * 2))
      } else {
        printf "{\"command\":\"plan\",\"method\":\"%s\",\"intensive\":%d,\"maintenance-every\":\"%d..%dm\",\"months\":%d}\n", method, a, 3 + c, 6 + 3 * d, 12 * (1 + int(rand() * 2))
      }
    }
  }
}'
