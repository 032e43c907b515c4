// Helpers the browser tests share: open the app with its slider, read the list and the map.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LAYER } from '../../src/layers/ids';
import { day } from './events';
import { openApp, waitIdle } from './page.mjs';

/**
 * What openApp records: console errors, requests, alert/confirm/prompt dialogs that ran, and the
 * CSP violation reports posted from the page or its workers.
 */
export type AppLog = { errors: string[]; requests: string[]; dialogs: string[]; cspReports: string[] };
export type OpenApp = { page: Page; log: AppLog; context: BrowserContext; close: () => Promise<void> };

export async function openWithSlider(
  browser: Browser,
  url: string,
  options: { context?: BrowserContext; width?: number; height?: number } = {},
): Promise<OpenApp> {
  const app: OpenApp = await openApp(browser, url, options);
  await app.page.waitForSelector('#time-slider');
  return app;
}

export const listIds = (page: Page) =>
  page.$$eval('.event-item', (els) => els.map((e) => (e as HTMLElement).dataset.event ?? ''));

/** Event ids the map's event layer draws with its current state, sorted. */
export const drawnIds = (page: Page) =>
  page.evaluate((layer) => {
    const found = window.map?.getLayer(layer) as unknown as
      | { implementation: { drawnIds(): string[] } }
      | undefined;
    if (!found) throw new Error(`no layer ${layer}`);
    return found.implementation.drawnIds().sort();
  }, LAYER.events);

export async function scrubTo(page: Page, iso: string) {
  await page.locator('#time-slider').fill(String(day(iso)));
  await waitIdle(page);
}

export async function showAll(page: Page) {
  await page.getByRole('button', { name: 'Show all events' }).click();
  await page.waitForTimeout(100);
  await waitIdle(page);
}
