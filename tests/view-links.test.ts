// A link reproduces what its sender saw: the selected event at the same spot on a window of the
// same size, the same zoom, time and layers. The side panel's padding is never part of the link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithSlider, scrubTo } from './support/app';
import { day, eventById } from './support/events';
import { dropFile, messages } from './support/imports';
import { waitIdle } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** Where the event is on screen (css px), and the zoom, once the map has stopped moving. */
async function seen(page: Page, lon: number, lat: number) {
  await page.waitForFunction(() => window.map?.isMoving() === false, null, { timeout: 30_000 });
  await waitIdle(page);
  return page.evaluate(
    ([x, y]) => {
      const map = window.map;
      if (!map) throw new Error('no map');
      const p = map.project([x, y]);
      return { x: p.x, y: p.y, zoom: map.getZoom() };
    },
    [lon, lat] as const,
  );
}

describe('a copied link', () => {
  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    it(`at ${width}×${height}, puts the event picked from the list within 3 px of where the sender saw it`, async () => {
      const event = eventById('strike-near-presidential-palace');
      const sender = await openWithSlider(browser(), baseUrl, { width, height });
      const entry = sender.page.locator(`.event-item[data-event="${event.id}"] button`).first();
      // On a phone the list sits in a folded panel; the panels button opens it.
      if (!(await entry.isVisible())) await sender.page.locator('.panel-toggle').click();
      await entry.click();
      await expect
        .poll(() => sender.page.evaluate(() => window.location.hash))
        .toContain(`event=${event.id}`);
      const before = await seen(sender.page, event.lon, event.lat);
      // The hash is written at most every 300 ms: wait for the one that holds the final view.
      const linkZoom = () =>
        sender.page.evaluate(() =>
          Number(new URLSearchParams(window.location.hash.slice(1)).get('map')?.split('/')[0]),
        );
      await expect.poll(linkZoom).toBeCloseTo(before.zoom, 2);
      const link = await sender.page.evaluate(() => window.location.href);
      await sender.close();

      const receiver = await openWithSlider(browser(), link, { width, height });
      const after = await seen(receiver.page, event.lon, event.lat);
      expect(Math.abs(after.zoom - before.zoom)).toBeLessThanOrEqual(0.02);
      expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThanOrEqual(3);
      await receiver.close();
    });
  }

  it('keeps the date inside the data that is left when the only import past it is removed', async () => {
    const { page, close } = await openWithSlider(browser(), baseUrl);
    const csv = 'date,latitude,longitude,title\n2025-10-15,33.1,35.8,An October event\n';
    await dropFile(page, 'october.csv', Buffer.from(csv), 'text/csv');
    await messages(page, 1);
    await scrubTo(page, '2025-10-15');
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(day('2025-10-15'));
    await page.getByRole('button', { name: 'Remove october.csv' }).click();
    // The slider's end is the curated data's again, and the date is back inside it.
    const slider = page.locator('#time-slider');
    await expect.poll(async () => Number(await slider.getAttribute('max'))).toBeLessThan(day('2025-10-15'));
    expect(Number(await slider.inputValue())).toBe(Number(await slider.getAttribute('max')));
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('2025-10-15');
    await close();
  });
});
