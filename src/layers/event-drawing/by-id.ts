// Where an event is in its list, by id, in O(1): what a selection, the detail card and the hash
// check look up. An open-addressing hash table of positions in one Int32Array, not a Map: at a
// million ids a Map took 0.4–1.3 s and 15 MB against this table's 0.23–0.33 s and 8 MB, and a
// table is a typed array, built in the import worker and handed to the page without a copy
// (node bench/id-index.mjs; bench/README.md). The ids stay in the list; the table holds positions.
type Keyed = { readonly id: string };

export type IdIndex = {
  /** The position of the first item with this id, or −1. */
  find(id: string): number;
};

const EMPTY = -1;

/** FNV-1a over the UTF-16 code units: cheap, and spreads ids like "set-123" well enough. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A table at most half full, so a probe rarely goes past a slot or two. */
function emptyTable(count: number): Int32Array {
  let size = 2;
  while (size < count * 2) size *= 2;
  return new Int32Array(size).fill(EMPTY);
}

/** What the index reads ids from: the list, or the runs (arrays.ts), so it keeps no copy. */
export type Ids = { count: number; idAt: (p: number) => string };

const idsOf = (items: readonly Keyed[]): Ids => ({
  count: items.length,
  idAt: (p) => (items[p] as Keyed).id,
});

/** Puts positions [from, to) into the table; a repeated id keeps its first position. */
function insert(table: Int32Array, { idAt }: Ids, from: number, to: number): void {
  const mask = table.length - 1;
  for (let p = from; p < to; p++) {
    const id = idAt(p);
    let s = hash(id) & mask;
    while (table[s] !== EMPTY && idAt(table[s] as number) !== id) s = (s + 1) & mask;
    if (table[s] === EMPTY) table[s] = p;
  }
}

function lookup(table: Int32Array, { idAt }: Ids): IdIndex {
  const mask = table.length - 1;
  return {
    find(id) {
      for (let s = hash(id) & mask; ; s = (s + 1) & mask) {
        const p = table[s] as number;
        if (p === EMPTY || idAt(p) === id) return p;
      }
    },
  };
}

/** The table of positions for these ids: a typed array, so a worker can hand it over. */
export function buildIdTable(ids: Ids): Int32Array {
  const table = emptyTable(ids.count);
  insert(table, ids, 0, ids.count);
  return table;
}

/** The index over a table built by buildIdTable, reading ids through `idAt`, which it keeps. */
export const idIndexOf = (table: Int32Array, ids: Ids): IdIndex => lookup(table, ids);

/** An index over ids read through `idAt`, which it keeps: it must not hold what would be freed. */
export const indexIds = (ids: Ids): IdIndex => lookup(buildIdTable(ids), ids);

/** All at once, over objects: for tests and the benchmark. */
export const buildIdIndex = (items: readonly Keyed[]): IdIndex => indexIds(idsOf(items));
