// Safari throws after about 100 history.replaceState calls in 30 s, and dragging the slider or
// playing changes the date every frame: the hash is written at most once every 300 ms
// (src/state/url.ts), the last state always. Here every replaceState call is counted while the
// slider is dragged, an arrow key is held, and then Play runs at full speed for 10 s.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../src/data/dates';
import { openWithSlider } from './support/app';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** Runs before the app: wraps replaceState to record when each call was made. */
function countReplaceState() {
  const calls: number[] = [];
  Object.assign(window, { __replaceCalls: calls });
  const replace = history.replaceState.bind(history);
  history.replaceState = (...args: Parameters<History['replaceState']>) => {
    calls.push(performance.now());
    replace(...args);
  };
}

const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __replaceCalls: number[] }).__replaceCalls);
const slider = (page: Page) => page.locator('#time-slider');

async function drag(page: Page) {
  const box = await slider(page).boundingBox();
  if (!box) throw new Error('no slider');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 6, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + 6 + ((box.width - 12) * i) / 20, y);
  await page.mouse.up();
}

/**
 * Holds an arrow key down on the slider, as the keyboard's auto-repeat does, 30 times a second;
 * the events are sent in the page, not through the debugger, which waits for each frame.
 */
const holdArrow = (page: Page, ms: number) =>
  page.evaluate(async (ms) => {
    const input = document.querySelector('#time-slider') as HTMLInputElement;
    for (const end = performance.now() + ms; performance.now() < end; ) {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await new Promise((r) => setTimeout(r, 33));
    }
  }, ms);

/** Plays at the fastest speed for `ms`, again from the start whenever it ends; returns when, in page time. */
async function playFor(page: Page, ms: number) {
  await page.locator('.speed select').selectOption('30');
  return page.evaluate(async (ms) => {
    const play = document.querySelector('button.play') as HTMLButtonElement;
    const start = performance.now();
    for (const end = start + ms; performance.now() < end; ) {
      if (play.textContent === 'Play') play.click();
      await new Promise((r) => setTimeout(r, 50));
    }
    if (play.textContent === 'Pause') play.click();
    return { start, stop: performance.now() };
  }, ms);
}

describe('writing the date into the link', () => {
  it('drags, holds an arrow key and plays for 10 s with at most one replaceState every 300 ms; the link ends on the last date', async () => {
    // Small and without overlays, so SwiftShader draws often enough to move the date faster than
    // the throttle lets it be written: at 1280×800 it manages about 3 frames a second.
    const context = await browser().newContext({ viewport: { width: 800, height: 600 } });
    await context.addInitScript(countReplaceState);
    const { page, log } = await openWithSlider(browser(), `${baseUrl}#layers=`, { context });
    await drag(page);
    await holdArrow(page, 3000);
    const { start, stop } = await playFor(page, 10_000);
    await page.waitForTimeout(500);

    const all = await calls(page);
    const playing = all.filter((t) => t >= start && t <= stop);
    const gaps = all.slice(1).map((t, i) => t - (all[i] ?? 0));
    const measured = `${playing.length} calls in ${Math.round(stop - start)} ms, ${all.length} in all, shortest gap ${Math.round(Math.min(...gaps))} ms`;
    expect(playing.length, measured).toBeLessThanOrEqual(Math.floor((stop - start) / 300) + 1);
    expect(playing.length, measured).toBeGreaterThanOrEqual(15);
    expect(Math.min(...gaps), measured).toBeGreaterThanOrEqual(295);

    const day = Number(await slider(page).inputValue());
    expect(await page.evaluate(() => window.location.hash)).toContain(`t=${toIsoDate(day)}`);
    await page.waitForTimeout(500);
    expect(await calls(page), 'nothing is written once the date stops').toHaveLength(all.length);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
