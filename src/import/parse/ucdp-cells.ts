// The cells of a GED row that ucdp.ts reads, by UCDP's column names in any case, found once per
// header: a GED export has fifty columns, and a Map per row would cost more than the reading.
import { type Cells, CsvRow, placesOf } from './row';

const COLUMNS = [
  'id',
  'type_of_violence',
  'conflict_name',
  'dyad_name',
  'side_a',
  'side_b',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'where_prec',
  'where_description',
  'adm_1',
  'latitude',
  'longitude',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'best',
  'high',
  'low',
] as const;

/** A GED row's cells by name, trimmed ('' where the file has no such column). */
export type UcdpCells = Record<(typeof COLUMNS)[number], string>;

export function ucdpCells(row: Cells): UcdpCells {
  const places = row instanceof CsvRow ? placesOf(row.header, COLUMNS) : null;
  const read =
    row instanceof CsvRow && places
      ? (k: number) => row.cells[places[k] as number]
      : (() => {
          const lower = new Map(
            [...row.entries()].map(([name, value]) => [name.trim().toLowerCase(), value]),
          );
          return (k: number) => lower.get(COLUMNS[k] as string);
        })();
  // Object.create(null): the names are ours, but the object is one a file's row fills.
  const out = Object.create(null) as UcdpCells;
  COLUMNS.forEach((name, k) => {
    const value = read(k);
    out[name] = typeof value === 'string' ? value.trim() : '';
  });
  return out;
}
