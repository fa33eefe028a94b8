#!/usr/bin/env bash
# Imprint against citeproc-js on 13 varied sources (refs.json: book with editor and translator,
# chapter, journal with DOI, organisation report, thesis, webpage, newspaper, legal case, dataset,
# conference paper, undated, Vietnamese author, "van der Berg") in each style of styles.txt
# (25 drawn with shuf from the bundled ones), en-US and es-ES. Needs /work/repro (cp.js's citeproc).
#   bench/cslsample/sample.sh ROOT OUTDIR          (ROOT: a checkout with target/imprint.jar)
#   bench/cslsample/score.py BEFORE_OUTDIR AFTER_OUTDIR
# An entry differs when its text differs beyond spaces and quote marks (Imprint sets a style's
# straight quotes typographically).
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$1 out=$2 list=${3:-$here/styles.txt}; mkdir -p "$out"
spec='bookedtr;chap:p. 50;art;rep;thesis;web;news;case;data;conf;nodate;viet;part;bookedtr:p. 12'
for s in $(cat "$list"); do for l in en-US es-ES; do
timeout 120 python3 "$here/cmp.py" "$here/refs.json" "$s" "$l" "$spec" "$root" "$out/raw"
done; done > "$out/all.txt" 2>&1
grep SCORE "$out/all.txt" | awk '{d+=$4; t+=$5} END {print "DIFF", d, "of", t}'
