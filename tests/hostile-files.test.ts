// Files a careless or malicious user might import, in headless Chromium: columns and properties
// named like Object's members, an ACLED export full of "; " lists, Windows-1252 bytes far down a
// file, a dated MultiPoint. Each imports as it should or is refused with the line to fix, and a
// good file imported after them is saved and still there after a reload.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithSlider, useApp } from './support/app';
import { addFiles, clearImports, datasetIds, dropFile, messages } from './support/imports';
import { waitForMap } from './support/page.mjs';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();

/** One page for the file, its imports and messages cleared before each test: a page load saved. */
const shared = useApp(() => openWithSlider(browser(), baseUrl));
const clearedPage = async () => {
  await clearImports(shared().page);
  return shared();
};

const HOSTILE = ['__proto__', 'constructor', 'prototype', '__parsed_extra', 'hasOwnProperty', 'toString'];

/** Object.prototype's own names: a file's "__proto__" that reached it would add some. */
const prototypeNames = (page: Page) =>
  page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort());

/** Opens an event's detail card from the list and returns the card's text. */
async function detailOf(page: Page, title: string): Promise<string> {
  await page.locator('.event-item', { hasText: title }).first().locator('button').click();
  const detail = page.locator('.detail');
  await expect.poll(() => detail.textContent()).toContain(title);
  return (await detail.textContent()) ?? '';
}

/** A GeoJSON feature written as text: an object literal would take "__proto__" for its prototype. */
const feature = (geometry: string, properties: string) =>
  `{"type":"Feature","geometry":${geometry},"properties":{${properties}}}`;

describe('hostile names', () => {
  it('columns and properties named like Object’s members import as data; a good file after them survives a reload', async () => {
    const { page, log } = await clearedPage();
    const before = await prototypeNames(page);

    // Names that say nothing: the dialog asks, and "__proto__" is a column to pick like any other.
    const proto = 'occurred,north,__proto__\n2025-05-02,33.05,35.95\n2025-05-03,33.10,35.90\n';
    await dropFile(page, 'proto.csv', Buffer.from(proto));
    const dialog = page.locator('dialog.column-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('th').allTextContents()).toEqual(['occurred', 'north', '__proto__']);
    expect(await dialog.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      '2025-05-02',
      '33.05',
      '35.95',
    ]);
    await dialog.locator('select[data-field="date"]').selectOption('occurred');
    await dialog.locator('select[data-field="lat"]').selectOption('north');
    await dialog.locator('select[data-field="lon"]').selectOption('__proto__');
    await dialog.getByRole('button', { name: 'Import' }).click();
    expect(await messages(page, 1)).toEqual(['“proto.csv”: 2 imported.']);

    // Clear names, no click: every hostile name is an extra column on the card, its value kept.
    const header = ['date', 'lat', 'lon', 'title', ...HOSTILE].join(',');
    const values = HOSTILE.map((n) => `v${n}`).join(',');
    await dropFile(
      page,
      'constructor.csv',
      Buffer.from(`${header}\n2025-05-04,33.0,35.9,Named columns,${values}\n`),
    );
    expect((await messages(page, 2))[1]).toBe('“constructor.csv”: 1 imported.');
    const card = await detailOf(page, 'Named columns');
    for (const name of HOSTILE) expect(card).toContain(`${name}v${name}`);

    const props = HOSTILE.map((n) => `"${n}":"p${n}"`).join(',');
    const point = '{"type":"Point","coordinates":[35.85,33.05]}';
    const geojson = `{"type":"FeatureCollection","features":[${feature(point, `"date":"2025-05-05","title":"Named properties",${props}`)}]}`;
    await dropFile(page, 'properties.geojson', Buffer.from(geojson));
    expect((await messages(page, 3))[2]).toBe('“properties.geojson”: 1 imported.');
    const propsCard = await detailOf(page, 'Named properties');
    for (const name of HOSTILE) expect(propsCard).toContain(`${name}p${name}`);

    await addFiles(page, 'acled-sample.csv');
    expect((await messages(page, 4))[3]).toBe('“acled-sample.csv”: 7 imported, 3 rejected.');
    expect(await prototypeNames(page)).toEqual(before);
    await page.waitForFunction(
      () => document.querySelectorAll('.dataset[data-storage="saved"]').length === 4,
    );
    const ids = await datasetIds(page);

    await page.reload();
    await waitForMap(page);
    await page.waitForFunction(() => document.querySelectorAll('.dataset').length === 4);
    expect(await datasetIds(page)).toEqual(ids);
    expect(await page.locator('.import-message').count()).toBe(0);
    const counts = await page.locator('[data-count-dataset]').allTextContents();
    expect(counts.sort()).toEqual(['1 / 1', '1 / 1', '2 / 2', '7 / 7']);
    expect(log.errors).toEqual([]);
  });
});

describe('what a file’s cells and bytes hold', () => {
  it('reads an ACLED export of "; " lists and a dated MultiPoint; refuses a Windows-1252 byte past 64 KB by its line', async () => {
    const { page } = await clearedPage();
    const acled = [
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
      'SYR1,14 May 2025,2025,1,Political violence,Battles,Armed clash,Military Forces of Israel (2022-),Police Forces of Israel (2022-); Border Guard,External/Other forces,Civilians (Syria),Farmers (Syria); Women (Syria),Civilians,External/Other forces-Civilians,,760,Middle East,Syria,Quneitra,Al Quneitra,Khan Arnaba,Lists Town,33.1862,35.8911,1,SANA; Syrian Observatory for Human Rights,National-International,"Clashes, shelling; no casualties.",0,,1747691234',
      '',
    ].join('\n');
    await dropFile(page, 'acled-lists.csv', Buffer.from(acled));
    expect(await messages(page, 1)).toEqual(['“acled-lists.csv”: 1 imported.']);
    expect(await detailOf(page, 'Lists Town')).toContain('SANA');

    const points = '{"type":"MultiPoint","coordinates":[[35.8,33.1],[35.9,33.0],[36.0,32.9]]}';
    const multi = `{"type":"FeatureCollection","features":[${feature(points, '"date":"2025-05-06","title":"Three places"')}]}`;
    await dropFile(page, 'multipoint.geojson', Buffer.from(multi));
    expect((await messages(page, 2))[1]).toBe('“multipoint.geojson”: 3 imported.');
    expect(await page.locator('.event-item', { hasText: 'Three places' }).count()).toBe(3);

    const good = 'date,lat,lon,title\n'.concat('2025-05-07,33.1,35.8,Good row\n'.repeat(3000));
    const bad = Buffer.from('2025-05-07,33.1,35.8,Caf\xe9\n', 'latin1');
    await dropFile(page, 'late-latin1.csv', Buffer.concat([Buffer.from(good), bad]));
    expect((await messages(page, 3))[2]).toMatch(
      /^“late-latin1.csv” was not imported: line 3002 is not UTF-8 text .*save the file as UTF-8/,
    );
    expect(await datasetIds(page)).toHaveLength(2);
  });
});
