// The picture an event layer keeps (src/map/events-gl/frame-cache.ts), read from the rendered
// page: copied while nothing in it changes, drawn anew when the map moves, and extended by only
// the events a step forward reveals in cumulative mode; each way, the pixels a picture drawn
// anew would give. The 25,000 rows (bench/acled-csv.mjs, around the Golan and Daraa, 2015–2025)
// are past the layer's CACHED_FROM (20,000), so it keeps its picture.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../bench/acled-csv.mjs';
import { importLayer } from '../src/layers/ids';
import { crowdOf } from '../src/map/events-gl/programs';
import { IMPORT_COLORS } from '../src/state/import-words';
import { openWithSlider, useApp } from './support/app';
import { day } from './support/events';
import { datasetIds, messages } from './support/imports';
import { waitIdle } from './support/page.mjs';
import { decode } from './support/pixels';
import { useBrowser } from './support/shared-browser';
import { go, pulseOver } from './support/slider';

const { baseUrl, browser } = useBrowser();
const shared = useApp(() => openWithSlider(browser(), `${baseUrl}#layers=`));

/** How far (RGB distance) a pixel may be from the colour and still count: antialiasing. */
const TOLERANCE = 40;
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/**
 * The map between the sidebar and the zoom buttons, above the timeline (at 1280×800): what no
 * panel covers, since scrolling the sidebar to a toggle changes what it covers.
 */
async function mapPixels(page: Page) {
  const sidebar = await page.locator('.imports').boundingBox();
  const timeline = await page.locator('#time-slider').boundingBox();
  if (!sidebar || !timeline) throw new Error('no sidebar or timeline');
  const x = Math.ceil(sidebar.x + sidebar.width) + 10;
  const clip = { x, y: 70, width: 1220 - x, height: Math.floor(timeline.y) - 120 };
  return decode(await page.screenshot({ clip })).data;
}
/** Pixels that differ by more than antialiasing rounding in any channel. */
const differing = (a: Buffer, b: Buffer) => {
  let n = 0;
  for (let i = 0; i < a.length; i += 4)
    if ([0, 1, 2].some((c) => Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0)) > 2)) n++;
  return n;
};
const pan = async (page: Page, dx: number) => {
  // A block, not an arrow that returns the map: Playwright would serialise the whole map (seconds).
  await page.evaluate((x) => {
    window.map?.panBy([x, 0], { animate: false });
  }, dx);
  await waitIdle(page);
};

/** Pixels of the import's colour. */
const squares = (img: Buffer, colour: string) => {
  const [r, g, b] = rgb(colour) as [number, number, number];
  let n = 0;
  for (let i = 0; i < img.length; i += 4)
    if (Math.hypot((img[i] ?? 0) - r, (img[i + 1] ?? 0) - g, (img[i + 2] ?? 0) - b) <= TOLERANCE) n++;
  return n;
};

type Counts = { painted: number; extended: number; drawn: number };
/** The layer's frames drawn anew and drawn over its kept picture, and the points its slice holds. */
const counts = (page: Page, layer: string) =>
  page.evaluate((id) => {
    const found = window.map?.getLayer(id) as unknown as {
      implementation: { painted: number; extended: number; ranges(): { points: [number, number] } };
    };
    const { painted, extended } = found.implementation;
    const [from, to] = found.implementation.ranges().points;
    return { painted, extended, drawn: to - from } as Counts;
  }, layer);

/** The 25,000 rows imported once for the file: the import's events layer and colour. */
let imported: Promise<{ layer: string; colour: string }> | null = null;
const importRows = (page: Page) => {
  imported ??= (async () => {
    const csv = await writeCsv(25_000, join(tmpdir(), 'golan-map-frame-cache'));
    const said = await page.locator('.import-message').count();
    const had = (await datasetIds(page)).length;
    await page.locator('.imports input[type="file"]').setInputFiles(csv);
    await messages(page, said + 1);
    const id = (await datasetIds(page))[had] as string;
    return { layer: importLayer(id, 'events'), colour: IMPORT_COLORS[had] as string };
  })();
  return imported;
};

describe('the picture an event layer keeps (frame-cache.ts)', () => {
  it('is copied when the map repaints around it, drawn again when the map moves, and alike each way', async () => {
    const { page, log } = shared();
    const { layer, colour } = await importRows(page);
    // Up to 14 May 2025: about 23,600 of them.
    await go(page, `#map=8.5/33.05/36.3&layers=&t=2025-05-14&mode=cumulative`, day('2025-05-14'));
    await pulseOver(page);
    const painted = async () => (await counts(page, layer)).painted;
    const first = await mapPixels(page);
    const shown = squares(first, colour);
    expect(shown, `pixels of the import’s ${colour}`).toBeGreaterThan(50_000);
    // The basemap's labels under the events may be placed anew when a layer comes and goes.
    const fewPixels = first.length / 4 / 100;

    // The buffer zone shown and hidden again: the map repaints, this layer's picture is copied.
    const before = await painted();
    await page.locator('input[data-layer="buffer"]').check();
    await waitIdle(page);
    await page.locator('input[data-layer="buffer"]').uncheck();
    await waitIdle(page);
    expect(await painted(), 'frames that drew the import again').toBe(before);
    const copied = await mapPixels(page);
    expect(differing(first, copied), 'pixels changed by the copies').toBeLessThan(fewPixels);
    expect(Math.abs(squares(copied, colour) - shown)).toBeLessThan(fewPixels);

    // Moving the map draws it again (never a stale copy), and back where it was, alike.
    await pan(page, 120);
    expect(await painted()).toBeGreaterThan(before);
    expect(differing(first, await mapPixels(page))).toBeGreaterThan(20 * fewPixels);
    await pan(page, -120);
    expect(differing(first, await mapPixels(page)), 'pixels unlike the first picture').toBeLessThan(
      fewPixels,
    );
    expect(log.errors).toEqual([]);
  });

  it('draws only what a step forward reveals in cumulative mode, and anew a step back', async () => {
    const { page, log } = shared();
    const { layer, colour } = await importRows(page);
    await go(page, `#map=8.5/33.05/36.3&layers=&t=2025-05-14&mode=cumulative`, day('2025-05-14'));
    const before = await counts(page, layer);
    // A month on: a few hundred events more, the dots still sized for as many (programs.ts crowdOf).
    await go(page, `#map=8.5/33.05/36.3&layers=&t=2025-06-14&mode=cumulative`, day('2025-06-14'));
    const after = await counts(page, layer);
    expect(after.drawn).toBeGreaterThan(before.drawn);
    expect(crowdOf(after.drawn), 'the dots’ size').toBe(crowdOf(before.drawn));
    expect(after.painted, 'frames that drew the import anew').toBe(before.painted);
    expect(after.extended, 'frames that drew over the kept picture').toBeGreaterThan(before.extended);
    const extended = await mapPixels(page);
    const fewPixels = extended.length / 4 / 100;
    expect(squares(extended, colour)).toBeGreaterThan(50_000);

    // The same view drawn anew (moved away and back): the same picture.
    await pan(page, 120);
    await pan(page, -120);
    expect((await counts(page, layer)).painted).toBeGreaterThan(after.painted);
    expect(differing(extended, await mapPixels(page)), 'pixels unlike the extended picture').toBeLessThan(
      fewPixels,
    );

    // A step back hides events, which no drawing over a picture can: drawn anew.
    const back = await counts(page, layer);
    await go(page, `#map=8.5/33.05/36.3&layers=&t=2025-05-14&mode=cumulative`, day('2025-05-14'));
    expect((await counts(page, layer)).painted).toBeGreaterThan(back.painted);
    expect(log.errors).toEqual([]);
  });
});
