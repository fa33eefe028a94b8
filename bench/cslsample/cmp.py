#!/usr/bin/env python3
"""cmp.py REFS STYLE LOCALE SPEC ROOT [OUTDIR]: run one.sh, pair Imprint's cites/notes and
bibliography with citeproc-js's, print differing entries; last line 'SCORE style locale differ total'."""
import subprocess, sys, re, os, unicodedata
refs, style, loc, spec, root = sys.argv[1:6]
if os.environ.get('RAW'):   # score a saved run again: RAW=that run's raw output file
    out = subprocess.CompletedProcess([], 0, open(os.environ['RAW']).read(), '')
else:
    out = subprocess.run([os.path.join(os.path.dirname(os.path.abspath(__file__)), 'one.sh'), refs, style, loc, spec, root], capture_output=True, text=True)
txt = out.stdout
if len(sys.argv) > 6 and not os.environ.get('RAW'):
    os.makedirs(sys.argv[6], exist_ok=True)
    open(os.path.join(sys.argv[6], f'{style}.{loc}.txt'), 'w').write(txt + out.stderr)
imp, js = txt.split('--- citeproc-js', 1) if '--- citeproc-js' in txt else (txt, '')
def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009',' ')
    s = re.sub(r'[\u2066-\u2069\u200b\u2060]', '', s)
    # quote marks: Imprint sets a style's straight quotes typographically, by design (TYPOGRAPHY.md)
    s = re.sub(r'[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2032\u2033"\']', '"', s)
    return re.sub(r'\s+', ' ', s).strip()
notes = [re.sub(r'\s*↑$', '', l[l.index(':', 5)+1:]) for l in imp.splitlines() if l.startswith('NOTE ')]
# "Paragraph 1.1": a superscript number after the sentence's full stop
texts = [re.sub(r'^Paragraph \d+\s*\.?', '', l[6:]).rstrip('.') for l in imp.splitlines() if l.startswith('TEXT: ')]
ibib = [l[5:] for l in imp.splitlines() if l.startswith('BIB: ')]
jc = [l.split(': ', 1)[1] if ': ' in l else '' for l in js.splitlines() if l.startswith('CITE ')]
jbib = [l[5:] for l in js.splitlines() if l.startswith('BIB: ')]
icites = notes if notes else texts
if notes:
    pass
else:
    jc = [c.rstrip('.') for c in jc]
diff = total = 0
def pair(kind, a, b):
    global diff, total
    n = max(len(a), len(b))
    for i in range(n):
        x = norm(a[i]) if i < len(a) else '<none>'
        y = norm(b[i]) if i < len(b) else '<none>'
        total += 1
        if x != y and re.sub(r'\s', '', x) != re.sub(r'\s', '', y):
            diff += 1
            print(f'{kind}{i+1} IMP: {x}\n{kind}{i+1} JS : {y}')
pair('C', icites, jc)
pair('B', ibib, jbib)
if out.returncode != 0:
    print('ERROR', out.stdout[-500:], out.stderr[-500:])
print(f'SCORE {style} {loc} {diff} {total}')
