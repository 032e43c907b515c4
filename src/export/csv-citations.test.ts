// The CSV's precision codes, spans and per-source citation cells.
import { describe, expect, it } from 'vitest';
import { eventsToCsv } from './csv';
import { makeEvent, parseCsv as parse } from './test-events';

/** A per-source cell back to its values: "\x" is x, and an unescaped "; " ends a value. */
function splitSources(cell: string): string[] {
  const values = [''];
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] ?? '';
    if (c === ';') {
      values.push('');
      i++; // the space after it
    } else {
      values[values.length - 1] += c === '\\' ? (cell[++i] ?? '') : c;
    }
  }
  return values;
}

describe('eventsToCsv: precision, spans and citations', () => {
  it('writes each precision in ACLED’s and UCDP’s codes beside our own word', () => {
    const events = [
      makeEvent({ geo_precision: 'exact' }),
      makeEvent({ geo_precision: 'near' }),
      makeEvent({ geo_precision: 'region', region: 'quneitra' }),
      makeEvent({ geo_precision: 'region', region: 'golan' }),
      makeEvent({ geo_precision: 'region', region: 'southern-syria' }),
      makeEvent({ geo_precision: 'region' }),
      makeEvent({ geo_precision: 'country', country: 'Syria', place: 'Syria' }),
    ];
    const rows = parse(eventsToCsv(events)).data;
    expect(rows.map((r) => [r.place_precision, r.geo_precision, r.ucdp_where_prec])).toEqual([
      ['exact', '1', '1'],
      ['near', '2', '2'],
      ['region', '3', '4'],
      ['region', '3', '3'],
      ['region', '3', '5'],
      ['region', '3', '4'],
      ['country', '3', '6'],
    ]);
  });

  it('writes the last day of an event that lasted several days', () => {
    const row = parse(eventsToCsv([makeEvent({ date: '2025-07-13', end_date: '2025-07-20' })])).data[0];
    expect(row).toMatchObject({ event_date: '2025-07-13', end_date: '2025-07-20' });
  });

  it('writes every source’s citation, one source per "; "-separated place, in one order', () => {
    const e = makeEvent({
      sources: [
        { outlet: 'Haaretz', headline: 'Talks; then a strike', published: '2025-05-14', quote: 'a; b' },
        { outlet: 'Ynetnews', via: 'Reuters', headline: 'Back\\slash', published: '2025-05-15' },
        { outlet: 'SANA' },
      ],
    });
    const row = parse(eventsToCsv([e])).data[0];
    expect(row).toMatchObject({
      source: 'Haaretz; Ynetnews; SANA',
      source_headline: 'Talks\\; then a strike; Back\\\\slash; ',
      source_via: '; Reuters; ',
      source_published: '2025-05-14; 2025-05-15; ',
      quote: 'a\\; b; ; ',
    });
    // Read back as a spreadsheet user would: split at each unescaped "; ", then unescape.
    expect(splitSources(row?.source_headline ?? '')).toEqual(['Talks; then a strike', 'Back\\slash', '']);
    expect(splitSources(row?.quote ?? '')).toEqual(['a; b', '', '']);
  });

  it('escapes a citation cell a spreadsheet would run as a formula', () => {
    const e = makeEvent({
      sources: [
        {
          outlet: '@SUM(A1)',
          headline: '=HYPERLINK("http://evil.example")',
          via: '+cmd',
          published: '2025-05-14',
        },
      ],
    });
    expect(parse(eventsToCsv([e])).data[0]).toMatchObject({
      source: "'@SUM(A1)",
      source_headline: '\'=HYPERLINK("http://evil.example")',
      source_via: "'+cmd",
    });
  });
});
