#!/usr/bin/env bash
# Regenerates the three test images of the every-feature test report with ImageMagick 6.
# All three are clearly labelled TEST IMAGE; the chart values match the (invented) table.
#   chart.png    1200x700  landscape PNG (bar chart)
#   portrait.jpg  800x1200 portrait JPEG (lighthouse pictogram)
#   map.jpg      1400x900  landscape JPEG (schematic map, not to scale)
set -euo pipefail
cd "$(dirname "$0")"

FONT_DIR=/usr/share/fonts/truetype/noto
BOLD="$FONT_DIR/NotoSans-Bold.ttf"
REGULAR="$FONT_DIR/NotoSans-Regular.ttf"
INK='#2f3b48'

# --- chart.png: average waiting time by port group (bars scaled 24 px per hour) ---
# plot area: x 150..1140, baseline y 600; bar height = hours * 24
args=(-size 1200x700 xc:'#f7f8fa'
  -stroke '#c9d1da' -strokewidth 1
  -draw 'line 150,480 1140,480' -draw 'line 150,360 1140,360' -draw 'line 150,240 1140,240'
  -stroke "$INK" -strokewidth 2 -draw 'line 150,600 1140,600' -draw 'line 150,150 150,600' -stroke none
  -fill "$INK" -font "$REGULAR" -pointsize 20
  -draw "text 120,607 '0'" -draw "text 120,487 '5'" -draw "text 108,367 '10'" -draw "text 108,247 '15'")
bar() { # x0 hours label
  local x0=$1 hours=$2 label=$3 top
  top=$(awk -v h="$hours" 'BEGIN { printf "%d", 600 - h * 24 }')
  args+=(-fill '#5b7a99' -draw "rectangle $x0,$top $((x0 + 150)),600"
    -fill "$INK" -font "$BOLD" -pointsize 24 -draw "text $((x0 + 38)),$((top - 12)) '$hours h'"
    -font "$REGULAR" -pointsize 22 -draw "text $((x0 - 5)),635 '$label'")
}
bar 200 18.5 'Island feeder'
bar 440 11.0 'River ports'
bar 680 9.2 'Mid-sized coastal'
bar 920 4.1 'Regional hubs'
convert "${args[@]}" \
  -fill "$INK" -font "$BOLD" -pointsize 30 -draw "text 150,70 'Average wait at anchor (hours)'" \
  -font "$REGULAR" -pointsize 22 -draw "text 150,108 'Illustrative values, not data'" \
  -fill '#b03a2e' -font "$BOLD" -pointsize 26 -kerning 4 -gravity northeast -draw "text 60,50 'TEST IMAGE'" \
  -strip +dither -colors 64 -define png:compression-level=9 -define png:exclude-chunk=all PNG8:chart.png

# --- portrait.jpg: a lighthouse pictogram on a tall, calm background ---
convert -size 800x1200 gradient:'#dfe8ef'-'#f4f1ea' \
  -fill '#9db4c7' -draw 'rectangle 0,960 800,1200' \
  -fill '#6d7f8f' -draw 'polygon 330,940 470,940 445,460 355,460' \
  -fill '#f4f1ea' -draw 'polygon 346,760 454,760 450,700 350,700' \
  -fill '#f4f1ea' -draw 'polygon 354,600 446,600 443,550 357,550' \
  -fill '#3d4d5c' -draw 'rectangle 340,420 460,462' -draw 'polygon 330,420 470,420 400,350' \
  -fill '#f2c94c' -draw 'rectangle 362,428 438,456' \
  -fill '#3d4d5c' -draw 'rectangle 250,940 550,970' \
  -fill "$INK" -gravity north \
  -font "$BOLD" -pointsize 48 -kerning 6 -annotate +0+120 'TEST IMAGE' \
  -font "$REGULAR" -pointsize 30 -kerning 0 -annotate +0+190 'Portrait orientation, 800 × 1200' \
  -gravity south -fill '#f7f8fa' -pointsize 26 -annotate +0+90 'Lighthouse pictogram' \
  -strip -sampling-factor 4:2:0 -quality 80 portrait.jpg

# --- map.jpg: schematic coastline with five ports and dashed links ---
convert -size 1400x900 xc:'#cfe0ec' \
  -fill '#e9e2d0' -stroke '#b9ae93' -strokewidth 3 \
  -draw 'polygon 0,0 620,0 560,140 600,260 480,360 420,520 300,600 180,760 0,820' \
  -draw 'polygon 1400,0 1020,0 1060,160 980,300 1050,420 1180,520 1400,560' \
  -draw 'polygon 760,560 860,520 930,600 880,700 770,690' \
  -stroke '#5b7a99' -strokewidth 4 -fill none \
  -draw 'stroke-dasharray 16 12 path "M 470,330 L 820,600 L 1010,300"' \
  -draw 'stroke-dasharray 16 12 path "M 820,600 L 1120,500"' \
  -draw 'stroke-dasharray 16 12 path "M 300,590 L 820,600"' \
  -stroke '#f7f8fa' -strokewidth 4 -fill '#b03a2e' \
  -draw 'circle 470,330 470,344' -draw 'circle 1010,300 1010,314' -draw 'circle 820,600 820,614' \
  -draw 'circle 1120,500 1120,514' -draw 'circle 300,590 300,604' \
  -stroke none -fill "$INK" -font "$BOLD" -pointsize 26 \
  -draw "text 330,320 'Port A'" -draw "text 1035,290 'Port B'" -draw "text 778,655 'Port C'" \
  -draw "text 1145,490 'Port D'" -draw "text 180,575 'Port E'" \
  -font "$BOLD" -pointsize 44 -kerning 6 -draw "text 660,120 'TEST IMAGE'" \
  -font "$REGULAR" -pointsize 28 -kerning 0 -draw "text 660,170 'Schematic map, not to scale'" \
  -strip -sampling-factor 4:2:0 -quality 80 map.jpg

ls -l chart.png portrait.jpg map.jpg
