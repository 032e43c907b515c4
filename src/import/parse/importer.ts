// The contract between the two halves of CSV reading: papa.ts feeds rows, csv.ts builds the
// importer that takes them. Kept apart from both so neither has to import the other.
import type { EventTable } from '../../data/event-table';
import type { ImportResult, NeedsMapping, RowError } from '../types';
import type { NotesState } from './notes';
import type { SwapCounts } from './region';

/** What a reader of a file's later part gives back, its table by day and its rows numbered in the whole file. */
export type CsvPartResult = {
  table: EventTable;
  errors: RowError[];
  rowCount: number;
  notes: NotesState;
  census: SwapCounts;
  /** Its first rows, for the column dialog when the swap question needs them. */
  samples: ReadonlyMap<string, string>[];
};

/** A file no row can be read from (empty, binary, broken): the import changes nothing. */
export type Fatal = { fatal: string };

export type CsvImporter = {
  /**
   * Call once with the header (its names unique). A question means: stop reading and ask the
   * user for a mapping.
   */
  start(columns: string[]): NeedsMapping | null;
  /**
   * One data row's cells, in the header's order, numbered as a spreadsheet does (the header is
   * row 1). `problem` is the parser's complaint about the row (wrong number of fields, a broken
   * quote): the row is then rejected with that reason, since its cells may have slid into the
   * wrong columns.
   */
  row(cells: readonly string[], rowNumber: number, problem?: string): void;
  /** A sentence about the whole file for the summary (a `sep=` line, a comment skipped). */
  note(sentence: string): void;
  /** How many data rows were given to row(). */
  readonly rowCount: number;
  /**
   * Everything read; a fatal when there was no data row at all; a question when the columns were
   * guessed and the points look swapped (latitude for longitude).
   */
  finish(): ImportResult | NeedsMapping | Fatal;
  /** Puts the rows read so far in order, before the later part comes: no rows are given after. */
  sortOwn(): void;
  /** Everything read, as the reader of a file's later part sends it. */
  part(): CsvPartResult;
  /** The later part of the file, read by another worker: finish() gives the whole file. */
  absorb(later: CsvPartResult): void;
};
