// What the import worker and the page say to each other. The events come back once, as columns
// whose buffers are transferred, not copied: receiving a million rows costs the page nothing.
import type { PreparedParts } from './prepared';
import type { FileSource } from './store-record';
import type { ColumnMapping, DateRange, ImportSummary, NeedsMapping } from './types';

/** A file to read: into which set, with the columns the user chose and the dates kept, if any. */
export type ImportRequest = {
  /** A restored dataset's file is where it is stored: the worker reads it only on a cache miss. */
  file: FileSource;
  name: string;
  set: string;
  mapping?: ColumnMapping;
  datesWithin?: DateRange;
  /** A stored import coming back: its cached columns are used if they still match. */
  restoring?: boolean;
};

export type WorkerMessage =
  | { type: 'progress'; progress: number }
  | { type: 'question'; question: NeedsMapping }
  | { type: 'done'; result: ImportSummary; prepared: PreparedParts }
  /** After done: whether the columns were cached for the next reload (the worker may stop now). */
  | { type: 'cached'; stored: boolean }
  | { type: 'fatal'; message: string };
