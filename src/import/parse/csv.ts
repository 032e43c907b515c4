// A CSV file read row by row: ACLED exports are recognised by their header, other files go
// through a column mapping (guessed, or chosen by the user). The importer holds no parser of its
// own so that the worker can stream a large file into it; parseCsvText does the whole job for a
// string.
import Papa from 'papaparse';
import type { EventTable } from '../../data/event-table';
import type { EventRecord } from '../../data/events';
import { mergeTables } from '../../data/merge-tables';
import { tableBuilder } from '../../data/table-builder';
import type { ColumnMapping, DateRange, ImportFormat, ImportResult, NeedsMapping, RowError } from '../types';
import { isAcled } from './acled';
import { acledRow } from './acled-row';
import { askForMapping, genericRow, guessMapping, mappingFits } from './columns';
import type { RowContext } from './fields';
import type { CsvImporter, CsvPartResult, Fatal } from './importer';
import { createNotes } from './notes';
import { outliersOf, outsideOf } from './outliers';
import { createCsvFeed, SAMPLE_ROWS, sampleRow } from './papa';
import { createSwapCensus, swapText } from './region';
import { type Cells, CsvRow, type Header, headerOf, recordOf } from './row';
import { isUcdp, ucdpRow } from './ucdp';

/** The set the events go in, the columns the user chose, and the dates to keep (the rest dropped). */
export type CsvOptions = { set: string; mapping?: ColumnMapping; datesWithin?: DateRange };

export const NO_ROWS = 'the file has no rows';
type Reader = (row: Cells, ctx: RowContext) => EventRecord | string;

// What to do about points that look swapped, when the user is not asked in the dialog.
const SWAP_FIX = {
  known: 'Check the file’s latitude and longitude columns.',
  chosen:
    'If the latitude and longitude columns are the wrong way round, remove this import and add the file again to choose them.',
};
const ASK_SWAP = 'If so, swap them here (“Swap latitude and longitude”); if not, import as it is.';

export function createCsvImporter(opts: CsvOptions): CsvImporter {
  const table = tableBuilder(opts.set);
  const errors: RowError[] = [];
  let header: Header = headerOf([]);
  let format: ImportFormat = 'csv';
  let read: Reader | null = null;
  let rowCount = 0;
  const notes = createNotes('row');
  const census = createSwapCensus('row');
  const outside = opts.datesWithin ? outsideOf(opts.datesWithin) : () => null;
  // The mapping when it was guessed, not chosen: the user may still be asked about a swap.
  let guessed: ColumnMapping | null = null;
  const samples: ReadonlyMap<string, string>[] = [];
  let later: EventTable | null = null;
  let own: EventTable | null = null;
  const ownTable = () => {
    own ??= table.finish('by-day');
    return own;
  };

  const readerFor = (cols: string[]): Reader | NeedsMapping => {
    const { mapping } = opts;
    const generic =
      (m: ColumnMapping): Reader =>
      (row, ctx) =>
        genericRow(row, m, ctx);
    if (mapping)
      return mappingFits(mapping, cols, 'csv') ? generic(mapping) : askForMapping('csv', cols, mapping, []);
    if (isAcled(cols)) {
      format = 'acled';
      return acledRow;
    }
    if (isUcdp(cols)) {
      format = 'ucdp';
      return ucdpRow;
    }
    const guess = guessMapping(cols, 'csv');
    if (!guess.confident) return askForMapping('csv', cols, undefined, []);
    guessed = guess.mapping;
    return generic(guess.mapping);
  };

  /** The question about a swap, or a note of it; null when the points look right. */
  const swapQuestion = (): NeedsMapping | null => {
    const hint = census.hint();
    if (!hint) return null;
    if (!guessed) notes.say(swapText(hint, format === 'csv' ? SWAP_FIX.chosen : SWAP_FIX.known));
    else
      return {
        ...askForMapping('csv', [...header.columns], guessed, samples),
        problem: swapText(hint, ASK_SWAP),
      };
    return null;
  };

  return {
    start(cols) {
      header = headerOf(cols);
      const found = readerFor(cols);
      if (typeof found !== 'function') return found;
      read = found;
      return null;
    },
    row(cells, rowNumber, problem) {
      if (!read) return;
      rowCount += 1;
      // Surplus cells mean the row's cells may have slid out of their columns: never read it.
      const surplus = cells.length > header.columns.length;
      const reason = problem ?? (surplus ? 'the row has more cells than the header' : undefined);
      const row = new CsvRow(header, cells);
      if (samples.length < SAMPLE_ROWS) samples.push(sampleRow(header.columns, cells));
      const found = reason ?? read(row, { set: opts.set, rowNumber, notes });
      const result = typeof found === 'string' ? found : (outside(found) ?? found);
      if (typeof result === 'string')
        errors.push({ where: `row ${rowNumber}`, reason: result, raw: recordOf(row) });
      else {
        table.add(result);
        census.add(result.lat, result.lon, rowNumber);
      }
    },
    note(sentence) {
      notes.say(sentence);
    },
    get rowCount() {
      return rowCount;
    },
    finish() {
      if (rowCount === 0) return { fatal: NO_ROWS };
      const question = swapQuestion();
      if (question) return question;
      const columns = [...header.columns];
      const events = later ? mergeTables(ownTable(), later) : ownTable();
      const outliers = outliersOf(events, 'row');
      return { format, table: events, areas: [], errors, columns, notes: notes.texts(), ...outliers };
    },
    sortOwn() {
      ownTable();
    },
    part: () => ({
      table: ownTable(),
      errors,
      rowCount,
      notes: notes.state(),
      census: census.state(),
      samples,
    }),
    absorb(part: CsvPartResult) {
      rowCount += part.rowCount;
      // One at a time: spreading half a million rejected rows into push() overflows the stack.
      for (const e of part.errors) errors.push(e);
      notes.absorb(part.notes);
      census.absorb(part.census);
      // The dialog's sample rows are the file's first: the later part's fill any left short.
      for (const row of part.samples) if (samples.length < SAMPLE_ROWS) samples.push(row);
      later = part.table;
    },
  };
}

/** Reads a whole CSV text at once: for small files and tests. */
export function parseCsvText(text: string, opts: CsvOptions): ImportResult | NeedsMapping | Fatal {
  const importer = createCsvImporter(opts);
  const feed = createCsvFeed(importer);
  Papa.parse<string[]>(text, feed.configFor(text));
  return feed.fatal ?? feed.needsMapping ?? importer.finish();
}
