import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findCut } from './csv-split';

const blob = (text: string) => new Blob([text]);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('findCut', () => {
  it('cuts at the first line start from the byte asked for, and counts the lines before it', async () => {
    const text = 'a,b\n1,2\n3,4\n5,6\n';
    expect(await findCut(blob(text), 5)).toEqual({ at: 8, lines: 2 });
    expect(await findCut(blob(text), 8)).toEqual({ at: 12, lines: 3 });
    expect(await findCut(blob(text), 0)).toEqual({ at: 4, lines: 1 });
  });

  it('never cuts inside a quoted cell, however many lines it holds', async () => {
    const text = 'a,b\n1,"x\ny\nz"\n3,"say ""hi""\n"\n5,6\n';
    const near = text.indexOf('y');
    const cut = await findCut(blob(text), near);
    expect(text.slice(cut?.at)).toBe('3,"say ""hi""\n"\n5,6\n');
    expect(cut?.lines).toBe(2);
    const later = await findCut(blob(text), text.indexOf('hi'));
    expect(text.slice(later?.at)).toBe('5,6\n');
  });

  it('has no cut past the last line start, nor in a file without line feeds', async () => {
    expect(await findCut(blob('a,b\n1,2\n'), 5)).toBeNull();
    expect(await findCut(blob('a,b\r1,2\r3,4\r'), 2)).toBeNull();
  });

  it('cuts CR LF lines after their LF', async () => {
    expect(await findCut(blob('a,b\r\n1,2\r\n3,4\r\n'), 2)).toEqual({ at: 5, lines: 1 });
  });

  it('agrees with papaparse on well-formed files read in pieces of any size', async () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'x', 'é', '"q"', 'a\nb', 'a,b', '""'),
      fc.string({ maxLength: 4 }),
    );
    const quoteCell = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        async (rows, at) => {
          const text = `${rows.map((r) => r.map(quoteCell).join(',')).join('\n')}\n`;
          const bytes = bytesOf(text);
          const cut = await findCut(new Blob([bytes]), at % bytes.length);
          const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data;
          if (!cut) return;
          const head = new TextDecoder().decode(bytes.subarray(0, cut.at));
          const tail = new TextDecoder().decode(bytes.subarray(cut.at));
          const [first, second] = [head, tail].map(
            (t) => Papa.parse<string[]>(t, { delimiter: ',', newline: '\n' }).data,
          );
          expect([...(first ?? []).slice(0, -1), ...(second ?? [])]).toEqual(parsed);
          expect(first?.length).toBe(cut.lines + 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scans quotes and line feeds far apart in time linear in the file', async () => {
    // 200,000 quoted cells on one line, then a line feed: each search stops at its range's end.
    const text = `${'"a",'.repeat(200_000)}\n"b"\nc\n`;
    const started = performance.now();
    expect(await findCut(blob(text), 10)).toEqual({ at: text.indexOf('"b"'), lines: 1 });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
