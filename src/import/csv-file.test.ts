import { describe, expect, it } from 'vitest';
import { importCsvFile } from './csv-file';
import { parseCsvText } from './parse/csv';
import { ACLED_HEADER } from './parse/fuzz-acled-export';
import { checkPrototype, readBack, resultOf } from './parse/fuzz-support';
import { CHUNK_BYTES, notUtf8At } from './read-text';

const opts = { set: 'file' };
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Imports as the worker does, keeping the progress it reports. */
async function imported(parts: BlobPart[]) {
  const progress: number[] = [];
  const outcome = await importCsvFile(new Blob(parts), opts, (p) => progress.push(p));
  return { outcome, progress };
}

describe('importCsvFile', () => {
  it('reads a file of several chunks as parseCsvText reads its text, cut characters and all', async () => {
    // Long rows of two-byte letters: the chunk boundaries are sure to cut some.
    const notes = 'שלום دمشق ""ü"", '.repeat(30);
    const rows = Array.from({ length: 5000 }, (_, i) => `33.1,35.8,2025-05-14,Row ${i},"${notes}"`);
    const text = `lat,lon,date,title,notes\n${rows.join('\n')}\n`;
    expect(utf8(text).length).toBeGreaterThan(2 * CHUNK_BYTES);
    const { outcome, progress } = await imported([text]);
    expect(readBack(outcome)).toEqual(readBack(parseCsvText(text, opts)));
    expect('table' in outcome && outcome.table.count).toBe(5000);
    expect(JSON.stringify(readBack(outcome))).not.toContain('\uFFFD');
    const size = utf8(text).length;
    const chunkEnds = Array.from({ length: Math.ceil(size / CHUNK_BYTES) }, (_, i) =>
      Math.min(size, (i + 1) * CHUNK_BYTES),
    );
    expect(progress).toEqual(chunkEnds.map((end) => end / size));
  });

  it('imports nothing from a file whose only Windows-1252 byte is past the first 64 KB', async () => {
    const good = 'lat,lon,date,place\n'.concat('33.1,35.8,2025-05-14,Quneitra\n'.repeat(3000));
    const bad = Uint8Array.from('33.1,35.8,2025-05-14,Caf\xe9\n', (c) => c.charCodeAt(0));
    expect((await imported([good, bad])).outcome).toEqual({ fatal: notUtf8At(3002) });
  });

  it('stops reading once it has the rows to ask about the columns with', async () => {
    const text = `when,north,east\n${'2025-05-14,33,35\n'.repeat(200_000)}`;
    const { outcome, progress } = await imported([text]);
    expect(outcome).toMatchObject({ columns: ['when', 'north', 'east'], sample: { length: 5 } });
    expect(progress).toEqual([CHUNK_BYTES / utf8(text).length]);
  });

  it('reads an ACLED export with "; " lists, and columns named like Object’s members', async () => {
    const header = [...ACLED_HEADER, '__proto__', 'constructor'];
    const cells = new Map(
      Object.entries({
        event_date: '2025-05-14',
        time_precision: '1',
        geo_precision: '1',
        latitude: '33',
        longitude: '35',
        event_type: 'Battles',
      }),
    );
    const row = ACLED_HEADER.map((c) => cells.get(c) ?? 'a; b');
    const { outcome } = await imported([`${header.join(',')}\n${[...row, 'p', 'c'].join(',')}\n`]);
    expect(outcome).toMatchObject({ format: 'acled', errors: [], columns: header });
    expect(resultOf(outcome).events[0]?.sources).toEqual([{ outlet: 'a' }, { outlet: 'b' }]);
    checkPrototype();
  });

  it('honours a sep= line and skips comments after a byte-order mark, and stops at one column', async () => {
    const text = '\uFEFFsep=;\n# made by hand\ndate;lat;lon\n2025-05-14;33,1;35,8\n';
    const { outcome } = await imported([text]);
    expect(readBack(outcome)).toEqual(readBack(parseCsvText(text, opts)));
    expect(resultOf(outcome)).toMatchObject({ events: [{ lat: 33.1, lon: 35.8 }], notes: { length: 3 } });
    expect((await imported(['date lat lon\n1 2 3\n'])).outcome).toHaveProperty('fatal');
  });

  it('says why a file has no rows', async () => {
    expect((await imported(['\uFEFF'])).outcome).toEqual({ fatal: 'the file has no rows' });
    expect((await imported(['lat,lon,date\n'])).outcome).toEqual({ fatal: 'the file has no rows' });
  });
});
