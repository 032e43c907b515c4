// A CSV file read row by row: ACLED exports are recognised by their header, other files go
// through a column mapping (guessed, or chosen by the user). The importer holds no parser of its
// own so that the worker can stream a large file into it; parseCsvText does the whole job for a
// string.
import Papa from 'papaparse';
import type { EventRecord } from '../../data/events';
import { byDay } from '../../data/events';
import type { ColumnMapping, ImportFormat, ImportResult, NeedsMapping, RowError } from '../types';
import { acledRow, isAcled } from './acled';
import { askForMapping, genericRow, guessMapping, mappingFits } from './columns';
import type { RowContext } from './fields';
import type { CsvImporter, Fatal } from './importer';
import { createCsvFeed, EXTRA, plainRow } from './papa';

export type CsvOptions = { set: string; mapping?: ColumnMapping };

export const NO_ROWS = 'the file has no rows';
type Reader = (row: Record<string, string>, ctx: RowContext) => EventRecord | string;

export function createCsvImporter(opts: CsvOptions): CsvImporter {
  const events: EventRecord[] = [];
  const errors: RowError[] = [];
  let columns: string[] = [];
  let format: ImportFormat = 'csv';
  let read: Reader | null = null;
  let rowCount = 0;

  const readerFor = (cols: string[]): Reader | NeedsMapping => {
    const { mapping } = opts;
    if (mapping) {
      if (!mappingFits(mapping, cols, 'csv')) return askForMapping('csv', cols, mapping, []);
      return (row, ctx) => genericRow(row, mapping, ctx);
    }
    if (isAcled(cols)) {
      format = 'acled';
      return acledRow;
    }
    const guess = guessMapping(cols, 'csv');
    if (!guess.confident) return askForMapping('csv', cols, undefined, []);
    return (row, ctx) => genericRow(row, guess.mapping, ctx);
  };

  return {
    start(cols) {
      columns = cols.filter((c) => c !== EXTRA);
      const found = readerFor(columns);
      if (typeof found !== 'function') return found;
      read = found;
      return null;
    },
    row(fields, rowNumber, problem) {
      if (!read) return;
      rowCount += 1;
      // Surplus cells mean the row's cells may have slid out of their columns: never read it.
      const reason = problem ?? (EXTRA in fields ? 'the row has more cells than the header' : undefined);
      const result = reason ?? read(fields, { set: opts.set, rowNumber });
      if (typeof result !== 'string') events.push(result);
      else errors.push({ where: `row ${rowNumber}`, reason: result, raw: plainRow(fields) });
    },
    get rowCount() {
      return rowCount;
    },
    finish() {
      if (rowCount === 0) return { fatal: NO_ROWS };
      return { format, events: events.sort(byDay), areas: [], errors, columns };
    },
  };
}

/** Reads a whole CSV text at once: for small files and tests. */
export function parseCsvText(text: string, opts: CsvOptions): ImportResult | NeedsMapping | Fatal {
  const importer = createCsvImporter(opts);
  const feed = createCsvFeed(importer);
  Papa.parse<Record<string, string>>(text, feed.config);
  return feed.needsMapping ?? importer.finish();
}
