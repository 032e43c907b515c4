import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from './csv';
import { RUNS, resultOf } from './fuzz-support';
import { readPreamble } from './preamble';

const opts = { set: 'mine' };
const ROWS = 'date;lat;lon;title\n2025-05-14;33,1;35,8;a, b\n2025-05-15;33.2;35.9;c\n';

describe('readPreamble', () => {
  it('skips a byte-order mark, Excel’s sep= line, blank lines and comments', () => {
    const text = '\uFEFFsep=;\r\n# Exported by a tool\n\n#\ndate;lat\n';
    expect(readPreamble(text)).toEqual({
      length: text.indexOf('date'),
      rows: 3,
      sep: ';',
      notes: [
        'The first line, “sep=;”, was read as Excel’s hint: cells are separated by “;”.',
        '2 comment lines before the header (lines 2 to 4, the first “# Exported by a tool”) were skipped.',
      ],
    });
  });

  it.each([
    ['"sep=,"\n', ','],
    ['SEP=|\n', '|'],
    ['sep=\t\n', '\t'],
  ])('reads the hint in %j', (text, sep) => {
    expect(readPreamble(`${text}a,b\n`).sep).toBe(sep);
  });

  it('takes "#id" for a header and a sep= line further down for data', () => {
    expect(readPreamble('#id,date\n1,2\n')).toEqual({ length: 0, rows: 0, notes: [] });
    expect(readPreamble('\nsep=;\n')).toEqual({ length: 1, rows: 1, notes: [] });
  });
});

describe('a CSV with a preamble', () => {
  it('honours sep=;, though papaparse would guess "," from the cells', () => {
    const r = resultOf(parseCsvText(`sep=;\n${ROWS}`, opts));
    expect(r.events.map((e) => [e.title, e.lat])).toEqual([
      ['a, b', 33.1],
      ['c', 33.2],
    ]);
    expect(r.notes[0]).toMatch(/^The first line, “sep=;”, was read as Excel’s hint/);
  });

  it('skips comments above the header and numbers rows as a spreadsheet shows them', () => {
    const r = resultOf(parseCsvText(`# Exported 2025-06-01\n\n${ROWS}2025-02-30;33;35;bad\n`, opts));
    expect(r.events).toHaveLength(2);
    expect(r.errors.map((e) => e.where)).toEqual(['row 6']);
    expect(r.notes[0]).toBe('Line 1 (“# Exported 2025-06-01”) was skipped as a comment.');
  });

  it('reads the same rows whatever preamble comes before them', () => {
    const plain = resultOf(parseCsvText(ROWS, opts));
    const line = fc.constantFrom('# a comment', '#', '', '  ', '#! x');
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.array(line, { maxLength: 4 }), (bom, sep, lines) => {
        const head = (bom ? '\uFEFF' : '') + (sep ? 'sep=;\n' : '') + lines.map((l) => `${l}\n`).join('');
        const r = resultOf(parseCsvText(head + ROWS, opts));
        expect(r.events.map((e) => [e.title, e.lat, e.date])).toEqual(
          plain.events.map((e) => [e.title, e.lat, e.date]),
        );
        expect(r.events.map((e) => e.id)).toEqual(
          plain.events.map((e) => `mine-${Number(e.id.slice(5)) + lines.length}`),
        );
      }),
      RUNS,
    );
  });
});

describe('a file of one column', () => {
  it('says it has one column and which separators were tried', () => {
    expect(parseCsvText('date lat lon\n2025-05-14 33.1 35.8\n', opts)).toEqual({
      fatal:
        'the file has one column: no comma, semicolon, tab or | splits its header (these were tried); its cells seem to be separated by spaces (its header is “date lat lon”). Save it from the spreadsheet as CSV (comma-separated) and import it again',
    });
    expect(parseCsvText('sep=;\ndate,lat,lon\n', opts)).toEqual({
      fatal: expect.stringMatching(
        /^the file has one column: its sep= line names “;”, which is not in its header/,
      ),
    });
    expect(parseCsvText('title\nOne\nTwo\n', opts)).toHaveProperty(
      'fatal',
      expect.stringContaining('“title”'),
    );
  });
});
