// Helpers for the import and export tests: add files as a user would, wait for what the app
// says, and read what it downloads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '../fixtures/imports');
export const fixture = (name: string) => join(FIXTURES, name);

/** Picks files with the "Add data" button's file input. */
export async function addFiles(page: Page, ...names: string[]) {
  await page.locator('.imports input[type="file"]').setInputFiles(names.map(fixture));
}

/** Drops files on the map as a user dragging them from the desktop would. */
export async function dropFile(page: Page, name: string, bytes: Buffer | Uint8Array, type = '') {
  await page.evaluate(
    ([n, b, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(b)], n, { type: t }));
      const target = document.querySelector('.map') ?? document.body;
      for (const kind of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, [...bytes], type] as const,
  );
}

export const dropFixture = async (page: Page, name: string) =>
  dropFile(page, name, await readFile(fixture(name)));

/** Waits until no import is running and `count` messages are shown; returns their texts. */
export async function messages(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.import-message').length >= n &&
      document.querySelectorAll('.job').length === 0,
    count,
    { timeout: 60_000 },
  );
  return page.$$eval('.import-message > p', (els) => els.map((e) => e.textContent ?? ''));
}

export const datasetIds = (page: Page) =>
  page.$$eval('.dataset', (els) => els.map((e) => (e as HTMLElement).dataset.dataset ?? ''));

/** Clicks a button that downloads and returns the file's name and text. */
export async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

/** What the page's CSP blocked, and alerts that ran: both must stay empty. */
export const hostileEffects = async (page: Page, dialogs: string[]) => ({
  csp: await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  dialogs,
  injected: await page.$$eval('img[src="x"], script:not([src]), b[onmouseover]', (els) => els.length),
});

/**
 * How many imports this browser has stored (IndexedDB `golan-map`, store `datasets`). Never
 * creates the database: an open that would is aborted, as the app must make it at its version.
 */
export const storedCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('golan-map');
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          resolve(0);
        };
        open.onsuccess = () => {
          const db = open.result;
          const count = db.objectStoreNames.contains('datasets')
            ? db.transaction('datasets').objectStore('datasets').count()
            : null;
          if (!count) {
            db.close();
            return resolve(0);
          }
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );

/**
 * Puts a shared page's imports back as a fresh page has them, with the app's own controls: each
 * import saved first (so no write lands after), then removed with its × button, and every message
 * dismissed or its question skipped; done when this browser has none of them stored either.
 */
export async function clearImports(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.job').length === 0 &&
      !document.querySelector('.dataset[data-storage="saving"]'),
    null,
    { timeout: 60_000 },
  );
  for (const kind of ['.dataset .remove', '.import-message .dismiss', '.import-message .skip']) {
    const buttons = page.locator(kind);
    while ((await buttons.count()) > 0) await buttons.first().click();
  }
  await page.waitForFunction(() => !document.querySelector('.dataset, .import-message'));
  await expect.poll(() => storedCount(page), { message: 'imports still stored' }).toBe(0);
}
