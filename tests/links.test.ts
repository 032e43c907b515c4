// Hostile links, as a careless or malicious user would send them: broken %-escapes in the query
// and the hash, repeated and unknown keys, a 1 MB hash. The page throws nothing, uses what it
// can, and the link notice says what it could not, briefly.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithSlider } from './support/app';
import { day } from './support/events';
import { fixture, messages } from './support/imports';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

const notice = (page: Page) => page.locator('.link-notice li').allTextContents();
const zoom = (page: Page) => page.evaluate(() => window.map?.getZoom() ?? 0);
const slider = (page: Page) => page.locator('#time-slider').inputValue().then(Number);

describe('a hostile link', () => {
  it('with broken %-escapes, repeated and unknown keys: uses the good parts and names the rest', async () => {
    const query = '?data=https://data.example.org/a%zz.csv';
    const hash = '#map=9/33.0/35.9&t=2025-05-14&t=2025-06-01&foo=1&layers=golan%zz,buffer&kinds=%E0%A4%A';
    const { page, log, close } = await openWithSlider(browser(), `${baseUrl}${query}${hash}`);
    expect(log.errors).toEqual([]);
    expect(await zoom(page)).toBeCloseTo(9, 1);
    expect(await slider(page)).toBe(day('2025-05-14'));
    expect(await notice(page)).toEqual([
      'layers: unknown “golan%zz”; showing the known buffer and the defaults for the rest (golan, quneitra, sweida, daraa)',
      'kinds: unknown “\uFFFD%A”',
      "not part of this map's links: “foo”",
      't= is given 2 times: only the first is used',
      "the link's data=“https://data.example.org/a%zz.csv” is broken (a % must start two hex digits that spell UTF-8), so it was not loaded",
    ]);
    expect(log.requests.filter((u) => u.startsWith('https://data.example.org'))).toEqual([]);
    await close();
  });

  it('whose data URL holds a literal %zz (a URIError stopped the link here) is fetched and imported', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const fetched: string[] = [];
    await context.route(
      (url) => url.hostname === 'data.example.org',
      async (route) => {
        fetched.push(route.request().url());
        await route.fulfill({
          body: await readFile(fixture('acled-sample.csv')),
          headers: { 'content-type': 'text/csv', 'access-control-allow-origin': '*' },
        });
      },
    );
    const query = '?data=https://data.example.org/a%25zz.csv&data=https://data.example.org/b.csv';
    const { page, log } = await openWithSlider(browser(), `${baseUrl}${query}`, { context });
    expect(await messages(page, 1)).toEqual(['“a%zz.csv”: 7 imported, 3 rejected.']);
    expect(fetched).toEqual(['https://data.example.org/a%zz.csv']);
    expect(await notice(page)).toEqual(['data= is given 2 times: only the first is used']);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('with a 1 MB hash: summarised in the notice, not quoted whole, and the view still read', async () => {
    const pad = 'x'.repeat(1_000_000);
    const { page, log, close } = await openWithSlider(browser(), `${baseUrl}#map=9/33.0/35.9&${pad}=${pad}`);
    expect(log.errors).toEqual([]);
    expect(await zoom(page)).toBeCloseTo(9, 1);
    const lines = await notice(page);
    expect(lines[0]).toBe(
      `the link is far longer than this map's links: “map=9/33.0/35.9&${'x'.repeat(64)}… (2.0 MB)”`,
    );
    expect(lines[1]).toBe(`not part of this map's links: “${'x'.repeat(80)}… (1.0 MB)”`);
    expect((await page.locator('.link-notice').textContent())?.length).toBeLessThan(600);
    // The link is rewritten to the state it opened: short again.
    await page.waitForFunction(() => window.location.hash.length < 200);
    await close();
  });
});
