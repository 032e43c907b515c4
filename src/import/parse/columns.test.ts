import { describe, expect, it } from 'vitest';
import { fromParts } from '../../data/dates';
import type { EventRecord } from '../../data/events';
import { askForMapping, genericRow, guessMapping, kindFromText, mappingFits } from './columns';

const ctx = { set: 'mine', rowNumber: 7 };
const mapping = {
  lat: 'Lat',
  lon: 'Lon',
  date: 'Date',
  title: 'Title',
  kind: 'Type',
  place: 'Place',
  notes: 'Notes',
};
const cells = (record: Record<string, string>) => new Map(Object.entries(record));
const row = (over: Record<string, string> = {}) => cells(fields(over));
const fields = (over: Record<string, string>): Record<string, string> => ({
  Lat: ' 33.1 ',
  Lon: '35.8',
  Date: '2025-05-14',
  Title: ' Shelling near the line ',
  Type: 'Strike',
  Place: 'Quneitra',
  Notes: 'Two shells.',
  ...over,
});

const ok = (r: EventRecord | string): EventRecord => {
  if (typeof r === 'string') throw new Error(r);
  return r;
};

describe('guessMapping', () => {
  it('finds columns by name, ignoring case, spaces and underscores', () => {
    const cols = [
      'Event Date',
      'LATITUDE',
      'lng',
      'Headline',
      'category',
      'City',
      'Description',
      'UID',
      'other',
    ];
    expect(guessMapping(cols, 'csv')).toEqual({
      mapping: {
        date: 'Event Date',
        lat: 'LATITUDE',
        lon: 'lng',
        title: 'Headline',
        kind: 'category',
        place: 'City',
        notes: 'Description',
        id: 'UID',
      },
      confident: true,
      required: ['lat', 'lon', 'date'],
    });
  });

  it('prefers a date column to a time or a timestamp', () => {
    expect(guessMapping(['date', 'time', 'timestamp', 'y', 'x'], 'csv')).toMatchObject({
      mapping: { date: 'date', lat: 'y', lon: 'x' },
      confident: true,
    });
    expect(guessMapping(['timestamp', 'lat', 'lon'], 'csv')).toMatchObject({
      mapping: { date: 'timestamp' },
      confident: true,
    });
    expect(guessMapping(['lat', 'y', 'lon', 'date'], 'csv')).toMatchObject({
      mapping: { lat: 'lat' },
      confident: true,
    });
  });

  it('is not confident when a required field is missing or ties', () => {
    expect(guessMapping(['lat', 'lon', 'when'], 'csv').confident).toBe(false);
    expect(guessMapping(['lat', 'lon', 'date', 'event_date'], 'csv').confident).toBe(false);
    expect(guessMapping(['latitude', 'lat', 'lon', 'date'], 'csv').confident).toBe(false);
    expect(guessMapping(['name', 'when'], 'geojson')).toEqual({
      mapping: { title: 'name' },
      confident: false,
      required: ['date'],
    });
    expect(guessMapping(['name', 'Date'], 'geojson').confident).toBe(true);
  });
});

describe('mappingFits and askForMapping', () => {
  it('checks that the required fields are named and the columns exist', () => {
    expect(mappingFits(mapping, Object.keys(fields({})), 'csv')).toBe(true);
    expect(mappingFits({ ...mapping, notes: 'Gone' }, Object.keys(fields({})), 'csv')).toBe(false);
    expect(mappingFits({ date: 'Date' }, ['Date'], 'csv')).toBe(false);
    expect(mappingFits({ date: 'Date' }, ['Date'], 'geojson')).toBe(true);
  });

  it('keeps the user’s choices that still exist', () => {
    const q = askForMapping('csv', ['a', 'b', 'lat'], { date: 'a', lon: 'gone' }, []);
    expect(q).toEqual({
      format: 'csv',
      columns: ['a', 'b', 'lat'],
      guess: { lat: 'lat', date: 'a' },
      required: ['lat', 'lon', 'date'],
      sample: [],
    });
  });
});

describe('kindFromText', () => {
  it.each([
    ['strike', 'strike'],
    ['STRIKES', 'strike'],
    ['Protests and riots', 'protest'],
    ['Sanctions decisions', 'sanctions'],
    ['Battles', 'clash'],
    ['Violence against civilians', 'violence'],
    ['', 'other'],
    ['constructor', 'other'],
    ['bombing', 'other'],
  ])('%j is %s', (text, kind) => expect(kindFromText(text)).toBe(kind));
});

describe('genericRow', () => {
  it('reads a row through the mapping, trimming text', () => {
    expect(ok(genericRow(row({ extra1: ' kept ', empty: '' }), mapping, ctx))).toEqual({
      id: 'mine-7',
      set: 'mine',
      kind: 'strike',
      title: 'Shelling near the line',
      summary: 'Two shells.',
      actors: [],
      date: '2025-05-14',
      date_precision: 'day',
      day: fromParts(2025, 5, 14),
      end: fromParts(2025, 5, 14),
      place: 'Quneitra',
      geo_precision: 'exact',
      radiusKm: 0,
      sources: [],
      extra: [['extra1', 'kept']],
      lon: 35.8,
      lat: 33.1,
    });
  });

  it('takes a month to its last day', () => {
    expect(ok(genericRow(row({ Date: '2025-02' }), mapping, ctx))).toMatchObject({
      date: '2025-02-01',
      date_precision: 'month',
      end: fromParts(2025, 2, 28),
    });
  });

  it('makes up a title and a place when the row has none', () => {
    expect(ok(genericRow(row({ Title: '' }), mapping, ctx)).title).toBe('Strike at Quneitra');
    const bare = ok(
      genericRow(
        cells({ Lat: '33.1', Lon: '35.8', Date: '2025-05-14' }),
        { lat: 'Lat', lon: 'Lon', date: 'Date' },
        ctx,
      ),
    );
    expect(bare).toMatchObject({ title: 'Row 7', place: '33.1000, 35.8000', kind: 'other', summary: '' });
    expect(bare).not.toHaveProperty('extra');
    expect(ok(genericRow(cells({ d: '2025-05-14' }), { date: 'd' }, ctx, [35.8, 33.1])).title).toBe(
      'Feature 7',
    );
  });

  it('uses the coordinates it is given (GeoJSON) over any columns', () => {
    expect(ok(genericRow(row({ Lat: 'junk' }), mapping, ctx, [10, 20]))).toMatchObject({ lon: 10, lat: 20 });
    expect(genericRow(row(), mapping, ctx, [10, 95])).toBe('latitude 95 is out of range');
  });

  it('caps the title and keeps at most 8 extra columns of at most 500 characters', () => {
    const wide = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`c${i}`, 'v'.repeat(600)]));
    const e = ok(genericRow(row({ Title: 't'.repeat(300), ...wide }), mapping, ctx));
    expect(e.title).toHaveLength(200);
    expect(e.extra).toHaveLength(8);
    expect(e.extra?.[0]?.[1]).toHaveLength(500);
    expect(e.extra?.[0]?.[0]).toBe('c0');
  });

  it('keeps the id column as source_id', () => {
    expect(ok(genericRow(row({ ID: 'x-17' }), { ...mapping, id: 'ID' }, ctx)).source_id).toBe('x-17');
  });

  it('passes markup through as text', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const e = ok(genericRow(row({ Title: xss, Notes: xss, Place: xss, more: xss }), mapping, ctx));
    expect([e.title, e.summary, e.place, e.extra?.[0]?.[1]]).toEqual([xss, xss, xss, xss]);
  });

  it('never reads inherited properties as cells', () => {
    const r = genericRow(new Map(), { lat: 'constructor', lon: 'toString', date: '__proto__' }, ctx);
    expect(r).toBe('latitude is empty');
  });

  it.each([
    [{ Lat: '95' }, 'latitude 95 is out of range'],
    [{ Lon: 'abc' }, 'longitude "abc" is not a number'],
    [{ Lon: '' }, 'longitude is empty'],
    [{ Date: '2025-02-30' }, 'date "2025-02-30" is not a real calendar date'],
    [
      { Date: '05/06/2025' },
      'date "05/06/2025" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD',
    ],
    [{ Date: '' }, 'date is empty'],
  ])('rejects %j: %s', (over, reason) => {
    expect(genericRow(row(over), mapping, ctx)).toBe(reason);
  });

  it('says when the mapping lacks what it needs', () => {
    expect(genericRow(row(), { date: 'Date' }, ctx)).toBe('no latitude and longitude columns were chosen');
    expect(genericRow(row(), { lat: 'Lat', lon: 'Lon' }, ctx)).toBe('no date column was chosen');
  });
});
