// A stored import comes back after a reload from its cached columns, not by parsing its file
// again (its file is left in storage); the cache is used only while its key matches, and a stale
// one falls back to the file.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawnIds, openWithSlider } from './support/app';
import { addFiles, datasetIds, messages } from './support/imports';
import { waitForMap } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** Runs `change` on one record of an object store of the app's database, in the page. */
const changeStored = (page: Page, store: string, id: string, change: 'blank' | 'rekey') =>
  page.evaluate(
    ([store, id, change]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('golan-map');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          const objects = tx.objectStore(store);
          // The file's pieces (keys [id, n]) as spaces, same size: a parse would find no rows.
          if (change === 'blank') {
            const pieces = objects.openCursor(IDBKeyRange.bound([id], [id, []]));
            pieces.onsuccess = () => {
              const c = pieces.result;
              if (!c) return;
              c.update(new Uint8Array(c.value.byteLength).fill(32).buffer);
              c.continue();
            };
          } else {
            const get = objects.get(id);
            get.onsuccess = () => objects.put({ ...get.result, key: 'stale' }, id);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, id, change] as const,
  );

const cachedIds = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('golan-map');
        open.onsuccess = () => {
          const keys = open.result.transaction('columns').objectStore('columns').getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            // The entries, not their pieces (keys [id, n]).
            resolve(keys.result.filter((k) => !Array.isArray(k)).map(String));
          };
        };
      }),
  );

describe('reloading a stored import', () => {
  it('shows it from its cached columns without reading its file, and reads the file when they are stale', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openWithSlider(browser(), baseUrl, { context });
    await addFiles(page, 'acled-sample.csv');
    await messages(page, 1);
    const [id = ''] = await datasetIds(page);
    await page.waitForSelector('.dataset[data-storage="saved"]');
    await expect.poll(() => cachedIds(page)).toEqual([id]);

    // With its file blanked, only the columns can bring the 7 events back, text and all.
    await changeStored(page, 'files', id, 'blank');
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector(`[data-dataset="${id}"]`);
    await expect.poll(async () => (await drawnIds(page, `import-${id}-events`)).length).toBe(7);
    await expect.poll(() => page.locator('.event-list').textContent()).toContain('Air/drone strike in Izraa');
    await page
      .getByRole('button', { name: /Air\/drone strike in Izraa/ })
      .first()
      .click();
    await expect.poll(() => page.locator('.detail').textContent()).toContain('an air strike near Izraa');

    // A stale entry is not used: the blanked file is read, and says it holds nothing.
    await changeStored(page, 'columns', id, 'rekey');
    await page.reload();
    await waitForMap(page);
    await expect
      .poll(() => page.locator('.import-message').allTextContents())
      .toContainEqual(expect.stringContaining('acled-sample.csv'));
    expect(await datasetIds(page)).toEqual([]);
    await context.close();
  });
});
