// The map as a user gets it: production build, real headless Chromium, no network but our own.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAYER, TOGGLE_LAYERS, TOGGLES, type ToggleId } from '../src/layers/ids';
import { openHash, useApp } from './support/app';
import { openApp, waitIdle } from './support/page.mjs';
import { colourCount, decode, sample } from './support/pixels';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/**
 * The page the tests share that need no load of their own: opened at the bare address (what
 * "opening the app" checks, before anything else touches it), then each later case opens its
 * link in it, as pasting a link would.
 */
const home = useApp(() => openApp(browser(), baseUrl));

const renderedCount = (page: Page, layers: readonly string[]) =>
  page.evaluate((ids) => window.map?.queryRenderedFeatures({ layers: [...ids] }).length ?? -1, layers);

const visibilities = (page: Page, layers: readonly string[]) =>
  page.evaluate(
    (ids) => ids.map((id) => window.map?.getLayoutProperty(id, 'visibility') ?? 'visible'),
    layers,
  );

const checked = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[data-layer]')]
      .filter((i) => i.checked)
      .map((i) => i.dataset.layer),
  );

async function setToggle(page: Page, id: ToggleId, on: boolean) {
  const box = page.locator(`input[data-layer="${id}"]`);
  if ((await box.isChecked()) !== on) await box.click();
  await waitIdle(page);
}

describe('opening the app', () => {
  it('loads the map with no console error, and every request stays on the page origin', async () => {
    const { page, log } = home();
    expect(log.errors).toEqual([]);
    expect(await page.evaluate(() => (window as { __mapLoaded?: boolean }).__mapLoaded)).toBe(true);
    const origin = new URL(baseUrl).origin;
    const foreign = log.requests.filter(
      (u: string) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith(`blob:${origin}`),
    );
    expect(foreign).toEqual([]);
    // The data and the fonts came from this origin: the map is not silently empty.
    expect(log.requests.some((u: string) => u.endsWith('.geojson'))).toBe(true);
    expect(log.requests.some((u: string) => u.endsWith('.woff2'))).toBe(true);
  });

  it('frames the Golan and southern Syria, with the buffer zone, Line A and Line B drawn', async () => {
    const { page } = home();
    const bounds = await page.evaluate(() => window.map?.getBounds().toArray());
    const [[w, s], [e, n]] = bounds as [[number, number], [number, number]];
    // Quneitra, Majdal Shams, Daraa and Damascus are all in view.
    const places: [number, number][] = [
      [35.8246, 33.126],
      [35.7716, 33.2703],
      [36.106, 32.618],
      [36.2919, 33.5102],
    ];
    for (const [lon, lat] of places) {
      expect(lon > w && lon < e && lat > s && lat < n, `${lon},${lat}`).toBe(true);
    }
    expect(await renderedCount(page, [LAYER.aosFill])).toBeGreaterThan(0);
    expect(await renderedCount(page, [LAYER.lineA, LAYER.lineB])).toBeGreaterThan(0);
    expect(await renderedCount(page, [LAYER.lineALabel])).toBeGreaterThan(0);
    expect(await renderedCount(page, [LAYER.lineBLabel])).toBeGreaterThan(0);
  });

  it('shows a screenshot that is not blank and has the buffer zone where it should be', async () => {
    const { page } = home();
    // A point inside the Area of Separation, midway between Line A and Line B.
    const at = await page.evaluate(() => window.map?.project([35.866, 33.0]));
    const withZone = decode(await page.screenshot());
    await setToggle(page, 'buffer', false);
    const withoutZone = decode(await page.screenshot());
    expect(colourCount(withZone)).toBeGreaterThan(200);
    const [r1, , b1] = sample(withZone, at?.x ?? 0, at?.y ?? 0);
    const [r0, , b0] = sample(withoutZone, at?.x ?? 0, at?.y ?? 0);
    expect(b1 - r1, 'the zone is tinted blue').toBeGreaterThan(b0 - r0 + 15);
  });

  it('credits every data source in the attribution control', async () => {
    const { page } = home();
    const text = await page.locator('.maplibregl-ctrl-attrib').textContent();
    for (const credit of ['Natural Earth', 'GeoNames', 'OCHA', 'golan-map']) expect(text).toContain(credit);
  });
});

describe('layer toggles', () => {
  it.each(TOGGLES)('the %s checkbox hides and shows its layers', async (id) => {
    const { page, log } = home();
    await openHash(page, `#map=8.6/33.0/36.1&layers=${id}`);
    // openHash waited for the map to settle on the link: its layers are drawn.
    await expect.poll(() => checked(page)).toEqual([id]);
    const layers = TOGGLE_LAYERS[id];
    expect(await renderedCount(page, layers)).toBeGreaterThan(0);

    await setToggle(page, id, false);
    expect(new Set(await visibilities(page, layers))).toEqual(new Set(['none']));
    expect(await renderedCount(page, layers)).toBe(0);
    // Polled: the app writes the hash at most every 300 ms (src/state/url.ts).
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/&layers=$/);

    await setToggle(page, id, true);
    expect(new Set(await visibilities(page, layers))).toEqual(new Set(['visible']));
    expect(await renderedCount(page, layers)).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
  });
});

describe('the URL hash', () => {
  it('opens the viewport and layers it names, and a reload restores them', async () => {
    const { page, close } = await openApp(browser(), `${baseUrl}#map=10/33.1/35.9&layers=golan,limitation`);
    const read = () =>
      page.evaluate(() => ({ zoom: window.map?.getZoom(), center: window.map?.getCenter().toArray() }));
    const first = await read();
    expect(first.zoom).toBeCloseTo(10, 1);
    expect(first.center?.[0]).toBeCloseTo(35.9, 2);
    expect(first.center?.[1]).toBeCloseTo(33.1, 2);
    expect(await checked(page)).toEqual(['golan', 'limitation']);

    await page.reload();
    await page.waitForFunction(() => (window as { __mapLoaded?: boolean }).__mapLoaded === true);
    await waitIdle(page);
    const again = await read();
    expect(again.zoom).toBeCloseTo(10, 1);
    expect(again.center?.[0]).toBeCloseTo(35.9, 2);
    expect(await checked(page)).toEqual(['golan', 'limitation']);
    await close();
  });

  it('follows the map: panning and toggling rewrite it', async () => {
    const { page } = home();
    await openHash(page, '#map=9/33.0/35.9&layers=golan');
    await page.evaluate(() => {
      window.map?.jumpTo({ center: [36.2, 32.8], zoom: 8 });
    });
    await waitIdle(page);
    await setToggle(page, 'sweida', true);
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toMatch(/^#map=8\/32\.8\d*\/36\.2\d*&layers=golan,sweida$/);
  });

  it('falls back to the defaults on a garbage hash, without an error, and says what it ignored', async () => {
    const garbage = '#map=<img src=x onerror=alert(1)>&layers=<b>bold</b>,golan%ZZ';
    const { page, log, close } = await openApp(browser(), `${baseUrl}${garbage}`);
    let dialogs = 0;
    page.on('dialog', () => {
      dialogs++;
    });
    expect(log.errors).toEqual([]);
    const zoom = await page.evaluate(() => window.map?.getZoom() ?? 0);
    expect(zoom).toBeGreaterThan(7);
    expect(zoom).toBeLessThan(11);
    const notice = page.locator('.notice');
    expect(await notice.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.notice img, .notice b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await close();
  });
});

describe('pan and zoom', () => {
  it('answers the keyboard: + zooms in, arrows pan', async () => {
    const { page } = home();
    await openHash(page, '#map=9/33.0/35.9&layers=golan');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Equal');
    await page.waitForFunction(() => (window.map?.getZoom() ?? 0) > 9.5);
    const before = await page.evaluate(() => window.map?.getCenter().lng ?? 0);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((lng: number) => (window.map?.getCenter().lng ?? 0) > lng + 0.001, before);
  });

  it('has zoom buttons and a scale bar', async () => {
    const { page } = home();
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    expect(await page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/km/);
  });
});

describe('a narrow screen', () => {
  it('folds the panels behind a button, so the map stays visible', async () => {
    const { page, log, close } = await openApp(browser(), baseUrl, { width: 390, height: 800 });
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    const button = page.getByRole('button', { name: 'Layers & events' });
    await button.click();
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Close panels' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(log.errors).toEqual([]);
    await close();
  });
});
