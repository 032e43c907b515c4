// GeoParquet, plain Parquet and a UCDP GED CSV picked with "Add data…", in headless Chromium: what
// each adds to the slider on given days. One page for the file, its imports cleared before each.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { listIds, openHash, openWithSlider, scrubTo, useApp } from './support/app';
import { addFiles, clearImports, datasetIds, messages } from './support/imports';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();
const shared = useApp(() => openWithSlider(browser(), baseUrl));

/** The import's "shown / total" at each day, and which of its rows the list shows then. */
async function onDays(page: Page, id: string, days: string[]) {
  const seen: Record<string, { count: string | null; rows: string[] }> = {};
  for (const iso of days) {
    await scrubTo(page, iso);
    const rows = (await listIds(page))
      .filter((e) => e.startsWith(`${id}-`))
      .map((e) => e.slice(id.length + 1));
    seen[iso] = {
      count: await page.locator(`[data-count-dataset="${id}"]`).textContent(),
      rows: rows.sort(),
    };
  }
  return seen;
}

/** Adds one fixture with the file picker; returns its summary and its dataset id. */
async function add(page: Page, name: string) {
  await addFiles(page, name);
  const [summary] = await messages(page, 1);
  const [id] = await datasetIds(page);
  if (!id) throw new Error(`no dataset for ${name}`);
  return { summary, id };
}

describe('importing Parquet and UCDP GED', () => {
  let page: Page;
  beforeEach(async () => {
    page = shared().page;
    await clearImports(page);
  });

  it('a GeoParquet file: WKB points are events on their days, the polygon a static area', async () => {
    const { summary, id } = await add(page, 'geo-points.parquet');
    expect(summary).toBe('“geo-points.parquet”: 4 imported, 1 area.');
    expect(await onDays(page, id, ['2025-07-14', '2025-07-15'])).toEqual({
      '2025-07-14': { count: '2 / 4', rows: ['1', '2'] },
      '2025-07-15': { count: '4 / 4', rows: ['1', '2', '3-1', '3-2'] },
    });
    const fill = await page.evaluate(
      (l) => window.map?.getLayoutProperty(l, 'visibility'),
      `import-${id}-fill`,
    );
    expect(fill).toBe('visible');
  });

  it('a plain Parquet file: latitude, longitude and a TIMESTAMP read as UTC days', async () => {
    const { summary, id } = await add(page, 'latlon-timestamp.parquet');
    expect(summary).toBe('“latlon-timestamp.parquet”: 3 imported.');
    // 23:30 UTC on 20 July is the 20th, in this browser's zone or any other.
    expect(await onDays(page, id, ['2025-07-20', '2025-07-21'])).toEqual({
      '2025-07-20': { count: '1 / 3', rows: ['1'] },
      '2025-07-21': { count: '2 / 3', rows: ['1', '2'] },
    });
  });

  it('a UCDP GED CSV: a day, a span of days and a month, each shown while it lasts', async () => {
    const { summary, id } = await add(page, 'ucdp-ged.csv');
    expect(summary).toBe('“ucdp-ged.csv”: 4 imported.');
    expect(await onDays(page, id, ['2025-07-13', '2025-07-16', '2025-08-31'])).toEqual({
      '2025-07-13': { count: '1 / 4', rows: ['2'] },
      '2025-07-16': { count: '3 / 4', rows: ['2', '3', '4'] },
      '2025-08-31': { count: '4 / 4', rows: ['2', '3', '4', '5'] },
    });
    // A one-day window on 15 July holds only the span of 14–16 July (the link's last test: the
    // mode it sets is not put back).
    await openHash(page, '#t=2025-07-15&mode=window&win=1');
    expect((await listIds(page)).filter((e) => e.startsWith(`${id}-`))).toEqual([`${id}-3`]);
    await page
      .locator('.event-item', { hasText: 'Government of Syria vs Druze militias' })
      .locator('button')
      .click();
    await expect.poll(() => page.locator('.detail').textContent()).toContain('14–16 July 2025');
  });
});
