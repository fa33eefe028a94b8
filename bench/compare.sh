#!/usr/bin/env bash
# Side-by-side speed of this checkout and an earlier commit, in one run on one machine:
# a warm batch of N copies of the example (PDF + EPUB, one JVM, the launcher's JVM flags),
# the two alternated RUNS times so that drift of a shared machine falls on both alike.
# Usage: bench/compare.sh [COMMIT]            (default 5a0c29e, the code before the publication model)
#        N=30 RUNS=3 bench/compare.sh 5a0c29e
# Prints each run's wall seconds per report and the median ratio (this / COMMIT). Needs GNU time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base=${1:-5a0c29e}
N=${N:-30}
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
cd "$root"

./imprint --version > /dev/null 2>&1      # builds this checkout's jar when stale
git worktree add -q --detach "$work/base" "$base"
(cd "$work/base" && mvn -B -q -DskipTests package > /dev/null)

. bench/copies.sh
copies "$work/reports" "$N"

flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
batch() { # $1 home (jar and templates), $2 output folder
  /usr/bin/time -f '%e' -o "$work/t" java "${flags[@]}" -Dimprint.home="$1" -jar "$1/target/imprint.jar" \
    build "$work/reports" --out "$2" --force > /dev/null 2>&1
  python3 -c "print(f'{float(open(\"$work/t\").read().split()[-1]) / $N:.4f}')"
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); N=$N, RUNS=$RUNS"
echo "this:    $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
echo "base:    $(git rev-parse --short "$base")"
batch "$root" "$work/warm-this" > /dev/null   # one untimed run each: the page cache, not the code, would differ
batch "$work/base" "$work/warm-base" > /dev/null
ratios=()
for r in $(seq "$RUNS"); do
  this=$(batch "$root" "$work/out-this")
  that=$(batch "$work/base" "$work/out-base")
  ratio=$(python3 -c "print(f'{$this / $that:.3f}')")
  ratios+=("$ratio")
  echo "run $r: this $this s per report, base $that s per report, ratio $ratio"
done
python3 -c "import statistics,sys; print(f'median ratio (this / base): {statistics.median(map(float, sys.argv[1:])):.3f}')" "${ratios[@]}"
