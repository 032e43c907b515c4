// Issue 15, story and embed modes, in one page each: a story opened by its step's link, stepped
// by buttons and keys (jumping under reduced motion, flying without), said in the live region,
// left for the free map it came from, its step's events marked on the map (read from the drawn
// pixels); then the map embedded in an <iframe> on another origin at 320 × 240. axe-clean in both.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_INFO } from '../src/data/kinds';
import { HIGHLIGHT_HEX } from '../src/layers/event-drawing/highlight';
import type { Step, Story } from '../src/state/story-schema';
import { axeViolations, smallTargets } from './support/a11y';
import { type OpenApp, openWithSlider } from './support/app';
import { day, eventById } from './support/events';
import { waitIdle } from './support/page.mjs';
import { decode, type Image } from './support/pixels';
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

/** A highlighted event's place on screen (css px), where the map's canvas is what shows. */
type Place = { id: string; x: number; y: number; colour: string; area: boolean };

/** The step's highlighted events that lie on the visible canvas, not under a panel or off it. */
async function placesOnCanvas(page: Page, step: Step): Promise<Place[]> {
  const events = step.highlight.map(eventById);
  const at = await page.evaluate(
    (lonLats) =>
      lonLats.map((lonLat) => {
        const p = window.map?.project(lonLat);
        const rect = window.map?.getCanvas().getBoundingClientRect();
        if (!p || !rect) throw new Error('no map');
        const [x, y] = [p.x + rect.left, p.y + rect.top];
        const top = document.elementFromPoint(x, y);
        return { x, y, onCanvas: top?.classList.contains('maplibregl-canvas') ?? false };
      }),
    events.map((e) => [e.lon, e.lat] as [number, number]),
  );
  return events.flatMap((e, i) => {
    const p = at[i];
    if (!p?.onCanvas) return [];
    return [{ id: e.id, x: p.x, y: p.y, colour: KIND_INFO[e.kind].color, area: e.radiusKm > 0 }];
  });
}

/** Pixels of a screenshot of the page within `tolerance` of `hex`, in the box of `half` px round (x, y). */
function near(img: Image, { x, y }: Place, hex: string, half: number, tolerance = 40): number {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let row = Math.round(y) - half; row <= Math.round(y) + half; row++)
    for (let col = Math.round(x) - half; col <= Math.round(x) + half; col++) {
      const i = (row * img.width + col) * 4;
      const rgb = [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
      if (Math.hypot(...rgb.map((c, k) => c - (want[k] ?? 0))) <= tolerance) count++;
    }
  return count;
}

/** Per place: the gold of the mark round it (its ring), and its own colour at its middle (a dot's). */
async function drawnAt(page: Page, places: readonly Place[]) {
  const img = decode(await page.screenshot());
  return places.map((p) => ({
    id: p.id,
    gold: near(img, p, HIGHLIGHT_HEX, 20),
    own: p.area ? null : near(img, p, p.colour, 4),
  }));
}

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

  it('marks the step’s events in gold round their markers, and not after Exit story', async () => {
    const { page } = app;
    const step = stepAt(14);
    // First the free map at the step's own view, date, mode and layers, so that Exit comes back
    // to the same events drawn at the same places; then the step, from its link.
    const [lon, lat] = step.camera.center;
    const free = `#map=${step.camera.zoom}/${lat}/${lon}&layers=${step.layers.join(',')}&t=${step.date}&mode=window&win=${step.window_days}`;
    await page.evaluate((h) => {
      window.location.hash = h;
    }, free);
    await expect
      .poll(async () => Number(await page.locator('#time-slider').inputValue()))
      .toBe(day(step.date));
    await page.evaluate(() => {
      window.location.hash = '#story=security-2025&step=14';
    });
    await panelSays(page, `Step 14 of ${count}`);
    await waitIdle(page);
    const places = await placesOnCanvas(page, step);
    // A town's dot and three of the Sweida governorate's area circles, marked round their centre;
    // the fifth, a country-level event in Israel, lies off the map.
    expect(places.map((p) => [p.id, p.area])).toEqual([
      ['syrian-security-forces-redeploy', true],
      ['sweida-truce-holding', false],
      ['snhr-toll-sweida', true],
      ['sohr-toll-sweida', true],
    ]);
    const marked = await drawnAt(page, places);
    for (const m of marked) {
      expect(m.gold, `${m.id}: the gold of its mark`).toBeGreaterThanOrEqual(40);
      if (m.own !== null) expect(m.own, `${m.id}: its own colour, not covered`).toBeGreaterThanOrEqual(10);
    }

    await page.getByRole('button', { name: 'Exit story' }).click();
    await page.locator('.story-panel').waitFor({ state: 'detached' });
    await waitIdle(page);
    const at = (list: readonly Place[]) => list.map((p) => [p.id, Math.round(p.x), Math.round(p.y)]);
    expect(at(await placesOnCanvas(page, step))).toEqual(at(places));
    const left = await drawnAt(page, places);
    expect(left.map((m) => [m.id, m.gold])).toEqual(marked.map((m) => [m.id, 0]));
    for (const m of left)
      if (m.own !== null) expect(m.own, `${m.id}: still drawn`).toBeGreaterThanOrEqual(10);
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
