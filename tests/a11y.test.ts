// axe-core's WCAG 2.0–2.2 A and AA rules, every one, in the states a reader meets: the opening
// view, an event's card, the column dialog of an import, and a phone. Zero violations, and no
// control under 24 × 24 px. One page per screen, walked from state to state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './support/a11y';
import { type OpenApp, openWithSlider } from './support/app';
import { addFiles } from './support/imports';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** Opens the newest entry of the list, as a reader would, and waits for its card. */
async function openNewestEvent(page: Page, how: 'click' | 'tap') {
  const entry = page.locator('.event-item button').first();
  await (how === 'tap' ? entry.tap() : entry.click());
  await page.locator('.detail').waitFor();
}

describe('on a 1280 × 800 screen', () => {
  let app: OpenApp;
  beforeAll(async () => {
    app = await openWithSlider(browser(), baseUrl);
  });
  afterAll(() => app?.close());

  it('the opening view has no violation and no small target', async () => {
    expect(await axeViolations(app.page)).toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
  });

  it('an event’s card has none', async () => {
    await openNewestEvent(app.page, 'click');
    expect(await axeViolations(app.page)).toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.page.locator('.detail').waitFor({ state: 'detached' });
  });

  it('the dialog that asks which columns are which has none', async () => {
    const { page } = app;
    await addFiles(page, 'unnamed-columns.csv');
    const dialog = page.locator('dialog.column-dialog');
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.log.cspReports).toEqual([]);
  });
});

describe('on a 375 × 812 phone with touch', () => {
  let app: OpenApp;
  beforeAll(async () => {
    const context = await browser().newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    app = await openWithSlider(browser(), baseUrl, { context });
  });
  afterAll(() => app?.context.close());

  it('the opening view has no violation and no small target', async () => {
    expect(await axeViolations(app.page)).toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
  });

  it('the panels and an event’s bottom sheet have none', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Layers & events' }).tap();
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await openNewestEvent(page, 'tap');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
  });
});
