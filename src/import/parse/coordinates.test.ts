import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWrittenCoordinate } from './coordinates';
import { readLatLon } from './fields';
import { RUNS } from './fuzz-support';
import { createNotes } from './notes';

describe('readWrittenCoordinate', () => {
  it.each([
    ['33.5', { value: 33.5 }],
    ['33,5', { value: 33.5, style: 'decimal-comma' }],
    ['-35,125', { value: -35.125, style: 'decimal-comma' }],
    ['33,500', { value: 33.5, style: 'decimal-comma' }],
    ["33°30'N", { value: 33.5, style: 'dms' }],
    ['33°30\'36"N', { value: 33.51, style: 'dms' }],
    ['33 30 36 N', { value: 33.51, style: 'dms' }],
    ['N 33 30 36', { value: 33.51, style: 'dms' }],
    ['33º30′36″ s', { value: -33.51, style: 'dms' }],
    ['33°', { value: 33, style: 'dms' }],
    ["-33°30.5'", { value: -33.508333333333333, style: 'dms' }],
    ['33.5N', { value: 33.5, style: 'dms' }],
  ])('reads %j as latitude %j', (text, read) => {
    const got = readWrittenCoordinate(text, 'latitude');
    expect(got).toEqual({ ...read, value: expect.closeTo(read.value, 9) });
  });

  it('reads longitudes east and west', () => {
    expect(readWrittenCoordinate("35°48'E", 'longitude')).toEqual({ value: 35.8, style: 'dms' });
    expect(readWrittenCoordinate('W 35 48', 'longitude')).toEqual({ value: -35.8, style: 'dms' });
  });

  it.each([
    ['1.234,5', 'latitude "1.234,5" is not a number: write it with one decimal point, as 33.5'],
    ['1,234,5', 'latitude "1,234,5" is not a number: write it with one decimal point, as 33.5'],
    ['33 30', 'latitude "33 30" is not a number'],
    ['3330N', expect.stringMatching(/^latitude "3330N" is out of range|not a number/)],
    ["35°48'E", 'latitude "35°48\'E" is marked E, as a longitude is: are latitude and longitude swapped?'],
    ["33°60'N", 'latitude "33°60\'N" has minutes or seconds of 60 or more'],
    ["-33°30'N", 'latitude "-33°30\'N" has both a minus sign and N'],
    ['33°30.5\'15"N', 'latitude "33°30.5\'15"N" has seconds after minutes with a fraction'],
    ['north', 'latitude "north" is not a number'],
  ])('gives %j a reason', (text, reason) => {
    const got = readWrittenCoordinate(text, 'latitude');
    if (typeof got !== 'string') expect(Math.abs(got.value)).toBeGreaterThan(90);
    else expect(got).toEqual(reason);
  });

  it('reads back any coordinate written with a decimal comma or in degrees, minutes and seconds', () => {
    const written = fc.tuple(fc.integer({ min: 0, max: 89 }), fc.nat(59), fc.nat(59), fc.boolean());
    fc.assert(
      fc.property(written, fc.integer({ min: 0, max: 2 }), ([d, m, s, south], style) => {
        const h = south ? 'S' : 'N';
        const text = [`${d}°${m}'${s}"${h}`, `${d} ${m} ${s} ${h}`, `${h}${d}°${m}′${s}″`][style] ?? '';
        const value = (south ? -1 : 1) * (d + m / 60 + s / 3600);
        expect(readWrittenCoordinate(text, 'latitude')).toEqual({
          value: expect.closeTo(value, 9),
          style: 'dms',
        });
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.double({ min: -179.99, max: 179.99, noNaN: true }), (x) => {
        const text = x.toFixed(4).replace('.', ',');
        expect(readWrittenCoordinate(text, 'longitude')).toEqual({
          value: Number(x.toFixed(4)),
          style: 'decimal-comma',
        });
      }),
      RUNS,
    );
  });

  it('never throws and never answers with a number off the globe', () => {
    const marks = fc.constantFrom('°', "'", '"', ' ', ',', '.', 'N', 'S', 'E', 'W', '-', '′', '″', 'º');
    const piece = fc.oneof(fc.integer({ min: 0, max: 400 }).map(String), marks, fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const r = readLatLon(pieces.join(''), '35.8');
        if (typeof r === 'string') expect(r.length).toBeGreaterThan(0);
        else expect(Math.abs(r[0])).toBeLessThanOrEqual(90);
      }),
      RUNS,
    );
  });
});

describe('readLatLon notes', () => {
  it('notes decimal commas and degrees once each, with the first row and how it was read', () => {
    const notes = createNotes('row');
    expect(readLatLon('33,5', '35,8', { set: 's', rowNumber: 2, notes })).toEqual([33.5, 35.8]);
    expect(readLatLon('33,1', '35.8', { set: 's', rowNumber: 3, notes })).toEqual([33.1, 35.8]);
    expect(readLatLon("33°30'N", '35.8', { set: 's', rowNumber: 4, notes })).toEqual([33.5, 35.8]);
    expect(notes.texts()).toEqual([
      'Coordinates written with a decimal comma were read as decimals: row 2 (“33,5” as 33.5) and 1 more row.',
      "Coordinates in degrees, minutes and seconds were read as decimal degrees: row 4 (“33°30'N” as 33.5).",
    ]);
  });
});
