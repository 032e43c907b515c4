// `node bench/id-index.mjs [-- --n 1000000]`: what finding events by id costs in headless
// Chromium, at N ids like an import's ("u7k3p-123", in date order, not row order): the app's
// open-addressing table (src/layers/event-drawing/by-id.ts) against a Map, in the same page, three
// times each. Build time, JS heap it adds (after a forced GC) and 100,000 random lookups.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { transformWithOxc } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.mjs';

const i = process.argv.indexOf('--n');
const N = Number((i === -1 ? '1000000' : process.argv[i + 1]).replace(/_/g, ''));
// by-id.ts imports only a type, so stripping the types leaves a script with no imports.
const source = readFileSync(new URL('../src/layers/event-drawing/by-id.ts', import.meta.url), 'utf8');
const { code } = await transformWithOxc(source, 'by-id.ts');
const script = `${code.replace(/^export /gm, '')}\nwindow.byId.buildIdIndex = buildIdIndex;`;

/** In the page: N ids in a fixed shuffle (a list sorted by date holds its rows out of order). */
function makeItems(n) {
  const ids = JSON.parse(JSON.stringify(Array.from({ length: n }, (_, i) => `u7k3p-${i + 2}`)));
  for (let i = n - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  window.items = ids.map((id) => ({ id }));
}

/** In the page: builds one index, keeps it on window, and times 100,000 lookups. */
function buildOne(name) {
  const items = window.items;
  const t0 = performance.now();
  if (name === 'table') window.index = window.byId.buildIdIndex(items);
  else {
    const m = new Map();
    for (let i = items.length - 1; i >= 0; i--) m.set(items[i].id, i);
    window.index = { find: (id) => m.get(id) ?? -1 };
  }
  const t1 = performance.now();
  let found = 0;
  for (let k = 0; k < 100_000; k++)
    found += window.index.find(items[(k * 13) % items.length].id) >= 0 ? 1 : 0;
  return { build_ms: t1 - t0, lookups_100k_ms: performance.now() - t1, found };
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
await page.addScriptTag({ content: `window.byId = {};\n${script}` });
const cdp = await page.context().newCDPSession(page);
/** JS heap plus array buffers' backing stores, after a forced GC, over the DevTools protocol. */
async function heapMb() {
  await cdp.send('HeapProfiler.collectGarbage');
  const u = await cdp.send('Runtime.getHeapUsage');
  return (u.usedSize + (u.backingStorageSize ?? 0)) / 1e6;
}
await page.evaluate(`(${makeItems})(${N})`);
console.log(`n=${N}`);
for (let rep = 0; rep < 3; rep++)
  for (const name of ['table', 'map']) {
    await page.evaluate('window.index = null');
    const before = await heapMb();
    const r = await page.evaluate(`(${buildOne})(${JSON.stringify(name)})`);
    const mb = (await heapMb()) - before;
    console.log(
      `${name.padEnd(6)} build ${r.build_ms.toFixed(0).padStart(5)} ms  heap +${mb.toFixed(1).padStart(5)} MB  100k lookups ${r.lookups_100k_ms.toFixed(0).padStart(4)} ms  (${r.found} found)`,
    );
  }
await browser.close();
