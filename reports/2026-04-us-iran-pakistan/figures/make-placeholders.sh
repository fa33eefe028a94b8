#!/usr/bin/env bash
# Regenerates the three placeholder figures of the example report with ImageMagick 6 (convert).
#
# The original photographs of the RCAS Commentary are not available, so each figure is an
# honest placeholder: a calm gradient, a thin inset frame, a simple "photo" pictogram and
# centred text saying that it is a placeholder and what the original showed.
# fig2 is a true-colour PNG (a palette would band the gradient); JPEGs are quality 85.
# Output is deterministic (no random noise); run from anywhere:
#   bash reports/2026-04-us-iran-pakistan/figures/make-placeholders.sh
set -euo pipefail
cd "$(dirname "$0")"

FONT_DIR=/usr/share/fonts/truetype/noto
BOLD="$FONT_DIR/NotoSans-Bold.ttf"
REGULAR="$FONT_DIR/NotoSans-Regular.ttf"
ITALIC="$FONT_DIR/NotoSans-Italic.ttf"

# placeholder WIDTH HEIGHT TOP_COLOUR BOTTOM_COLOUR INK_COLOUR DESCRIPTION OUTPUT [output options...]
placeholder() {
  local w=$1 h=$2 top=$3 bottom=$4 ink=$5 text=$6 out=$7
  shift 7
  local cx=$((w / 2)) cy=$((h / 2 + 24))  # block is optically centred
  # pictogram: a framed landscape (sun and two hills), centred above the text
  local ix0=$((cx - 110)) iy0=$((cy - 250)) ix1=$((cx + 110)) iy1=$((cy - 90))
  convert -size "${w}x${h}" -define gradient:angle=160 "gradient:${top}-${bottom}" \
    -fill none -stroke "$ink" -strokewidth 2 \
      -draw "stroke-opacity 0.35 rectangle 36,36 $((w - 37)),$((h - 37))" \
    -strokewidth 6 -stroke "$ink" \
      -draw "stroke-opacity 0.55 roundrectangle $ix0,$iy0 $ix1,$iy1 14,14" \
    -stroke none -fill "$ink" \
      -draw "fill-opacity 0.55 circle $((ix1 - 52)),$((iy0 + 44)) $((ix1 - 52)),$((iy0 + 62))" \
      -draw "fill-opacity 0.55 polygon $((ix0 + 18)),$((iy1 - 14)) $((ix0 + 82)),$((iy0 + 62)) $((ix0 + 132)),$((iy1 - 40)) $((ix0 + 152)),$((iy0 + 96)) $((ix1 - 18)),$((iy1 - 14))" \
    -gravity center -fill "$ink" \
      -font "$BOLD" -pointsize 54 -kerning 9 -annotate +0+$((cy - h / 2 + 10)) 'PLACEHOLDER IMAGE' \
      -draw "fill-opacity 0.45 rectangle $((cx - 60)),$((cy + 62)) $((cx + 60)),$((cy + 64))" \
      -font "$REGULAR" -pointsize 36 -kerning 0.5 -annotate +0+$((cy - h / 2 + 118)) 'Original photograph not available' \
      -font "$ITALIC" -pointsize 28 -kerning 0 -annotate +0+$((cy - h / 2 + 188)) "$text" \
    -strip "$@" "$out"
}

placeholder 1600 1000 '#e3e8ee' '#bcc8d5' '#34475c' \
  'Pakistani Ranger walking past a billboard for the U.S.-Iran peace talks, Islamabad, 12 April 2026' \
  fig1.jpg -sampling-factor 4:2:0 -quality 85

placeholder 1600 1067 '#ebe6df' '#c9c0b4' '#4f4538' \
  'Speaker Mohammad Bagher Ghalibaf meeting Prime Minister Shehbaz Sharif, Islamabad, 11 April 2026' \
  PNG24:fig2.png -define png:compression-level=9 -define png:exclude-chunk=all

placeholder 1600 1000 '#e1e7e1' '#bac7bd' '#33483d' \
  'U.S. Vice President J.D. Vance meeting Prime Minister Shehbaz Sharif, Islamabad, 11 April 2026' \
  fig3.jpg -sampling-factor 4:2:0 -quality 85

ls -l fig1.jpg fig2.png fig3.jpg
