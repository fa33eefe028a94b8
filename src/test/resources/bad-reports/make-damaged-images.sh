#!/usr/bin/env bash
# Regenerates the damaged images of the bad reports (ImageMagick 6 and Python 3), each a few KB:
#   image-corrupt-jpeg     a JPEG whose headers are intact but whose data is scrambled
#   image-truncated-jpeg   a JPEG cut off halfway
#   image-truncated-png    a PNG cut off in its image data
#   image-huge-dimensions  a tiny PNG whose header claims 50,000 × 50,000 pixels
#   images-over-report-limit  four tiny PNGs whose headers claim 7,000 × 7,000 pixels each
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/convert -seed 7 -size 96x64 plasma: -quality 85 "$tmp/good.jpg"
/usr/bin/convert -seed 7 -size 64x48 plasma: "$tmp/good.png"
python3 - "$tmp" <<'PY'
import random, struct, sys, zlib
tmp = sys.argv[1]
jpeg = bytearray(open(tmp + '/good.jpg', 'rb').read())
png = open(tmp + '/good.png', 'rb').read()
scrambled = bytearray(jpeg)
rng = random.Random(1)
for i in range(len(jpeg) // 3, len(jpeg) - 2):   # past the headers, before the end marker
    scrambled[i] = rng.randrange(256)
open('image-corrupt-jpeg/figures/photo.jpg', 'wb').write(scrambled)
open('image-truncated-jpeg/figures/photo.jpg', 'wb').write(jpeg[:len(jpeg) // 2])
open('image-truncated-png/figures/chart.png', 'wb').write(png[:len(png) // 2])
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
header = struct.pack('>IIBBBBB', 50000, 50000, 8, 2, 0, 0, 0)
open('image-huge-dimensions/figures/huge.png', 'wb').write(
    b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b'\0' * 64)) + chunk(b'IEND', b''))
header = struct.pack('>IIBBBBB', 7000, 7000, 8, 2, 0, 0, 0)
for i in range(1, 5):
    open('images-over-report-limit/figures/large-%d.png' % i, 'wb').write(
        b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b'\0' * 64)) + chunk(b'IEND', b''))
PY
ls -l image-*/figures/
