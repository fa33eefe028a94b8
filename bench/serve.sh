#!/usr/bin/env bash
# `./imprint build` with an `imprint serve` running against the same build in a new JVM
# (--no-server) and against Typst building the same article (the peer of ../shared/bench/peers),
# measured in one run, alternating so that the machine's drift hits all three alike.
#   1. starts ./imprint serve (its own server file, a free port) and warms it with WARM builds
#   2. RUNS rounds of: served build, --no-server build, Typst; each PDF only, --force
#   3. checks that the served and the in-process PDF are the same bytes
# Usage: bench/serve.sh                 (RUNS=10 WARM=10)
#        PEERS=/path/to/peers bench/serve.sh   (a copy of ../shared/bench/peers with tools/typst installed)
# Prints median (min-max) wall and cpu seconds of each. Needs GNU time and curl.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-10}
WARM=${WARM:-10}
work=$(mktemp -d)
cd "$root"
export IMPRINT_SERVER_FILE="$work/server.json"
server=""
cleanup() { [ -n "$server" ] && kill -TERM "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

stats() {
  python3 - "$1" "$2" <<'PY'
import sys, statistics as st
label, path = sys.argv[1], sys.argv[2]
rows = [list(map(float, l.split())) for l in open(path) if l.strip() and l[0].isdigit()]
w = [r[0] for r in rows]; c = [r[1] + r[2] for r in rows]; m = [r[3] / 1024 for r in rows]
print(f"{label:40} wall {st.median(w):7.3f} s ({min(w):.3f}-{max(w):.3f})  cpu {st.median(c):7.3f} s  peak {st.median(m):6.0f} MiB  n={len(w)}")
PY
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
./imprint --version > /dev/null 2>&1   # builds the jar when needed
./imprint serve --port 0 --jobs 1 > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 600); do [ -f "$IMPRINT_SERVER_FILE" ] && break; sleep 0.1; done
[ -f "$IMPRINT_SERVER_FILE" ] || { cat "$work/server.log"; exit 1; }

example=reports/2026-04-us-iran-pakistan
for _ in $(seq "$WARM"); do ./imprint build "$example" --out "$work/served" --format pdf --force > /dev/null; done

peers=${PEERS:-}
: > "$work/served.time"; : > "$work/process.time"; : > "$work/typst.time"
for _ in $(seq "$RUNS"); do
  /usr/bin/time -a -o "$work/served.time" -f '%e %U %S %M' ./imprint build "$example" --out "$work/served" --format pdf --force > /dev/null 2>&1
  /usr/bin/time -a -o "$work/process.time" -f '%e %U %S %M' ./imprint build "$example" --out "$work/process" --format pdf --force --no-server > /dev/null 2>&1
  if [ -n "$peers" ]; then
    (cd "$peers" && /usr/bin/time -a -o "$work/typst.time" -f '%e %U %S %M' ./run-peers.sh typst > /dev/null 2>&1)
  fi
done
echo "server: $(grep -E 'VmHWM|VmRSS' /proc/$server/status | tr -s ' \t' ' ' | tr '\n' ' ')"
grep -o 'local-builds 200 ([0-9]* ms)' "$work/server.log" | tail -n "$RUNS" | grep -o '[0-9]* ms' \
  | python3 -c "import sys,statistics as st; v=[int(l.split()[0]) for l in sys.stdin]; print(f'inside the server: median {st.median(v)} ms ({min(v)}-{max(v)}) per timed build')"
handed=$(grep -c 'POST /v1/local-builds 200' "$work/server.log" || true)
echo "builds the server took: $handed (of $((WARM + RUNS)) served builds)"
stats "imprint build, server running" "$work/served.time"
stats "imprint build --no-server (new JVM)" "$work/process.time"
[ -n "$peers" ] && stats "typst (peer, node + typst.ts)" "$work/typst.time"
cmp "$work/served/2026-04-us-iran-pakistan.pdf" "$work/process/2026-04-us-iran-pakistan.pdf" \
  && echo "served and in-process PDF: same bytes"
