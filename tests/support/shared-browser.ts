// One headless Chromium per test file, opened before its tests and closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './page.mjs';

/** The served app's URL and a getter for this file's browser. */
export function useBrowser(): { baseUrl: string; browser: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: inject('baseUrl'),
    browser: () => {
      if (!browser) throw new Error('the browser is not open yet');
      return browser;
    },
  };
}
