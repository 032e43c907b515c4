import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../src/data/dates';
import { KIND_INFO, type Kind } from '../src/data/kinds';
import { IMPORT_COLORS } from '../src/state/import-words';
import { openWithSlider, scrubTo, useApp } from './support/app';
import { day, EVENTS, eventById } from './support/events';
import { addFiles, datasetIds, messages } from './support/imports';
import { waitIdle } from './support/page.mjs';
import { decode } from './support/pixels';
import { useBrowser } from './support/shared-browser';
import { go, pulseOver } from './support/slider';

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
