// Drives a CsvImporter from papaparse's `step` callback, one row at a time, numbering rows the way
// a spreadsheet shows them. Papa's own row numbers cannot be used for that: with skipEmptyLines
// it drops blank rows before counting (a blank spreadsheet row, ",,,", still has a number), and
// its quote errors count the header and blank lines while its field-count errors do not.
import type Papa from 'papaparse';
import type { NeedsMapping } from '../types';
import { acledDelimiter } from './acled';
import { clipForMessage } from './dates';
import { clip } from './fields';
import type { CsvImporter, Fatal } from './importer';
import { readPreamble } from './preamble';

export const SAMPLE_ROWS = 5;
const SAMPLE_CELL = 200;

/** How the delimiter was chosen: by a `sep=` line, by an ACLED header, or by papaparse's guess. */
type DelimiterChoice = { delimiter?: string; by: 'sep' | 'acled' | 'guess' };

/** The delimiter for a file whose text begins so, before papaparse guesses one. */
function chooseDelimiter(text: string): DelimiterChoice {
  const preamble = readPreamble(text);
  if (preamble.sep !== undefined) return { delimiter: preamble.sep, by: 'sep' };
  const acled = acledDelimiter(text.slice(preamble.length));
  return acled === undefined ? { by: 'guess' } : { delimiter: acled, by: 'acled' };
}

/** A file no delimiter splits: nothing can be read from one column, so say what was tried. */
function oneColumn(header: string, choice: DelimiterChoice): Fatal {
  const shown = `its header is “${clipForMessage(header.trim(), 60)}”`;
  const tried =
    choice.by === 'sep'
      ? `its sep= line names “${choice.delimiter}”, which is not in its header`
      : 'no comma, semicolon, tab or | splits its header (these were tried)';
  const spaced = header.trim().split(/\s+/).length >= 3 ? '; its cells seem to be separated by spaces' : '';
  return {
    fatal: `the file has one column: ${tried}${spaced} (${shown}). Save it from the spreadsheet as CSV (comma-separated) and import it again`,
  };
}

/** The row's trouble in words, or undefined when papaparse found none worth rejecting it for. */
function problemOf(errors: Papa.ParseError[], cellCount: number, headerLength: number): string | undefined {
  for (const e of errors) {
    if (e.code === 'MissingQuotes')
      return 'a quoted cell is never closed (a " is missing), so the rest of the file was read into it';
    if (e.code === 'InvalidQuotes') return 'a quoted cell has a stray " in it';
  }
  if (cellCount !== headerLength) return `the row has ${cellCount} cells but the header has ${headerLength}`;
  return undefined;
}

/** True when every cell is blank; stops at the first that is not (most rows: the first cell). */
const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** The header's names: trimmed, never empty, never twice the same, so a mapping names one column. */
function headerNames(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((name, index) => {
    const base = name.trim() || `column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** A sample row for the column dialog: its cells by name, clipped. */
export const sampleRow = (header: readonly string[], cells: readonly string[]) =>
  new Map(header.slice(0, cells.length).map((name, i) => [name, clip(cells[i] ?? '', SAMPLE_CELL)]));

/** How papaparse split the file, as the header showed it: the second part is split the same. */
export type CsvSplitting = { delimiter: string; newline: '\n' | '\r\n' | '\r' };

/**
 * Where a part of a file begins that another reader reads (csv-file.ts): after its header and
 * `rowNumber` rows (no preamble there), split as the first part was.
 */
export type CsvPart = { header: string[]; rowNumber: number; splitting: CsvSplitting };

/**
 * Papa options to spread into `Papa.parse(input, { ...feed.configFor(firstText), complete })`,
 * and, once it completes, the fatal of a one-column file or the question for the user if the
 * header needed one (then the parse was aborted after reading a few sample rows). Otherwise call
 * `importer.finish()`. Given a `part`, the rows are those of a file's later part.
 */
export function createCsvFeed(importer: CsvImporter, part?: CsvPart) {
  let rowNumber = part?.rowNumber ?? 0; // the header's is 1
  let header: string[] | null = part?.header ?? null;
  let needsMapping: NeedsMapping | null = part ? importer.start(part.header) : null;
  let fatal: Fatal | null = null;
  let choice: DelimiterChoice = { by: 'guess' };
  let splitting: CsvSplitting | null = part?.splitting ?? null;
  // Where papaparse is in the text: the end of its last row, after the preamble it was not given.
  let [cursor, skipped] = [0, 0];
  // Line feeds of the preamble that number no row (a sep= line): a cut counts every line feed.
  let uncounted = 0;

  const takeHeader = (cells: string[], parser: Papa.Parser, meta: Papa.ParseMeta) => {
    header = headerNames(cells);
    splitting = { delimiter: meta.delimiter, newline: meta.linebreak as CsvSplitting['newline'] };
    if (header.length === 1) {
      fatal = oneColumn(cells[0] ?? '', choice);
      parser.abort();
    } else needsMapping = importer.start(header);
  };

  const config = {
    // Rows come as arrays and the header is read here: papaparse's objects keyed by the header
    // would take a column named "__proto__" for the object's prototype.
    header: false,
    // Blank rows are skipped here, in step, so that they still count.
    skipEmptyLines: false,
    beforeFirstChunk(chunk: string): string {
      if (part) return chunk;
      const preamble = readPreamble(chunk);
      rowNumber += preamble.rows;
      skipped = preamble.length;
      uncounted = (chunk.slice(0, preamble.length).match(/\n/g)?.length ?? 0) - preamble.rows;
      for (const note of preamble.notes) importer.note(note);
      return chunk.slice(preamble.length);
    },
    step(results: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void {
      rowNumber += 1;
      cursor = results.meta.cursor;
      const cells = results.data;
      if (isBlank(cells)) return;
      if (header === null) takeHeader(cells, parser, results.meta);
      else if (fatal) return;
      else if (needsMapping) {
        needsMapping.sample.push(sampleRow(header, cells));
        if (needsMapping.sample.length >= SAMPLE_ROWS) parser.abort();
      } else {
        importer.row(cells, rowNumber, problemOf(results.errors, cells.length, header.length));
      }
    },
  };
  return {
    /** The options for a file whose text begins with `first`: the delimiter chosen from it. */
    configFor(first: string) {
      if (splitting) return { ...config, ...splitting };
      choice = chooseDelimiter(first);
      return { ...config, delimiter: choice.delimiter };
    },
    get needsMapping(): NeedsMapping | null {
      return needsMapping;
    },
    /** A file with one column: nothing to read. */
    get fatal(): Fatal | null {
      return fatal;
    },
    /** Rows read, the blank ones and the preamble's lines counted: the last row's number. */
    get rowNumber(): number {
      return rowNumber;
    },
    /**
     * The header and how it was split, once it is read and its rows are being read, with the
     * preamble's line feeds that number no row.
     */
    get reading(): { header: string[]; splitting: CsvSplitting; uncounted: number } | null {
      return header && splitting && !needsMapping && !fatal ? { header, splitting, uncounted } : null;
    },
    /** True when the rows read end exactly `length` characters into the text given. */
    endsAt: (length: number) => skipped + cursor === length,
  };
}
