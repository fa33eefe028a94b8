#!/usr/bin/env bash
# Measures the typography of PDFs from their glyph positions (src/test/java/org/imprint/pdf/TypeMeasure.java):
# share of loose full justified lines (a word gap over 0.5 em, em = the font size), the widest word gap,
# short lines inside paragraphs, straight quotes; and, second, loose lines and the widest gap as issue 13
# counted them (em = the word box height, (Ascent - Descent) x size, as poppler's pdftotext -bbox-layout).
#   bench/typography.sh FILE.pdf...            (-Dverbose=true in IMPRINT_JAVA_OPTS lists the quotes)
# Paths are relative to where you run it. See TYPOGRAPHY.md for the figures.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$home/target/test-classes/org/imprint/pdf/TypeMeasure.class" ] || [ ! -d "$home/target/lib" ] ||
   [ -n "$(find "$home/src" "$home/pom.xml" -newer "$home/target/test-classes/org/imprint/pdf/TypeMeasure.class" -print -quit)" ]; then
  (cd "$home" && mvn -B -q -DskipTests package >&2)
fi
exec java ${IMPRINT_JAVA_OPTS:-} -cp "$home/target/test-classes:$home/target/classes:$home/target/lib/*" org.imprint.pdf.TypeMeasure "$@"
