// KML and KMZ through the file picker, in one page: what the slider shows of them on given days
// (the list and what the GPU draws), the undated placemark on the map at every date, a hostile
// description shown as text, and a KMZ read through its doc.kml.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importLayer, importSource } from '../src/layers/ids';
import { drawnIds, listIds, openHash, openWithSlider, useApp } from './support/app';
import { addFiles, datasetIds, hostileEffects, messages } from './support/imports';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();
const app = useApp(() => openWithSlider(browser(), baseUrl));

/** Every placemark of the fixtures is in this view. */
const VIEW = 'map=9/33.1/35.85';

/**
 * Opens a one-day window on `iso` (and any more of a link): the events of dataset `set` the list
 * shows, checked against what the GPU draws of it.
 */
async function shownOn(page: Page, set: string, iso: string, more = '') {
  await openHash(page, `#t=${iso}&mode=window&win=1&${VIEW}${more}`);
  const listed = (await listIds(page)).filter((id) => id.startsWith(`${set}-`)).sort();
  expect(await drawnIds(page, importLayer(set, 'events'))).toEqual(listed);
  return listed;
}

/** The names of the import's undated points on the map: in its static features' source, whatever the day. */
const undatedOnMap = (page: Page, set: string) =>
  page.evaluate((source) => {
    // A feature is given once per tile it crosses: the names say which there are.
    const points = window.map?.querySourceFeatures(source).filter((f) => f.geometry.type === 'Point') ?? [];
    return [...new Set(points.map((f) => String(f.properties.name)))];
  }, importSource(set));

/** The names of the import's lines MapLibre drew in the last frame (after the layer's filter). */
const linesDrawn = (page: Page, set: string) =>
  page.evaluate(
    (layer) => {
      const lines = window.map?.queryRenderedFeatures({ layers: [layer] }) ?? [];
      return [...new Set(lines.map((f) => String(f.properties.name)))];
    },
    importLayer(set, 'line'),
  );

// One page, two imports kept side by side; each case reads the one before it left.
describe('importing KML and KMZ', () => {
  let kml = '';

  it('reads a KML: the bad placemark said by number and name, the undated one counted', async () => {
    const { page } = app();
    await addFiles(page, 'field-report.kml');
    const [summary] = await messages(page, 1);
    expect(summary).toBe('“field-report.kml”: 5 imported, 2 areas, 1 rejected.');
    expect(await page.$$eval('.reasons li', (els) => els.map((e) => e.textContent))).toEqual([
      expect.stringMatching(
        /^placemark 6 \(Bad time\): its <when> "sometime in July" is not a time KML can hold/,
      ),
    ]);
    const notes = await page.$$eval('.import-notes li', (els) => els.map((e) => e.textContent ?? ''));
    expect(notes).toContain(
      '1 placemark has no time (no TimeStamp or TimeSpan): drawn at every date, as it is (1 point).',
    );
    const ids = await datasetIds(page);
    expect(ids).toHaveLength(1);
    kml = ids[0] ?? '';
  });

  it('shows its placemarks by day, span and UTC day, the undated one on the map always, a hostile description as text', async () => {
    const { page, log } = app();
    const id = (n: number) => `${kml}-${n}`;
    // The patrol spans 13–15 July; the shelling at 01:30 +03:00 on the 15th is the 14th in UTC.
    expect(await shownOn(page, kml, '2025-07-14', `&event=${id(1)}`)).toEqual([id(1), id(2), id(3)]);
    expect(await undatedOnMap(page, kml)).toEqual(['UNDOF base']);
    const detail = page.locator('.detail');
    await detail.waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Shelling & fire reported');
    expect(text).toContain('<b>not bold</b>');
    expect(text).not.toContain('alert');
    expect(await hostileEffects(page, log.dialogs)).toEqual({ csp: [], dialogs: [], injected: 0 });
    const facts = await page.$$eval('.detail .facts dt, .detail .facts dd', (els) =>
      els.map((e) => e.textContent),
    );
    expect(facts).toEqual(
      expect.arrayContaining(['unit', 'Patrol 4', '__proto__', 'kept as text', 'folder', 'Quneitra']),
    );
    expect(await shownOn(page, kml, '2025-07-15')).toEqual([id(2)]);
    expect(await shownOn(page, kml, '2025-07-16')).toEqual([id(4)]);
    expect(await linesDrawn(page, kml)).toEqual([]);
    // The dated line (17–18 July) is drawn with its event at its centre, and only then.
    expect(await shownOn(page, kml, '2025-07-18')).toEqual([id(7)]);
    expect(await linesDrawn(page, kml)).toEqual(['Road closed']);
    expect(await shownOn(page, kml, '2025-07-19')).toEqual([]);
    expect(await linesDrawn(page, kml)).toEqual([]);
  });

  it('reads a KMZ through its doc.kml, a month-dated placemark on every day of its month', async () => {
    const { page, log } = app();
    await addFiles(page, 'field-report.kmz');
    expect(await messages(page, 2)).toContain('“field-report.kmz”: 2 imported.');
    const kmz = (await datasetIds(page)).find((d) => d !== kml) ?? '';
    expect(await shownOn(page, kmz, '2025-07-03')).toEqual([`${kmz}-2`]);
    expect(await shownOn(page, kmz, '2025-07-20')).toEqual([`${kmz}-1`, `${kmz}-2`]);
    // A day neither file has an event on: the undated placemark is still on the map.
    expect(await shownOn(page, kml, '2025-08-03')).toEqual([]);
    expect(await undatedOnMap(page, kml)).toEqual(['UNDOF base']);
    expect(log.errors).toEqual([]);
  });
});
