import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromParts } from '../../data/dates';
import { parseCsvText } from './csv';
import { checkOutcome, checkPrototype, RUNS, resultOf } from './fuzz-support';
import { isUcdp, ucdpRow } from './ucdp';

// The columns of a GED export (UCDP GED codebook, version 24.1), in its order.
const HEADER = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
];
const ctx = { set: 'ged', rowNumber: 2 };

/** A made-up but GED-shaped row; tests change only what they are about. */
const cells = (over: Record<string, string> = {}): Map<string, string> =>
  new Map(
    Object.entries({
      id: '512345',
      relid: 'SYR-2025-1-9999-12',
      type_of_violence: '2',
      conflict_name: 'Druze militias - Bedouin militias',
      dyad_name: 'Druze militias - Bedouin militias',
      side_a: 'Druze militias',
      side_b: 'Bedouin militias',
      source_office: 'Reuters;AFP',
      source_date: '2025-07-14;2025-07-15',
      source_headline: 'Clashes in Sweida;Dozens killed in southern Syria',
      where_prec: '1',
      where_description: 'Sweida town',
      adm_1: 'As Suwayda governorate',
      latitude: '32.7089',
      longitude: '36.5695',
      country: 'Syria',
      date_prec: '1',
      date_start: '2025-07-13 00:00:00.000',
      date_end: '2025-07-13 00:00:00.000',
      best: '12',
      high: '15',
      low: '10',
      ...over,
    }),
  );
const ok = (r: ReturnType<typeof ucdpRow>) => {
  if (typeof r === 'string') throw new Error(r);
  return r;
};

describe('UCDP GED rows', () => {
  it('are recognised by their columns, in any case', () => {
    expect(isUcdp(HEADER)).toBe(true);
    expect(isUcdp(HEADER.map((h) => h.toUpperCase()))).toBe(true);
    expect(isUcdp(HEADER.filter((h) => h !== 'date_prec'))).toBe(false);
    expect(isUcdp(['event_date', 'latitude', 'longitude', 'event_type'])).toBe(false);
  });

  it('name both sides, count the deaths and cite each report', () => {
    const e = ok(ucdpRow(cells(), ctx));
    expect(e).toMatchObject({
      id: 'ged-2',
      kind: 'clash',
      title: 'Druze militias vs Bedouin militias',
      actors: ['Druze militias', 'Bedouin militias'],
      date: '2025-07-13',
      date_precision: 'day',
      day: fromParts(2025, 7, 13),
      end: fromParts(2025, 7, 13),
      place: 'Sweida town, As Suwayda governorate, Syria',
      geo_precision: 'exact',
      fatalities: 12,
      source_id: '512345',
      event_type: 'Non-state conflict',
      admin1: 'As Suwayda governorate',
      lat: 32.7089,
      lon: 36.5695,
    });
    expect(e.sources).toEqual([
      { outlet: 'Reuters', headline: 'Clashes in Sweida', published: '2025-07-14' },
      { outlet: 'AFP', headline: 'Dozens killed in southern Syria', published: '2025-07-15' },
    ]);
    expect(e.extra).toEqual([
      ['conflict', 'Druze militias - Bedouin militias'],
      ['deaths (low–high)', '10–15'],
    ]);
    expect(e.summary).toBe(
      'Non-state conflict: Druze militias - Bedouin militias. Deaths, best estimate: 12 (low 10, high 15).',
    );
    expect(e).not.toHaveProperty('date_note');
  });

  it('give a range of days as a span, a month as a month and a year as its days, saying how well each is known', () => {
    const range = ok(
      ucdpRow(cells({ date_prec: '2', date_start: '2025-07-13', date_end: '2025-07-16' }), ctx),
    );
    expect(range).toMatchObject({
      date_precision: 'day',
      end_date: '2025-07-16',
      end: fromParts(2025, 7, 16),
    });
    expect(range.date_note).toBe('UCDP date_prec 2: known to a range of two to six days');
    const month = ok(
      ucdpRow(cells({ date_prec: '4', date_start: '2025-07-01', date_end: '2025-07-31' }), ctx),
    );
    expect(month).toMatchObject({ date: '2025-07-01', date_precision: 'month', end: fromParts(2025, 7, 31) });
    expect(month).not.toHaveProperty('end_date');
    const year = ok(
      ucdpRow(cells({ date_prec: '5', date_start: '2025-01-01', date_end: '2025-12-31' }), ctx),
    );
    expect(year).toMatchObject({ date_precision: 'day', end_date: '2025-12-31' });
    expect(year.date_note).toBe('UCDP date_prec 5: known to a year');
  });

  it('never claim a place better than where_prec does', () => {
    const geo = (where_prec: string) => ok(ucdpRow(cells({ where_prec }), ctx));
    expect([1, 2, 3, 4, 5, 6, 7].map((p) => geo(String(p)).geo_precision)).toEqual([
      'exact',
      'near',
      'region',
      'region',
      'region',
      'country',
      'region',
    ]);
    expect(geo('6').country).toBe('Syria');
    expect(geo('5').note).toMatch(/along a line/);
    expect(geo('7').note).toMatch(/international waters/);
  });

  it('say what is wrong with a row it cannot use', () => {
    expect(ucdpRow(cells({ date_prec: '9' }), ctx)).toBe('date_prec "9" is not 1 to 5');
    expect(ucdpRow(cells({ where_prec: '' }), ctx)).toBe('where_prec "" is not 1 to 7');
    expect(ucdpRow(cells({ date_start: '13/07/2025' }), ctx)).toMatch(
      /^date_start "13\/07\/2025" is not a date/,
    );
    expect(ucdpRow(cells({ date_end: '2025-07-01' }), ctx)).toBe(
      'date_end 2025-07-01 is before date_start 2025-07-13',
    );
    expect(ucdpRow(cells({ latitude: '95' }), ctx)).toBe('latitude 95 is out of range');
  });

  it('are read from a CSV export as UCDP rows, with each bad row numbered', () => {
    const row = (over: Record<string, string>) => {
      const c = cells(over);
      return HEADER.map((h) => JSON.stringify(c.get(h) ?? '')).join(',');
    };
    const text = [
      HEADER.join(','),
      row({}),
      row({ where_prec: '0' }),
      row({ date_start: '2025-07-20', date_end: '2025-07-20' }),
    ].join('\n');
    const r = resultOf(parseCsvText(text, { set: 'ged' }));
    expect(r.format).toBe('ucdp');
    expect(r.events.map((e) => [e.id, e.date])).toEqual([
      ['ged-2', '2025-07-13'],
      ['ged-4', '2025-07-20'],
    ]);
    expect(r.errors.map((e) => `${e.where}: ${e.reason}`)).toEqual(['row 3: where_prec "0" is not 1 to 7']);
  });

  it('never throw on any cells, and never write onto a prototype', () => {
    const names = [
      'date_prec',
      'date_start',
      'date_end',
      'where_prec',
      'best',
      'low',
      'high',
      'source_office',
      'source_date',
      'type_of_violence',
      '__proto__',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.string({ maxLength: 30 })), (over) => {
        const r = ucdpRow(cells(over), ctx);
        expect(typeof r === 'string' ? r.length > 0 : r.id === 'ged-2').toBe(true);
        const text = `${HEADER.join(',')}\n${HEADER.map((h) => JSON.stringify(cells(over).get(h) ?? '')).join(',')}\n`;
        checkOutcome(parseCsvText(text, { set: 'ged' }));
        checkPrototype();
      }),
      RUNS,
    );
  });
});
