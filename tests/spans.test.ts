// Events that lasted several days, as a link opens them: a one-day window on any day of the
// span shows the event in the list and on the map, whatever the viewer's time zone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../src/data/dates';
import { drawnIds, listIds, openWithSlider } from './support/app';
import { day, eventById, expectedIds, newestFirst } from './support/events';
import { waitIdle } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** Fighting in Sweida city, 13 July 2025 and the days after. */
const SPAN_ID = 'sweida-clashes-july';
/** 22 hours apart (UTC−7 in July, UTC+14): a date read as an instant would shift by a day. */
const ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati'];

async function openIn(timezoneId: string, hash: string) {
  const context = await browser().newContext({ timezoneId, viewport: { width: 1280, height: 800 } });
  const app = await openWithSlider(browser(), `${baseUrl}${hash}`, { context });
  expect(await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
  return { ...app, close: () => context.close() };
}

/** Opens `hash` in the same page, as pasting a link would, and waits for the slider to follow. */
async function go(page: Page, hash: string, iso: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.waitForFunction(
    (d) => (document.querySelector('#time-slider') as HTMLInputElement | null)?.value === String(d),
    day(iso),
  );
  await waitIdle(page);
}

// One page per zone, opened on the first link; each case opens its own link in it.
describe.each(ZONES)('a span of days in a one-day window, in %s', (zone) => {
  const span = eventById(SPAN_ID);
  const lastDay = toIsoDate(span.end);
  let app: Awaited<ReturnType<typeof openIn>>;
  beforeAll(async () => {
    app = await openIn(zone, '#t=2025-07-18&mode=window&win=1');
  });
  afterAll(() => app?.close());

  it.each(['2025-07-18', '2025-07-20', lastDay])(
    'is listed and drawn exactly as the rule says on %s',
    async (iso) => {
      const { page, log } = app;
      await go(page, `#t=${iso}&mode=window&win=1`, iso);
      const want = expectedIds(iso, 'window', 1);
      if (iso <= lastDay) expect(want).toContain(SPAN_ID);
      expect(await listIds(page)).toEqual(newestFirst(want));
      expect(await drawnIds(page)).toEqual([...want].sort());
      expect(log.errors).toEqual([]);
    },
  );

  it('is gone the day after its last day', async () => {
    const after = toIsoDate(span.end + 1);
    const { page } = app;
    await go(page, `#t=${after}&mode=window&win=1`, after);
    expect(await listIds(page)).not.toContain(SPAN_ID);
    expect(await drawnIds(page)).not.toContain(SPAN_ID);
  });

  it('shades its days on the slider when it is selected', async () => {
    const { page } = app;
    await go(page, `#t=2025-07-18&mode=window&win=1&event=${SPAN_ID}`, '2025-07-18');
    const shade = page.locator('.span-shade');
    await shade.waitFor();
    expect(await shade.getAttribute('aria-label')).toMatch(/^13–\d+ July 2025: span of the selected event$/);
    const box = await shade.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(4);
  });
});
