#!/usr/bin/env bash
# rescore.sh OUTDIR: score a sample's saved raw outputs again (after a change to cmp.py), into OUTDIR/all.txt
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd); out=$1
for f in "$out"/raw/*.txt; do b=$(basename "$f" .txt); s=${b%.*}; l=${b##*.}
RAW=$f python3 "$here/cmp.py" x "$s" "$l" x x; done > "$out/all.txt"
