import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NeedsMapping } from '../types';
import { parseCsvText } from './csv';
import { RUNS, resultOf } from './fuzz-support';
import { parseGeoJsonText } from './geojson';
import { createSwapCensus, inRegion } from './region';

const opts = { set: 'mine' };
/** Golan and Damascus points, written latitude first or (swapped) longitude first. */
const POINTS = [
  [33.1, 35.8],
  [33.0, 35.75],
  [33.5, 36.3],
];
const csv = (swap: boolean) =>
  `date,lat,lon,title\n${POINTS.map(([la, lo], i) => `2025-05-1${i},${swap ? `${lo},${la}` : `${la},${lo}`},P${i}`).join('\n')}\n`;

describe('createSwapCensus', () => {
  it('hints at a swap only when most points would come into the region', () => {
    const census = createSwapCensus('row');
    census.add(35.8, 33.1, 2);
    census.add(33.1, 35.8, 3);
    expect(census.hint()).toBeNull(); // one in, one swapped: not more swapped than in
    census.add(35.75, 33.0, 4);
    expect(census.hint()).toEqual({ swapped: 2, total: 3, where: 'row 2', lat: 35.8, lon: 33.1 });
  });

  it('never hints for points in the region, nor for points elsewhere on either reading', () => {
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(lat, lon), { minLength: 1, maxLength: 20 }), (points) => {
        const census = createSwapCensus('row');
        for (const [i, [a, b]] of points.entries()) census.add(a, b, i + 2);
        const hint = census.hint();
        const swapped = points.filter(([a, b]) => !inRegion(a, b) && inRegion(b, a)).length;
        if (hint) expect(hint.swapped).toBe(swapped);
        if (swapped * 2 < points.length) expect(hint).toBeNull();
      }),
      RUNS,
    );
  });
});

describe('points that look swapped', () => {
  it('make the importer ask, with the guessed columns and the problem, when it guessed them', () => {
    const q = parseCsvText(csv(true), opts) as NeedsMapping;
    expect(q).toMatchObject({ format: 'csv', guess: { lat: 'lat', lon: 'lon', date: 'date' } });
    expect(q.sample).toHaveLength(3);
    expect(q.problem).toBe(
      'All 3 points lie outside Israel, Syria and their neighbours, and would lie inside with latitude and longitude swapped (row 2: latitude 35.8, longitude 33.1). If so, swap them here (“Swap latitude and longitude”); if not, import as it is.',
    );
  });

  it('import as the user chose, then, with a note of the swap', () => {
    const swapped = resultOf(
      parseCsvText(csv(true), { ...opts, mapping: { lat: 'lon', lon: 'lat', date: 'date' } }),
    );
    expect(swapped.events.map((e) => [e.lat, e.lon])).toEqual(POINTS);
    expect(swapped.notes).toEqual([]);
    const asIs = resultOf(
      parseCsvText(csv(true), { ...opts, mapping: { lat: 'lat', lon: 'lon', date: 'date' } }),
    );
    expect(asIs.notes).toEqual([
      expect.stringMatching(/^All 3 points lie outside .* remove this import and add the file again/),
    ]);
  });

  it('are not asked about when they lie in the region', () => {
    expect(resultOf(parseCsvText(csv(false), opts)).notes).toEqual([]);
  });

  it('are noted in GeoJSON, saying it writes [longitude, latitude]', () => {
    const features = POINTS.map(
      ([la, lo]) =>
        `{"type":"Feature","geometry":{"type":"Point","coordinates":[${la},${lo}]},"properties":{"date":"2025-05-14"}}`,
    );
    const r = resultOf(
      parseGeoJsonText(`{"type":"FeatureCollection","features":[${features.join(',')}]}`, opts),
    );
    expect(r.events).toHaveLength(3);
    expect(r.notes).toEqual([
      expect.stringMatching(
        /^All 3 points lie outside .*\(feature 1: latitude 35.8, longitude 33.1\)\. GeoJSON writes each point as \[longitude, latitude\]/,
      ),
    ]);
  });
});
