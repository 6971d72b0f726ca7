# The arithmetic of a plan request, for comparison: sessions × price per phase, low and high.
# (exoplan also resolves protocols, counts interval-only phases, and writes the full plan JSON.)
def range: (tostring | split("..")) as $p | {low: ($p[0] | tonumber), high: ($p[-1] | tonumber)};
(.price // "100000" | range) as $price
| (.intensive // "3..5" | range) as $i
| (.maintenance // "1..2" | range) as $m
| {line: input_line_number,
   method: .method,
   total: {low: (($i.low + $m.low) * $price.low), high: (($i.high + $m.high) * $price.high)},
   phases: [{kind: "intensive", cost: {low: ($i.low * $price.low), high: ($i.high * $price.high)}},
            {kind: "maintenance", cost: {low: ($m.low * $price.low), high: ($m.high * $price.high)}}]}
