// node cp.js REFS.json STYLE LOCALE 'k1,k2;k3:p. 4'  -> citations (one per cluster) then bibliography, plain text
const fs=require('fs'),CSL=require('citeproc');
// a copy of /work/repro/cpjs/cp.js that reads a key written -key as suppress-author
const [refsF,style,locale,spec]=process.argv.slice(2);
const items={};for(const it of JSON.parse(fs.readFileSync(refsF,'utf8')))items[it.id]=it;
function styleXml(s){if(s.endsWith('.csl')&&fs.existsSync(s))return fs.readFileSync(s,'utf8');
 let p='/tmp/allcsl/'+s+'.csl';if(fs.existsSync(p))return fs.readFileSync(p,'utf8');
 p='/tmp/allcsl/dependent/'+s+'.csl';const d=fs.readFileSync(p,'utf8');
 const m=d.match(/rel="independent-parent"[^>]*href="[^"]*\/([^"\/]+)"/)||d.match(/href="[^"]*\/([^"\/]+)"[^>]*rel="independent-parent"/);
 return fs.readFileSync('/tmp/allcsl/'+m[1]+'.csl','utf8');}
const sys={retrieveLocale:l=>{const p='/tmp/alllocales/locales-'+l+'.xml';return fs.existsSync(p)?fs.readFileSync(p,'utf8'):false},retrieveItem:id=>items[id]};
const e=new CSL.Engine(sys,styleXml(style),locale,true);e.setOutputFormat('text');
const clusters=(spec||Object.keys(items).join(',')).split(';').map(c=>c.split(',').map(x=>{const [id0,loc]=x.split(':');const id=id0.trim();const o=id.startsWith('-')?{id:id.slice(1),'suppress-author':true}:{id:id};if(loc){const m=loc.trim().match(/^(\S+)\s+(.*)$/);const lab={'p.':'page','pp.':'page','chap.':'chapter','sec.':'section'}[m[1]]||'page';o.locator=m[2];o.label=lab;}return o;}));
e.updateItems(Object.keys(items));
const pre=[];let i=0;
for(const c of clusters){i++;const r=e.processCitationCluster({citationID:'c'+i,citationItems:c,properties:{noteIndex:i}},pre,[]);pre.push(['c'+i,i]);
 for(const [idx,txt] of r[1]) if(idx===i-1) console.log('CITE '+i+': '+txt);}
const b=e.makeBibliography();if(b)for(const x of b[1])console.log('BIB: '+x.trim());
