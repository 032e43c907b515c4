// The import messages that help (issue 12), in one page of headless Chromium to keep the suite
// fast: a file of each kind is added in turn, what the user is told is read, and after each of two
// reloads (through ?data= links the server will not let the page read: CORS, then a login) every
// import is back as it was.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { smallTargets } from './support/a11y';
import { openWithSlider } from './support/app';
import { day } from './support/events';
import { addFiles, datasetIds, dropFile, dropFixture } from './support/imports';
import { waitForMap } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** The one message shown once nothing is being read: its text, notes, reasons; then dismissed. */
async function told(page: Page, keep = false) {
  await page.waitForFunction(
    () => document.querySelectorAll('.import-message').length === 1 && !document.querySelector('.job'),
    null,
    { timeout: 60_000 },
  );
  const message = page.locator('.import-message');
  const said = {
    text: (await message.locator('> p').textContent()) ?? '',
    notes: await message.locator('.import-notes li').allTextContents(),
    reasons: await message.locator('.reasons li').allTextContents(),
  };
  if (!keep) await message.getByRole('button', { name: 'Dismiss' }).click();
  return said;
}

const sliderMin = async (page: Page) => Number(await page.locator('#time-slider').getAttribute('min'));

/** Each file that imports: its summary and how it was read. */
async function importsThatHelp(page: Page) {
  await addFiles(page, 'good.csv');
  expect(await told(page)).toMatchObject({ text: '“good.csv”: 3 imported.', notes: [] });

  await dropFixture(page, 'decimal-commas.csv');
  expect(await told(page)).toEqual({
    text: '“decimal-commas.csv”: 2 imported.',
    notes: [
      'The first line, “sep=;”, was read as Excel’s hint: cells are separated by “;”.',
      'Coordinates written with a decimal comma were read as decimals: row 2 (“33,12” as 33.12) and 1 more row.',
    ],
    reasons: [],
  });

  await dropFixture(page, 'dms.csv');
  expect((await told(page)).notes).toEqual([
    'Coordinates in degrees, minutes and seconds were read as decimal degrees: row 2 (“33°07\'12"N” as 33.12) and 1 more row.',
  ]);

  await dropFixture(page, 'numeric-dates.csv');
  expect((await told(page)).notes).toEqual([
    'Dates written as Excel day numbers were read as such: row 2 (45782 as 2025-05-05).',
    'Dates written as Unix times in seconds were read as such (as days in UTC): row 3 (1747180800 as 2025-05-14).',
  ]);

  await dropFixture(page, 'commented.csv');
  expect(await told(page)).toMatchObject({
    text: '“commented.csv”: 2 imported.',
    notes: ['Line 1 (“# Exported by a field logger”) was skipped as a comment.'],
  });

  await dropFixture(page, 'bare-polygon.geojson');
  expect(await told(page)).toMatchObject({
    text: '“bare-polygon.geojson”: 0 imported, 1 area.',
    notes: [expect.stringMatching(/^The file is a bare GeoJSON Polygon, not a Feature or FeatureCollection/)],
  });

  await dropFixture(page, 'web-mercator.geojson');
  expect(await told(page)).toMatchObject({
    text: '“web-mercator.geojson”: 1 imported.',
    notes: [expect.stringMatching(/^Its coordinates were in Web Mercator metres \(EPSG:3857/)],
  });
}

/** Files that cannot be read: each is said to be what it is, and nothing is added. */
async function refusals(page: Page) {
  const before = await datasetIds(page);
  await dropFixture(page, 'one-column.csv');
  expect((await told(page)).text).toBe(
    '“one-column.csv” was not imported: the file has one column: no comma, semicolon, tab or | splits its header (these were tried); its cells seem to be separated by spaces (its header is “date lat lon title”). Save it from the spreadsheet as CSV (comma-separated) and import it again.',
  );
  await dropFixture(page, 'no-kml.kmz');
  expect((await told(page)).text).toBe(
    '“no-kml.kmz” was not imported: the KMZ holds no KML file (no doc.kml, no .kml at all): it cannot be read as places.',
  );
  expect(await datasetIds(page)).toEqual(before);
}

/** Names written right to left, or not at all, are isolated in the message and the list. */
async function names(page: Page) {
  const row = Buffer.from('date,lat,lon,title\n2025-05-15,33.1,35.8,Hebrew name\n');
  await dropFile(page, 'דוח.csv', row);
  await page.locator('.import-message bdi').waitFor();
  expect(await page.locator('.import-message bdi').allTextContents()).toEqual(['דוח.csv']);
  expect((await told(page)).text).toBe('“דוח.csv”: 1 imported.');
  expect(await page.locator('bdi.dataset-name', { hasText: 'דוח.csv' }).count()).toBe(1);
  await dropFile(page, '', Buffer.from('date,lat,lon,title\n2025-05-16,33.1,35.8,No name\n'));
  expect((await told(page)).text).toBe('“(no name)”: 1 imported.');
}

/** Points written the wrong way round: the dialog says so and swaps them in one click. */
async function swapped(page: Page) {
  await dropFixture(page, 'swapped.csv');
  const dialog = page.locator('dialog.column-dialog');
  await dialog.waitFor();
  expect(await dialog.locator('.column-problem').textContent()).toMatch(
    /^All 3 points lie outside Israel, Syria and their neighbours, and would lie inside with latitude and longitude swapped \(row 2: latitude 35.8, longitude 33.1\)/,
  );
  expect(await smallTargets(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Swap latitude and longitude' }).click();
  expect(await dialog.locator('select[data-field="lat"]').inputValue()).toBe('lon');
  expect(await dialog.locator('select[data-field="lon"]').inputValue()).toBe('lat');
  await dialog.getByRole('button', { name: 'Import' }).click();
  expect(await told(page)).toEqual({ text: '“swapped.csv”: 3 imported.', notes: [], reasons: [] });
}

/** Rows of 1900 and 2100 among 2025 ones: said, and dropped at a click into the rejected rows. */
async function farDates(page: Page) {
  await dropFixture(page, 'far-dates.csv');
  const said = await told(page, true);
  expect(said.text).toBe('“far-dates.csv”: 9 imported.');
  expect(await page.locator('.outliers p').textContent()).toBe(
    '2 rows are dated far from the others, which lie between 2025-06-01 and 2025-06-07 (row 9: 1900-01-01; row 10: 2100-12-31): they stretch the time slider from 1900 to 2100.',
  );
  expect(await sliderMin(page)).toBeLessThan(day('1901-01-01'));
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('button', { name: 'Drop these 2 rows' }).click();
  await expect
    .poll(() => page.locator('.import-message > p').textContent())
    .toBe('“far-dates.csv”: 7 imported, 2 rejected.');
  expect(await told(page)).toMatchObject({
    reasons: [
      "row 9: dated 1900-01-01, far from the file's other dates (2025-06-01 to 2025-06-07): dropped at your word",
      expect.stringMatching(/^row 10: dated 2100-12-31/),
    ],
  });
  expect(await sliderMin(page)).toBeGreaterThan(day('2000-01-01'));
}

/** The same file again: asked, and skipped when the user says so. */
async function twice(page: Page) {
  const before = await datasetIds(page);
  await addFiles(page, 'good.csv');
  const message = page.locator('.import-message');
  await message.getByRole('button', { name: 'Skip' }).waitFor();
  expect(await message.locator('> p').textContent()).toBe(
    '“good.csv” is already on the map: the same file was added before. Add it again as a layer of its own?',
  );
  expect(await smallTargets(page)).toEqual([]);
  await message.getByRole('button', { name: 'Skip' }).click();
  await expect.poll(() => message.count()).toBe(0);
  expect(await datasetIds(page)).toEqual(before);
}

describe('import messages that help', () => {
  it('say what each file was and how it was read, and every import survives a reload', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, log } = await openWithSlider(browser(), baseUrl, { context });
    await importsThatHelp(page);
    await refusals(page);
    await names(page);
    await swapped(page);
    await farDates(page);
    await twice(page);
    await page.waitForFunction(() => !document.querySelector('.dataset:not([data-storage="saved"])'));
    const ids = await datasetIds(page);
    // Each layer's count in its file (after the slash: before it is the count at the slider's date).
    const inFile = async () =>
      (await page.locator('[data-count-dataset]').allTextContents()).map((c) => c.split('/').pop()?.trim());
    const counts = await inFile();
    expect(ids).toHaveLength(11);

    // The server lets only another site read the file (Playwright adds a CORS header of its own
    // to a response that has none): the link is refused in words, and all is back.
    await context.route('https://cors.example.org/events.csv', (route) =>
      route.fulfill({
        body: 'date,lat,lon\n2025-05-14,33.1,35.8\n',
        headers: {
          'content-type': 'text/csv',
          'access-control-allow-origin': 'https://elsewhere.example.org',
        },
      }),
    );
    await page.goto(`${baseUrl}?data=${encodeURIComponent('https://cors.example.org/events.csv')}`);
    await waitForMap(page);
    expect((await told(page)).text).toBe(
      '“events.csv” could not be fetched: the server at cors.example.org does not allow this page to read the file (CORS); download it and drop it here.',
    );
    await page.waitForFunction((n) => document.querySelectorAll('.dataset').length === n, ids.length);
    expect(await datasetIds(page)).toEqual(ids);
    expect(await inFile()).toEqual(counts);
    // A server that wants a login: said so, and still all is back.
    await context.route('https://login.example.org/events.csv', (route) => route.fulfill({ status: 401 }));
    await page.goto(`${baseUrl}?data=${encodeURIComponent('https://login.example.org/events.csv')}`);
    await waitForMap(page);
    expect((await told(page)).text).toBe(
      '“events.csv” could not be fetched: the server at login.example.org needs a login to give the file (HTTP 401), which this page cannot give; open the link, download the file and drop it here.',
    );
    await page.waitForFunction((n) => document.querySelectorAll('.dataset').length === n, ids.length);
    expect(await inFile()).toEqual(counts);
    // Restored, a file is left in storage; the same file added again is compared with it there.
    await twice(page);
    // Chromium logs the refused fetch itself; nothing else may have gone wrong.
    expect(log.errors.filter((e) => !/CORS|cors\.example\.org|ERR_FAILED|status of 401/.test(e))).toEqual([]);
    await context.close();
    // Eleven imports, their saves, a reload and two fetched links on one page: about 30 s alone,
    // past 90 s when the browser files beside it load both cores.
  }, 180_000);
});
