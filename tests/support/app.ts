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

/**
 * Event ids the GPU draws in the next frame of an event layer (the curated one by default),
 * sorted: read back from its framebuffer (src/map/events-gl/census.ts), not worked out again.
 */
export const drawnIds = (page: Page, layer: string = LAYER.events) =>
  page.evaluate(async (id) => {
    const found = window.map?.getLayer(id) as unknown as
      | { implementation: { drawnByGpu(): Promise<string[]> } }
      | undefined;
    if (!found) throw new Error(`no layer ${id}`);
    return (await found.implementation.drawnByGpu()).sort();
  }, layer);

export async function scrubTo(page: Page, iso: string) {
  await page.locator('#time-slider').fill(String(day(iso)));
  await waitIdle(page);
}

export async function showAll(page: Page) {
  await page.getByRole('button', { name: 'Show all events' }).click();
  await page.waitForTimeout(100);
  await waitIdle(page);
}
