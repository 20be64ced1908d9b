#!/usr/bin/env bash
# Instructions per event of one benchmark implementation, counted by valgrind (cachegrind), which
# unlike wall time does not depend on the shared machine's load.
#
#   tests/bench/count-instructions.sh [hand|kernel|engine|simjs] [small] [large]
#
# Runs the bundle's `--one <impl>` mode at two sizes (default 200k and 600k customers: both above
# the 200k warm-up, so start-up, warm-up and JIT work are the same in both) and divides the
# difference in instructions by the difference in events: only the per-event part counts.
# --single-threaded makes V8 compile on the main thread at fixed points: without it the counts
# of one size can differ by half between runs (background compilation finishes at random times).
# --predictable also fixes the moments V8 decides to optimise and collect: with both, the same code
# gives the same figure run after run (without it the engine's moved by up to 10 %).
# Takes about a minute per implementation and run.
set -euo pipefail
impl=${1:-engine}; small=${2:-200000}; large=${3:-600000}
here=$(cd "$(dirname "$0")" && pwd)
bundle=$here/../../node_modules/.cache/cm-bench/bench.mjs
# Build the bundle only (run.mjs would also start the timed benchmark).
CM_BENCH_BUILD_ONLY=1 node "$here/run.mjs"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --single-threaded --predictable --expose-gc "$bundle" --one "$impl" --customers "$1" >"$tmp/out.$1" 2>"$tmp/vg.$1"
}
count "$small" & count "$large"; wait
refs() { grep -E 'I +refs' "$tmp/vg.$1" | sed 's/.*refs: *//; s/,//g'; }
events() { tail -1 "$tmp/out.$1" | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).events))'; }
i1=$(refs "$small"); i2=$(refs "$large"); e1=$(events "$small"); e2=$(events "$large")
echo "$impl: $(( (i2 - i1) / (e2 - e1) )) instructions per event (Ir $i1 / $i2 for $e1 / $e2 events)"
