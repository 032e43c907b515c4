// The time slider as a user drives it, in headless Chromium on the production build.
import { beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../src/data/dates';
import { drawnIds, listIds, openHash, openWithSlider, scrubTo, showAll, useApp } from './support/app';
import { day, EVENTS, expectedIds, newestFirst } from './support/events';
import { waitIdle } from './support/page.mjs';
import { decode, sample } from './support/pixels';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/**
 * One page for the file: each test opens its link in it, as pasting a link would, which puts
 * every part of the state the link does not name back to its default; a page load saved a test.
 */
const shared = useApp(() => openWithSlider(browser(), baseUrl));
const open = async (hash: string) => {
  await openHash(shared().page, hash);
  return shared();
};

describe('scrubbing', () => {
  // The four dates scrubbed from one to the next as a user would (and a world-wide "show all"
  // saved three times over).
  beforeAll(async () => {
    await showAll(shared().page);
  });

  it.each(['2024-12-20', '2025-05-10', '2025-05-14', '2025-07-16'])(
    'shows exactly the events dated on or before %s, in the list and on the map',
    async (iso) => {
      const { page, log } = shared();
      await scrubTo(page, iso);
      const want = expectedIds(iso);
      expect(await listIds(page)).toEqual(newestFirst(want));
      expect(await page.locator('.current-date').textContent()).toBe(
        new Intl.DateTimeFormat('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${iso}T00:00:00Z`)),
      );
      expect(await drawnIds(page)).toEqual([...want].sort());
      expect(log.errors).toEqual([]);
    },
  );

  it('in window mode shows only the last N days', async () => {
    const { page } = await open('#mode=window&win=30');
    await showAll(page);
    for (const iso of ['2025-05-14', '2025-07-20']) {
      await scrubTo(page, iso);
      const want = expectedIds(iso, 'window', 30);
      expect(await listIds(page)).toEqual(newestFirst(want));
      expect(await drawnIds(page)).toEqual([...want].sort());
    }
    await page.locator('.window-days').fill('7');
    await page.locator('.window-days').press('Enter');
    await waitIdle(page);
    expect(await listIds(page)).toEqual(newestFirst(expectedIds('2025-07-20', 'window', 7)));
  });
});

describe('pixels', () => {
  it('draws an event at its place once the slider reaches its date, in its kind colour', async () => {
    const palace = EVENTS.find((e) => e.id === 'strike-near-presidential-palace');
    const { page } = await open(`#map=10/${palace?.lat}/${palace?.lon}&layers=&t=2025-05-01`);
    const at = await page.evaluate(
      ([lon, lat]: readonly [number, number]) => window.map?.project([lon, lat]),
      [palace?.lon ?? 0, palace?.lat ?? 0] as const,
    );
    const before = sample(decode(await page.screenshot()), at?.x ?? 0, at?.y ?? 0, 1);
    await scrubTo(page, '2025-05-02');
    const after = sample(decode(await page.screenshot()), at?.x ?? 0, at?.y ?? 0, 1);
    const [r, g, b] = after;
    expect(r, `before ${before}, after ${after}`).toBeGreaterThan(g + 60);
    expect(r).toBeGreaterThan(b + 60);
    expect(before[0] - before[1]).toBeLessThan(30);
  });
});

describe('the controls', () => {
  it('Play advances the date, Pause stops it', async () => {
    const { page } = await open('#t=2025-04-01');
    const value = () => page.locator('#time-slider').inputValue().then(Number);
    const before = await value();
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      (b: number) => Number((document.querySelector('#time-slider') as HTMLInputElement).value) > b + 3,
      before,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await value();
    await page.waitForTimeout(600);
    expect(await value()).toBe(paused);
  });

  it('Next and Prev land on dates that have events, skipping empty days', async () => {
    const { page } = await open('#t=2025-05-03');
    const dates = [...new Set(EVENTS.map((e) => e.day))].sort((a, b) => a - b);
    const next = dates.find((d) => d > day('2025-05-03'));
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(next);
    await page.getByRole('button', { name: 'Previous event' }).click();
    await page.getByRole('button', { name: 'Previous event' }).click();
    const prev = dates.filter((d) => d < (next as number)).at(-2);
    expect(Number(await page.locator('#time-slider').inputValue())).toBe(prev);
    // Polled: the app writes the hash at most every 300 ms (src/state/url.ts).
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toContain(`t=${toIsoDate(prev as number)}`);
  });

  it('unchecking Strikes hides every strike and only strikes', async () => {
    const { page } = await open('#t=2025-07-31');
    await showAll(page);
    const before = await drawnIds(page);
    await page.locator('input[data-kind="strike"]').uncheck();
    await waitIdle(page);
    const kinds = new Map(EVENTS.map((e) => [e.id, e.kind]));
    const noStrikes = expectedIds('2025-07-31').filter((id) => kinds.get(id) !== 'strike');
    expect(await listIds(page)).toEqual(newestFirst(noStrikes));
    expect(await drawnIds(page)).toEqual(before.filter((id) => kinds.get(id) !== 'strike'));
    expect(await page.locator('[data-count="strike"]').textContent()).toBe(
      String(expectedIds('2025-07-31').filter((id) => kinds.get(id) === 'strike').length),
    );
  });

  it('answers the keyboard: arrows step a day, PageUp an event, Space plays', async () => {
    const { page } = await open('#t=2025-05-03');
    const slider = page.locator('#time-slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBe(day('2025-05-04'));
    expect(await slider.getAttribute('aria-valuetext')).toBe('4 May 2025');
    await page.keyboard.press('PageUp');
    const next = EVENTS.map((e) => e.day).find((d) => d > day('2025-05-04'));
    expect(Number(await slider.inputValue())).toBe(next);
    expect(await page.getByTestId('announcer').textContent()).toMatch(/^Revealed: /);
    await page.keyboard.press('Space');
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.keyboard.press('Space');
  });
});
