// Issue 15, story and embed modes, in one page each: a story opened by its step's link, stepped
// by buttons and keys (jumping under reduced motion, flying without), said in the live region,
// left for the free map it came from; then the map embedded in an <iframe> on another origin at
// 320 × 240. axe-clean in both.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../src/state/story-schema';
import { axeViolations, smallTargets } from './support/a11y';
import { type OpenApp, openWithSlider } from './support/app';
import { day } from './support/events';
import { waitIdle } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();
const story: Story = JSON.parse(
  readFileSync(new URL('../geo/stories/security-2025.json', import.meta.url), 'utf8'),
);
const count = story.steps.length;
const stepAt = (n: number) => {
  const step = story.steps[n - 1];
  if (!step) throw new Error(`no step ${n}`);
  return step;
};

/** The camera right now: no waiting, so a flight shows as moving and off target. */
const camera = (page: Page) =>
  page.evaluate(() => {
    const map = window.map;
    if (!map) throw new Error('no map');
    const c = map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: map.getZoom(), moving: map.isMoving() };
  });

const panelSays = (page: Page, text: string) =>
  expect.poll(() => page.locator('.story-panel .story-count').textContent()).toBe(text);

describe('a story, in a 1280 × 800 page that prefers reduced motion', () => {
  let app: OpenApp;
  beforeAll(async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    app = await openWithSlider(browser(), `${baseUrl}#map=8/33.0000/36.0000&t=2025-05-14`, { context });
  });
  afterAll(() => app?.context.close());

  it('opens step 3 from its link: the panel, the slider’s date, the live region and the link', async () => {
    const { page } = app;
    await page.evaluate(() => {
      window.location.hash = '#story=security-2025&step=3';
    });
    await panelSays(page, `Step 3 of ${count}`);
    await expect(page.locator('.story-panel h2').textContent()).resolves.toBe(stepAt(3).title);
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(day(stepAt(3).date));
    await expect
      .poll(() => page.getByTestId('story-announcer').textContent())
      .toBe(`Step 3 of ${count}: ${stepAt(3).title}. ${stepAt(3).caption}`);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#story=security-2025&step=3');
    expect(await page.locator('.sidebar').count()).toBe(0);
  });

  it('jumps to the next step’s camera at once under reduced motion, and steps by keys', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Next step' }).click();
    const at = await camera(page);
    const [lon, lat] = stepAt(4).camera.center;
    expect(at.moving).toBe(false);
    expect(at.lon).toBeCloseTo(lon, 6);
    expect(at.lat).toBeCloseTo(lat, 6);
    expect(at.zoom).toBeCloseTo(stepAt(4).camera.zoom, 6);
    await panelSays(page, `Step 4 of ${count}`);
    await page.keyboard.press('ArrowLeft');
    await panelSays(page, `Step 3 of ${count}`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await panelSays(page, `Step 5 of ${count}`);
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(day(stepAt(5).date));
  });

  it('flies between steps when motion is welcome', async () => {
    const { page } = app;
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: 'Next step' }).click();
    expect((await camera(page)).moving).toBe(true);
    await page.waitForFunction(() => window.map?.isMoving() === false);
    const at = await camera(page);
    expect(at.lon).toBeCloseTo(stepAt(6).camera.center[0], 4);
    expect(at.lat).toBeCloseTo(stepAt(6).camera.center[1], 4);
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  it('has no axe violation and no small target in story mode', async () => {
    await waitIdle(app.page);
    expect(await axeViolations(app.page)).toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
  });

  it('says what was wrong with a bad step or story link, and falls back', async () => {
    const { page } = app;
    await page.evaluate(() => {
      window.location.hash = '#story=security-2025&step=99';
    });
    await panelSays(page, `Step ${count} of ${count}`);
    await expect(page.locator('.link-notice').textContent()).resolves.toContain(`has ${count} steps`);
  });

  it('Exit story restores the free map it came from', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Exit story' }).click();
    await page.locator('.story-panel').waitFor({ state: 'detached' });
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(day('2025-05-14'));
    const at = await camera(page);
    expect([at.zoom, at.lat, at.lon]).toEqual([8, expect.closeTo(33, 6), expect.closeTo(36, 6)]);
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe('#map=8/33.000/36.000&layers=golan,buffer,quneitra,sweida,daraa&t=2025-05-14&mode=cumulative');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('story-start');
  });

  it('gives the embed code of the view in Share', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await page.locator('.share-text').textContent();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#map=8\/33\.000\/36\.000&amp;.*&amp;embed=1" title="[^"]+" width="\d+" height="\d+" style="border:0" loading="lazy" allowfullscreen><\/iframe>$/,
    );
    expect(app.log.errors).toEqual([]);
  });
});

/** A page of another origin (another port) that frames the app at 320 × 240. */
function hostPage(src: string): Promise<{ url: string; server: Server }> {
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">
<iframe src="${src}" title="Map" width="320" height="240" style="border:0"></iframe></body></html>`;
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    ),
  );
}

describe('the map embedded in an iframe on another origin', () => {
  let host: { url: string; server: Server };
  let page: Page;
  let frame: Frame;
  beforeAll(async () => {
    host = await hostPage(`${baseUrl}#embed=1&story=security-2025&step=2`);
    page = await browser().newPage({ viewport: { width: 400, height: 300 } });
    await page.goto(host.url);
    const found = page.frames().find((f) => f.url().startsWith(baseUrl));
    if (!found) throw new Error('the iframe did not load the app');
    frame = found;
    await frame.waitForFunction(() => window.map?.loaded() === true, null, { timeout: 60_000 });
  });
  afterAll(async () => {
    await page?.context().close();
    host?.server.close();
  });

  it('is served with nothing that forbids framing', async () => {
    expect(new URL(host.url).origin).not.toBe(new URL(baseUrl).origin);
    const response = await fetch(baseUrl);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toMatch(/frame-ancestors/);
  });

  it('shows the map, the slider, the story bar and a link to the full map, and no panels', async () => {
    await expect.poll(() => frame.locator('.story-bar .story-count').textContent()).toBe(`2/${count}`);
    expect(await frame.locator('.sidebar, .story-panel, input[type="file"]').count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
    const link = frame.getByRole('link', { name: 'Open full map' });
    expect(await link.getAttribute('href')).toBe(`${baseUrl}#story=security-2025&step=2`);
    expect([await link.getAttribute('target'), await link.getAttribute('rel')]).toEqual([
      '_blank',
      'noopener',
    ]);
    await frame.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => frame.locator('.story-bar .story-count').textContent()).toBe(`3/${count}`);
    expect(Number(await frame.locator('#time-slider').inputValue())).toBe(day(stepAt(3).date));
  });

  it('has no sideways scroll at 320 × 240, no axe violation and no small target', async () => {
    const widths = await frame.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths).toEqual([320, 320]);
    await frame.locator('.embed-legend summary').click();
    // The helpers take a page; a frame answers the same evaluate calls.
    expect(await axeViolations(frame as unknown as Page)).toEqual([]);
    expect(await smallTargets(frame as unknown as Page)).toEqual([]);
  });
});
