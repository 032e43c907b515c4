// Importing an ACLED export as a user would, in headless Chromium: counts, rejected rows, the
// slider's range, the list and detail, a toggle, hostile text, and persistence across reloads.
import { describe, expect, it } from 'vitest';
import { drawnIds, openWithSlider, useApp } from './support/app';
import { day, EVENTS } from './support/events';
import {
  addFiles,
  clearImports,
  datasetIds,
  downloadText,
  hostileEffects,
  messages,
} from './support/imports';
import { waitForMap } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/**
 * One page for the file, its imports and messages cleared before each test with the app's own
 * controls (and out of this browser's storage, which the reloads below read): a load saved a test.
 */
const shared = useApp(() => openWithSlider(browser(), baseUrl));
const clearedPage = async () => {
  await clearImports(shared().page);
  return shared();
};

/** What the slider spans and how many events the list says are on the map. */
const sliderState = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const s = document.querySelector('#time-slider') as HTMLInputElement;
    const count = document.querySelector('.event-list h2 .count')?.textContent ?? '';
    return {
      min: Number(s.min),
      max: Number(s.max),
      value: Number(s.value),
      shown: Number(count.replace(/,/g, '')),
    };
  });

describe('importing an ACLED CSV', () => {
  it('adds 7 events and explains the 3 rejected rows; hostile text stays text', async () => {
    const { page, log } = await clearedPage();
    const before = await sliderState(page);
    await addFiles(page, 'acled-sample.csv');
    const [summary] = await messages(page, 1);
    expect(summary).toBe('“acled-sample.csv”: 7 imported, 3 rejected.');
    const reasons = await page.$$eval('.reasons li', (els) => els.map((e) => e.textContent));
    expect(reasons).toEqual([
      'row 7: latitude 95 is out of range',
      expect.stringMatching(/^row 8: .*31 Feb 2025/),
      expect.stringMatching(/^row 10: longitude "abc" is not a number/),
    ]);

    // The slider reaches back to the import's 2023 row; at the latest date all 52 are shown.
    const after = await sliderState(page);
    expect(after.min).toBeLessThan(day('2023-10-12'));
    expect(after.min).toBeLessThan(before.min);
    expect(after.shown).toBe(EVENTS.length + 7);
    const [id] = await datasetIds(page);
    expect(await page.locator(`[data-count-dataset="${id}"]`).textContent()).toBe('7 / 7');

    // The payload row: in the list and the detail as literal text, and nothing ran.
    const item = page.locator('.event-item', { hasText: '<script>alert(2)</script>' });
    await item.locator('button').click();
    const detail = page.locator('.detail');
    await expect.poll(() => detail.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await detail.textContent()).toContain('<b onmouseover=alert(3)>bold</b> javascript:alert(4)');
    expect(await detail.textContent()).toContain('javascript:alert(5)');
    expect(await detail.locator('a').count()).toBe(0);
    expect(await hostileEffects(page, log.dialogs)).toEqual({ csp: [], dialogs: [], injected: 0 });
    expect(log.errors).toEqual([]);
  });

  it('offers the rejected rows as CSV, with the reason beside each', async () => {
    const { page } = await clearedPage();
    await addFiles(page, 'acled-sample.csv');
    await messages(page, 1);
    const file = await downloadText(page, () =>
      page.getByRole('button', { name: 'Download rejected rows' }).click(),
    );
    expect(file.name).toBe('acled-sample-rejected.csv');
    const lines = file.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^row,reason,event_id_cnty,event_date,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 1)[0])).toEqual(['7', '8', '10']);
    expect(file.text).toContain('SYR9006');
    expect(file.text).toContain('latitude 95 is out of range');
  });

  it('a toggle hides the import’s layer and its count; it comes back after a reload, and goes when removed', async () => {
    const { page } = await clearedPage();
    await addFiles(page, 'acled-sample.csv');
    await messages(page, 1);
    const [id] = await datasetIds(page);
    const layer = `import-${id}-events`;
    const drawn = async () => (await drawnIds(page, layer)).length;
    expect(await drawn()).toBe(7);
    await page.locator(`#dataset-${id}`).uncheck();
    expect(await drawn()).toBe(0);
    expect((await sliderState(page)).shown).toBe(EVENTS.length);

    // Stored in this browser: a reload brings it back as it was left (hidden).
    await page.waitForSelector('.dataset[data-storage="saved"]');
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector(`[data-dataset="${id}"]`);
    expect(await page.locator(`#dataset-${id}`).isChecked()).toBe(false);
    await page.locator(`#dataset-${id}`).check();
    await expect.poll(drawn).toBe(7);

    await page.getByRole('button', { name: 'Remove acled-sample.csv' }).click();
    await page.waitForFunction(() => !document.querySelector('.dataset'));
    await page.reload();
    await waitForMap(page);
    await page.waitForTimeout(500);
    expect(await datasetIds(page)).toEqual([]);
  });

  it('reads a file of 8 MiB or more in two workers at once, numbering the later part’s rows as one read does', async () => {
    const { page, log } = await clearedPage();
    // 60,000 rows, about 9 MiB: past TWO_PARTS_FROM (src/import/csv-file.ts). Row 50,001 (its
    // data row 50,000) lies in the later part, and is rejected by its number.
    // Made in the page: sending 9 MiB over the DevTools protocol took longer than the import.
    const size = await page.evaluate(() => {
      const header =
        'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';
      const line = (i: number) =>
        `SYR${i},${1 + (i % 28)} May 2025,1,Battles,Armed clash,Actor A,Actor B,Daraa,Town ${i % 500},${i === 49_999 ? 95 : 32.6},36.1,1,Outlet,A note of some length to make the row as long as an export's row is,0`;
      const file = new File(
        [`${header}\n${Array.from({ length: 60_000 }, (_, i) => line(i)).join('\n')}\n`],
        'large.csv',
      );
      const input = document.querySelector('.imports input[type="file"]') as HTMLInputElement;
      const data = new DataTransfer();
      data.items.add(file);
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return file.size;
    });
    expect(size).toBeGreaterThan(8 << 20);
    const [summary] = await messages(page, 1);
    expect(summary).toBe('“large.csv”: 59,999 imported, 1 rejected.');
    expect(await page.$$eval('.reasons li', (els) => els.map((e) => e.textContent))).toEqual([
      'row 50001: latitude 95 is out of range',
    ]);
    // The second reader's script was fetched: the import worker started it.
    expect(log.requests.filter((url) => url.includes('/part-worker-'))).toHaveLength(1);
    expect(log.cspReports).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
