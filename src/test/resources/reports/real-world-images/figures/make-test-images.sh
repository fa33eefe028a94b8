#!/usr/bin/env bash
# Regenerates the test images of the real-world-images report with ImageMagick 6: small
# gradients in the encodings that real photos and charts arrive in. Red at the top, blue at the
# bottom, so a test can tell an inverted or mis-converted image.
set -euo pipefail
cd "$(dirname "$0")"
convert=/usr/bin/convert
$convert -size 120x80 gradient:red-blue -colorspace CMYK -quality 85 cmyk.jpg          # Adobe CMYK JPEG
$convert -size 120x80 gradient:red-blue -colorspace Gray -quality 85 grey.jpg          # one-channel JPEG
$convert -size 120x80 gradient:red-blue -interlace JPEG -quality 85 progressive.jpg    # progressive JPEG
$convert -size 120x80 gradient:red-blue -depth 16 PNG48:deep.png                       # 16 bits per channel
$convert -size 120x80 gradient:red-blue -colors 16 PNG8:palette.png                    # indexed colour
ls -l cmyk.jpg grey.jpg progressive.jpg deep.png palette.png
