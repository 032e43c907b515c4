// Drives a CsvImporter from papaparse's `step` callback, one row at a time, numbering rows the way
// a spreadsheet shows them. Papa's own row numbers cannot be used for that: with skipEmptyLines
// it drops blank rows before counting (a blank spreadsheet row, ",,,", still has a number), and
// its quote errors count the header and blank lines while its field-count errors do not.
import type Papa from 'papaparse';
import type { NeedsMapping } from '../types';
import { clip } from './fields';
import type { CsvImporter } from './importer';

const SAMPLE_ROWS = 5;
const SAMPLE_CELL = 200;

// The header may be preceded by blank lines; they still take row numbers.
const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))+/;

type Row = Record<string, string>;

/** Where papaparse puts the cells beyond the header's last column. */
export const EXTRA = '__parsed_extra';

/** The row without papaparse's array of surplus cells, which are kept under readable names. */
export function plainRow(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (k !== EXTRA) out[k] = typeof v === 'string' ? v : v == null ? '' : String(v);
  }
  const extra = fields[EXTRA];
  if (Array.isArray(extra)) {
    for (const [i, v] of extra.entries()) out[`(extra field ${i + 1})`] = String(v ?? '');
  }
  return out;
}

/** The row's trouble in words, or undefined when papaparse found none worth rejecting it for. */
function problemOf(errors: Papa.ParseError[], data: Row, headerLength: number): string | undefined {
  for (const e of errors) {
    if (e.code === 'MissingQuotes')
      return 'a quoted cell is never closed (a " is missing), so the rest of the file was read into it';
    if (e.code === 'InvalidQuotes') return 'a quoted cell has a stray " in it';
    if (e.type === 'FieldMismatch') {
      const extra = (data as Record<string, unknown>)[EXTRA];
      const count = Object.keys(data).length + (Array.isArray(extra) ? extra.length - 1 : 0);
      return `the row has ${count} cells but the header has ${headerLength}`;
    }
  }
  return undefined;
}

const blank = (v: unknown): boolean =>
  typeof v === 'string' ? v.trim() === '' : Array.isArray(v) ? v.every(blank) : v == null;
/** True when every cell is blank; stops at the first that is not (most rows: the first cell). */
function isBlank(data: Row): boolean {
  for (const key in data) if (!blank(data[key])) return false;
  return true;
}

/**
 * Papa options to spread into `Papa.parse(input, { ...feed.config, complete, chunkSize })`, and,
 * once it completes, the question for the user if the header needed one (then the parse was
 * aborted after reading a few sample rows). Otherwise call `importer.finish()`.
 */
export function createCsvFeed(importer: CsvImporter, onProgress?: (bytesRead: number) => void) {
  let rowNumber = 1; // the header's, until the first data row
  let header: string[] | null = null;
  let needsMapping: NeedsMapping | null = null;
  const names = new Map<string, number>();

  const config = {
    header: true,
    // Blank rows are skipped here, in step, so that they still count.
    skipEmptyLines: false,
    beforeFirstChunk(chunk: string): string {
      const text = chunk.replace(/^\uFEFF/, '');
      const blank = LEADING_BLANK_LINES.exec(text)?.[0] ?? '';
      rowNumber += (blank.match(/\r\n|\n|\r/g) ?? []).length;
      return text.slice(blank.length);
    },
    // Trimmed, never empty, never twice the same: a mapping names one column unambiguously.
    transformHeader(name: string, index: number): string {
      const base = name.trim() || `column ${index + 1}`;
      const seen = names.get(base) ?? 0;
      names.set(base, seen + 1);
      return seen === 0 ? base : `${base} (${seen + 1})`;
    },
    step(results: Papa.ParseStepResult<Row>, parser: Papa.Parser): void {
      rowNumber += 1;
      const data = results.data;
      if (isBlank(data)) return;
      if (header === null) {
        header = results.meta.fields ?? Object.keys(data);
        needsMapping = importer.start(header);
      }
      if (needsMapping) {
        const cells = Object.entries(plainRow(data)).map(([k, v]) => [k, clip(v, SAMPLE_CELL)]);
        needsMapping.sample.push(Object.fromEntries(cells));
        if (needsMapping.sample.length >= SAMPLE_ROWS) parser.abort();
        return;
      }
      importer.row(data, rowNumber, problemOf(results.errors, data, header.length));
      if (onProgress && importer.rowCount % 1000 === 0) onProgress(results.meta.cursor);
    },
  };
  return {
    config,
    get needsMapping(): NeedsMapping | null {
      return needsMapping;
    },
  };
}
