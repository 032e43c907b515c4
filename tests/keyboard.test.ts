// The keyboard's way through the page at 1280 × 800, in headless Chromium: the skip link to the
// slider, a list entry to its card and back, the list's order and its end. One page throughout.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listIds, type OpenApp, openWithSlider, scrubTo } from './support/app';
import { expectedIds, newestFirst } from './support/events';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

const DATE = '2025-05-14';
const EVENT = 'riyadh-trump-sharaa';

/** What has focus: its id, else its class, and the event it belongs to if any. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const of = el?.closest<HTMLElement>('[data-event]')?.dataset.event ?? null;
    return { id: el?.id || null, class: el?.className || null, text: el?.textContent?.trim() ?? '', of };
  });

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

/** Whether the element is on screen and on top at its centre: seen, not just in the page. */
const onTop = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight && el.contains(hit);
  });

describe('the keyboard', () => {
  let app: OpenApp;
  beforeAll(async () => {
    app = await openWithSlider(browser(), `${baseUrl}#t=${DATE}`);
  });
  afterAll(() => app?.close());

  it('first meets a skip link, shown when focused, then the slider; the link leaves the hash alone', async () => {
    const { page } = app;
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ class: 'skip-link', text: 'Skip to time slider' });
    expect(await onTop(page, '.skip-link')).toBe(true);
    // The second Tab is the slider itself: well inside three.
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('time-slider');
    expect(await onTop(page, '.skip-link')).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('time-slider');
    expect(await hashOf(page)).not.toContain('time-slider');
  });

  it('opens the card with Enter on a list entry, focus on its heading; Tab reaches Close, then its buttons', async () => {
    const { page } = app;
    await page.locator(`.event-item[data-event="${EVENT}"] button`).focus();
    await page.keyboard.press('Enter');
    await page.locator('.detail').waitFor();
    expect(await focused(page)).toMatchObject({ id: 'detail-title', of: EVENT });
    await expect.poll(() => hashOf(page)).toContain(`event=${EVENT}`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ class: 'close', of: EVENT });
    expect(await onTop(page, '.detail .close')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ class: 'copy-citation', of: EVENT });
  });

  it('closes the card with Escape, drops event= from the link and puts focus back on the entry', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.locator('.detail').waitFor({ state: 'detached' });
    expect((await focused(page)).of).toBe(EVENT);
    expect(await page.evaluate(() => document.activeElement?.matches('.event-item button'))).toBe(true);
    // Polled: the hash is written at most every 300 ms (src/state/url.ts).
    await expect.poll(() => hashOf(page)).not.toContain('event=');
  });

  it('the close button does the same; a card that opened elsewhere gives focus back to what had it', async () => {
    const { page } = app;
    await page.locator(`.event-item[data-event="${EVENT}"] button`).press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.detail').waitFor({ state: 'detached' });
    expect((await focused(page)).of).toBe(EVENT);

    // Opened by the link while the slider had focus: Escape from inside the card returns there.
    await page.locator('#time-slider').focus();
    await page.evaluate((id) => {
      window.location.hash = `${window.location.hash}&event=${id}`;
    }, EVENT);
    await page.locator('.detail').waitFor();
    expect((await focused(page)).id).toBe('time-slider');
    await page.locator('.detail .close').focus();
    await page.keyboard.press('Escape');
    await page.locator('.detail').waitFor({ state: 'detached' });
    expect((await focused(page)).id).toBe('time-slider');
  });

  it('lists the newest first, and a checkbox turns the list to oldest first', async () => {
    const { page } = app;
    const dateOrder = expectedIds(DATE);
    expect(await listIds(page)).toEqual(newestFirst(dateOrder));
    const oldestFirst = page.getByRole('checkbox', { name: 'Oldest first' });
    expect(await oldestFirst.isChecked()).toBe(false);
    await oldestFirst.check();
    expect(await listIds(page)).toEqual(dateOrder);
    await oldestFirst.uncheck();
    expect(await listIds(page)).toEqual(newestFirst(dateOrder));
  });

  it('reaches the end of a full list: it scrolls into view above the time bar, nothing cut off', async () => {
    const { page } = app;
    await scrubTo(page, '2025-08-14');
    const last = page.locator('.event-item button').last();
    await expect.poll(() => page.locator('.event-item').count()).toBe(expectedIds('2025-08-14').length);
    await last.focus();
    const seen = await last.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const bar = document.querySelector('.timebar')?.getBoundingClientRect();
      const side = document.querySelector('.sidebar')?.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.bottom - 2);
      return {
        aboveTimeBar: bar !== undefined && box.bottom <= bar.top,
        panelsAboveTimeBar: bar !== undefined && side !== undefined && side.bottom <= bar.top,
        onTop: el.contains(hit),
      };
    });
    expect(seen).toEqual({ aboveTimeBar: true, panelsAboveTimeBar: true, onTop: true });
  });
});
