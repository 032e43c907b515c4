// Exporting what is on the map at the slider's date, as GeoJSON, CSV and PNG, and the page's
// Content-Security-Policy, in headless Chromium.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { acledGeoPrecision, ucdpWherePrec } from '../src/data/precision';
import { perSource } from '../src/export/csv';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { openHash, openWithSlider, scrubTo, useApp } from './support/app';
import { EVENTS, expectedIds } from './support/events';
import { addFiles, clearImports, downloadText, hostileEffects, messages } from './support/imports';
import { colourCount, decode, sample } from './support/pixels';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** The ACLED fixture's good rows dated up to 2025-07-15 that the map shows (cumulative). */
const IMPORTED_BY_JULY_15 = ['SYR9001', 'SYR9002', 'SYR9003', 'SYR9004', 'SYR9005', 'SYR9008'];

/**
 * One page for the file, its imports and messages cleared before each test with the app's own
 * controls; a test that needs a date opens its link in the page, as pasting a link would.
 */
const shared = useApp(() => openWithSlider(browser(), baseUrl));

describe('export', () => {
  beforeEach(() => clearImports(shared().page));

  it('writes the events shown at the slider’s date as GeoJSON and ACLED-style CSV', async () => {
    const { page, log } = shared();
    await addFiles(page, 'acled-sample.csv');
    await messages(page, 1);
    await scrubTo(page, '2025-07-15');
    const curated = expectedIds('2025-07-15');

    const geo = await downloadText(page, () => page.locator('[data-export="geojson"]').click());
    expect(geo.name).toBe('golan-map-events-2025-07-15.geojson');
    const features = JSON.parse(geo.text).features as {
      properties: { id: string; source_id?: string; set: string };
    }[];
    expect(
      features
        .filter((f) => f.properties.set === 'curated')
        .map((f) => f.properties.id)
        .sort(),
    ).toEqual([...curated].sort());
    expect(features.flatMap((f) => f.properties.source_id ?? []).sort()).toEqual(IMPORTED_BY_JULY_15);

    const csv = await downloadText(page, () => page.locator('[data-export="csv"]').click());
    const rows = Papa.parse<Record<string, string>>(csv.text.trim(), { header: true }).data;
    expect(rows).toHaveLength(curated.length + IMPORTED_BY_JULY_15.length);
    expect(Object.keys(rows[0] ?? {}).slice(0, 4)).toEqual([
      'event_id_cnty',
      'event_date',
      'year',
      'time_precision',
    ]);
    // Every shown curated event carries its precision codes and its sources' citations.
    for (const e of EVENTS.filter((x) => curated.includes(x.id))) {
      const feature = features.find((f) => f.properties.id === e.id);
      expect(feature?.properties).toMatchObject({
        geo_precision: e.geo_precision,
        acled_geo_precision: acledGeoPrecision(e),
        ucdp_where_prec: ucdpWherePrec(e),
        sources: e.sources.map((s) => ({ headline: s.headline, outlet: s.outlet, published: s.published })),
      });
      expect(rows.find((r) => r.id === e.id)).toMatchObject({
        place_precision: e.geo_precision,
        geo_precision: String(acledGeoPrecision(e)),
        ucdp_where_prec: String(ucdpWherePrec(e)),
        end_date: e.end_date ?? '',
        source_headline: perSource(e.sources, (s) => s.headline),
        source_published: perSource(e.sources, (s) => s.published),
      });
    }
    const formula = rows.find((r) => r.event_id_cnty === 'SYR9008');
    expect(formula?.notes).toBe("'=1+2");
    expect(formula?.source?.startsWith("'=HYPERLINK")).toBe(true);

    // A kind turned off is left out of the export too.
    await page.locator('#kind-strike').uncheck();
    const fewer = await downloadText(page, () => page.locator('[data-export="geojson"]').click());
    const kinds = (JSON.parse(fewer.text).features as { properties: { kind: string } }[]).map(
      (f) => f.properties.kind,
    );
    expect(kinds).not.toContain('strike');
    expect(kinds.length).toBeLessThan(features.length);
    expect(await hostileEffects(page, log.dialogs)).toEqual({ csp: [], dialogs: [], injected: 0 });
  });

  it('saves a PNG of the map with its legend, date and credits drawn in', async () => {
    const { page } = shared();
    await openHash(page, '#t=2025-07-15');
    const file = await downloadText(page, () => page.locator('[data-export="png"]').click());
    expect(file.name).toBe('golan-map-2025-07-15.png');
    const img = decode(await readFile(file.path));
    const canvas = await page.evaluate(() => {
      const c = window.map?.getCanvas();
      return { width: c?.width, height: c?.height };
    });
    expect({ width: img.width, height: img.height }).toEqual(canvas);
    // The legend box's white, top left; the map is drawn (many colours), not a blank buffer.
    expect(sample(img, 14, 14, 2).every((c) => c > 235)).toBe(true);
    expect(colourCount(img)).toBeGreaterThan(60);
    // The credits strip along the bottom right is pale with dark text.
    const strip = sample(img, img.width - 40, img.height - 8, 1);
    expect(Math.min(...strip)).toBeLessThan(250);
  });

  it('saves a PNG asked for while the basemap still loads once it has all loaded', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    try {
      const page = await context.newPage();
      // The world's outlines come 2.5 s late: the map's layers are bound long before they are in.
      await page.route('**/world-*.geojson', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        await route.continue();
      });
      await page.addInitScript(() => {
        let map: { once(type: string, f: () => void): void } | undefined;
        Object.defineProperty(window, 'map', {
          configurable: true,
          get: () => map,
          set(value) {
            map = value;
            value?.once('load', () => Object.assign(window, { __loadedAt: performance.now() }));
          },
        });
      });
      await page.goto(baseUrl);
      const clickedAt = await page.evaluate(() => performance.now());
      const file = await downloadText(page, () => page.locator('[data-export="png"]').click());
      const loadedAt = await page.evaluate(() => (window as unknown as { __loadedAt?: number }).__loadedAt);
      expect(loadedAt, 'the map had loaded when the PNG was made').toBeGreaterThan(clickedAt);
      expect(colourCount(decode(await readFile(file.path)))).toBeGreaterThan(60);
    } finally {
      await context.close();
    }
  });

  it('ships a Content-Security-Policy and works under it', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    const { page, log } = shared();
    const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) =>
      m.getAttribute('content'),
    );
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    // The meta comes before every script, so it governs all of them.
    expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv'))).toBe(
      'Content-Security-Policy',
    );
    await addFiles(page, 'points.geojson');
    await messages(page, 1);
    expect(await hostileEffects(page, log.dialogs)).toEqual({ csp: [], dialogs: [], injected: 0 });
    expect(log.errors).toEqual([]);
  });
});
