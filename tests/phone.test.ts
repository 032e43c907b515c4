// The page on a 375 × 812 phone with touch, in headless Chromium: no sideways scroll, the map's
// name in sight, panels behind a button, a slider for a thumb, the card as a bottom sheet. One
// page, walked from state to state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenApp, openWithSlider } from './support/app';
import { day, eventById } from './support/events';
import { waitIdle } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

const WIDTH = 375;
const HEIGHT = 812;

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

/** The element's box, and whether it is the one on top at its centre (seen, not just present). */
const seen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      top: box.top,
      bottom: box.bottom,
      width: box.width,
      height: box.height,
      onTop: el.contains(hit),
    };
  });

describe('on a 375 × 812 phone', () => {
  let app: OpenApp;
  beforeAll(async () => {
    const context = await browser().newContext({
      viewport: { width: WIDTH, height: HEIGHT },
      isMobile: true,
      hasTouch: true,
    });
    app = await openWithSlider(browser(), `${baseUrl}#t=2025-05-14`, { context });
  });
  afterAll(() => app?.context.close());

  it('nothing scrolls sideways, and a heading in sight names the map', async () => {
    expect(await scrollWidth(app.page)).toBeLessThanOrEqual(WIDTH);
    const title = await seen(app.page, 'h1');
    expect(await app.page.locator('h1').textContent()).toBe('Golan Heights & southern Syria');
    expect(title).toMatchObject({ onTop: true });
    expect(title.top).toBeGreaterThanOrEqual(0);
  });

  it('the slider takes a thumb: a tall target that a tap moves', async () => {
    const { page } = app;
    const slider = page.locator('#time-slider');
    const box = await slider.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThan(WIDTH / 2);
    const before = Number(await slider.inputValue());
    // A third of the way along, well off the thumb (at 14 May, past the middle), on the box's
    // lower edge: the whole box is the target, not just the drawn line. Events are listed there.
    await page.touchscreen.tap((box?.x ?? 0) + (box?.width ?? 0) / 3, (box?.y ?? 0) + (box?.height ?? 0) - 4);
    await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(before);
  });

  it('the panels fold behind a button that opens and closes them', async () => {
    const { page } = app;
    const toggle = page.locator('.panel-toggle');
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await toggle.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await seen(page, '.event-list h2')).toMatchObject({ onTop: true });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.getByRole('button', { name: 'Close panels' }).tap();
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
  });

  it('an event chosen from the list opens as a bottom sheet, the panels folded to show the map', async () => {
    const { page } = app;
    await page.locator('.panel-toggle').tap();
    await page.locator('.event-item button').first().tap();
    await page.locator('.detail').waitFor();
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    const sheet = await page.locator('.detail').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return {
        position: getComputedStyle(el).position,
        bottom: box.bottom,
        width: box.width,
        height: box.height,
        scrolls: el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto',
      };
    });
    expect(sheet).toMatchObject({ position: 'fixed', bottom: HEIGHT, width: WIDTH, scrolls: true });
    expect(sheet.height).toBeLessThanOrEqual(HEIGHT * 0.45 + 0.5);
    expect(await seen(page, 'h1')).toMatchObject({ onTop: true });
    expect(await seen(page, '.detail .close')).toMatchObject({ onTop: true });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.locator('.detail .close').tap();
    await page.locator('.detail').waitFor({ state: 'detached' });
  });

  it('an event tapped low on the map opens its sheet and the map pans to keep it in sight above', async () => {
    const { page } = app;
    // Alone at its spot on this date: the July strike there comes later.
    const palace = eventById('strike-near-presidential-palace');
    const low = HEIGHT * 0.72;
    await page.locator('#time-slider').fill(String(day('2025-05-14')));
    const at = () =>
      page.evaluate(([lon, lat]) => window.map?.project([lon, lat]) ?? { x: 0, y: 0 }, [
        palace.lon,
        palace.lat,
      ] as const);
    await page.evaluate(
      ([lon, lat, y]) => {
        const map = window.map;
        if (!map) return;
        map.jumpTo({ center: [lon, lat], zoom: 10 });
        map.panBy([0, map.getContainer().clientHeight / 2 - y], { animate: false });
      },
      [palace.lon, palace.lat, low] as const,
    );
    await waitIdle(page);
    const before = await at();
    expect(before.y).toBeCloseTo(low, 0);
    await page.touchscreen.tap(before.x, before.y);
    await page.locator('.detail').waitFor();
    expect(await page.locator('.detail h2').textContent()).toBe(palace.title);
    await page.waitForFunction(() => window.map?.isMoving() === false);
    const sheetTop = await page.locator('.detail').evaluate((el) => el.getBoundingClientRect().top);
    const after = await at();
    expect(after.y).toBeLessThan(sheetTop - 8);
    expect(after.y).toBeGreaterThan(94);
  });
});
