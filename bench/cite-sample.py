#!/usr/bin/env python3
"""Scores Imprint's citations against citeproc-js for a sample of styles and locales.

    python3 bench/cite-sample.py bench/cite-sample/styles.txt bench/cite-sample/refs.json   (the sample of issue 15)
    python3 bench/cite-sample.py bench/cite-sample/varied-styles.txt bench/cite-sample/varied-refs.json \
        --locales en-US,es-ES --spec 'bookedtr;chap:p. 50;art;rep;thesis;web;news;case;data;conf;nodate;viet;part;bookedtr:p. 12'
            (13 varied sources in 25 random styles)
    python3 bench/cite-sample.py STYLES.txt REFS.json [--locales de-DE,fr-FR,en-US]
            [--spec 'w;n;b;c:p. 50;j;j'] [--root WORKTREE] [--out DIR] [--save RESULT.json]

STYLES.txt holds one style id a line. Every style x locale is one report (article.md citing
each cluster of --spec in its own paragraph, REFS.json as its bibliography), all built in one
run of ROOT's target/imprint.jar as EPUB; each cite (the note of a note style, else the text
after "Paragraph N") and each reference-list entry is compared with citeproc-js's
(bench/cite-sample/cp.js, cached in DIR/cpjs) with all white space taken out, so only
differences in words and punctuation count. Prints the number of entries that differ and the
differing pairs; --save writes them as JSON for a before/after comparison.

Needs Node.js with citeproc-js (`npm install --prefix bench/cite-sample citeproc@2`) and the
bundled styles and locales unpacked where cp.js reads them:
    mkdir -p /tmp/allcsl /tmp/alllocales
    (cd /tmp/allcsl && unzip -qo ~/.m2/repository/org/citationstyles/styles/26.2/styles-26.2.jar)
    (cd /tmp/alllocales && unzip -qo ~/.m2/repository/org/citationstyles/locales/26.2/locales-26.2.jar)
"""
import argparse, hashlib, html, json, os, re, shutil, subprocess, sys, zipfile

CPJS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cite-sample', 'cp.js')


def text(x):
    return html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', '', x))).strip()


def imprint_parts(xhtml):
    """Paragraph texts, notes and reference-list entries of the built article."""
    paras = [text(m.group(1)) for m in re.finditer(r'<p[^>]*>(Paragraph .*?)</p>', xhtml, re.S)]
    notes = []
    n = re.search(r'<section class="endnotes".*?</section>', xhtml, re.S)
    if n:
        for m in re.finditer(r'<li[^>]*>(.*?)</li>', n.group(0), re.S):
            notes.append(text(m.group(1)).replace('↩︎', '').replace('↩', '').replace('↑', '').strip())
    bib = []
    b = re.search(r'<section class="bibliography".*?</section>', xhtml, re.S)
    if b:
        bib = [text(m.group(1)) for m in re.finditer(r'<li[^>]*>(.*?)</li>', b.group(0), re.S)]
    return paras, notes, bib


def squeeze(s):
    """The text without white space, isolates, a final full stop and the stop Imprint sets before a superscript cite."""
    s = re.sub(r'[\s\u00a0\u202f\u2009\u200b\u2068\u2069\u2066\u2067\u200e\u200f]+', '', s)
    s = s[:-1] if s.endswith('.') else s
    return s[1:] if re.match(r'\.\d', s) else s


def cpjs(refs, style, locale, spec, cache):
    key = hashlib.sha1(json.dumps([open(refs).read(), style, locale, spec]).encode()).hexdigest()
    path = os.path.join(cache, key + '.txt')
    if not os.path.exists(path):
        r = subprocess.run(['node', CPJS, refs, style, locale, spec], capture_output=True, text=True)
        with open(path, 'w') as f:
            f.write(r.stdout if r.returncode == 0 else 'ERROR ' + r.stderr[-300:])
    out = open(path).read()
    if out.startswith('ERROR'):
        return None, None
    cites = [l.split(': ', 1)[1] if ': ' in l else '' for l in out.splitlines() if l.startswith('CITE ')]
    bib = [l[5:] for l in out.splitlines() if l.startswith('BIB: ')]
    return cites, bib


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('styles'); ap.add_argument('refs')
    ap.add_argument('--locales', default='de-DE,fr-FR,en-US')
    ap.add_argument('--spec', default='w;n;b;c:p. 50;j;j')
    ap.add_argument('--root', default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument('--out', default='/tmp/cite-sample')
    ap.add_argument('--save')
    a = ap.parse_args()
    styles = [s.strip() for s in open(a.styles) if s.strip()]
    locales = a.locales.split(',')
    reports = os.path.join(a.out, 'reports'); built = os.path.join(a.out, 'built')
    cache = os.path.join(a.out, 'cpjs')
    shutil.rmtree(reports, ignore_errors=True); shutil.rmtree(built, ignore_errors=True)
    os.makedirs(cache, exist_ok=True)
    clusters = a.spec.split(';')
    body = ''
    for i, c in enumerate(clusters, 1):
        parts = []
        for k in c.split(','):
            ident, _, loc = k.partition(':')
            parts.append('@' + ident + (', ' + loc if loc else ''))
        body += f'\nParagraph {i} [{"; ".join(parts)}].\n'
    for s in styles:
        for loc in locales:
            d = os.path.join(reports, f'{s}__{loc}')
            os.makedirs(d)
            shutil.copy(a.refs, os.path.join(d, 'refs.json'))
            with open(os.path.join(d, 'article.md'), 'w') as f:
                f.write(f'---\ntitle: "Cite test"\ndate: 2026-01-01\nlanguage: {loc}\nauthors: [{{name: Test Author}}]\n'
                        f'bibliography: refs.json\ncitation_style: {s}\n---\n{body}\n')
    subprocess.run(['java', '-jar', os.path.join(a.root, 'target/imprint.jar'), 'build', reports, '-o', built,
                    '-f', 'epub', '--no-server', '-j', '2', '--force'], cwd=a.root, capture_output=True, text=True)
    diffs = []; total = 0; missing = []
    for s in styles:
        for loc in locales:
            slug = f'{s}__{loc}'
            epub = os.path.join(built, slug + '.epub')
            jc, jb = cpjs(a.refs, s, loc, a.spec, cache)
            if jc is None:
                continue
            if not os.path.exists(epub):
                missing.append(slug); continue
            with zipfile.ZipFile(epub) as z:
                name = next(n for n in z.namelist() if n.endswith('article.xhtml'))
                paras, notes, ib = imprint_parts(z.read(name).decode('utf8'))
            ic = []
            for i, p in enumerate(paras, 1):
                if notes:
                    ic.append(notes[i - 1] if i - 1 < len(notes) else '')
                else:
                    ic.append(p[len(f'Paragraph {i}'):].strip())
            pairs = [('cite', i, x, y) for i, (x, y) in enumerate(zip(ic, jc), 1)]
            if jb:
                pairs += [('bib', i, x, y) for i, (x, y) in enumerate(zip(ib + [''] * len(jb), jb), 1)]
            for kind, i, mine, theirs in pairs:
                total += 1
                if squeeze(mine) != squeeze(theirs):
                    diffs.append({'style': s, 'locale': loc, 'kind': kind, 'n': i, 'imprint': mine, 'citeproc-js': theirs})
    for d in diffs:
        print(f"{d['style']} {d['locale']} {d['kind']} {d['n']}\n  I: {d['imprint']}\n  J: {d['citeproc-js']}")
    if missing:
        print('not built:', ' '.join(missing))
    print(f'{len(diffs)} of {total} entries differ ({len(styles)} styles x {len(locales)} locales)')
    if a.save:
        json.dump({'total': total, 'diffs': diffs, 'missing': missing}, open(a.save, 'w'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
