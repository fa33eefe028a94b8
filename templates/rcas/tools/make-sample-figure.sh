#!/usr/bin/env bash
# Regenerates scaffold/figures/sample-figure.png, the figure `imprint new` puts in a new report,
# with ImageMagick 6 (convert) and the Noto Sans fonts in fonts/. It is an honest placeholder:
# a neutral bar-chart pictogram that says it is a sample and how to replace it. The colours are
# greys, so it sits in any brand. Deterministic output; run from anywhere:
#   bash templates/rcas/tools/make-sample-figure.sh
set -euo pipefail
cd "$(dirname "$0")"
fonts=../../../fonts
out=../scaffold/figures/sample-figure.png

w=1600 h=900 ink='#4A5560'
# five bars on a baseline, centred above the text
bars=""
x=620
for height in 90 150 120 200 170; do
  bars="$bars rectangle $x,$((420 - height)) $((x + 56)),420"
  x=$((x + 76))
done
convert -size "${w}x${h}" 'xc:#EEF0F2' \
  -fill none -stroke "$ink" -strokewidth 2 -draw "stroke-opacity 0.3 rectangle 30,30 $((w - 31)),$((h - 31))" \
  -stroke none -fill "$ink" -draw "fill-opacity 0.45 $bars" \
  -draw "fill-opacity 0.6 rectangle 596,424 1004,428" \
  -gravity center \
  -font "$fonts/NotoSans-Bold.ttf" -pointsize 54 -kerning 8 -annotate +0+80 'SAMPLE FIGURE' \
  -font "$fonts/NotoSans-Regular.ttf" -pointsize 32 -kerning 0 -annotate +0+150 'Replace figures/sample-figure.png with your own image' \
  -font "$fonts/NotoSans-Italic.ttf" -pointsize 26 -annotate +0+205 'JPEG or PNG, about 2,000 pixels wide' \
  -strip -colors 64 -define png:compression-level=9 -define png:exclude-chunk=all "PNG8:$out"
ls -l "$out"
