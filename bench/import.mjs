// `npm run bench:import [-- --n 1000000]`: writes an ACLED-style CSV of N rows (1M ≈ 100 MB),
// imports it into the built app in headless Chromium as a user would (the file input), and
// reports how long it took and how long the page's main thread was ever blocked meanwhile.
// Baseline, in the same run: the same watch over an import of 1,000 rows.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.mjs';
import { buildAndServe } from '../tests/support/server.mjs';
import { OUT, writeCsv } from './acled-csv.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const N = Number((arg('--n') ?? '1000000').replace(/_/g, ''));
/** Installed before the page loads: the longest gap between animation frames, and long tasks. */
function watchMainThread() {
  window.__watch = { maxGap: 0, maxGapReading: 0, longTasks: [], start: 0 };
  let last = performance.now();
  const tick = (now) => {
    const w = window.__watch;
    if (w.start) w.maxGap = Math.max(w.maxGap, now - last);
    // While the progress bar is up the worker is reading: the page must stay smooth then.
    if (w.start && document.querySelector('.job')) w.maxGapReading = Math.max(w.maxGapReading, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.__watch.start) window.__watch.longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
}

async function importOnce(browser, url, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(watchMainThread);
  await page.goto(url);
  await page.waitForSelector('#time-slider');
  await page.evaluate(() => {
    window.__watch.start = performance.now();
  });
  const t0 = Date.now();
  await page.locator('.imports input[type="file"]').setInputFiles(path);
  await page.waitForSelector('.import-message', { timeout: 600_000 });
  const ms = Date.now() - t0;
  // A few frames more, so a stall right after the import is counted too.
  await page.waitForTimeout(500);
  const w = await page.evaluate(() => window.__watch);
  const message = await page.locator('.import-message > p').first().textContent();
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  await page.close();
  const longest = Math.max(0, ...w.longTasks);
  return {
    ms,
    maxFrameGapReadingMs: Math.round(w.maxGapReading),
    maxFrameGapMs: Math.round(w.maxGap),
    longestTaskMs: Math.round(longest),
    longTasks: w.longTasks.length,
    heapMb: heap && Math.round(heap / 2 ** 20),
    message,
  };
}

const server = await buildAndServe({ outDir: 'dist' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const small = await writeCsv(1000);
  const big = await writeCsv(N);
  console.log(`file: ${big}, ${(statSync(big).size / 2 ** 20).toFixed(1)} MiB`);
  const results = {
    baseline_1000: await importOnce(browser, server.url, small),
    [`n_${N}`]: await importOnce(browser, server.url, big),
  };
  console.table(results);
  writeFileSync(
    join(OUT, 'import-results.json'),
    `${JSON.stringify({ n: N, mib: statSync(big).size / 2 ** 20, results }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
