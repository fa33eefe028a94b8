#!/usr/bin/env bash
# Measures the white at the foot of each page of PDFs (src/test/java/org/imprint/pdf/FootWhite.java): the
# height between the lowest thing printed in the text block and its foot (or the top of the page-foot
# notes), in points and as a share of the text block; a part's last page is marked [end of part].
#   bench/foot-white.sh FILE.pdf...     (-Dtop.mm=25 -Dfoot.mm=24 in IMPRINT_JAVA_OPTS: the page margins)
# Paths are relative to where you run it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$home/target/test-classes/org/imprint/pdf/FootWhite.class" ] || [ ! -d "$home/target/lib" ] ||
   [ -n "$(find "$home/src" "$home/pom.xml" -newer "$home/target/test-classes/org/imprint/pdf/FootWhite.class" -print -quit)" ]; then
  (cd "$home" && mvn -B -q -DskipTests package >&2)
fi
exec java ${IMPRINT_JAVA_OPTS:-} -cp "$home/target/test-classes:$home/target/classes:$home/target/lib/*" org.imprint.pdf.FootWhite "$@"
