import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../import/parse/csv';
import type { RowError } from '../import/types';
import { EVENT_COLUMNS, eventsToCsv, rejectedToCsv } from './csv';
import { acledRow, makeEvent, parseCsv as parse } from './test-events';

describe('eventsToCsv', () => {
  it('writes ACLED columns first, then the app’s own, then the import’s own, with CRLF line ends', () => {
    const csv = eventsToCsv([makeEvent(), acledRow()]);
    // The ACLED row keeps a column the app has no field for.
    const header = [...EVENT_COLUMNS, 'civilian_targeting'];
    expect(csv.split('\r\n')[0]).toBe(header.join(','));
    expect(csv.split('\r\n')).toHaveLength(3);
    const { data, meta } = parse(csv);
    expect(meta.fields).toEqual(header);
    expect(data[0]).toEqual({
      event_id_cnty: 'strike-quneitra',
      event_date: '2025-05-14',
      year: '2025',
      time_precision: '1',
      disorder_type: '',
      event_type: 'Explosions/Remote violence',
      sub_event_type: '',
      actor1: 'Israel Defense Forces',
      actor2: 'Syrian government',
      admin1: '',
      location: 'Quneitra',
      latitude: '33.125',
      longitude: '35.824',
      geo_precision: '1',
      source: 'Reuters',
      notes: 'Aircraft struck a depot.',
      fatalities: '',
      id: 'strike-quneitra',
      set: 'curated',
      kind: 'strike',
      title: 'Strike near Quneitra',
      date_note: '',
      quote: 'A depot was hit.',
      end_date: '',
      place_precision: 'town',
      ucdp_where_prec: '1',
      source_headline: 'Israeli jets strike depot near Quneitra',
      source_via: '',
      source_published: '2025-05-15',
      civilian_targeting: '',
    });
  });

  it('keeps an imported row’s own ACLED fields', () => {
    const row = parse(eventsToCsv([acledRow()])).data[0];
    expect(row).toMatchObject({
      event_id_cnty: 'SYR123',
      event_date: '2025-01-01',
      year: '2025',
      time_precision: '2',
      event_type: 'Protests',
      sub_event_type: 'Peaceful protest',
      actor1: 'Protesters (Syria)',
      actor2: '',
      admin1: "Dar'a",
      geo_precision: '2',
      source: 'SANA; Enab Baladi',
      fatalities: '0',
      quote: '',
      place_precision: 'near',
      ucdp_where_prec: '2',
      source_headline: '',
      source_via: '',
      source_published: '',
    });
  });

  it('derives an ACLED event type from the kind', () => {
    const kinds = ['clash', 'violence', 'protest', 'meeting', 'other'] as const;
    const rows = parse(eventsToCsv(kinds.map((kind) => makeEvent({ kind })))).data;
    expect(rows.map((r) => r.event_type)).toEqual([
      'Battles',
      'Violence against civilians',
      'Protests',
      'Strategic developments',
      'Strategic developments',
    ]);
  });

  it('writes month precision and region places with ACLED’s codes', () => {
    const e = makeEvent({ date: '2024-12-01', date_precision: 'month', geo_precision: 'region' });
    expect(parse(eventsToCsv([e])).data[0]).toMatchObject({
      event_date: '2024-12-01',
      year: '2024',
      time_precision: '3',
      geo_precision: '3',
    });
  });

  it('writes the calendar date as it is, on the first and last days of a year', () => {
    const rows = parse(
      eventsToCsv([makeEvent({ date: '2024-12-31' }), makeEvent({ date: '2025-01-01' })]),
    ).data;
    expect(rows.map((r) => [r.event_date, r.year])).toEqual([
      ['2024-12-31', '2024'],
      ['2025-01-01', '2025'],
    ]);
  });

  it('keeps commas, quotes, line breaks and markup as exact text', () => {
    const title = 'Strike, "big"\r\nsecond line\nthird';
    const summary = '<img src=x onerror=alert(1)> and javascript:alert(1)';
    const quote = 'He said, "we\'ll see"';
    const e = makeEvent({
      title,
      summary,
      sources: [
        { outlet: 'A, B', quote },
        { outlet: 'C', quote: 'x' },
      ],
    });
    const row = parse(eventsToCsv([e])).data[0];
    expect(row).toMatchObject({ title, notes: summary, source: 'A, B; C', quote: `${quote}; x` });
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const e = makeEvent({
      title: '=1+1',
      summary: '=HYPERLINK("http://evil.example","click")\nsecond line',
      place: '+cmd',
      actors: ['@SUM(A1)', '-2+3'],
      date_note: '\tpadded',
    });
    const row = parse(eventsToCsv([e])).data[0];
    expect(row).toMatchObject({
      title: "'=1+1",
      notes: '\'=HYPERLINK("http://evil.example","click")\nsecond line',
      location: "'+cmd",
      actor1: "'@SUM(A1)",
      actor2: "'-2+3",
      date_note: "'\tpadded",
    });
  });

  it('writes each further field an import kept (a KML folder, ExtendedData) as a column of its own', () => {
    const folder = makeEvent({
      extra: [
        ['folder', 'Daraa › Strikes'],
        ['source', 'a field named like ours'],
      ],
    });
    const data = makeEvent({
      extra: [
        ['__proto__', 'kept'],
        ['folder', 'Quneitra'],
      ],
    });
    const [header, ...rows] = Papa.parse<string[]>(eventsToCsv([folder, makeEvent(), data]).trim()).data;
    expect(header?.slice(EVENT_COLUMNS.length)).toEqual(['folder', 'extra: source', '__proto__']);
    const extras = rows.map((r) => r.slice(EVENT_COLUMNS.length));
    expect(extras).toEqual([
      ['Daraa › Strikes', 'a field named like ours', ''],
      ['', '', ''],
      ['Quneitra', '', 'kept'],
    ]);
  });

  it('writes just the header when there are no events', () => {
    expect(eventsToCsv([])).toBe(EVENT_COLUMNS.join(','));
    expect(rejectedToCsv([], ['=a', 'b'])).toBe('row,reason,"\'=a",b');
  });
});

describe('rejectedToCsv', () => {
  const columns = ['date', 'lat', 'lon', 'notes', 'row'];
  const errors: RowError[] = [
    {
      where: 'row 3',
      reason: 'the date "2025-02-30" is not a real date',
      raw: { date: '2025-02-30', lat: '-33.5', lon: '36', notes: 'a, "b"\nc', row: 'own' },
    },
    { where: 'row 9', reason: 'no latitude', raw: { date: '2025-01-01', lon: '=1+1', notes: '' } },
    { where: 'the header', reason: 'odd', raw: 'not an object' },
  ];

  it('writes row and reason first, then the file’s own columns', () => {
    const { data, meta } = parse(rejectedToCsv(errors, columns));
    expect(meta.fields).toEqual(['row', 'reason', 'date', 'lat', 'lon', 'notes', 'row_1']);
    expect(data[0]).toEqual({
      row: '3',
      reason: 'the date "2025-02-30" is not a real date',
      date: '2025-02-30',
      lat: '-33.5',
      lon: '36',
      notes: 'a, "b"\nc',
      row_1: 'own',
    });
    expect(data[1]).toMatchObject({ row: '9', lat: '', lon: "'=1+1" });
    expect(data[2]).toMatchObject({ row: 'the header', reason: 'odd', date: '' });
  });

  it('writes objects as JSON and never reads inherited properties', () => {
    const csv = rejectedToCsv([{ where: 'row 2', reason: 'x', raw: { a: { b: 1 } } }], ['a', 'constructor']);
    expect(parse(csv).data[0]).toEqual({ row: '2', reason: 'x', a: '{"b":1}', constructor: '' });
  });

  it('keeps a row’s cells past the header, after its columns, as the file had them', () => {
    const text = 'date,lat,lon\n2025-05-14,33.1,35.8,Quneitra,=1+1\n';
    const r = parseCsvText(text, { set: 'mine' });
    if (!('errors' in r)) throw new Error('not read');
    const lines = rejectedToCsv(r.errors, r.columns).split('\r\n');
    expect(lines).toEqual([
      'row,reason,date,lat,lon',
      '2,the row has 5 cells but the header has 3,2025-05-14,33.1,35.8,Quneitra,"\'=1+1"',
    ]);
  });
});
