#!/usr/bin/env bash
# one.sh REFS.json STYLE LOCALE 'k1,k2;k3:p. 4' [ROOT=/work/main]
# a copy of /work/repro/tools/one.sh whose keys may be written -key: [-@key], suppress-author (cp.js too)
# Imprint's citations and reference list (from the EPUB), then citeproc-js's.
set -euo pipefail
refs=$1 style=$2 loc=$3 spec=$4 root=${5:-/work/main}
d=$(mktemp -d /tmp/one.XXXX); mkdir -p $d/r
cp "$refs" $d/r/refs.json
body=""; i=0
IFS=';' read -ra cl <<< "$spec"
for c in "${cl[@]}"; do i=$((i+1)); parts=""; IFS=',' read -ra ks <<< "$c"
  for k in "${ks[@]}"; do id=${k%%:*}; l=""; [[ $k == *:* ]] && l=", ${k#*:}"; if [[ $id == -* ]]; then parts="${parts:+$parts; }-@${id#-}$l"; else parts="${parts:+$parts; }@$id$l"; fi; done
  body="$body
Paragraph $i [$parts].
"; done
printf -- '---\ntitle: "Cite test"\ndate: 2026-01-01\nlanguage: %s\nauthors: [{name: Test Author}]\nbibliography: refs.json\ncitation_style: %s\n---\n%s\n' "$loc" "$style" "$body" > $d/r/article.md
(cd $root && java -jar target/imprint.jar build $d/r -o $d/out -f epub --no-server) >$d/log 2>&1 || { cat $d/log; exit 1; }
grep -i warn $d/log || true
(cd $d/out && mkdir x && cd x && unzip -q ../r.epub && python3 /work/repro/tools/ext.py OEBPS/article.xhtml)
echo '--- citeproc-js'
NODE_PATH=/work/repro/cpjs/node_modules node "$(dirname "${BASH_SOURCE[0]}")/cp.js" $d/r/refs.json $style $loc "$spec"
rm -rf $d
