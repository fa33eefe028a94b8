#!/usr/bin/env bash
# Imprint's benchmark, on this machine, in one run:
#   1. cold single build: one report, PDF + EPUB, a new JVM each time, through ./imprint
#   2. warm batch: N copies of the example in one JVM (parallel, all cores)
#   3. no-op rebuild of those N copies (every report skipped by the manifest)
#   4. the same single build and batch, PDF only, with each engine (--engine pdfbox / openpdf)
#   5. peak memory (max RSS) of each of the above
#   6. the peers from ../shared/bench/peers where installed (PEERS=1): Typst, pandoc + WeasyPrint,
#      asciidoctor-pdf, pandoc's EPUB; see that folder's RESULTS.md for how they are measured.
# Usage: bench/run.sh                      (N=100 RUNS=5 by default)
#        N=20 RUNS=3 bench/run.sh
#        PEERS=1 bench/run.sh              (also times the peers; install them first, see BENCHMARKS.md)
# Prints medians (and min-max) of wall seconds, cpu seconds and peak MiB. Needs GNU time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${N:-100}
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

# median/min/max of wall, cpu (user+sys) and peak RSS over the rows GNU time wrote
stats() {
  python3 - "$1" "$2" <<'PY'
import sys, statistics as st
label, path = sys.argv[1], sys.argv[2]
rows = [list(map(float, l.split())) for l in open(path) if l.strip() and l[0].isdigit()]
w = [r[0] for r in rows]; c = [r[1] + r[2] for r in rows]; m = [r[3] / 1024 for r in rows]
print(f"{label:44} wall {st.median(w):7.3f} s ({min(w):.3f}-{max(w):.3f})  cpu {st.median(c):7.3f} s  peak {st.median(m):6.0f} MiB  n={len(w)}")
PY
}
timed() { # $1 label, $2 runs, rest: command
  local label=$1 runs=$2 log="$work/time.log"; shift 2
  : > "$log"
  for _ in $(seq "$runs"); do /usr/bin/time -a -o "$log" -f '%e %U %S %M' "$@" > /dev/null 2>&1; done
  stats "$label" "$log"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

# The launcher builds the jar first (a build is not what we measure).
./imprint --version > /dev/null 2>&1
./imprint build reports/2026-04-us-iran-pakistan --out "$work/warmup" > /dev/null 2>&1

. bench/copies.sh
copies "$work/reports" "$N"
one="$work/reports/copy-$(printf '%0*d' ${#N} 1)"

timed "cold single build (PDF+EPUB), new JVM" "$RUNS" ./imprint build "$one" --out "$work/single" --force
timed "cold single build (PDF only), new JVM" "$RUNS" ./imprint build "$one" --out "$work/single" --force --format pdf
timed "warm batch of $N (PDF+EPUB), one JVM" 1 ./imprint build "$work/reports" --out "$work/batch" --force
batch_log="$work/time.log"
per=$(python3 -c "import sys; r=open('$batch_log').read().split(); print(f'{float(r[0])/$N:.3f}')")
echo "  = $per s per report"
for engine in pdfbox openpdf; do
  timed "cold single build (PDF only), $engine" "$RUNS" ./imprint build "$one" --out "$work/single-$engine" --force --format pdf --engine "$engine"
  timed "warm batch of $N (PDF only), $engine" 1 ./imprint build "$work/reports" --out "$work/batch-$engine" --force --format pdf --engine "$engine"
  per=$(python3 -c "import sys; r=open('$batch_log').read().split(); print(f'{float(r[0])/$N:.3f}')")
  echo "  = $per s per report"
done
timed "no-op rebuild of $N (all skipped)" "$RUNS" ./imprint build "$work/reports" --out "$work/batch"
timed "JVM start only (imprint --version)" "$RUNS" ./imprint --version

if [ "${PEERS:-0}" = 1 ]; then
  peers="$work/peers"
  cp -r "$root/../shared/bench/peers" "$peers" 2>/dev/null || cp -r /work/shared/bench/peers "$peers"
  chmod -R u+w "$peers"
  cd "$peers"
  command -v node > /dev/null && [ -d tools/typst ] && (cd tools/typst && npm ci --silent > /dev/null 2>&1) || true
  for tool in typst epub weasyprint asciidoctor; do
    if ./run-peers.sh "$tool" > /dev/null 2>&1; then
      timed "peer: $tool single" "$RUNS" ./run-peers.sh "$tool"
    else
      echo "peer: $tool not installed, skipped"
    fi
  done
  BATCH_N=20 ./run-peers.sh batch-prep > /dev/null 2>&1
  for tool in typst asciidoctor; do
    if BATCH_N=20 ./run-peers.sh batch "$tool" > /dev/null 2>&1; then
      timed "peer: $tool batch of 20 (divide by 20)" 1 env BATCH_N=20 ./run-peers.sh batch "$tool"
    fi
  done
fi
