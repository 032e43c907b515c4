// `npm run bench:import [-- --n 100000 --format parquet|kml --out x.json --no-profile]`: writes ACLED-style
// CSVs (100k and 1M rows by default; 1M ≈ 147 MiB), or with `--format parquet` or `kml` the same
// rows as a Parquet file or a KML of placemarks (bench/kml-file.mjs), and for each imports it
// into the built app in headless Chromium as a user would (the file input), in a fresh browser
// context, then measures what issue 14 asks: the time to the events drawn, the longest task, the
// heap after a forced GC, the time a reload takes to draw the import restored from IndexedDB, and
// the heap once the import is removed. Baseline, in the same
// run: 1,000 rows. Writes bench/import-results.json (or `--out`), one record per size, keeping
// the records of the other formats from their own runs.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.mjs';
import { buildAndServe } from '../tests/support/server.mjs';
import { writeCsv } from './acled-csv.mjs';
import { workersHeapMb } from './heap.mjs';
import { goalLine, mainMemoryMb, watchMainThread, watchRestore } from './import-watch.mjs';
import { writeKml } from './kml-file.mjs';
import { startTaskProfile } from './task-profile.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const given = arg('--n');
const SIZES = given ? [Number(given.replace(/_/g, ''))] : [100_000, 1_000_000];
const FORMAT = arg('--format') ?? 'acled';
/** `--no-profile`: no CPU profile of the import, so no longest_task_script_ms (to weigh its cost). */
const PROFILE = !process.argv.includes('--no-profile');
const BASELINE = 1000;
const RESULTS = arg('--out') ?? 'bench/import-results.json';
// Today a reload parses the file again: at 1M that is minutes on this machine.
const LONG = 600_000;
const ENTRY = '.imports .dataset';

const round = (x, digits = 0) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
/**
 * Two animation frames: the first may run before the new layer's draw, the second after it.
 * Gives the page's clock at the second.
 */
const twoFrames = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now())))),
  );

/**
 * From choosing the file to the events drawn, with the main thread watched throughout. The
 * clock starts at the input's change event, as a user's pick in the file dialog fires it:
 * Playwright first copies the file into the browser over the DevTools protocol (about 1 s at
 * 100k rows, far more at 1M), which no user waits for; that wait is kept apart, as upload_ms.
 */
async function importFile(page, path) {
  await page.evaluate(() => {
    window.__watch.start = performance.now();
    const input = document.querySelector('.imports input[type="file"]');
    input.addEventListener('change', () => (window.__watch.chosenAt = performance.now()), {
      once: true,
      capture: true,
    });
  });
  const profile = PROFILE ? await startTaskProfile(page) : null;
  const t0 = Date.now();
  await page.locator('.imports input[type="file"]').setInputFiles(path);
  await page.waitForSelector('.import-message', { timeout: LONG });
  const drawnAt = await twoFrames(page);
  const wallMs = Date.now() - t0;
  const totalMs = Math.round(drawnAt - (await page.evaluate(() => window.__watch.chosenAt)));
  // A few frames more, so a stall right after the import is counted too.
  await page.waitForTimeout(500);
  const w = await page.evaluate(() => window.__watch);
  const script = profile ? await profile.scriptOf(w.longTasks) : null;
  return {
    total_ms: totalMs,
    upload_ms: wallMs - totalMs,
    longest_task_ms: Math.round(Math.max(0, ...w.longTasks.map(([, duration]) => duration))),
    longest_task_script_ms: script && Math.round(Math.max(0, ...script)),
    max_frame_gap_ms: Math.round(w.maxGap),
    max_frame_gap_reading_ms: Math.round(w.maxGapReading),
    long_tasks: w.longTasks.length,
    message: await page.locator('.import-message > p').first().textContent(),
  };
}

/** Waits for the file to be stored (a reload before that would bring nothing back); ms, or null. */
async function waitSaved(page) {
  const t0 = Date.now();
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => el.dataset.storage !== 'saving'),
    ENTRY,
    { timeout: LONG, polling: 250 },
  );
  const stored = await page.locator(ENTRY).first().getAttribute('data-storage');
  return { saved_ms: Date.now() - t0, storage: stored };
}

/** Reloads and reads when the restored import was first drawn, ms since the reload's navigation start. */
async function reloadRestored(page, datasetId) {
  // The id src/layers/ids.ts's importLayer(datasetId, 'events') gives (a .ts file node cannot import).
  await page.addInitScript(watchRestore, { datasetId, layerId: `import-${datasetId}-events` });
  // Not to `load`: the restore runs after it, and `load` may wait on the basemap meanwhile.
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.__restore?.drawnAt != null, null, { timeout: LONG, polling: 250 });
  const r = await page.evaluate(() => window.__restore);
  return {
    reload_first_frame_ms: Math.round(r.drawnAt),
    reload_entry_ms: Math.round(r.entryAt),
    reload_layer_ms: Math.round(r.layerAt),
  };
}

/** Removes the import with its × in the panel (no confirm there) and reads the heap once it is gone. */
async function removeAndWeigh(page) {
  await page.locator(`${ENTRY} button.remove`).first().click();
  await page.waitForSelector(ENTRY, { state: 'detached', timeout: LONG });
  await twoFrames(page);
  const { heap, buffers } = await mainMemoryMb(page);
  return { heap_after_remove_mb: round(heap, 1), buffers_after_remove_mb: round(buffers, 1) };
}

/**
 * The CSV's rows as a Parquet file (snappy, hyparquet-writer's default) beside it: every column
 * text but latitude and longitude (doubles), as a DataFrame of an ACLED export would be saved.
 */
async function writeParquet(rows) {
  const csv = await writeCsv(rows);
  const [header, ...lines] = readFileSync(csv, 'utf8').trimEnd().split('\n');
  const names = header.split(',');
  const cells = lines.map((line) => line.split(','));
  const columnData = names.map((name, i) => {
    const values = cells.map((c) => c[i]);
    const numeric = name === 'latitude' || name === 'longitude';
    return {
      name,
      data: numeric ? Float64Array.from(values, Number) : values,
      ...(numeric ? {} : { type: 'STRING' }),
    };
  });
  const path = csv.replace(/\.csv$/, '.parquet');
  writeFileSync(path, new Uint8Array(parquetWriteBuffer({ columnData })));
  return path;
}

/** How each --format is written (a Map: the name comes from the command line). */
const WRITERS = new Map([
  ['parquet', writeParquet],
  ['kml', writeKml],
]);

/** One size in a fresh context (IndexedDB empty): import, weigh, reload, remove. */
async function measure(browser, url, rows) {
  const write = WRITERS.get(FORMAT) ?? writeCsv;
  const path = await write(rows);
  const record = { rows, format: FORMAT, file_mb: round(statSync(path).size / 2 ** 20, 1) };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchMainThread);
    await page.goto(url);
    await page.waitForSelector('#time-slider');
    Object.assign(record, await importFile(page, path));
    const datasetId = await page.locator(ENTRY).first().getAttribute('data-dataset', { timeout: 5000 });
    Object.assign(record, await waitSaved(page));
    const memory = await mainMemoryMb(page);
    record.heap_main_mb = round(memory.heap, 1);
    record.buffers_main_mb = round(memory.buffers, 1);
    record.heap_workers_mb = round(await workersHeapMb(browser), 1);
    Object.assign(record, await reloadRestored(page, datasetId));
    record.heap_reloaded_mb = round((await mainMemoryMb(page)).heap, 1);
    Object.assign(record, await removeAndWeigh(page));
  } catch (error) {
    // A size that fails keeps what it measured, and says why.
    record.error = String(error?.message ?? error).split('\n')[0];
  } finally {
    await context.close();
  }
  return record;
}

/** The figures issue 14 names first, so a missing one shows as an empty cell. */
const FIELDS = [
  'rows',
  'format',
  'total_ms',
  'longest_task_ms',
  'heap_main_mb',
  'heap_workers_mb',
  'reload_first_frame_ms',
  'file_mb',
  'heap_after_remove_mb',
];
const ordered = (r) => ({ ...Object.fromEntries(FIELDS.map((k) => [k, r[k] ?? null])), ...r });
/** The table leaves out what is in the file only (the message, the reload's steps), to fit a terminal. */
const TABLE = [
  ...FIELDS.filter((k) => k !== 'format'),
  'longest_task_script_ms',
  'upload_ms',
  'buffers_main_mb',
  'max_frame_gap_ms',
  'max_frame_gap_reading_ms',
  'long_tasks',
];

/**
 * The records of other formats already in the results file, kept: each format is run on its own
 * (`--format`), and the file holds the latest run of each.
 */
function otherFormats() {
  try {
    const kept = JSON.parse(readFileSync(RESULTS, 'utf8'));
    return Array.isArray(kept) ? kept.filter((r) => r?.format !== FORMAT) : [];
  } catch {
    return [];
  }
}

const server = await buildAndServe({ outDir: 'dist' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const records = [];
  for (const rows of [BASELINE, ...SIZES]) {
    console.log(`importing ${rows.toLocaleString('en')} rows…`);
    records.push(ordered(await measure(browser, server.url, rows)));
  }
  console.table(records, TABLE);
  for (const r of records) console.log(r.error ? `${r.rows} rows: ${r.error}` : goalLine(r));
  writeFileSync(RESULTS, `${JSON.stringify([...otherFormats(), ...records], null, 2)}\n`);
  console.log(`wrote ${RESULTS}`);
} finally {
  await browser.close();
  await server.close();
}
