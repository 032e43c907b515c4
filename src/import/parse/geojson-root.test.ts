import { describe, expect, it } from 'vitest';
import { resultOf } from './fuzz-support';
import { parseGeoJsonText } from './geojson';

const opts = { set: 'mine' };
const square = '{"type":"Polygon","coordinates":[[[35.8,33],[35.9,33],[35.9,33.1],[35.8,33]]]}';

describe('the top of a GeoJSON file', () => {
  it('reads a bare geometry as one feature with no properties, and says so', () => {
    const r = resultOf(parseGeoJsonText(square, opts));
    expect(r.areas).toEqual([{ type: 'Feature', geometry: JSON.parse(square), properties: {} }]);
    expect(r.notes).toEqual([
      'The file is a bare GeoJSON Polygon, not a Feature or FeatureCollection: it was read as one feature with no properties.',
    ]);
  });

  it('rejects a bare point for its missing date, saying how to give it one', () => {
    const r = resultOf(parseGeoJsonText('{"type":"Point","coordinates":[35.8,33.1]}', opts));
    expect(r.events).toEqual([]);
    expect(r.errors).toEqual([
      {
        where: 'feature 1',
        reason:
          'it has no properties, so no date: give it a "date" property (YYYY-MM-DD) and import it again',
        raw: expect.anything(),
      },
    ]);
    expect(r.notes[0]).toMatch(/bare GeoJSON Point/);
  });

  it('does not ask which property is the date when no feature has any', () => {
    const point =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[35.8,33.1]},"properties":null}';
    const r = resultOf(parseGeoJsonText(`{"type":"FeatureCollection","features":[${point},${point}]}`, opts));
    expect(r.errors.map((e) => e.reason)).toEqual([
      expect.stringMatching(/no properties/),
      expect.anything(),
    ]);
  });

  it('skips "#" comment lines and byte-order marks above the JSON, and says so', () => {
    const r = resultOf(parseGeoJsonText(`\uFEFF# from a script\n${square}`, opts));
    expect(r.areas).toHaveLength(1);
    expect(r.notes[0]).toBe('Line 1 (“# from a script”) was skipped as a comment.');
  });
});
