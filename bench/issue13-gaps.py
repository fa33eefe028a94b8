# Issue 13's count of loose lines, reconstructed with poppler (see TYPOGRAPHY.md): word boxes from
# pdftotext -bbox-layout, gap = next xMin - xMax over the word box height. Row "3 3" (lines of 3+ words,
# ending within 3 pt of the right edge) is the count; the other rows show how little the limits matter.
#   python3 bench/issue13-gaps.py A.pdf B.pdf ...
import subprocess,sys,re,collections
from xml.etree import ElementTree as ET
def run(pdf, minwords, tol):
    x=subprocess.run(['pdftotext','-bbox-layout',pdf,'-'],capture_output=True,text=True).stdout
    x=re.sub(r'<!DOCTYPE[^>]*>','',x); x=x.replace('xmlns="http://www.w3.org/1999/xhtml"','')
    root=ET.fromstring(x)
    allgaps=[];loose=0;full=0
    for page in root.iter('page'):
        lines=[]
        for line in page.iter('line'):
            ws=[(float(w.get('xMin')),float(w.get('xMax')),float(w.get('yMin')),float(w.get('yMax')),w.text) for w in line.iter('word')]
            if ws: lines.append(ws)
        hs=collections.Counter(round(w[3]-w[2],1) for l in lines for w in l)
        if not hs: continue
        body=max(hs,key=hs.get)
        right=max((l[-1][1] for l in lines if round(l[-1][3]-l[-1][2],1)==body),default=0)
        for l in lines:
            if len(l)<minwords: continue
            if sum(1 for w in l if round(w[3]-w[2],1)==body)<len(l)*0.6: continue
            if l[-1][1]<right-tol: continue
            g=[(l[i+1][0]-l[i][1])/(l[i][3]-l[i][2]) for i in range(len(l)-1)]
            full+=1; mg=max(g); allgaps.append(mg)
            if mg>0.5: loose+=1
    return 'full %d loose %d %.1f%% widest %.2f'%(full,loose,100*loose/max(full,1),max(allgaps))
for mw in (2,3):
  for tol in (1,3,6):
    print(mw,tol,[run(f,mw,tol) for f in sys.argv[1:]])
