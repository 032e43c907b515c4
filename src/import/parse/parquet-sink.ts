// Where the rows of a Parquet file go, one at a time as hyparquet decodes them, whichever kind of
// file it is (plain columns, or GeoParquet with a geometry column).
import type { ImportResult, NeedsMapping } from '../types';
import type { Fatal } from './importer';

export type ParquetSink = {
  /** Before any row. A question means: read a few rows into its sample (sampleOf) and stop. */
  start(): NeedsMapping | null;
  /** A row as the column dialog shows it. */
  sampleOf(values: readonly unknown[]): ReadonlyMap<string, string>;
  /** One row's values, in the file's column order, numbered from 1. */
  row(values: readonly unknown[], rowNumber: number): void;
  finish(): ImportResult | NeedsMapping | Fatal;
};
