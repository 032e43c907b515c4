// GeoJSON, CSV that needs its columns picked, files that cannot be read, `?data=` links,
// cancelling, and a full storage quota, in headless Chromium.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openWithSlider, useApp } from './support/app';
import { day, EVENTS } from './support/events';
import {
  addFiles,
  clearImports,
  datasetIds,
  dropFile,
  dropFixture,
  fixture,
  hostileEffects,
  messages,
} from './support/imports';
import { waitForMap } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();
const open = (url = baseUrl, options = {}) => openWithSlider(browser(), url, options);

/**
 * The page the tests that need no link or reload of their own share, its imports and messages
 * cleared before each: as a fresh page has them (but its own log of errors, which only grows).
 */
const shared = useApp(() => open());
const clearedPage = async () => {
  const { page } = shared();
  await clearImports(page);
  return page;
};

/** Everything a failed import must leave as it was. */
const appState = (page: Page) =>
  page.evaluate(() => ({
    datasets: document.querySelectorAll('.dataset').length,
    shown: document.querySelector('.event-list h2 .count')?.textContent,
    slider: (document.querySelector('#time-slider') as HTMLInputElement).max,
    layers: window.map?.getStyle().layers.length,
  }));

describe('importing GeoJSON and other CSV', () => {
  let page: Page;
  beforeEach(async () => {
    page = await clearedPage();
  });

  it('a dropped GeoJSON adds its points to the timeline and its polygon as a static area', async () => {
    await dropFixture(page, 'points.geojson');
    const [summary] = await messages(page, 1);
    expect(summary).toBe('“points.geojson”: 3 imported, 1 area, 2 rejected.');
    const reasons = await page.$$eval('.reasons li', (els) => els.map((e) => e.textContent));
    expect(reasons).toEqual([
      expect.stringMatching(/^feature 5: /),
      expect.stringMatching(/^feature 6: .*not a date/),
    ]);
    const max = Number(await page.locator('#time-slider').getAttribute('max'));
    expect(max).toBeGreaterThanOrEqual(day('2026-01-05'));
    const [id] = await datasetIds(page);
    const fill = await page.evaluate(
      (l) => window.map?.getLayoutProperty(l, 'visibility'),
      `import-${id}-fill`,
    );
    expect(fill).toBe('visible');
    await page.locator(`#dataset-${id}`).uncheck();
    expect(
      await page.evaluate((l) => window.map?.getLayoutProperty(l, 'visibility'), `import-${id}-fill`),
    ).toBe('none');
  });

  it('asks which columns are which when the names do not say, then imports with the answer', async () => {
    await addFiles(page, 'unnamed-columns.csv');
    const dialog = page.locator('dialog.column-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await dialog.locator('select[data-field="date"]').selectOption('occurred');
    await dialog.locator('select[data-field="lat"]').selectOption('north');
    await dialog.locator('select[data-field="lon"]').selectOption('east');
    await dialog.locator('select[data-field="title"]').selectOption('what');
    await dialog.getByRole('button', { name: 'Import' }).click();
    const [summary] = await messages(page, 1);
    expect(summary).toBe('“unnamed-columns.csv”: 3 imported.');
    expect(await page.locator('.event-item', { hasText: 'Test row three' }).count()).toBe(1);
  });

  it('asks for a GeoJSON date property it cannot name, offering no latitude or longitude fields', async () => {
    await addFiles(page, 'undated-names.geojson');
    const dialog = page.locator('dialog.column-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('select[data-field="lat"]').count()).toBe(0);
    await dialog.locator('select[data-field="date"]').selectOption('occurred');
    await dialog.locator('select[data-field="title"]').selectOption('label');
    await dialog.getByRole('button', { name: 'Import' }).click();
    expect(await messages(page, 1)).toEqual(['“undated-names.geojson”: 1 imported.']);
    expect(await page.locator('.event-item', { hasText: 'Test single feature' }).count()).toBe(1);
  });

  it('hostile file and column names stay text in the panel, the dialog and the messages', async () => {
    const { log } = shared();
    const csv =
      'occurred,north,east,<img src=x onerror=alert(8)>\n2025-05-02,33.05,35.95,<b onmouseover=alert(9)>x</b>\n';
    await dropFile(page, '<img src=x onerror=alert(10)>.csv', Buffer.from(csv));
    const dialog = page.locator('dialog.column-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toContain('<img src=x onerror=alert(10)>.csv');
    expect(await dialog.locator('th').last().textContent()).toBe('<img src=x onerror=alert(8)>');
    await dialog.locator('select[data-field="date"]').selectOption('occurred');
    await dialog.locator('select[data-field="lat"]').selectOption('north');
    await dialog.locator('select[data-field="lon"]').selectOption('east');
    await dialog.locator('select[data-field="title"]').selectOption('<img src=x onerror=alert(8)>');
    await dialog.getByRole('button', { name: 'Import' }).click();
    expect(await messages(page, 1)).toEqual(['“<img src=x onerror=alert(10)>.csv”: 1 imported.']);
    expect(await page.locator('.dataset-name').textContent()).toBe('<img src=x onerror=alert(10)>.csv');
    expect(await page.locator('.event-item', { hasText: '<b onmouseover=alert(9)>x</b>' }).count()).toBe(1);
    expect(await hostileEffects(page, log.dialogs)).toEqual({ csp: [], dialogs: [], injected: 0 });
  });

  it.each([
    ['truncated.geojson', null, /not valid JSON/],
    ['empty.csv', Buffer.alloc(0), /empty/],
    ['photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/],
    ['latin1.csv', Buffer.from('date,lat,lon\n2025-01-01,33,36,Caf\xe9\n', 'latin1'), /UTF-8/],
  ])('%s cannot be read: the app stays exactly as it was and says why', async (name, bytes, why) => {
    const before = await appState(page);
    await dropFile(page, name, bytes ?? (await readFile(fixture(name))));
    const [text] = await messages(page, 1);
    expect(text).toMatch(new RegExp(`^“${name}” was not imported: `));
    expect(text).toMatch(why);
    expect(await appState(page)).toEqual(before);
  });

  it('a ?data= link fetches an https file and imports it once, not again on reload', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    let fetched = 0;
    await context.route('https://data.example.org/acled-sample.csv', async (route) => {
      fetched += 1;
      await route.fulfill({
        body: await readFile(fixture('acled-sample.csv')),
        headers: { 'content-type': 'text/csv', 'access-control-allow-origin': '*' },
      });
    });
    const url = `${baseUrl}?data=${encodeURIComponent('https://data.example.org/acled-sample.csv')}`;
    const { page } = await open(url, { context });
    expect(await messages(page, 1)).toEqual(['“acled-sample.csv”: 7 imported, 3 rejected.']);
    await page.waitForSelector('.dataset[data-storage="saved"]');
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector('.dataset');
    await page.waitForTimeout(300);
    expect(await datasetIds(page)).toHaveLength(1);
    expect(fetched).toBe(1);
    await context.close();
  });

  it('a ?data= link to plain http is refused with a reason, in the link notice', async () => {
    const { page, close } = await open(`${baseUrl}?data=${encodeURIComponent('http://example.org/a.csv')}`);
    const text = await page.locator('.link-notice li').textContent();
    expect(text).toMatch(/must start with https/);
    await close();
  });
});

describe('big files, cancelling and storage', () => {
  it('a stored import that no longer reads is reported, kept, and removed only when asked', async () => {
    // The shared page, reloaded as the test needs: its reloads are of the page as it was opened.
    const page = await clearedPage();
    await addFiles(page, 'points.geojson');
    await messages(page, 1);
    await page.waitForSelector('.dataset[data-storage="saved"]');
    // The stored bytes go bad behind the app's back (a disk error, a broken browser profile),
    // and its cached columns are gone (as after an update of the app, whose parser is new): a
    // restore leaves the file in storage while the columns serve, so only then is it read.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('golan-map');
          open.onsuccess = () => {
            const tx = open.result.transaction(['files', 'columns'], 'readwrite');
            tx.objectStore('columns').clear();
            const store = tx.objectStore('files');
            const keys = store.getAllKeys();
            keys.onsuccess = () => {
              for (const k of keys.result) store.put(new Uint8Array([0, 1, 2, 0]).buffer, k);
              tx.oncomplete = () => resolve();
            };
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await waitForMap(page);
    const [text] = await messages(page, 1);
    expect(text).toMatch(/^“points.geojson” was not imported: the file looks binary/);
    expect(await datasetIds(page)).toEqual([]);
    await page.reload();
    await waitForMap(page);
    await messages(page, 1);
    await page.getByRole('button', { name: 'Remove it from this browser' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.import-message').length === 0);
    await page.reload();
    await waitForMap(page);
    await page.waitForTimeout(500);
    expect(await page.locator('.import-message').count()).toBe(0);
  });

  it('shows progress for a large CSV and cancelling leaves nothing behind', async () => {
    const page = await clearedPage();
    const before = await appState(page);
    await page.evaluate(() => {
      const rows = ['event_date,latitude,longitude,event_type,notes'];
      for (let i = 0; i < 400_000; i++)
        rows.push(`2025-0${1 + (i % 9)}-1${i % 10},33.${i % 97},36.${i % 89},Battles,row ${i}`);
      const file = new File([rows.join('\n')], 'big.csv', { type: 'text/csv' });
      const input = document.querySelector('.imports input[type="file"]') as HTMLInputElement;
      const data = new DataTransfer();
      data.items.add(file);
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.locator('.job progress').waitFor();
    await page.locator('.job').getByRole('button', { name: 'Cancel' }).click();
    expect(await messages(page, 1)).toEqual(['Import of “big.csv” cancelled.']);
    expect(await appState(page)).toEqual(before);
  });

  it('a full storage quota is reported; the import stays on the map and earlier stored data survives', async () => {
    // The shared page, reloaded as the test needs: its reloads are of the page as it was opened.
    const page = await clearedPage();
    await addFiles(page, 'points.geojson');
    await messages(page, 1);
    await page.waitForSelector('.dataset[data-storage="saved"]');
    // From now on every write to IndexedDB fails as a full disk would make it.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await addFiles(page, 'acled-sample.csv');
    const texts = await messages(page, 3);
    expect(texts[2]).toMatch(/“acled-sample.csv” could not be saved in this browser: storage is full/);
    expect(await datasetIds(page)).toHaveLength(2);
    expect(await page.locator('.dataset .toggle-note', { hasText: 'Not saved' }).count()).toBe(1);
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector('.dataset');
    await page.waitForTimeout(300);
    expect(await datasetIds(page)).toHaveLength(1);
    expect(Number(await page.locator('.event-list h2 .count').textContent())).toBe(EVENTS.length + 3);
  });
});
