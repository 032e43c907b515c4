import { describe, expect, it } from 'vitest';
import { fromParts } from '../../data/dates';
import type { EventRecord } from '../../data/events';
import { acledDelimiter, acledKind, isAcled } from './acled';
import { acledRow } from './acled-row';
import { ACLED_HEADER } from './fuzz-acled-export';
import { createNotes } from './notes';
import { CsvRow, headerOf } from './row';

const ctx = { set: 'acled-may', rowNumber: 2 };

/** A real-looking ACLED row; tests change only what they are about. */
const row = (over: Record<string, string> = {}): Map<string, string> => new Map(Object.entries(fields(over)));
const fields = (over: Record<string, string>): Record<string, string> => ({
  event_id_cnty: 'SYR123456',
  event_date: '14 May 2025',
  year: '2025',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Israel (2022-)',
  assoc_actor_1: '',
  actor2: 'Civilians (Syria)',
  assoc_actor_2: 'Farmers (Syria); Women (Syria)',
  admin1: 'Quneitra',
  location: 'Khan Arnabah',
  latitude: '33.1862',
  longitude: '35.8911',
  geo_precision: '1',
  source: 'SANA; Syrian Observatory for Human Rights ;',
  notes: 'On 14 May 2025, an Israeli drone struck a car near Khan Arnabah.',
  fatalities: '2',
  ...over,
});

const ok = (r: EventRecord | string): EventRecord => {
  if (typeof r === 'string') throw new Error(r);
  return r;
};

describe('isAcled', () => {
  it('needs event_date, latitude, longitude and event_type, in any case', () => {
    expect(isAcled([...row().keys()])).toBe(true);
    expect(isAcled(['EVENT_DATE', 'Latitude', ' longitude ', 'Event_Type'])).toBe(true);
    expect(isAcled(['event_date', 'latitude', 'longitude'])).toBe(false);
    expect(isAcled(['date', 'lat', 'lon', 'type'])).toBe(false);
  });
});

describe('acledDelimiter', () => {
  const header = (d: string) => ACLED_HEADER.join(d);
  const row = 'SYR1,14 May 2025,Battles,"Al Mayadeen; SANA",33.1,35.8';

  it.each([',', ';', '\t', '|'])('finds %j when it splits the first line into ACLED’s columns', (d) => {
    expect(acledDelimiter(`${header(d)}\n${row}\n`)).toBe(d);
  });

  it('reads past a byte-order mark, blank lines, quotes and upper case', () => {
    const quoted = ACLED_HEADER.map((c) => `"${c.toUpperCase()}"`).join(',');
    expect(acledDelimiter(`\uFEFF\r\n  \r\n${quoted}\r\n${row}`)).toBe(',');
  });

  it('leaves other files to the guess', () => {
    expect(acledDelimiter('lat;lon;date\n1;2;2025-05-14')).toBeUndefined();
    expect(acledDelimiter(`x\n${header(',')}`)).toBeUndefined();
    expect(acledDelimiter('')).toBeUndefined();
  });
});

describe('acledRow', () => {
  it('maps a row to an event', () => {
    const e = ok(acledRow(row(), ctx));
    expect(e).toEqual({
      id: 'acled-may-2',
      set: 'acled-may',
      kind: 'strike',
      title: 'Air/drone strike in Khan Arnabah',
      summary: 'On 14 May 2025, an Israeli drone struck a car near Khan Arnabah.',
      actors: ['Military Forces of Israel (2022-)', 'Civilians (Syria)', 'Farmers (Syria)', 'Women (Syria)'],
      date: '2025-05-14',
      date_precision: 'day',
      day: fromParts(2025, 5, 14),
      end: fromParts(2025, 5, 14),
      place: 'Khan Arnabah, Quneitra',
      geo_precision: 'town',
      radiusKm: 0,
      sources: [{ outlet: 'SANA' }, { outlet: 'Syrian Observatory for Human Rights' }],
      fatalities: 2,
      source_id: 'SYR123456',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Air/drone strike',
      admin1: 'Quneitra',
      lon: 35.8911,
      lat: 33.1862,
    });
  });

  it('reads ISO dates and upper-case headers too', () => {
    const upper = new Map([...row({ event_date: '2025-05-14' })].map(([k, v]) => [k.toUpperCase(), v]));
    expect(ok(acledRow(upper, ctx)).day).toBe(fromParts(2025, 5, 14));
  });

  it('dates a week by its Monday and a month by its 1st, saying what ACLED gave', () => {
    const week = ok(acledRow(row({ event_date: '2025-05-14', time_precision: '2' }), ctx));
    expect(week).toMatchObject({ date: '2025-05-12', date_precision: 'week', end: fromParts(2025, 5, 18) });
    expect(week.date_note).toBe('ACLED event_date 2025-05-14, time_precision 2 (week)');
    const month = ok(acledRow(row({ time_precision: '3' }), ctx));
    expect(month).toMatchObject({ date: '2025-05-01', date_precision: 'month', end: fromParts(2025, 5, 31) });
    expect(month.date_note).toBe('ACLED event_date 14 May 2025, time_precision 3 (month)');
    expect(ok(acledRow(row({ time_precision: '' }), ctx)).date_precision).toBe('day');
    expect(ok(acledRow(row(), ctx)).date_note).toBeUndefined();
  });

  it.each([
    ['1', 'town', 0],
    ['2', 'near', 0],
    ['3', 'region', 0],
  ])('geo_precision %s is %s, drawn as a point (radius %d km)', (geo, precision, radiusKm) => {
    expect(ok(acledRow(row({ geo_precision: geo }), ctx))).toMatchObject({
      geo_precision: precision,
      radiusKm,
    });
  });

  it.each([
    ['Battles', 'Armed clash', 'clash'],
    ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'strike'],
    ['Violence against civilians', 'Attack', 'violence'],
    ['Protests', 'Peaceful protest', 'protest'],
    ['Riots', 'Mob violence', 'protest'],
    ['Strategic developments', 'Agreement', 'agreement'],
    ['Strategic developments', 'Headquarters or base established', 'deployment'],
    ['Strategic developments', 'Non-violent transfer of territory', 'deployment'],
    ['Strategic developments', 'Looting/property destruction', 'other'],
    ['Something new', 'Whatever', 'other'],
  ])('%s / %s is a %s', (eventType, subEventType, kind) => {
    expect(ok(acledRow(row({ event_type: eventType, sub_event_type: subEventType }), ctx)).kind).toBe(kind);
  });

  it('exposes the kind mapping for generic files', () => {
    expect(acledKind('BATTLES')).toBe('clash');
    expect(acledKind('Protests and Riots')).toBe('protest');
    expect(acledKind('toString')).toBeUndefined();
    expect(acledKind('Strategic developments', 'constructor')).toBe('other');
  });

  it('falls back for the title and place when cells are empty', () => {
    const e = ok(acledRow(row({ sub_event_type: '', location: '' }), ctx));
    expect(e.title).toBe('Explosions/Remote violence in Quneitra');
    expect(e.place).toBe('Quneitra');
    const bare = ok(acledRow(row({ event_type: '', sub_event_type: '', location: '', admin1: '' }), ctx));
    expect(bare.title).toBe('Event in 33.1862, 35.8911');
    expect(bare).not.toHaveProperty('admin1');
  });

  it('keeps fatalities only when they are a whole number', () => {
    expect(ok(acledRow(row({ fatalities: '0' }), ctx)).fatalities).toBe(0);
    for (const bad of ['', '-1', '2.5', 'unknown', '1e3']) {
      expect(ok(acledRow(row({ fatalities: bad }), ctx))).not.toHaveProperty('fatalities');
    }
  });

  it('passes markup through as text: escaping is the renderer’s job', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const e = ok(acledRow(row({ notes: xss, location: xss, actor1: xss, source: xss }), ctx));
    expect(e.summary).toBe(xss);
    expect(e.title).toBe(`Air/drone strike in ${xss}`);
    expect(e.actors[0]).toBe(xss);
    expect(e.sources).toEqual([{ outlet: xss }]);
  });

  it.each([
    [{ latitude: '95' }, 'latitude 95 is out of range'],
    [{ latitude: '-90.5' }, 'latitude -90.5 is out of range'],
    [{ longitude: 'abc' }, 'longitude "abc" is not a number'],
    [{ longitude: '181' }, 'longitude 181 is out of range'],
    [{ latitude: '' }, 'latitude is empty'],
    // "33,5" is a decimal comma, read since issue 12; two separators are not.
    [{ latitude: '33,5,1' }, 'latitude "33,5,1" is not a number: write it with one decimal point, as 33.5'],
    [{ latitude: 'Infinity' }, 'latitude "Infinity" is not a number'],
    [{ latitude: '0x10' }, 'latitude "0x10" is not a number'],
    [{ event_date: '2025-02-30' }, 'event_date "2025-02-30" is not a real calendar date'],
    [{ event_date: '' }, 'event_date is empty'],
    [{ time_precision: '4' }, 'time_precision "4" is not 1, 2 or 3'],
    [{ geo_precision: 'x' }, 'geo_precision "x" is not 1, 2 or 3'],
  ])('rejects %j: %s', (over, reason) => {
    expect(acledRow(row(over), ctx)).toBe(reason);
  });
});

describe('acledRow on CSV rows', () => {
  const csvRow = (names: readonly string[], over: Record<string, string> = {}) => {
    const values = fields(over);
    return new CsvRow(
      headerOf(names),
      names.map((n) => values[n.toLowerCase()] ?? ''),
    );
  };
  const names = Object.keys(fields({}));

  it('reads a CSV row as it reads the same cells by name', () => {
    expect(ok(acledRow(csvRow(names), ctx))).toEqual(ok(acledRow(row(), ctx)));
  });

  it('reads every column whatever its case, also beside columns written as ACLED does', () => {
    const mixed = names.map((n) => (n === 'event_date' ? n : n.toUpperCase()));
    const e = ok(acledRow(csvRow(mixed), ctx));
    expect(e).toEqual(ok(acledRow(row(), ctx)));
    expect(e.fatalities).toBe(2);
  });

  it('notes a date written as a number on every row that writes it, though it is read once', () => {
    const notes = createNotes('row');
    for (const rowNumber of [2, 3, 4])
      ok(acledRow(csvRow(names, { event_date: '45791' }), { set: 's', rowNumber, notes }));
    expect(notes.texts()).toEqual([expect.stringMatching(/row 2 \(45791 as 2025-05-14\) and 2 more rows/)]);
  });

  it('gives rows of a week and of a day their own dates from one cache', () => {
    const week = ok(acledRow(csvRow(names, { time_precision: '2' }), ctx));
    const day = ok(acledRow(csvRow(names), ctx));
    expect([week.date_precision, week.date, week.date_note]).toEqual([
      'week',
      '2025-05-12',
      'ACLED event_date 14 May 2025, time_precision 2 (week)',
    ]);
    expect([day.date_precision, day.date, day.date_note]).toEqual(['day', '2025-05-14', undefined]);
  });
});
