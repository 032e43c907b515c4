// The two-part read of a large CSV (csv-file.ts), its later part read here in-process as the
// second worker reads it, its answer cloned as postMessage clones it: always the answer of one read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsvFile } from './csv-file';
import { type PartBegin, type PartReader, readLaterPart } from './csv-parts';
import { ACLED_HEADER } from './parse/fuzz-acled-export';
import { cell, csvLike, mostly, RUNS, readBack, writtenDate } from './parse/fuzz-support';
import { CHUNK_BYTES } from './read-text';

const opts = { set: 'file' };

/** Reads parts in-process, counting the parts started and dropped. */
function partReader() {
  const seen = { started: 0, cancelled: 0 };
  const read: PartReader = (start, onBytes) => {
    seen.started++;
    let begin: (r: PartBegin) => void = () => {};
    const begun = new Promise<PartBegin>((resolve) => {
      begin = resolve;
    });
    let onCut: Parameters<typeof readLaterPart>[2]['cut'] = () => {};
    const cut = new Promise<Parameters<typeof onCut>[0]>((resolve) => {
      onCut = resolve;
    });
    const result = readLaterPart(start, begun, { cut: (c) => onCut(c), bytes: onBytes }).then((r) =>
      structuredClone(r),
    );
    return {
      cut,
      begin,
      result,
      cancel: () => {
        seen.cancelled++;
        begin(null);
      },
    };
  };
  return { read, seen };
}

/** Both ways, in chunks of `chunkBytes`: papaparse guesses the delimiter from the first. */
async function bothWays(text: string | BlobPart[], chunkBytes = CHUNK_BYTES) {
  const file = new Blob(typeof text === 'string' ? [text] : text);
  const parts = partReader();
  const progress: number[] = [];
  const two = { readPart: parts.read, twoPartsFrom: 0, chunkBytes };
  const inTwo = await importCsvFile(file, opts, (p) => progress.push(p), two);
  const inOne = await importCsvFile(file, opts, () => {}, { chunkBytes });
  return { inTwo: readBack(inTwo), inOne: readBack(inOne), seen: parts.seen, progress };
}

const acledRow = (i: number, notes: string) =>
  ACLED_HEADER.map((c) =>
    c === 'event_date'
      ? `${1 + (i % 28)} May 2025`
      : c === 'latitude'
        ? '33.1'
        : c === 'longitude'
          ? '35.8'
          : c === 'event_type'
            ? 'Battles'
            : c === 'notes'
              ? notes
              : c.includes('precision')
                ? '1'
                : `${c} ${i % 7}`,
  ).join(',');

/** Files of a header read without asking, and rows of any cells: most are cut in two. */
const mappedRows = fc
  .array(
    fc.tuple(mostly(fc.constantFrom('33.1', '33,5')), mostly(fc.constant('35.8')), mostly(writtenDate), cell),
    {
      minLength: 4,
      maxLength: 40,
    },
  )
  .map((rows) => {
    const quote = (c: string) => (/[",\n\r]/.test(c) && c !== '"' ? `"${c.replaceAll('"', '""')}"` : c);
    return `lat,lon,date,title\n${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;
  });

describe('a CSV file read in two parts', () => {
  it('gives what one read gives: rows, row numbers, errors and notes', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i % 500 === 3 ? 'broken,row' : acledRow(i, i % 3 ? `"a note, ""quoted""\non two lines ${i}"` : 'plain'),
    );
    const { inTwo, inOne, seen, progress } = await bothWays(
      `${ACLED_HEADER.join(',')}\n${rows.join('\n')}\n`,
      4096,
    );
    expect(seen).toEqual({ started: 1, cancelled: 0 });
    expect(inTwo).toEqual(inOne);
    expect('errors' in inTwo && inTwo.errors.length).toBe(6);
    expect(progress.at(-1)).toBe(1);
  });

  it('reads on past the cut itself when the cut was inside a cell', async () => {
    // A stray quote opens a cell that papaparse reads as plain text: the count of quotes is off.
    const rows = Array.from({ length: 2000 }, (_, i) => acledRow(i, i === 10 ? 'a 5" gun' : `"n\n${i}"`));
    const { inTwo, inOne, seen } = await bothWays(`${ACLED_HEADER.join(',')}\n${rows.join('\n')}\n`, 4096);
    expect(seen.started).toBe(1);
    expect(seen.cancelled).toBe(1);
    expect(inTwo).toEqual(inOne);
  });

  it('drops the second reader when the columns need asking', async () => {
    const text = `when,north,east\n${'2025-05-14,33,35\n'.repeat(20_000)}`;
    const { inTwo, inOne, seen } = await bothWays(text, 4096);
    expect(inTwo).toEqual(inOne);
    expect(inOne).toHaveProperty('required');
    expect(seen).toEqual({ started: 1, cancelled: 1 });
  });

  it('gives what one read gives for any file, cut wherever it may be', async () => {
    let inTwoParts = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvLike, mappedRows), async (text) => {
        const { inTwo, inOne, seen } = await bothWays(text, 16);
        expect(inTwo).toEqual(inOne);
        if (seen.started > seen.cancelled) inTwoParts++;
      }),
      { numRuns: RUNS.numRuns },
    );
    // Most generated files are too short to cut, or ask about their columns: enough are not.
    expect(inTwoParts).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it('says the line of a byte that is not UTF-8 in the later part, as one read says it', async () => {
    const good = `lat,lon,date,place\n${'33.1,35.8,2025-05-14,Quneitra\n'.repeat(3000)}`;
    const bad = Uint8Array.from('33.1,35.8,2025-05-14,Caf\xe9\n', (c) => c.charCodeAt(0));
    const { inTwo, inOne, seen } = await bothWays([good, bad, good.slice(19)], 4096);
    expect(inTwo).toEqual(inOne);
    expect(inOne).toHaveProperty('fatal');
    expect(seen.started).toBe(1);
  });

  it('reads a part that begins a chunk in with a character cut across chunks', async () => {
    const row = (i: number) => `33.1,35.8,2025-05-14,Row ${i} שלום,"${'دمشق '.repeat(40)}"`;
    const text = `lat,lon,date,title,notes\n${Array.from({ length: 9000 }, (_, i) => row(i)).join('\n')}\n`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(2 * CHUNK_BYTES);
    // Chunks smaller than the half: the cut is found before the first reader passes it.
    const { inTwo, inOne, seen } = await bothWays(text, CHUNK_BYTES / 4);
    expect(seen).toEqual({ started: 1, cancelled: 0 });
    expect(inTwo).toEqual(inOne);
  });

  it('asks about swapped columns with the same sample rows, however few come before the cut', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `35.8,33.1,2025-05-1${i},t${i}`);
    const text = `lat,lon,date,title\n35.8,33.1,2025-05-14,${'x'.repeat(3000)}\n${rows.join('\n')}\n`;
    const { inTwo, inOne, seen } = await bothWays(text, 16);
    expect(seen).toEqual({ started: 1, cancelled: 0 });
    expect(inOne).toHaveProperty('problem');
    expect(inOne).toHaveProperty('sample.length', 5);
    expect(inTwo).toEqual(inOne);
  });

  it('reads a file with a sep= line in two parts, its rows numbered as a spreadsheet shows them', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i === 2000 ? '95;35.8;2025-05-14;bad' : `33.1;35.8;2025-05-14;Row ${i}`,
    );
    const { inTwo, inOne, seen } = await bothWays(`sep=;\nlat;lon;date;title\n${rows.join('\n')}\n`, 4096);
    expect(seen).toEqual({ started: 1, cancelled: 0 });
    expect(inTwo).toEqual(inOne);
    expect(inOne).toHaveProperty(['errors', 0, 'where'], 'row 2002');
  });
});
