// A row of a file, by column name. The names come from the file, and a file may well name a
// column "__proto__", "constructor" or "__parsed_extra": they are looked up in a Map, never used
// as keys of a plain object, where they would read or write Object's own members instead.

/** Cells by column name: a CSV row (CsvRow), or a GeoJSON feature's properties (a Map). */
export interface Cells {
  get(column: string): string | undefined;
  entries(): Iterable<[string, string]>;
}

/** A CSV header: its columns in file order, and each name's place (the first, if repeated). */
export type Header = { readonly columns: readonly string[]; readonly index: ReadonlyMap<string, number> };

export function headerOf(columns: readonly string[]): Header {
  const index = new Map<string, number>();
  for (const [i, name] of columns.entries()) if (!index.has(name)) index.set(name, i);
  return { columns, index };
}

/** One CSV row's cells, read through its header. Cells beyond the header have no name. */
export class CsvRow implements Cells {
  constructor(
    readonly header: Header,
    readonly cells: readonly string[],
  ) {}

  get(column: string): string | undefined {
    const i = this.header.index.get(column);
    return i === undefined ? undefined : this.cells[i];
  }

  *entries(): Generator<[string, string]> {
    const { columns } = this.header;
    const n = Math.min(columns.length, this.cells.length);
    for (let i = 0; i < n; i++) yield [columns[i] ?? '', this.cells[i] ?? ''];
  }
}

/**
 * The row as a record to hand to the page (a rejected row, to download and fix), its surplus
 * cells under readable names. It has no prototype, so "__proto__" is a key like any other, and
 * it crosses postMessage as an object with that own property.
 */
export function recordOf(row: CsvRow): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [name, value] of row.entries()) if (!Object.hasOwn(out, name)) out[name] = value;
  const { length } = row.header.columns;
  for (let i = length; i < row.cells.length; i++) {
    const name = `(extra field ${i - length + 1})`;
    if (!Object.hasOwn(out, name)) out[name] = row.cells[i] ?? '';
  }
  return out;
}

const placesByHeader = new WeakMap<Header, Map<readonly string[], Int32Array>>();

/**
 * Where each of `names` (lower case) is in the header, matched in any case, the first if a name
 * is repeated, -1 if missing: worked out once per header and list, not once per row.
 */
export function placesOf(header: Header, names: readonly string[]): Int32Array {
  let byList = placesByHeader.get(header);
  if (!byList) {
    byList = new Map();
    placesByHeader.set(header, byList);
  }
  let places = byList.get(names);
  if (!places) {
    const lower = header.columns.map((c) => c.trim().toLowerCase());
    places = Int32Array.from(names, (name) => lower.indexOf(name));
    byList.set(names, places);
  }
  return places;
}
