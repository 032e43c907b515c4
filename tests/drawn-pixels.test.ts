// "On the map" read from what the map draws, not from the layer's state or a copy of its rule:
// for one curated event of every kind in geo/events.geojson and for one imported square, the
// pixels of the rendered page at the event's place hold its colour when it is shown, and lose it
// when its kind (or its import) is switched off and when the slider is before its date.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../bench/acled-csv.mjs';
import { toIsoDate } from '../src/data/dates';
import { KIND_INFO, type Kind } from '../src/data/kinds';
import { importLayer, LAYER } from '../src/layers/ids';
import { IMPORT_COLORS } from '../src/state/import-words';
import { openWithSlider, scrubTo, useApp } from './support/app';
import { day, EVENTS, eventById } from './support/events';
import { addFiles, datasetIds, messages } from './support/imports';
import { waitIdle } from './support/page.mjs';
import { decode } from './support/pixels';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/**
 * One event per kind: a town or a site where the data has one (a solid dot), else an area (a
 * dashed circle); never a country diamond. Each is alone on its spot once only its kind is shown.
 */
const SAMPLES: Record<string, string> = {
  strike: 'strike-near-presidential-palace',
  incursion: 'israel-enters-buffer-zone',
  clash: 'assad-falls',
  deployment: 'busra-al-hariri-checkpoint',
  meeting: 'sharaa-visits-uae',
  statement: 'sharaa-confirms-indirect-talks',
  agreement: 'sweida-truce-holding',
  gesture: 'israel-medical-aid-sweida',
  sanctions: 'trump-lifts-syria-sanctions',
  violence: 'coastal-violence-march',
  other: 'sweida-aid-convoy-refused',
};
/** Half the side of the square read around a place, css px: a dot, or a circle of ~35 px. */
const BOX = 48;
const POINT_ZOOM = 10;
/** How far (RGB distance) a pixel may be from the colour and still count: antialiasing. */
const TOLERANCE = 40;

/** The zoom at which an area of `km` is drawn about 35 css px across its radius (512 px tiles). */
const zoomFor = (km: number, lat: number) =>
  km === 0 ? POINT_ZOOM : Math.log2((78_271.5 * Math.cos((lat * Math.PI) / 180) * 35) / (km * 1000));

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** Pixels near `hex` in the BOX around the place, read from a screenshot of the page. */
async function colourPixels(page: Page, lon: number, lat: number, hex: string): Promise<number> {
  const at = await page.evaluate(
    ([x, y]) => {
      const p = window.map?.project([x, y]);
      const rect = window.map?.getCanvas().getBoundingClientRect();
      if (!p || !rect) throw new Error('no map');
      const [cx, cy] = [p.x + rect.left, p.y + rect.top];
      // The place is on the map's canvas, not under a panel.
      const top = document.elementFromPoint(cx, cy);
      return { x: cx, y: cy, onCanvas: top?.classList.contains('maplibregl-canvas') ?? false };
    },
    [lon, lat] as const,
  );
  expect(at.onCanvas, `${lon},${lat} is under a panel`).toBe(true);
  const clip = {
    x: Math.round(at.x) - BOX,
    y: Math.round(at.y) - BOX,
    width: 2 * BOX + 1,
    height: 2 * BOX + 1,
  };
  const img = decode(await page.screenshot({ clip }));
  const [r, g, b] = rgb(hex) as [number, number, number];
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const d = Math.hypot((img.data[i] ?? 0) - r, (img.data[i + 1] ?? 0) - g, (img.data[i + 2] ?? 0) - b);
    if (d <= TOLERANCE) n++;
  }
  return n;
}

/** Opens `hash` in the same page, as a user pasting a link would; waits for the slider to follow. */
async function go(page: Page, hash: string, day: number) {
  const from = Number(await page.locator('#time-slider').inputValue());
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.waitForFunction(
    (d) => (document.querySelector('#time-slider') as HTMLInputElement).value === String(d),
    day,
    { timeout: 10_000 },
  );
  await waitIdle(page);
  // Only a step forward reveals events, and they pulse for 1.2 s: wait until that is over.
  if (day > from) await pulseOver(page);
}

/**
 * Waits until no event layer pulses (the state its shaders draw with, EventLayer.state.pulse,
 * is back at 1), then for the frame drawn without it.
 */
async function pulseOver(page: Page) {
  const layers = [LAYER.events, ...(await datasetIds(page)).map((id) => importLayer(id, 'events'))];
  await page.waitForFunction(
    (ids) =>
      ids.every((id) => {
        const found = window.map?.getLayer(id) as unknown as {
          implementation?: { state?: { pulse?: unknown } };
        };
        const pulse = found?.implementation?.state?.pulse;
        if (typeof pulse !== 'number') throw new Error(`layer ${id} has no pulse state`);
        return pulse === 1;
      }),
    layers,
    { timeout: 10_000 },
  );
  await waitIdle(page);
}

/** One page for the file: each case opens its link in it (go), as pasting a link would. */
const shared = useApp(() => openWithSlider(browser(), `${baseUrl}#layers=`));

describe('curated events, read from the rendered map', () => {
  it('the samples cover every kind the shipped data has', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...new Set(EVENTS.map((e) => e.kind))].sort());
    for (const [kind, id] of Object.entries(SAMPLES)) {
      expect(eventById(id).kind).toBe(kind);
      expect(eventById(id).geo_precision).not.toBe('country');
    }
  });

  // Latest first, so that each sample is a step back from the one before and nothing pulses.
  it.each(Object.entries(SAMPLES).sort(([, a], [, b]) => eventById(b).day - eventById(a).day))(
    'kind %s (%s) is drawn in its colour at its place, and not when its kind is off or before its date',
    async (kind, id) => {
      const { page, log } = shared();
      const e = eventById(id);
      const colour = KIND_INFO[kind as Kind].color;
      const zoom = zoomFor(e.radiusKm, e.lat).toFixed(2);
      await go(
        page,
        `#map=${zoom}/${e.lat}/${e.lon}&layers=&t=${e.date}&mode=window&win=1&kinds=${kind}`,
        e.day,
      );
      const shown = await colourPixels(page, e.lon, e.lat, colour);
      expect(shown, `${id}: pixels of ${colour} when shown`).toBeGreaterThanOrEqual(12);

      await page.locator(`input[data-kind="${kind}"]`).uncheck();
      await waitIdle(page);
      const kindOff = await colourPixels(page, e.lon, e.lat, colour);
      await page.locator(`input[data-kind="${kind}"]`).check();
      await waitIdle(page);

      await scrubTo(page, toIsoDate(e.day - 1));
      const before = await colourPixels(page, e.lon, e.lat, colour);
      // What is left is the basemap's own pixels of that colour, the same either way.
      // Hidden two independent ways, the place looks the same both times and has lost the event's
      // pixels: only the basemap's own pixels of that colour are left (none, but for grey 'other',
      // which Sweida's streets and labels share).
      const hidden = `${id}: shown ${shown}, kind off ${kindOff}, before its date ${before}`;
      expect(Math.abs(kindOff - before), hidden).toBeLessThanOrEqual(2);
      expect(shown - Math.max(kindOff, before), hidden).toBeGreaterThanOrEqual(12);
      if (kind !== 'other') expect(Math.max(kindOff, before), hidden).toBeLessThanOrEqual(2);
      expect(log.errors).toEqual([]);
    },
  );
});

describe('an imported event, read from the rendered map', () => {
  it('is drawn in the import’s colour at its place, gone when its layer is off or before its date', async () => {
    // SYR9001: an air strike at Izraa, 14 May 2025, exact day and town; no curated strike near.
    const [lon, lat, date] = [36.25, 32.857, '2025-05-14'];
    const { page, log } = shared();
    await go(
      page,
      `#map=${POINT_ZOOM}/${lat}/${lon}&layers=&t=${date}&mode=window&win=1&kinds=strike`,
      day(date),
    );
    await addFiles(page, 'acled-sample.csv');
    await messages(page, 1);
    const [id] = await datasetIds(page);
    const colour = IMPORT_COLORS[0] as string;
    await waitIdle(page);
    await pulseOver(page);
    const shown = await colourPixels(page, lon, lat, colour);
    expect(shown, `pixels of ${colour} when shown`).toBeGreaterThanOrEqual(12);

    await page.locator(`#dataset-${id}`).uncheck();
    await waitIdle(page);
    const off = await colourPixels(page, lon, lat, colour);
    await page.locator(`#dataset-${id}`).check();
    await waitIdle(page);
    await scrubTo(page, '2025-05-13');
    const before = await colourPixels(page, lon, lat, colour);
    expect({ off, before }, `shown ${shown}`).toEqual({ off: 0, before: 0 });
    expect(log.errors).toEqual([]);
  });
});

describe('the picture an event layer keeps while nothing in it changes (frame-cache.ts)', () => {
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
    await page.evaluate((x) => window.map?.panBy([x, 0], { animate: false }), dx);
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

  it('is copied when the map repaints around it, drawn again when the map moves, and alike each way', async () => {
    const { page, log } = shared();
    // Past the layer's CACHED_FROM (20,000), so its picture is kept; bench/acled-csv.mjs rows lie
    // around the Golan and Daraa, 2015–2025.
    const csv = await writeCsv(25_000, join(tmpdir(), 'golan-map-frame-cache'));
    const said = await page.locator('.import-message').count();
    const had = (await datasetIds(page)).length;
    await page.locator('.imports input[type="file"]').setInputFiles(csv);
    await messages(page, said + 1);
    const id = (await datasetIds(page))[had] as string;
    const colour = IMPORT_COLORS[had] as string;
    // Up to 14 May 2025: about 23,600 of them.
    await go(page, `#map=8.5/33.05/36.3&layers=&t=2025-05-14&mode=cumulative`, day('2025-05-14'));
    await pulseOver(page);
    const painted = () =>
      page.evaluate(
        (layer) => {
          const found = window.map?.getLayer(layer) as unknown as { implementation: { painted: number } };
          return found.implementation.painted;
        },
        importLayer(id, 'events'),
      );
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
});
