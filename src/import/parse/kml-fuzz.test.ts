// Property tests: any text, and KML-like text built from its pieces, never makes the KML parser
// throw, and every event it returns is one the app can draw and link to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutcome, checkPrototype, HOSTILE_NAMES, opts, RUNS, text } from './fuzz-support';
import { parseKmlText } from './kml';

const time = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('2025', '2025-07', '2025-07-14', '2025-07-14T23:30:00+03:00') },
  fc.constantFrom(
    '2025',
    '2025-07',
    '2025-07-14',
    '2025-07-14T23:30:00+03:00',
    '2025-13',
    '',
    '1899',
    '2025-02-30',
  ),
  fc.string({ maxLength: 30 }),
);
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// Junk coordinates are junk text, escaped: broken XML is what `text` and the cuts below are for.
const coordinates = fc.oneof(
  fc
    .tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 }))
    .map(([x, y]) => `${x},${y}`),
  fc.string({ maxLength: 20 }).map(xmlText),
);
const geometry = fc.oneof(
  { weight: 4, arbitrary: coordinates.map((c) => `<Point><coordinates>${c}</coordinates></Point>`) },
  coordinates.map((c) => `<Point><coordinates>${c}</coordinates></Point>`),
  fc
    .tuple(coordinates, coordinates)
    .map(([a, b]) => `<LineString><coordinates>${a} ${b}</coordinates></LineString>`),
  fc.constant(''),
);
const timeElement = fc.oneof(
  { weight: 3, arbitrary: time.map((t) => `<TimeStamp><when>${xmlText(t)}</when></TimeStamp>`) },
  time.map((t) => `<TimeStamp><when>${xmlText(t)}</when></TimeStamp>`),
  fc
    .tuple(time, time)
    .map(([b, e]) => `<TimeSpan><begin>${xmlText(b)}</begin><end>${xmlText(e)}</end></TimeSpan>`),
  fc.constant(''),
);
const data = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_NAMES), fc.string({ maxLength: 10 })), fc.string()), {
    maxLength: 3,
  })
  .map((fields) =>
    fields.length === 0
      ? ''
      : `<ExtendedData>${fields.map(([k, v]) => `<Data name="${xmlText(k).replace(/"/g, '&quot;')}"><value>${xmlText(v)}</value></Data>`).join('')}</ExtendedData>`,
  );
const placemark = fc
  .tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }), timeElement, geometry, data)
  .map(
    ([name, description, t, g, d]) =>
      `<Placemark><name>${xmlText(name)}</name><description>${xmlText(description)}</description>${t}${d}${g}</Placemark>`,
  );
const kmlLike = fc
  .tuple(fc.array(placemark, { maxLength: 6 }), fc.boolean(), fc.nat(400))
  .map(([placemarks, folder, cut]) => {
    const body = folder ? `<Folder><name>F</name>${placemarks.join('')}</Folder>` : placemarks.join('');
    const whole = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;
    // Sometimes cut short, as a file saved half-way is.
    return cut < 40 ? whole.slice(0, cut * 10) : whole;
  });

describe('fuzz', () => {
  it('parseKmlText never throws, on any text or KML-like text', () => {
    let built = 0;
    fc.assert(
      fc.property(fc.oneof(text, { weight: 3, arbitrary: kmlLike }), (t) => {
        built += checkOutcome(parseKmlText(t, opts));
        checkPrototype();
      }),
      RUNS,
    );
    // The fuzzing must reach the code that builds events, not only the reasons to reject.
    expect(built).toBeGreaterThan(RUNS.numRuns / 4);
  });
});
