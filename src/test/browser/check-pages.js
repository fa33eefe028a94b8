// Opens pages in headless Chromium and judges them as a reader's browser would: axe-core's
// accessibility rules (WCAG 2.0/2.1 A and AA) at each width, and whether the page scrolls
// sideways. Prints one JSON object: { "<url> @ <width>": { violations: [...], scrollWidth } }.
//
// Usage: node check-pages.js WIDTH[,WIDTH...] URL...
// It uses the puppeteer-core and axe-core that DAISY Ace brings (npm install -g @daisy/ace, as
// .ci/run does), or any found by Node's usual lookup, and Chromium at PUPPETEER_EXECUTABLE_PATH
// (default /usr/bin/chromium). Nothing is fetched from the network: requests other than file:
// URLs are refused, and counted.
'use strict';
const path = require('path');
const fs = require('fs');
const { execSync } = require('child_process');

function globalRoot() {
  try { return execSync('npm root -g', { encoding: 'utf8' }).trim(); } catch (e) { return '/usr/lib/node_modules'; }
}
function load(name) {
  const places = [path.join(globalRoot(), '@daisy/ace/node_modules', name), path.join(globalRoot(), name), name];
  for (const p of places) {
    try { return require(p); } catch (e) { /* next */ }
  }
  throw new Error('cannot find ' + name + ': install @daisy/ace globally (npm install -g @daisy/ace)');
}
function axeSource() {
  const places = [path.join(globalRoot(), '@daisy/ace/node_modules/@daisy/axe-core-for-ace/axe.min.js'),
    path.join(globalRoot(), 'axe-core/axe.min.js')];
  for (const p of places) {
    if (fs.existsSync(p)) return fs.readFileSync(p, 'utf8');
  }
  throw new Error('cannot find axe-core: install @daisy/ace globally (npm install -g @daisy/ace)');
}

(async () => {
  const widths = process.argv[2].split(',').map(Number);
  const urls = process.argv.slice(3);
  const puppeteer = load('puppeteer-core');
  const axe = axeSource();
  const userDataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'imprint-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--allow-file-access-from-files'],
  });
  const results = {};
  try {
    for (const url of urls) {
      for (const width of widths) {
        const page = await browser.newPage();
        const network = [];
        await page.setRequestInterception(true);
        page.on('request', r => {
          if (r.url().startsWith('file:') || r.url().startsWith('data:')) { r.continue(); } else { network.push(r.url()); r.abort(); }
        });
        await page.setViewport({ width, height: 900 });
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await page.addScriptTag({ content: axe });
        const found = await page.evaluate(async () => {
          const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
          return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
        });
        const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
        const fontsLoaded = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').length);
        results[url + ' @ ' + width] = { violations: found, scrollWidth, network, fontsLoaded };
        await page.close();
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(results, null, 1) + '\n');
})().catch(e => { console.error(String(e && e.stack || e)); process.exit(2); });
