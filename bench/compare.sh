#!/usr/bin/env bash
# Side-by-side speed of this checkout and an earlier commit, in one run on one machine:
# a warm batch of N copies of the example (PDF + EPUB, one JVM, the launcher's JVM flags),
# the two alternated RUNS times so that drift of a shared machine falls on both alike.
# Usage: bench/compare.sh [COMMIT]            (default 5a0c29e, the code before the publication model)
#        N=30 RUNS=3 bench/compare.sh 5a0c29e
# Prints each run's wall and cpu (user + system) seconds per report and the median ratios
# (this / COMMIT). On a shared machine the cpu ratio is the steadier one. Needs GNU time.
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
  /usr/bin/time -f '%e %U %S' -o "$work/t" java "${flags[@]}" -Dimprint.home="$1" -jar "$1/target/imprint.jar" \
    build "$work/reports" --out "$2" --force > /dev/null 2>&1
  python3 -c "w, u, s = map(float, open('$work/t').read().split()[-3:]); print(f'{w / $N:.4f} {(u + s) / $N:.4f}')"
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); N=$N, RUNS=$RUNS"
echo "this:    $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
echo "base:    $(git rev-parse --short "$base")"
batch "$root" "$work/warm-this" > /dev/null   # one untimed run each: the page cache, not the code, would differ
batch "$work/base" "$work/warm-base" > /dev/null
walls=(); cpus=()
for r in $(seq "$RUNS"); do
  read -r tw tc <<< "$(batch "$root" "$work/out-this")"
  read -r bw bc <<< "$(batch "$work/base" "$work/out-base")"
  wall=$(python3 -c "print(f'{$tw / $bw:.3f}')")
  cpu=$(python3 -c "print(f'{$tc / $bc:.3f}')")
  walls+=("$wall"); cpus+=("$cpu")
  echo "run $r: this $tw s wall, $tc s cpu per report; base $bw s wall, $bc s cpu per report; ratios wall $wall, cpu $cpu"
done
python3 -c "import statistics as st, sys; n = len(sys.argv) // 2; w, c = sys.argv[1:n + 1], sys.argv[n + 1:]; print(f'median ratios (this / base): wall {st.median(map(float, w)):.3f}, cpu {st.median(map(float, c)):.3f}')" "${walls[@]}" "${cpus[@]}"
