// Moving the slider as a user does, by a link, and waiting until what it revealed stops pulsing.
import type { Page } from 'playwright-core';
import { importLayer, LAYER } from '../../src/layers/ids';
import { datasetIds } from './imports';
import { waitIdle } from './page.mjs';

/** Opens `hash` in the same page, as a user pasting a link would; waits for the slider to follow. */
export async function go(page: Page, hash: string, day: number) {
  const from = Number(await page.locator('#time-slider').inputValue());
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.waitForFunction(
    (d) => (document.querySelector('#time-slider') as HTMLInputElement).value === String(d),
    day,
    { timeout: 10_000 },
  );
  await waitIdle(page);
  // Only a step forward reveals events, and they pulse for 1.2 s: wait until that is over.
  if (day > from) await pulseOver(page);
}

/**
 * Waits until no event layer pulses (the state its shaders draw with, EventLayer.state.pulse,
 * is back at 1), then for the frame drawn without it.
 */
export async function pulseOver(page: Page) {
  const layers = [LAYER.events, ...(await datasetIds(page)).map((id) => importLayer(id, 'events'))];
  await page.waitForFunction(
    (ids) =>
      ids.every((id) => {
        const found = window.map?.getLayer(id) as unknown as {
          implementation?: { state?: { pulse?: unknown } };
        };
        const pulse = found?.implementation?.state?.pulse;
        if (typeof pulse !== 'number') throw new Error(`layer ${id} has no pulse state`);
        return pulse === 1;
      }),
    layers,
    { timeout: 10_000 },
  );
  await waitIdle(page);
}
