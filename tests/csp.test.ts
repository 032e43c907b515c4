// The app as a real server sends it: the Content-Security-Policy as an HTTP header on every
// response (support/server.mjs serves the build with vite.config.ts's preview.headers, the
// policy made to report). A meta tag never reached MapLibre's worker, so the data: URLs it was
// given for the small GeoJSON files were fetched there freely; under the header they were refused
// and the Golan, the buffer zone, the governorates, water and area labels drew nothing.
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE, type ToggleId } from '../src/layers/ids';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { type OpenApp, openWithSlider } from './support/app';
import { waitIdle } from './support/page.mjs';
import { decode, sample } from './support/pixels';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** Inside each area, clear of its labels and towns: [lon, lat]. */
const INSIDE: Record<'golan' | 'buffer' | 'daraa', [number, number]> = {
  golan: [35.74, 33.07],
  buffer: [35.866, 33.0],
  daraa: [36.3, 32.78],
};
/** The south-east of the Sea of Galilee, away from its label. */
const LAKE: [number, number] = [35.6, 32.76];

async function pixelAt(page: Page, [lon, lat]: [number, number]) {
  const at = await page.evaluate(([x, y]) => window.map?.project([x, y]), [lon, lat] as const);
  return sample(decode(await page.screenshot()), at?.x ?? 0, at?.y ?? 0);
}

async function setToggle(page: Page, id: ToggleId, on: boolean) {
  await page.locator(`input[data-layer="${id}"]`).setChecked(on);
  await waitIdle(page);
}

describe('served with the Content-Security-Policy as a header', () => {
  let app: OpenApp;
  const responses: Response[] = [];
  beforeAll(async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    context.on('response', (r) => responses.push(r));
    app = await openWithSlider(browser(), baseUrl, { context });
  });
  afterAll(async () => app?.context.close());

  it('every file comes with the policy: the page, its scripts, its workers, data, fonts, styles', async () => {
    const served = responses.filter((r) => r.url().startsWith(baseUrl) && r.status() === 200);
    const kinds = ['/', '.js', 'maplibre-gl-worker', '.geojson', '.woff2', '.css'];
    for (const kind of kinds) {
      const found = served.filter((r) => (kind === '/' ? r.url() === baseUrl : r.url().includes(kind)));
      expect(found.length, `a ${kind} response`).toBeGreaterThan(0);
      for (const r of found) {
        expect(r.headers()['content-security-policy'], r.url()).toMatch(
          new RegExp(`^${CONTENT_SECURITY_POLICY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        );
      }
    }
  });

  it('refuses nothing, in the page or in its workers, and says nothing failed', async () => {
    const { page, log } = app;
    expect(log.cspReports).toEqual([]);
    expect(await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => u.startsWith('data:') && !u.startsWith('data:image/'))).toEqual([]);
    expect(await page.locator('.load-errors').count()).toBe(0);
  });

  it('draws something from every source the default view shows, labels (and so fonts) included', async () => {
    const drawn = await app.page.evaluate(() => [
      ...new Set(window.map?.queryRenderedFeatures().map((f) => f.source)),
    ]);
    // The Areas of Limitation are off by default.
    const shown = Object.values(SOURCE).filter((s) => s !== SOURCE.limitation);
    expect(drawn.sort()).toEqual(expect.arrayContaining(shown));
  });

  it.each(Object.entries(INSIDE))(
    'fills the %s where it is, and not once it is switched off',
    async (id, at) => {
      const { page } = app;
      const on = await pixelAt(page, at);
      await setToggle(page, id as ToggleId, false);
      const off = await pixelAt(page, at);
      await setToggle(page, id as ToggleId, true);
      const change = on.reduce((sum, c, i) => sum + Math.abs(c - (off[i] ?? 0)), 0);
      expect(change, `on ${on}, off ${off}`).toBeGreaterThan(15);
    },
  );

  it('draws the Sea of Galilee in its water colour', async () => {
    const [r, , b] = await pixelAt(app.page, LAKE);
    expect(b - r, `r ${r}, b ${b}`).toBeGreaterThan(20);
  });
});
