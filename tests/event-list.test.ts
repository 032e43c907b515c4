// The event list with an import of 5,000 rows, in headless Chromium at 1280 × 800: every event
// on the map is in it, but only the rows in view are in the page; scrolling reaches the oldest,
// the keyboard reaches every row, a selection scrolls to its row, and axe finds nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './support/a11y';
import { type OpenApp, openWithSlider } from './support/app';
import { EVENTS } from './support/events';
import { dropFile, messages } from './support/imports';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

const ROWS = 5000;
const OLDEST = 'Oldest Hamlet';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,' +
  'assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,' +
  'country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,' +
  'notes,fatalities,tags,timestamp';

/** An ACLED export: four rows a day from 2022, all before the app's latest date; row 0 a year older. */
function acledCsv(): string {
  const lines = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(Date.UTC(2022, 0, 1 + Math.floor(i / 4)));
    if (i === 0) date.setUTCFullYear(2021);
    const iso = date.toISOString().slice(0, 10);
    const place = i === 0 ? OLDEST : `Place ${i}`;
    const lat = (32.6 + (i % 50) * 0.01).toFixed(3);
    const lon = (36.0 + Math.floor(i / 50) * 0.005).toFixed(3);
    lines.push(
      `LST${i},${iso},${iso.slice(0, 4)},1,Political violence,Battles,Armed clash,Militia A,,4,,,0,40,,760,` +
        `Middle East,Syria,Daraa,Izraa,Izraa,${place},${lat},${lon},1,Test,Other,Row ${i},0,,1700000000`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const shownCount = (page: Page) =>
  page.evaluate(() =>
    Number((document.querySelector('.event-list h2 .count')?.textContent ?? '').replace(/,/g, '')),
  );

/** The rows in the page: where each is in the list (1-based), of how many, and its text. */
const drawnRows = (page: Page) =>
  page.$$eval('.event-item', (els) =>
    els.map((e) => ({
      at: Number(e.getAttribute('aria-posinset')),
      of: Number(e.getAttribute('aria-setsize')),
      text: e.textContent ?? '',
      id: (e as HTMLElement).dataset.event ?? '',
    })),
  );

/** The focused row: where it is in the list, its text, whether it is wholly in the list's box and seen. */
const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const li = document.activeElement?.closest('.event-item');
    const box = document.querySelector('.event-list .list-scroll')?.getBoundingClientRect();
    const r = li?.getBoundingClientRect();
    const hit = r && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return {
      at: Number(li?.getAttribute('aria-posinset') ?? -1),
      text: li?.textContent ?? '',
      inView: !!r && !!box && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
      onTop: !!hit && !!li?.contains(hit),
    };
  });

const scrollList = (page: Page, to: 'top' | 'middle' | 'bottom') =>
  page.evaluate(async (where) => {
    const el = document.querySelector('.event-list .list-scroll') as HTMLElement;
    const max = el.scrollHeight - el.clientHeight;
    el.scrollTop = where === 'top' ? 0 : where === 'bottom' ? max : max / 2;
    // With an import's panel the side bar is taller than the screen: the list's box into view.
    el.scrollIntoView({ block: 'nearest' });
    // The scroll event comes with the next frame; the rows are redrawn in its task.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, to);

describe('the event list with 5,000 imported rows', () => {
  let app: OpenApp;
  const total = EVENTS.length + ROWS;
  beforeAll(async () => {
    app = await openWithSlider(browser(), baseUrl);
    await dropFile(app.page, 'many.csv', Buffer.from(acledCsv()), 'text/csv');
    expect(await messages(app.page, 1)).toEqual([`“many.csv”: ${ROWS.toLocaleString('en')} imported.`]);
  }, 120_000);
  afterAll(() => app?.close());

  it('lists every event on the map, but draws only the rows in view', async () => {
    const { page } = app;
    await expect.poll(() => shownCount(page)).toBe(total);
    const rows = await drawnRows(page);
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.length).toBeLessThan(30);
    expect(rows.every((r) => r.of === total)).toBe(true);
    expect(rows.map((r) => r.at)).toEqual(rows.map((_, i) => i + 1));
    expect(await page.locator('.key-note', { hasText: 'The newest' }).count()).toBe(0);
    // The scroll bar spans the whole list.
    const heights = await page.locator('.event-list .list-scroll').evaluate((el) => ({
      scroll: el.scrollHeight,
      row: el.querySelector('.event-item')?.clientHeight ?? 0,
    }));
    expect(heights.scroll).toBe(total * heights.row);
  });

  it('scrolled to the middle, then the bottom, shows those rows; the last is the oldest event', async () => {
    const { page } = app;
    await scrollList(page, 'middle');
    const middle = await drawnRows(page);
    expect(middle.length).toBeLessThan(30);
    const at = middle.map((r) => r.at);
    expect(at).toEqual(at.map((_, i) => (at[0] ?? 0) + i));
    expect(at).toContain(Math.round(total / 2));

    await scrollList(page, 'bottom');
    const bottom = await drawnRows(page);
    const last = bottom.at(-1);
    expect(last?.at).toBe(total);
    expect(last?.text).toContain(`Armed clash in ${OLDEST}`);
    const seen = await page.locator(`.event-item[aria-posinset="${total}"] button`).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    });
    expect(seen).toBe(true);
  });

  it('is one Tab stop; ↓ ↑ move row by row, End and Home jump to the ends, the row kept in view', async () => {
    const { page } = app;
    await scrollList(page, 'top');
    await page.getByRole('checkbox', { name: 'Oldest first' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedRow(page)).toMatchObject({ at: 1, inView: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedRow(page)).toMatchObject({ at: 3, inView: true });
    await page.keyboard.press('ArrowUp');
    expect(await focusedRow(page)).toMatchObject({ at: 2, inView: true });
    await page.keyboard.press('End');
    expect(await focusedRow(page)).toMatchObject({
      at: total,
      inView: true,
      text: expect.stringContaining(OLDEST),
    });
    await page.keyboard.press('ArrowUp');
    expect(await focusedRow(page)).toMatchObject({ at: total - 1, inView: true });
    await page.keyboard.press('PageUp');
    const paged = await focusedRow(page);
    expect(paged.at).toBeLessThan(total - 2);
    expect(paged.inView).toBe(true);
    await page.keyboard.press('Home');
    expect(await focusedRow(page)).toMatchObject({ at: 1, inView: true, onTop: true });
    // Many rows down and back, as a held key would.
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedRow(page)).toMatchObject({ at: 41, inView: true });
    // The hint shows while a row has keyboard focus; Tab leaves the list in one step.
    expect(await page.locator('.list-keys').isVisible()).toBe(true);
    expect(await page.locator('.event-list [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.event-list'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedRow(page)).toMatchObject({ at: 41, inView: true });
  });

  it('keeps a focused row while it is scrolled away, and comes back to it', async () => {
    const { page } = app;
    const before = await focusedRow(page);
    await scrollList(page, 'middle');
    expect((await focusedRow(page)).at).toBe(before.at);
    await page.keyboard.press('ArrowDown');
    expect(await focusedRow(page)).toMatchObject({ at: before.at + 1, inView: true });
  });

  it('turned to oldest first, starts with the oldest event', async () => {
    const { page } = app;
    await scrollList(page, 'top');
    await page.getByRole('checkbox', { name: 'Oldest first' }).check();
    const rows = await drawnRows(page);
    expect(rows[0]).toMatchObject({ at: 1, text: expect.stringContaining(OLDEST) });
    await page.getByRole('checkbox', { name: 'Oldest first' }).uncheck();
  });

  it('scrolls to an event selected elsewhere (a link), marked as the current one', async () => {
    const { page } = app;
    await scrollList(page, 'middle');
    const id = (await drawnRows(page)).find((r) => r.at > 1000 && r.text.includes('Place '))?.id ?? '';
    await scrollList(page, 'top');
    expect(id).not.toBe('');
    expect((await drawnRows(page)).map((r) => r.id)).not.toContain(id);
    await page.evaluate((event) => {
      const h = window.location.hash;
      window.location.hash = h.length > 1 ? `${h}&event=${event}` : `event=${event}`;
    }, id);
    await page.locator('.detail').waitFor();
    const current = page.locator('.event-item button[aria-current="true"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.evaluate((b) => b.closest('li')?.dataset.event)).toBe(id);
    const inBox = await current.evaluate((b) => {
      const r = b.getBoundingClientRect();
      const box = (b.closest('.list-scroll') as HTMLElement).getBoundingClientRect();
      return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    });
    expect(inBox).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.detail').waitFor({ state: 'detached' });
  });

  it('has no axe violation and no small target, at the top and scrolled half-way', async () => {
    const { page } = app;
    await scrollList(page, 'top');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await scrollList(page, 'middle');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.log.errors).toEqual([]);
  });
});
