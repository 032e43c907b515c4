// Deep links, the event detail, map clicks and hostile data, in headless Chromium.
import { describe, expect, it } from 'vitest';
import { listIds, openWithSlider } from './support/app';
import { day, EVENTS, expectedIds } from './support/events';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

const open = (hash = '') => openWithSlider(browser(), `${baseUrl}${hash}`);

describe('links and details', () => {
  it('a deep link restores time, mode and selection, and the detail shows the sources', async () => {
    const { page, close } = await open('#t=2025-05-14&mode=window&win=30&event=riyadh-trump-sharaa');
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(day('2025-05-14'));
    expect(await page.locator('input[name="mode"]').nth(1).isChecked()).toBe(true);
    expect(await listIds(page)).toEqual(expectedIds('2025-05-14', 'window', 30));
    const detail = page.locator('.detail');
    const event = EVENTS.find((e) => e.id === 'riyadh-trump-sharaa');
    expect(await detail.locator('h2').textContent()).toBe(event?.title);
    for (const s of event?.sources ?? []) expect(await detail.textContent()).toContain(s.quote);
    expect(await detail.textContent()).toContain(event?.sources[0]?.outlet);
    expect(await page.locator('.event-item button[aria-current="true"]').count()).toBe(1);
    await close();
  });

  it('a denied claim says who denied it', async () => {
    const denied = EVENTS.find((e) => e.status === 'denied');
    const { page, close } = await open(`#event=${denied?.id}`);
    expect(await page.locator('.detail .status').textContent()).toBe(`Denied by ${denied?.denied_by}`);
    await close();
  });

  it('clicking an event on the map selects it in the list', async () => {
    const { page, close } = await open('#map=9/33.45/36.25&t=2025-07-31&layers=');
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
    expect(await page.evaluate(() => window.location.hash)).toContain(`event=${selected}`);
    await close();
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
    expect(await page.locator('.event-item').first().textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });
});
