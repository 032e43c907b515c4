// Helpers the browser tests share: open the app with its slider, read the list and the map.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

/**
 * One page for the tests of a block, opened before the first and closed after the last: a page
 * load with the map drawn in SwiftShader costs seconds, and most tests need only a link opened in
 * it (openHash) or their imports cleared (clearImports in imports.ts).
 */
export function useApp(open: () => Promise<OpenApp>): () => OpenApp {
  let app: OpenApp | undefined;
  beforeAll(async () => {
    app = await open();
  });
  afterAll(() => app?.close());
  return () => {
    if (!app) throw new Error('the page is not open yet');
    return app;
  };
}

/**
 * Opens `hash` in the page as pasting a link would: the app applies it on hashchange, every part
 * it does not name back to its default (view, layers, date, mode, selection, kinds), and the map
 * settles. The same link twice still counts: the page goes to a bare `#` first.
 */
export async function openHash(page: Page, hash: string) {
  await page.evaluate(async (h) => {
    const changed = () =>
      new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    const next = new URL(window.location.href);
    next.hash = h;
    if (next.href === window.location.href) {
      const bare = changed();
      window.location.hash = '';
      await bare;
    }
    const applied = changed();
    window.location.hash = h;
    await applied;
  }, hash);
  await waitIdle(page);
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
