// "Any resource that fails to load is reported to the user, never silently missing": a map file
// the server cannot give is named in an alert, in words, and the rest of the map still works.
import { describe, expect, it } from 'vitest';
import { openWithSlider } from './support/app';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

describe('a map file that fails to load', () => {
  it('is named in an alert, and the rest of the map still draws', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(/\/assets\/golan-heights-[^/]*\.geojson$/, (route) =>
      route.fulfill({ status: 404, body: 'not here' }),
    );
    const { page } = await openWithSlider(browser(), baseUrl, { context });
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    expect(await alert.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^The Golan Heights: .*404/),
    ]);
    const drawn = await page.evaluate(() => [
      ...new Set(window.map?.queryRenderedFeatures().map((f) => f.source)),
    ]);
    expect(drawn).toEqual(expect.arrayContaining(['buffer-zone', 'governorates', 'water']));
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await alert.count()).toBe(0);
    await context.close();
  });
});
