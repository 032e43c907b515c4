// Deep links, the event detail, map clicks and hostile data, in headless Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { citationWithQuote } from '../src/data/citation';
import { formatDay } from '../src/data/dates';
import { listIds, openHash, openWithSlider, useApp } from './support/app';
import { day, EVENTS, expectedIds, newestFirst } from './support/events';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/**
 * One page for the tests that need no context of their own, opened at the first test's deep link
 * (so that one is a real first load) in a context that may use the clipboard; each later test
 * opens its link in it, as pasting a link would (every part it does not name back to default).
 */
const DEEP_LINK = '#t=2025-05-14&mode=window&win=30&event=riyadh-trump-sharaa';
const shared = useApp(async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  const app = await openWithSlider(browser(), `${baseUrl}${DEEP_LINK}`, { context });
  return { ...app, close: () => context.close() };
});
const open = async (hash: string) => {
  await openHash(shared().page, hash);
  return shared();
};

describe('links and details', () => {
  it('a deep link restores time, mode and selection, and the detail shows the sources', async () => {
    const { page } = shared();
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(day('2025-05-14'));
    expect(await page.locator('input[name="mode"]').nth(1).isChecked()).toBe(true);
    expect(await listIds(page)).toEqual(newestFirst(expectedIds('2025-05-14', 'window', 30)));
    const detail = page.locator('.detail');
    const event = EVENTS.find((e) => e.id === 'riyadh-trump-sharaa');
    expect(await detail.locator('h2').textContent()).toBe(event?.title);
    for (const s of event?.sources ?? []) expect(await detail.textContent()).toContain(s.quote);
    expect(await detail.textContent()).toContain(event?.sources[0]?.outlet);
    expect(await page.locator('.event-item button[aria-current="true"]').count()).toBe(1);
  });

  it('each source shows a citation, and Copy citation copies it with the quote', async () => {
    const event = EVENTS.find((e) => e.id === 'riyadh-trump-sharaa');
    const source = event?.sources[0];
    const { page } = await open(`#event=${event?.id}`);
    const first = page.locator('.detail .sources > li').first();
    const cite = (await first.locator('cite').textContent()) ?? '';
    expect(cite).toContain(source?.headline);
    expect(cite).toContain(source?.outlet);
    expect(cite).toContain(formatDay(day(source?.published ?? '')));
    if (source?.via) expect(cite).toContain(`(via ${source.via})`);
    expect(await first.locator('blockquote').textContent()).toBe(source?.quote);

    // Reached from the close button with Tab, it shows where focus is; Enter copies.
    const button = first.getByRole('button', { name: 'Copy citation' });
    await page.locator('.detail .close').focus();
    await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    const ring = await focusRing(page);
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    const box = await button.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await first.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(citationWithQuote(source ?? { outlet: '' }));
    expect(copied.startsWith(cite)).toBe(true);
    expect(copied).toContain(source?.quote);
  });

  it('without a clipboard, Copy citation selects the citation and says to press Ctrl+C', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    // As on a page served over plain http: no navigator.clipboard at all.
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    const { page } = await openWithSlider(browser(), `${baseUrl}#event=riyadh-trump-sharaa`, { context });
    const first = page.locator('.detail .sources > li').first();
    await first.getByRole('button', { name: 'Copy citation' }).click();
    await first.getByRole('status').filter({ hasText: 'Ctrl+C' }).waitFor();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain((await first.locator('cite').textContent()) ?? '-');
    expect(selected).toContain((await first.locator('blockquote').textContent()) ?? '-');
    await context.close();
  });

  it('a denied claim says who denied it', async () => {
    const denied = EVENTS.find((e) => e.status === 'denied');
    const { page } = await open(`#event=${denied?.id}`);
    expect(await page.locator('.detail .status').textContent()).toBe(`Denied by ${denied?.denied_by}`);
  });

  // Before 16 July the palace has one event; from then on two share its spot, and a click there
  // opens the chooser instead (tests/stacks.test.ts).
  it('clicking an event on the map selects it in the list', async () => {
    const { page } = await open('#map=9/33.45/36.25&t=2025-06-01&layers=');
    // The link selects nothing: no card is left open from a test before, for the click to find.
    expect(await page.locator('.detail').count()).toBe(0);
    const palace = EVENTS.find((e) => e.id === 'strike-near-presidential-palace');
    const target = await page.evaluate(
      ([lon, lat]: readonly [number, number]) => window.map?.project([lon, lat]) ?? null,
      [palace?.lon ?? 0, palace?.lat ?? 0] as const,
    );
    expect(target).not.toBeNull();
    await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
    await page.waitForSelector('.detail');
    const selected = await page
      .locator('.event-item button[aria-current="true"]')
      .evaluate((b: HTMLElement) => b.closest('li')?.dataset.event);
    const atSpot = EVENTS.filter((e) => Math.abs(e.lon - 36.24) < 0.2).map((e) => e.id);
    expect(atSpot).toContain(selected);
    // Polled: the app writes the hash at most every 300 ms (src/state/url.ts).
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`event=${selected}`);
  });

  it('shows data text as text, reports a bad row, and keeps every good event', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const hostile = EVENTS.length;
    await page.route('**/events-*.geojson', async (route) => {
      const json = await (await route.fetch()).json();
      json.features[0].properties.title = '<img src=x onerror="window.__pwned=1">Assad falls';
      json.features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [36, 33] },
        properties: { id: 'broken' },
      });
      await route.fulfill({ json });
    });
    await page.goto(`${baseUrl}#t=2025-12-31`);
    await page.waitForSelector('.data-errors');
    expect(await page.locator('.data-errors').textContent()).toMatch(/event \d+ \(“broken”\)/);
    expect(await page.locator('.event-item').count()).toBe(hostile);
    // The first feature is the oldest event: last in the list, which is newest first.
    expect(await page.locator('.event-item').last().textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });
});

/** The focused element's outline, as :focus-visible draws it. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
