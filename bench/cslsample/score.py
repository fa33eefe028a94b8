#!/usr/bin/env python3
"""score.py BEFORE AFTER: differing entries per style/locale, before -> after, joined by style and locale."""
import sys, re
def read(d):
    out = {}
    for l in open(d + '/all.txt'):
        if l.startswith('SCORE'):
            _, s, loc, diff, tot = l.split()
            out[(s, loc)] = (int(diff), int(tot))
    return out
b, a = read(sys.argv[1]), read(sys.argv[2])
tb = ta = tt = 0
for k in sorted(set(b) | set(a)):
    x, y = b.get(k, (None, 0)), a.get(k, (None, 0))
    ok = x[1] > 0 and x[1] == y[1]
    print(f'{k[0]:60} {k[1]} {x[0]} -> {y[0]} / {y[1]}' + ('' if ok else '  (run failed: not counted)'))
    if ok:
        tb += x[0]; ta += y[0]; tt += y[1]
print(f'TOTAL differing entries {tb} -> {ta} of {tt}')
