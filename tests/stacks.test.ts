// Every event reachable: a stack of events drawn at one place carries its count, hovering says
// it, a click or Enter opens a chooser listing them all, and a click inside an area circle's
// empty middle selects nothing. The chips for events off the map never overlap.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatWhen } from '../src/data/dates';
import { openWithSlider } from './support/app';
import { EVENTS } from './support/events';
import { waitIdle } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** The Sweida governorate: ten area-only events share its centre (geo/events.geojson). */
const SWEIDA = EVENTS.filter((e) => e.lon === 36.75 && e.lat === 32.75);

const screenAt = (page: Page, lon: number, lat: number) =>
  page.evaluate(([x, y]) => window.map?.project([x, y]) ?? { x: 0, y: 0 }, [lon, lat] as const);

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('stacks of events', () => {
  it('count, hover, choose by click and by Enter; an area’s empty middle picks nothing', async () => {
    expect(SWEIDA.length).toBeGreaterThanOrEqual(10);
    const { page, close } = await openWithSlider(browser(), baseUrl);
    const centre = await screenAt(page, 36.75, 32.75);

    const counts = await page.evaluate(() =>
      (window.map?.queryRenderedFeatures({ layers: ['stack-counts'] }) ?? []).map((f) => f.properties.count),
    );
    expect(counts).toContain(SWEIDA.length);

    await page.mouse.move(centre.x, centre.y);
    await expect.poll(() => page.locator('.stack-hover').textContent()).toBe(`${SWEIDA.length} events`);

    await page.mouse.click(centre.x, centre.y);
    const chooser = page.locator('.stack-chooser');
    await chooser.waitFor();
    const newestFirst = [...SWEIDA].sort((a, b) => b.day - a.day || a.title.localeCompare(b.title));
    expect(await chooser.locator('.stack-title').allTextContents()).toEqual(newestFirst.map((e) => e.title));
    const [newest] = newestFirst;
    if (!newest) throw new Error('no Sweida events');
    expect(await chooser.locator('.stack-when').first().textContent()).toBe(formatWhen(newest));
    expect(await page.evaluate(() => document.activeElement?.closest('.stack-chooser') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => chooser.count()).toBe(0);

    await page.mouse.click(centre.x, centre.y);
    await chooser.locator('li button').nth(1).click();
    await expect.poll(() => page.locator('.detail h2').textContent()).toBe(newestFirst[1]?.title);
    await expect.poll(() => chooser.count()).toBe(0);

    // Half the radius east of the centre: inside the circle, on nothing drawn.
    const r = SWEIDA[0]?.radiusKm ?? 0;
    const inside = await screenAt(page, 36.75 + r / 2 / (111.32 * Math.cos((32.75 * Math.PI) / 180)), 32.75);
    const before = await page.evaluate(() => window.location.hash);
    await page.mouse.click(inside.x, inside.y);
    await page.waitForTimeout(400);
    expect(await chooser.count()).toBe(0);
    expect(await page.locator('.detail h2').textContent()).toBe(newestFirst[1]?.title);
    expect(await page.evaluate(() => window.location.hash)).toBe(before);

    // The keyboard's way in: the map focused, its middle on the stack, Enter.
    await page.evaluate(() => {
      window.map?.jumpTo({ center: [36.75, 32.75] });
    });
    await waitIdle(page);
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Enter');
    await chooser.waitFor();
    expect(await chooser.locator('li').count()).toBe(SWEIDA.length);
    await close();
  });

  it('keeps the chips for events off the map apart from one another and from the panels', async () => {
    const { page, close } = await openWithSlider(browser(), `${baseUrl}#map=10/33.51/36.28`);
    await expect.poll(() => page.locator('.edge-arrow').count()).toBeGreaterThan(3);
    const chips = (await page
      .locator('.edge-arrow')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) as Box[];
    const panels = (await page
      .locator('.sidebar, .timebar, .maplibregl-ctrl-top-right')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) as Box[];
    for (const [i, a] of chips.entries()) {
      for (const b of chips.slice(i + 1)) expect(overlaps(a, b), 'two chips overlap').toBe(false);
      for (const p of panels) expect(overlaps(a, p), 'a chip covers a panel').toBe(false);
    }
    await close();
  });
});
