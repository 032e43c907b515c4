// `node bench/scrub-profile.mjs [-- --n 100000 --steps 40]`: what a time step costs in the real
// app with an import of N ACLED-style rows (bench/acled-csv.mjs), against a bare repaint of the
// same page in the same run, and where the main thread spends it: a CPU profile over the steps
// (an unminified build, so functions keep their names), self time summed per function.
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.mjs';
import { writeCsv } from './acled-csv.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return Number((i === -1 ? fallback : process.argv[i + 1]).replace(/_/g, ''));
};
const N = arg('--n', '100000');
const STEPS = arg('--steps', '40');
const OUT = '/tmp/golan-scrub-profile';

/** In the page: `steps` changes of the slider (jumps of `days`, sweeping), each to the next idle frame. */
async function scrub({ steps, days }) {
  const input = document.getElementById('time-slider');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const idle = () => new Promise((ok) => window.map.once('idle', ok));
  const out = { step: [], repaint: [] };
  let t = Number(input.min) + Math.round((Number(input.max) - Number(input.min)) / 3);
  for (let i = 0; i < steps; i++) {
    t += days;
    const t0 = performance.now();
    const done = idle();
    setValue.call(input, String(t));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
    out.step.push(performance.now() - t0);
    const t1 = performance.now();
    const repainted = idle();
    window.map.triggerRepaint();
    await repainted;
    out.repaint.push(performance.now() - t1);
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const frameName = (f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;

/**
 * Time per named function, self and inclusive (counted once per sample), largest first; `under`:
 * inclusive time of what runs inside setTime (the signals' computeds and effects a step sets off).
 */
function byFunction(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const under = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = frameName(byId.get(id).callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const stack = [];
    for (let n = id; n !== undefined; n = parent.get(n)) stack.push(frameName(byId.get(n).callFrame));
    for (const k of new Set(stack)) total.set(k, (total.get(k) ?? 0) + ms);
    const at = stack.findIndex((k) => k.startsWith('setTime '));
    for (const k of new Set(stack.slice(0, Math.max(0, at)))) under.set(k, (under.get(k) ?? 0) + ms);
  });
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { self: top(self), total: top(total), under: top(under) };
}

await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, minify: false } });
const server = await preview({
  logLevel: 'warn',
  build: { outDir: OUT },
  preview: { port: 0, host: '127.0.0.1' },
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const csv = await writeCsv(N, '/tmp/golan-scrub-csv');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.resolvedUrls.local[0]);
  await page.waitForSelector('#time-slider');
  await page.locator('.imports input[type="file"]').setInputFiles(csv);
  await page.waitForSelector('.import-message', { timeout: 600_000 });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const days of [1, 30]) {
    await cdp.send('Profiler.start');
    const r = await page.evaluate(scrub, { steps: STEPS, days });
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`\nn=${N}, ${STEPS} steps of ${days} day(s), cumulative:`);
    console.log(
      `  step median ${median(r.step).toFixed(1)} ms, bare repaint median ${median(r.repaint).toFixed(1)} ms`,
    );
    const { self, total, under } = byFunction(profile);
    const line = ([name, ms]) => console.log(`  ${(ms / STEPS).toFixed(2).padStart(8)} ms a step  ${name}`);
    console.log('  self time:');
    self.slice(0, 15).forEach(line);
    // Named functions of the app (its own chunk), not the browser's or preact's minified ones.
    console.log("  inclusive, the app's named functions:");
    total
      .filter(([k]) => /^[A-Za-z_]{4,}\w* index-/.test(k))
      .slice(0, 30)
      .forEach(line);
    console.log('  inside setTime, inclusive:');
    under.slice(0, 25).forEach(line);
  }
} finally {
  await browser.close();
  await server.close();
}
