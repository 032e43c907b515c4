// What an import produces and what it remembers: shared by the parsers (run in a worker), the
// store (IndexedDB) and the UI.
import type { AreaFeature } from '../data/areas';
import type { EventTable } from '../data/event-table';

export type ImportFormat = 'acled' | 'ucdp' | 'csv' | 'geojson' | 'parquet' | 'geoparquet' | 'kml' | 'kmz';

/**
 * Which columns (CSV) or properties (GeoJSON) hold what. Only `date` is needed for GeoJSON
 * (points carry their own coordinates); CSV also needs `lat` and `lon`.
 */
export type ColumnMapping = {
  lat?: string;
  lon?: string;
  date?: string;
  title?: string;
  kind?: string;
  place?: string;
  notes?: string;
  id?: string;
};

/**
 * A rejected row or feature: where it is ("row 17", counted as a spreadsheet does, the header
 * being row 1; or "feature 3", counted from 1), why, and the row itself so the user can download
 * it, fix it and import it again.
 */
export type RowError = { where: string; reason: string; raw: Record<string, string> | unknown };

/** The days to keep, inclusive, as ISO dates: rows dated outside were dropped at the user's word. */
export type DateRange = { from: string; to: string };
/** Rows dated far from the rest: how many, in words with the first few, and the range to keep. */
export type DateOutliers = { count: number; noun: 'row' | 'feature'; text: string; keep: DateRange };

/**
 * Everything one file gave: the good events (as a table, by day: the parsers add each event to
 * it as they read it), its areas, and every rejected row explained.
 */
export type ImportResult = {
  format: ImportFormat;
  table: EventTable;
  areas: AreaFeature[];
  errors: RowError[];
  /** CSV header, in file order, so rejected rows can be written back out as CSV. */
  columns: string[];
  /** What was read in a way the file did not quite say (decimal commas, Excel dates), in words. */
  notes: string[];
  /** Rows dated far from the rest, which the user may drop (parse/outliers.ts). */
  outliers?: DateOutliers;
};

/** A result without its events: what is posted, stored and summarised beside the table. */
export type ImportSummary = Omit<ImportResult, 'table'>;

/** The parser could not tell which columns to use: the user picks them in a dialog. */
export type NeedsMapping = {
  format: ImportFormat;
  /** The column (or property) names found. */
  columns: string[];
  /** Its best guess, to preselect in the dialog. */
  guess: ColumnMapping;
  /** Which fields the user must pick. */
  required: (keyof ColumnMapping)[];
  /**
   * A few rows, for the dialog to show what each column holds: Maps, since the names come from
   * the file and may be "__proto__" or "constructor".
   */
  sample: ReadonlyMap<string, string>[];
  /** Why the user is asked when the columns were clear: the points look swapped, say. */
  problem?: string;
};
