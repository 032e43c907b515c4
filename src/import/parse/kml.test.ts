import { describe, expect, it } from 'vitest';
import { AREA_DAY, AREA_END } from '../../data/areas';
import { fromParts } from '../../data/dates';
import { checkOutcome, checkPrototype, resultOf } from './fuzz-support';
import { KML_COLUMNS, parseKmlText } from './kml';

const opts = { set: 'kml-1' };
const kmlDocument = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Field notes</name>${body}</Document></kml>`;
const point = (lon: number, lat: number) => `<Point><coordinates>${lon},${lat},0</coordinates></Point>`;
const placemark = (name: string, time: string, geometry = point(35.8, 33.1), more = '') =>
  `<Placemark><name>${name}</name>${time}${more}${geometry}</Placemark>`;
const stamp = (when: string) => `<TimeStamp><when>${when}</when></TimeStamp>`;
const span = (begin: string, end: string) => `<TimeSpan><begin>${begin}</begin><end>${end}</end></TimeSpan>`;
const line = '<LineString><coordinates>35.8,33.0 36.0,33.2</coordinates></LineString>';

const read = (body: string) => resultOf(parseKmlText(kmlDocument(body), opts));

describe('parseKmlText', () => {
  it('reads a TimeStamp day, month and year, and a TimeSpan as a span of days', () => {
    const r = read(
      [
        placemark('Day', stamp('2025-07-14')),
        placemark('Month', stamp('2025-07')),
        placemark('Year', stamp('2025')),
        placemark('Span', span('2025-07-10', '2025-07-12')),
      ].join(''),
    );
    expect(r.format).toBe('kml');
    const byTitle = new Map(r.events.map((e) => [e.title, e]));
    expect(byTitle.get('Day')).toMatchObject({ id: 'kml-1-1', date: '2025-07-14', date_precision: 'day' });
    expect(byTitle.get('Day')?.end).toBe(fromParts(2025, 7, 14));
    expect(byTitle.get('Month')).toMatchObject({ date: '2025-07-01', date_precision: 'month' });
    expect(byTitle.get('Month')?.end).toBe(fromParts(2025, 7, 31));
    expect(byTitle.get('Year')).toMatchObject({
      date: '2025-01-01',
      end_date: '2025-12-31',
      date_precision: 'day',
    });
    expect(byTitle.get('Year')?.date_note).toMatch(/only the year 2025/);
    expect(byTitle.get('Span')).toMatchObject({ date: '2025-07-10', end_date: '2025-07-12' });
    expect(byTitle.get('Span')?.end).toBe(fromParts(2025, 7, 12));
    expect(byTitle.get('Day')).toMatchObject({ lon: 35.8, lat: 33.1, kind: 'other', geo_precision: 'exact' });
    expect(r.errors).toEqual([]);
    expect(r.areas).toEqual([]);
  });

  it('drops a time of day to its day in UTC, whatever the time zone it runs in, and says so', () => {
    const r = read(
      [
        placemark('East', stamp('2025-07-15T01:30:00+03:00')),
        placemark('West', stamp('2025-07-14T21:00:00-05:00')),
        placemark('Zulu', stamp('2025-07-14T23:59:59.5Z')),
        placemark('Local', stamp('2025-07-14T12:00:00')),
      ].join(''),
    );
    const byTitle = new Map(r.events.map((e) => [e.title, e]));
    expect(byTitle.get('East')?.date).toBe('2025-07-14');
    expect(byTitle.get('West')?.date).toBe('2025-07-15');
    expect(byTitle.get('Zulu')?.date).toBe('2025-07-14');
    expect(byTitle.get('Local')?.date).toBe('2025-07-14');
    expect(byTitle.get('East')?.date_note).toMatch(
      /2025-07-15T01:30:00\+03:00 read as its day in UTC, 2025-07-14/,
    );
    expect(byTitle.get('Local')?.date_note).toMatch(/no time zone/);
    expect(r.notes.some((n) => /Times of day were dropped/.test(n))).toBe(true);
  });

  it('rejects a placemark whose time cannot be read, by number and name, and keeps the rest', () => {
    const r = read(
      [
        placemark('Good', stamp('2025-07-14')),
        placemark('Bad time', stamp('14/07/2025')),
        placemark('Backwards', span('2025-07-12', '2025-07-10')),
        placemark('Ancient', stamp('0205-07-01')),
        '<Placemark><name>Nowhere</name><TimeStamp><when>2025-07-14</when></TimeStamp></Placemark>',
      ].join(''),
    );
    expect(r.events.map((e) => e.title)).toEqual(['Good']);
    expect(r.errors.map((e) => e.where)).toEqual([
      'placemark 2 (Bad time)',
      'placemark 3 (Backwards)',
      'placemark 4 (Ancient)',
      'placemark 5 (Nowhere)',
    ]);
    expect(r.errors[0]?.reason).toMatch(/<when> "14\/07\/2025" is not a time KML can hold/);
    expect(r.errors[1]?.reason).toMatch(/ends \(2025-07-10\) before it begins \(2025-07-12\)/);
    expect(r.errors[2]?.reason).toMatch(/not between 1900 and 2100/);
    expect(r.errors[3]?.reason).toMatch(/no place/);
    expect(r.columns).toEqual(KML_COLUMNS);
    expect(r.errors[0]?.raw).toEqual({
      placemark: '2',
      name: 'Bad time',
      when: '14/07/2025',
      begin: '',
      end: '',
      folder: '',
    });
  });

  it('draws undated placemarks at every date, points too, and counts them in the summary', () => {
    const r = read(
      [placemark('Dated', stamp('2025-07-14')), placemark('Base', ''), placemark('Road', '', line)].join(''),
    );
    expect(r.events.map((e) => e.title)).toEqual(['Dated']);
    expect(r.areas.map((a) => [a.geometry.type, a.properties.name])).toEqual([
      ['Point', 'Base'],
      ['LineString', 'Road'],
    ]);
    expect(r.notes).toContain(
      '2 placemarks have no time (no TimeStamp or TimeSpan): drawn at every date, as they are (1 point, 1 line).',
    );
  });

  it('puts a dated line on the time slider at its centre, its shape drawn as it is', () => {
    const r = read(placemark('Convoy route', stamp('2025-07-14'), line));
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.lon).toBeCloseTo(35.9);
    expect(r.events[0]?.lat).toBeCloseTo(33.1);
    expect(r.areas.map((a) => a.geometry.type)).toEqual(['LineString']);
    // Dated as its event is, so the map draws it only while the event is shown.
    expect(r.areas[0]?.properties).toEqual({
      name: 'Convoy route',
      [AREA_DAY]: r.events[0]?.day,
      [AREA_END]: r.events[0]?.end,
    });
    expect(r.notes.some((n) => /1 dated line or polygon/.test(n))).toBe(true);
  });

  it('makes one event at each point of a MultiGeometry of points', () => {
    const multi = `<MultiGeometry>${point(35.8, 33.1)}${point(35.9, 33.2)}</MultiGeometry>`;
    const r = read(placemark('Twin', stamp('2025-07-14'), multi));
    expect(r.events.map((e) => [e.id, e.lon])).toEqual([
      ['kml-1-1-1', 35.8],
      ['kml-1-1-2', 35.9],
    ]);
  });

  it('keeps ExtendedData as attributes, hostile names included, and the folder path', () => {
    const data =
      '<ExtendedData><Data name="__proto__"><value>polluted?</value></Data><Data name="constructor"><value>c</value></Data>' +
      '<Data name="name"><value>not the title</value></Data>' +
      '<SchemaData schemaUrl="#s"><SimpleData name="source">UNDOF</SimpleData></SchemaData></ExtendedData>';
    const body = `<Folder><name>Quneitra</name><Folder><name>Checkpoints</name>${placemark('Gate', stamp('2025-07-14'), point(35.8, 33.1), data)}</Folder></Folder>`;
    const r = read(body);
    checkPrototype();
    expect(r.events[0]?.title).toBe('Gate');
    expect(r.events[0]?.extra).toEqual([
      ['__proto__', 'polluted?'],
      ['constructor', 'c'],
      ['name', 'not the title'],
      ['source', 'UNDOF'],
      ['folder', 'Quneitra › Checkpoints'],
    ]);
  });

  it('reads an HTML description as plain text, markup and scripts gone, entities decoded', () => {
    const hostile =
      '<description><![CDATA[<p>Shelling &amp; fire<br>near <b>Khan Arnabeh</b></p><script>alert(1)</script><img src=x onerror=alert(2)>]]></description>';
    const r = read(placemark('Report', stamp('2025-07-14'), point(35.8, 33.1), hostile));
    expect(r.events[0]?.summary).toBe('Shelling & fire\nnear Khan Arnabeh');
    const escaped = '<description>&lt;img src=x onerror=alert(1)&gt;Text &amp;amp; more</description>';
    expect(read(placemark('B', stamp('2025-07-14'), point(35.8, 33.1), escaped)).events[0]?.summary).toBe(
      'Text & more',
    );
  });

  it('says a file that is not XML, not KML, or has no placemarks, each in its own words', () => {
    expect(parseKmlText('<kml><Document><Placemark></Document>', opts)).toEqual({
      fatal: expect.stringMatching(/^the file is not XML, so not KML: /),
    });
    expect(parseKmlText('<gpx version="1.1"></gpx>', opts)).toEqual({
      fatal: 'the file is XML but not KML: its root element is <gpx>',
    });
    expect(parseKmlText(kmlDocument(''), opts)).toEqual({ fatal: 'the KML has no placemarks' });
    const overlay = '<GroundOverlay><Icon><href>map.png</href></Icon></GroundOverlay>';
    expect(parseKmlText(kmlDocument(overlay), opts)).toEqual({
      fatal: 'the KML has no placemarks (only 1 ground overlay, images this map does not draw)',
    });
  });

  it('reads an "&" written bare as text, saying how many, and still refuses a file broken otherwise too', () => {
    const r = read(
      placemark(
        'Tom & Jerry',
        stamp('2025-07-14'),
        point(35.8, 33.1),
        '<description>A&B &amp; C</description>',
      ),
    );
    expect(r.events.map((e) => [e.title, e.summary])).toEqual([['Tom & Jerry', 'A&B & C']]);
    expect(r.notes).toContain('2 “&”s written bare, which XML does not allow, were read as text.');
    expect(parseKmlText(kmlDocument(`${placemark('A & B', stamp('2025-07-14'))}<Placemark>`), opts)).toEqual({
      fatal: expect.stringMatching(
        /^the file is not XML, so not KML: line 2, column \d+: unexpected close tag/,
      ),
    });
  });

  it('drops placemarks outside the days the user kept, saying why', () => {
    const body = [placemark('In', stamp('2025-07-14')), placemark('Out', stamp('1990-01-01'))].join('');
    const r = resultOf(
      parseKmlText(kmlDocument(body), { ...opts, datesWithin: { from: '2025-01-01', to: '2025-12-31' } }),
    );
    expect(r.events.map((e) => e.title)).toEqual(['In']);
    expect(r.errors[0]).toMatchObject({
      where: 'placemark 2 (Out)',
      reason: expect.stringMatching(/at your word/),
    });
    expect(checkOutcome(parseKmlText(kmlDocument(body), opts))).toBe(2);
  });
});
