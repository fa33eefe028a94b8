#!/usr/bin/env bash
# Times a build of a dense bibliography: N sources (default 2000) of 14 surnames in teams of one to
# four and three years, each cited once with another source (the worst case for telling citations
# apart, issue 15's h15n big2000), in APA, as PDF and EPUB.
#   N=2000 bench/citations.sh            (prints wall and CPU seconds; the report is kept in $OUT)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${N:-2000}"; out="${OUT:-$(mktemp -d /tmp/imprint-citations.XXXX)}"
[ -f "$home/target/imprint.jar" ] || (cd "$home" && mvn -B -q -DskipTests package >&2)
report="$out/dense"; mkdir -p "$report"
python3 - "$n" "$report" <<'PY'
import sys
n, d = int(sys.argv[1]), sys.argv[2]
sur = ["García", "Nguyễn", "Müller", "O'Connor", "Brown", "Lee", "Smith", "Kim", "Park", "Chen", "Novak", "Silva", "Rossi", "Khan"]
given = ["Li", "Anna", "Bo", "Dana"]
with open(f"{d}/references.bib", "w") as bib:
    for i in range(n):
        authors = " and ".join(f"{sur[(i + a * 5) % len(sur)]}, {given[(i + a) % len(given)]}" for a in range((i * 7 + i // 3) % 4 + 1))
        bib.write(f"@book{{k{i}, author={{{authors}}}, title={{Title {i}}}, publisher={{Press}}, year={{{2019 + i % 3}}}}}\n")
with open(f"{d}/article.md", "w") as md:
    md.write("---\ntitle: Dense\nauthors:\n  - name: A. Author\ndate: 2026-01-01\nbibliography: references.bib\ncitation_style: apa\n---\n\n# H\n\n")
    for i in range(n):
        md.write(f"S{i} [@k{i}; @k{i * 7 % n}, p. 2].\n\n")
PY
cd "$home"
/usr/bin/time -f "N=$n: wall %e s, CPU %U s user + %S s sys" java -jar target/imprint.jar build --no-server -f pdf,epub --out "$out/out" "$report" >/dev/null
