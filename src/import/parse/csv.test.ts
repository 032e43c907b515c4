import { describe, expect, it, vi } from 'vitest';
import { fromParts } from '../../data/dates';
import type { NeedsMapping } from '../types';
import { createCsvImporter, NO_ROWS, parseCsvText } from './csv';
import { ACLED_HEADER } from './fuzz-acled-export';
import { checkPrototype, HOSTILE_NAMES, resultOf } from './fuzz-support';

const opts = { set: 'mine' };

const result = resultOf;

const ACLED = [
  'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,location,admin1,latitude,longitude,geo_precision,source,notes,fatalities',
  'SYR2,15 May 2025,1,Battles,Armed clash,A,Nawa,Daraa,32.88,36.04,1,SANA,"Fighting, heavy",3',
  'SYR1,2025-05-14,2,Protests,Peaceful protest,B,Sweida,As-Sweida,32.7,36.57,2,Suwayda 24,"Protest ""against"" the council",0',
  'SYR3,14 May 2025,1,Battles,Armed clash,C,Nowhere,,95,36,1,,,',
].join('\n');

describe('parseCsvText', () => {
  it('recognises ACLED, sorts events by day and explains the rejected rows', () => {
    const r = result(parseCsvText(ACLED, opts));
    expect(r.format).toBe('acled');
    expect(r.events.map((e) => [e.id, e.date, e.kind])).toEqual([
      ['mine-3', '2025-05-12', 'protest'],
      ['mine-2', '2025-05-15', 'clash'],
    ]);
    expect(r.events[0]?.summary).toBe('Protest "against" the council');
    expect(r.errors).toEqual([
      {
        where: 'row 4',
        reason: 'latitude 95 is out of range',
        raw: expect.objectContaining({ event_id_cnty: 'SYR3' }),
      },
    ]);
    expect(r.columns[0]).toBe('event_id_cnty');
    expect(r.areas).toEqual([]);
  });

  it('recognises an ACLED export by its header, though its cells hold "; " lists', () => {
    const text = [
      ACLED_HEADER.join(','),
      'SYR12345,14 May 2025,2025,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Israel (2022-),,External/Other forces,Civilians (Syria),Farmers (Syria); Women (Syria),Civilians,External/Other forces-Civilians,Civilian targeting,760,Middle East,Syria,Quneitra,Al Quneitra,Khan Arnaba,Khan Arnabah,33.1862,35.8911,1,SANA; Syrian Observatory for Human Rights,National-International,"On 14 May 2025, a drone struck a car near Khan Arnabah; 2 killed.",2,,1747691234',
      'SYR12346,15 May 2025,2025,1,Political violence,Battles,Armed clash,Military Forces of Israel (2022-),Police Forces of Israel (2022-); Border Guard,External/Other forces,Unidentified Armed Group (Syria),,Political militia,External/Other forces-Political militia,,760,Middle East,Syria,Daraa,Izraa,Nawa,Nawa,32.8850,36.0427,2,Suwayda 24; Horan Free League; Twitter,Local partner-Other,"Clashes, shelling; no casualties reported.",0,crowd size=no report,1747777634',
      '',
    ].join('\n');
    const r = result(parseCsvText(text, opts));
    expect(r).toMatchObject({ format: 'acled', errors: [], columns: ACLED_HEADER });
    expect(r.events.map((e) => e.sources.map((s) => s.outlet))).toEqual([
      ['SANA', 'Syrian Observatory for Human Rights'],
      ['Suwayda 24', 'Horan Free League', 'Twitter'],
    ]);
    expect(r.events[1]?.actors).toEqual([
      'Military Forces of Israel (2022-)',
      'Police Forces of Israel (2022-)',
      'Border Guard',
      'Unidentified Armed Group (Syria)',
    ]);
    expect(r.events[0]?.summary).toBe('On 14 May 2025, a drone struck a car near Khan Arnabah; 2 killed.');
  });

  it('imports a generic CSV when the columns are clear', () => {
    const r = result(parseCsvText('Date;Latitude;Longitude;Title\n2025-05-14;33.1;35.8;Shots fired\n', opts));
    expect(r.format).toBe('csv');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      title: 'Shots fired',
      day: fromParts(2025, 5, 14),
      lat: 33.1,
      lon: 35.8,
    });
  });

  it('asks for a mapping, with a few sample rows, when the columns are unclear', () => {
    const rows = Array.from({ length: 9 }, (_, i) => `2025-05-${10 + i},33,35`);
    const q = parseCsvText(`when,north,east\n${rows.join('\n')}`, opts);
    expect(q).toEqual({
      format: 'csv',
      columns: ['when', 'north', 'east'],
      guess: {},
      required: ['lat', 'lon', 'date'],
      sample: rows.slice(0, 5).map((r) => {
        const [when, north, east] = r.split(',');
        return new Map([
          ['when', when],
          ['north', north],
          ['east', east],
        ]);
      }),
    });
  });

  it('uses the mapping it is given, and asks again if it names a missing column', () => {
    const text = 'when,north,east\n14/05/2025,33,35';
    const r = result(
      parseCsvText(text, { set: 'mine', mapping: { date: 'when', lat: 'north', lon: 'east' } }),
    );
    expect(r.events[0]).toMatchObject({ day: fromParts(2025, 5, 14), lat: 33, lon: 35 });
    const q = parseCsvText(text, { set: 'mine', mapping: { date: 'when', lat: 'north', lon: 'west' } });
    expect(q).toMatchObject({ guess: { date: 'when', lat: 'north' } });
    expect('sample' in q && q.sample[0]?.get('when')).toBe('14/05/2025');
  });

  it('numbers rows as a spreadsheet does: blank rows and multi-line cells included', () => {
    const text =
      '\r\n\r\nlat,lon,date,title\r\n1,2,bad,x\r\n\r\n,,,\r\n"3",4,2025-05-14,"two\r\nlines"\r\n5,6,also bad,x\r\n';
    const r = result(parseCsvText(text, opts));
    expect(r.errors.map((e) => e.where)).toEqual(['row 4', 'row 8']);
    expect(r.events.map((e) => e.id)).toEqual(['mine-7']);
  });

  it('rejects rows with too many or too few cells, keeping the surplus cells', () => {
    const r = result(parseCsvText('lat,lon,date\n1,2,2025-05-14,oops\n3\n5,6,2025-05-14', opts));
    expect(r.errors).toEqual([
      {
        where: 'row 2',
        reason: 'the row has 4 cells but the header has 3',
        raw: { lat: '1', lon: '2', date: '2025-05-14', '(extra field 1)': 'oops' },
      },
      { where: 'row 3', reason: 'the row has 1 cells but the header has 3', raw: { lat: '3' } },
    ]);
    expect(r.events).toHaveLength(1);
  });

  it('says when a quote is never closed', () => {
    const r = result(parseCsvText('lat,lon,date\n1,2,"2025-05-14\n3,4,2025-05-15', opts));
    expect(r.errors).toEqual([
      {
        where: 'row 2',
        reason: 'a quoted cell is never closed (a " is missing), so the rest of the file was read into it',
        raw: { lat: '1', lon: '2', date: '2025-05-14\n3,4,2025-05-15' },
      },
    ]);
  });

  it.each(['', '\n\n', 'lat,lon,date', 'lat,lon,date\r\n', 'lat,lon,date\n,,\n  \n'])(
    'has no rows: %j',
    (text) => {
      expect(parseCsvText(text, opts)).toEqual({ fatal: NO_ROWS });
    },
  );

  it('names blank headers and tells repeated ones apart, without papaparse’s console warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const q = parseCsvText('\uFEFF a ,,a,a\n1,2,3,4', opts) as NeedsMapping;
    expect(q.columns).toEqual(['a', 'column 2', 'a (2)', 'a (3)']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('passes markup through as text', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const r = result(parseCsvText(`lat,lon,date,title\n1,2,2025-05-14,${xss}`, opts));
    expect(r.events[0]?.title).toBe(xss);
  });
});

describe('createCsvImporter used directly', () => {
  it('takes a row problem reported by the caller', () => {
    const importer = createCsvImporter(opts);
    expect(importer.start(['lat', 'lon', 'date'])).toBeNull();
    importer.row(['1', '2', '2025-05-14'], 2);
    importer.row(['1', '2'], 3, 'Too few fields: expected 3 fields but parsed 2');
    const r = result(importer.finish());
    expect(r.events).toHaveLength(1);
    expect(r.errors).toEqual([
      {
        where: 'row 3',
        reason: 'Too few fields: expected 3 fields but parsed 2',
        raw: { lat: '1', lon: '2' },
      },
    ]);
  });

  it('rejects a row with surplus cells even when the caller did not say so', () => {
    const importer = createCsvImporter(opts);
    importer.start(['lat', 'lon', 'date']);
    importer.row(['1', '2', '2025-05-14', 'x'], 2);
    expect(result(importer.finish()).errors).toEqual([
      {
        where: 'row 2',
        reason: 'the row has more cells than the header',
        raw: { lat: '1', lon: '2', date: '2025-05-14', '(extra field 1)': 'x' },
      },
    ]);
  });

  it('is fatal when no row came', () => {
    const importer = createCsvImporter(opts);
    importer.start(['lat', 'lon', 'date']);
    expect(importer.finish()).toEqual({ fatal: NO_ROWS });
  });

  it('reads nothing before start, nor after asking for a mapping', () => {
    const importer = createCsvImporter(opts);
    importer.row(['1', '2', '2025-05-14'], 2);
    expect(importer.start(['a', 'b'])).toMatchObject({ format: 'csv', columns: ['a', 'b'] });
    importer.row(['1', '2'], 2);
    expect(importer.rowCount).toBe(0);
  });
});

describe('a column named like a member of Object', () => {
  const own = (raw: unknown, name: string) =>
    typeof raw === 'object' && raw !== null && Object.hasOwn(raw, name)
      ? (raw as Record<string, string>)[name]
      : undefined;

  it.each(HOSTILE_NAMES)('%s imports like any other column', (name) => {
    const clear = result(
      parseCsvText(`lat,lon,date,${name}\n33,35,2025-05-14,kept\n95,35,2025-05-14,too\n`, opts),
    );
    expect(clear.columns).toEqual(['lat', 'lon', 'date', name]);
    expect(clear.events[0]?.extra).toEqual([[name, 'kept']]);
    expect(own(clear.errors[0]?.raw, name)).toBe('too');

    const text = `when,north,${name}\n2025-05-14,33,35.5\n`;
    const q = parseCsvText(text, opts) as NeedsMapping;
    expect(q.columns).toEqual(['when', 'north', name]);
    expect(q.sample[0]?.get(name)).toBe('35.5');
    const mapped = result(
      parseCsvText(text, { ...opts, mapping: { date: 'when', lat: 'north', lon: name } }),
    );
    expect(mapped.events[0]).toMatchObject({ lat: 33, lon: 35.5 });
    checkPrototype();
  });

  it.each(HOSTILE_NAMES)('%s in an ACLED export is kept with the rejected rows', (name) => {
    const header = `event_date,latitude,longitude,event_type,${name}`;
    const r = result(
      parseCsvText(`${header}\n2025-05-14,33,35,Battles,a\n2025-05-14,95,35,Battles,b,c\n`, opts),
    );
    expect(r.format).toBe('acled');
    expect(r.events).toHaveLength(1);
    expect(r.errors[0]?.reason).toBe('the row has 6 cells but the header has 5');
    expect(own(r.errors[0]?.raw, name)).toBe('b');
    expect(own(r.errors[0]?.raw, '(extra field 1)')).toBe('c');
    checkPrototype();
  });
});
