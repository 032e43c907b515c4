// `npm run bench [-- --n 100000]`: builds the benchmark page, serves it on 127.0.0.1, and in
// headless Chromium measures the app's event layer against a bare repaint and MapLibre's
// setFilter recipe, for each N, then the app's video export (frames per second at 1280×720).
// Prints a table and writes bench/results.json. `--video-only` measures only the video export
// and replaces its record in the results already there.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.mjs';
import { workersHeapMb } from './heap.mjs';
import { measureVideo } from './video.mjs';

const STEPS = Number(arg('--steps') ?? 100);
/** Small enough that the whole run fits in ten minutes on SwiftShader; the same for every renderer. */
const VIEWPORT = { width: 640, height: 400 };
/** Past this a baseline is given up on: at 1M the GeoJSON source runs out of memory or time. */
const budgetMs = (n) => (n >= 1_000_000 ? 90_000 : 240_000);
const MODES = ['cumulative', 'window'];
/** deck.gl is measured only on request: it is the alternative the app's layer was chosen over. */
const RENDERERS = (
  arg('--renderers') ?? `app,setFilter${process.argv.includes('--compare-deckgl') ? ',deckgl' : ''}`
).split(',');
const ORDERS = ['sweep', 'random'];

function arg(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const sizes = () => (arg('--n') ?? '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));

const record = (n, renderer, fields) => ({
  n,
  renderer,
  mode: null,
  order: null,
  load_ms: null,
  scrub_median_ms: null,
  scrub_p95_ms: null,
  click_ms: null,
  heap_main_mb: null,
  heap_workers_mb: null,
  video_fps: null,
  crashed: false,
  error: null,
  ...fields,
});

async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const crashed = new Promise((_, reject) => page.on('crash', () => reject(new Error('page crashed'))));
  crashed.catch(() => {});
  await page.goto(url);
  await page.evaluate(() => window.bench.ready());
  return { page, crashed };
}

const round = (x) => (x === null || Number.isNaN(x) ? null : Math.round(x * 10) / 10);

async function measure(browser, url, n, renderer) {
  const { page, crashed } = await openPage(browser, url);
  const run = async () => {
    const load = await page.evaluate(([r, k]) => window.bench.load(r, k), [renderer, n]);
    const heap = {
      heap_main_mb: round(await page.evaluate(() => window.bench.heapMainMb())),
      heap_workers_mb: round(await workersHeapMb(browser)),
    };
    const click = await page.evaluate((k) => window.bench.click(k), STEPS);
    const out = [];
    for (const mode of MODES) {
      for (const order of ORDERS) {
        const s = await page.evaluate(([m, o, k]) => window.bench.scrub(m, o, k), [mode, order, STEPS]);
        out.push(
          record(n, renderer, {
            mode,
            order,
            load_ms: round(load),
            scrub_median_ms: round(s.median),
            scrub_p95_ms: round(s.p95),
            click_ms: round(click),
            ...heap,
          }),
        );
      }
    }
    if (renderer === 'app') {
      // On the heaviest picture: every event shown, so a redraw draws all N of them.
      await page.evaluate(() => window.bench.showAll());
      for (const [name, redraw] of [
        ['repaint', false],
        ['redraw', true],
      ]) {
        const s = await page.evaluate(([k, r]) => window.bench.repaint(k, r), [STEPS, redraw]);
        out.push(record(n, name, { scrub_median_ms: round(s.median), scrub_p95_ms: round(s.p95), ...heap }));
      }
    }
    return out;
  };
  let timer;
  const budget = new Promise((_, reject) => {
    if (renderer === 'app') return;
    timer = setTimeout(() => reject(new Error(`did not finish in ${budgetMs(n) / 1000} s`)), budgetMs(n));
  });
  try {
    return await Promise.race([run(), crashed, budget]);
  } catch (e) {
    console.log(`  ${renderer} at n=${n}: ${e.message}; reported as crashed`);
    return [record(n, renderer, { crashed: true, error: e.message })];
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => {});
  }
}

function report(records) {
  const rows = records.map((r) => [
    r.n,
    r.renderer,
    r.mode ?? '',
    r.order ?? '',
    r.load_ms,
    r.scrub_median_ms,
    r.scrub_p95_ms,
    r.click_ms,
    r.heap_main_mb,
    r.heap_workers_mb,
    r.crashed ? 'CRASH' : '',
  ]);
  const head = [
    'n',
    'renderer',
    'mode',
    'order',
    'load ms',
    'median ms',
    'p95 ms',
    'click ms',
    'heap MB',
    'workers MB',
    '',
  ];
  console.log([head, ...rows].map((r) => r.map((c) => String(c ?? '–').padStart(10)).join(' ')).join('\n'));
  for (const n of new Set(records.map((r) => r.n))) {
    const of = (renderer) => records.filter((r) => r.n === n && r.renderer === renderer && !r.crashed);
    // A step draws the events again, so it is held to a repaint that does so too; a bare one
    // copies the layer's kept picture (src/map/events-gl/frame-cache.ts) and is shown beside it.
    const floor = of('redraw')[0]?.scrub_median_ms;
    const bare = of('repaint')[0]?.scrub_median_ms;
    const app = of('app').map((r) => r.scrub_median_ms);
    const base = of('setFilter').map((r) => r.scrub_median_ms);
    const deck = of('deckgl').map((r) => r.scrub_median_ms);
    const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : 'n/a');
    const vs = (xs, name) => (xs.length ? `; ${name} ${ratio(avg(xs), avg(app))} the app` : '');
    const crashed = (name) =>
      records.some((r) => r.n === n && r.renderer === name && r.crashed) ? `; ${name} crashed` : '';
    console.log(goals(n, of));
    console.log(
      `n=${n}: app ${ratio(avg(app), floor)} a repaint drawing the events (${ratio(avg(app), bare)} a bare one)${vs(base, 'setFilter')}${crashed('setFilter')}${vs(deck, 'deck.gl')}${crashed('deckgl')}`,
    );
  }
}

/** Issue 14's goals for a scrub step, on the cumulative sweep: its median and p95 against a bare repaint and setFilter's. */
function goals(n, of) {
  const step = of('app').find((r) => r.mode === 'cumulative' && r.order === 'sweep');
  const bare = of('repaint')[0];
  const base = of('setFilter').find((r) => r.mode === 'cumulative' && r.order === 'sweep');
  if (!step || !bare) return `n=${n}: no cumulative sweep or bare repaint measured`;
  const x = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
  const filter = base ? `, ${x(step.scrub_median_ms, base.scrub_median_ms)}× setFilter's (goal ≤ 0.35×)` : '';
  return (
    `n=${n}: cumulative sweep step ${x(step.scrub_median_ms, bare.scrub_median_ms)}× a bare repaint (goal ≤ 1.2×)` +
    `${filter}, p95 ${x(step.scrub_p95_ms, bare.scrub_median_ms)}× (goal at 1M ≤ 3×)`
  );
}

/** The video export's record: frames per second of 2 s at 1280×720, recorded by the app itself. */
async function videoRecord(browser, appUrl) {
  console.log('video export at 1280×720…');
  try {
    const { video_fps, ms } = await measureVideo(browser, appUrl);
    console.log(
      `  video export: ${video_fps.toFixed(2)} frames/s (${(ms / 1000).toFixed(1)} s for 60 frames)`,
    );
    return record(null, 'video-export', { video_fps: round(video_fps) });
  } catch (e) {
    console.log(`  video export: ${e.message}; reported as crashed`);
    return record(null, 'video-export', { crashed: true, error: e.message });
  }
}

const videoOnly = process.argv.includes('--video-only');
const ns = videoOnly ? [] : sizes();
const outDir = 'dist-bench';
await build({
  logLevel: 'warn',
  build: { outDir, rollupOptions: { input: ['bench/index.html', 'index.html'] } },
});
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1' },
});
const url = `${server.resolvedUrls.local[0]}bench/index.html`;
const appUrl = `${server.resolvedUrls.local[0]}#t=2025-08-01`;
const browser = await chromium.launch({
  executablePath: findChromium(),
  // expose-gc: the heap figures count live data, collected first, not garbage.
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const started = Date.now();
const records = [];
try {
  for (const n of ns) {
    for (const renderer of RENDERERS) {
      console.log(`n=${n} ${renderer}…`);
      records.push(...(await measure(browser, url, n, renderer)));
    }
  }
  records.push(await videoRecord(browser, appUrl));
} finally {
  await browser.close();
  await server.close();
}
const out = arg('--out') ?? join('bench', 'results.json');
/** With --video-only, the other records stay as the last full run left them. */
const kept = videoOnly && existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : [];
const all = [
  ...kept.filter((r) => r.renderer !== 'video-export').map((r) => record(r.n, r.renderer, r)),
  ...records,
];
writeFileSync(out, `${JSON.stringify(all, null, 1)}\n`);
if (!videoOnly) report(records.filter((r) => r.renderer !== 'video-export'));
console.log(
  `viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${STEPS} steps per measure; ${((Date.now() - started) / 1000).toFixed(0)} s; wrote ${out}`,
);
