// Imported datasets and the imports still running, as signals. Changes go through
// import-actions.ts; the map and the panels only read these.
import { signal } from '@preact/signals';
import type { AreaFeature } from '../data/areas';
import type { PreparedEvents } from '../import/prepared';
import type { ColumnMapping, DateOutliers, ImportFormat, NeedsMapping, RowError } from '../import/types';

/** One imported file on the map: its own layer, colour, toggle and count. */
export type ImportedDataset = {
  id: string;
  name: string;
  color: string;
  visible: boolean;
  format: ImportFormat;
  mapping?: ColumnMapping;
  /**
   * The file's rows that became events: their table, sorted by day as the parsers return them,
   * with its time index, tally, range and drawing, all built in the import worker; never changed.
   */
  events: PreparedEvents;
  areas: readonly AreaFeature[];
  errors: readonly RowError[];
  columns: readonly string[];
  /** Whether it is in the browser's storage, so it comes back after a reload. */
  storage: 'saving' | 'saved' | 'failed';
};

/** An import being read: its progress, or the question it is waiting on. */
export type ImportJob = {
  id: string;
  name: string;
  /** 0..1 of the bytes read. */
  progress: number;
  /** The parser could not tell which columns to use: the user picks them. */
  question?: NeedsMapping;
};

export const datasets = signal<readonly ImportedDataset[]>([]);
export const importJobs = signal<readonly ImportJob[]>([]);
/** What the last imports said: summaries and failures, in words, newest last. */
export const importMessages = signal<readonly ImportMessage[]>([]);

/** The rows an import turned away, kept so the user can download, fix and import them again. */
export type Rejected = {
  name: string;
  format: ImportFormat;
  errors: readonly RowError[];
  columns: readonly string[];
};

export type ImportMessage = {
  /** The dataset it is about; absent when nothing was added. */
  datasetId?: string;
  tone: 'ok' | 'warn' | 'error';
  text: string;
  /** What the import read in a way the file did not quite say (decimal commas, Excel dates). */
  notes?: readonly string[];
  rejected?: Rejected;
  /** A file already added, added again: the user is asked whether to add it a second time. */
  duplicate?: { file: Blob; name: string };
  /** Rows dated far from the rest, which the user may drop from the import. */
  outliers?: DateOutliers;
  /** A stored import that could not be read back: the user may remove it from the browser. */
  storedId?: string;
};
