import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkOutcome, RUNS, resultOf } from './fuzz-support';
import { KML_NOT_UTF8, kmlOfKmz, NO_KML, parseKmz } from './kmz';

const kml = (name: string, when: string) =>
  `<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>${name}</name><TimeStamp><when>${when}</when></TimeStamp><Point><coordinates>35.8,33.1</coordinates></Point></Placemark></Document></kml>`;
const opts = { set: 'kmz-1' };

describe('a KMZ', () => {
  it('is read through its doc.kml, compressed as Google Earth saves it', () => {
    const kmz = zipSync({
      'files/other.kml': strToU8(kml('Other', '2025-07-01')),
      'doc.kml': strToU8(kml('Main', '2025-07-14')),
      'files/icon.png': new Uint8Array([0x89, 0x50]),
    });
    const r = resultOf(parseKmz(kmz, opts));
    expect(r.format).toBe('kmz');
    expect(r.events.map((e) => [e.title, e.date])).toEqual([['Main', '2025-07-14']]);
  });

  it('is read through its first .kml when it has no doc.kml', () => {
    const kmz = zipSync({
      'places/a.kml': strToU8(kml('First', '2025-07-02')),
      'b.KML': strToU8(kml('B', '2025')),
    });
    expect(kmlOfKmz(kmz)).toMatchObject({ entry: 'places/a.kml' });
    expect(resultOf(parseKmz(kmz, opts)).events.map((e) => e.title)).toEqual(['First']);
  });

  it('says so when it holds no KML, or its KML is not UTF-8, or it is not a ZIP at all', () => {
    expect(parseKmz(zipSync({ 'icon.png': new Uint8Array([1, 2, 3]) }), opts)).toEqual({ fatal: NO_KML });
    expect(parseKmz(zipSync({ '__MACOSX/._doc.kml': strToU8('x') }), opts)).toEqual({ fatal: NO_KML });
    const latin1 = Uint8Array.from([
      ...strToU8('<kml><Document><name>K'),
      0xf6,
      ...strToU8('ln</name></Document></kml>'),
    ]);
    expect(parseKmz(zipSync({ 'doc.kml': latin1 }), opts)).toEqual({ fatal: KML_NOT_UTF8 });
    expect(parseKmz(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]), opts)).toEqual({
      fatal: expect.stringMatching(/^the KMZ could not be unzipped: /),
    });
    expect(parseKmz(zipSync({ 'doc.kml': strToU8('not xml <<') }), opts)).toEqual({
      fatal: expect.stringMatching(/^the file is not XML, so not KML/),
    });
  });

  it('never throws, on any bytes after a ZIP signature or on a real archive cut short', () => {
    const whole = zipSync({ 'doc.kml': strToU8(kml('Cut', '2025-07-14')) });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(whole.length), (tail, cut) => {
        checkOutcome(parseKmz(Uint8Array.from([0x50, 0x4b, 3, 4, ...tail]), opts));
        checkOutcome(parseKmz(whole.subarray(0, cut), opts));
      }),
      RUNS,
    );
  });
});
