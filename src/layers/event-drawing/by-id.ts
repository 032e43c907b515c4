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

const FNV_START = 0x811c9dc5;
const step = (h: number, byte: number) => Math.imul(h ^ byte, 0x01000193);

/**
 * FNV-1a over the id's UTF-8 bytes, as TextEncoder writes them (a lone surrogate as U+FFFD):
 * cheap, spreads ids like "set-123" well enough, and the same for an id read from a table's
 * bytes (hashBytes), so a worker builds the table without decoding a million ids.
 */
function hash(id: string): number {
  let h = FNV_START;
  for (let i = 0; i < id.length; i++) {
    let c = id.charCodeAt(i);
    if (c < 0x80) {
      h = step(h, c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && (id.charCodeAt(i + 1) & 0xfc00) === 0xdc00)
      c = 0x10000 + ((c - 0xd800) << 10) + (id.charCodeAt(++i) - 0xdc00);
    else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) h = step(step(h, 0xc0 | (c >> 6)), 0x80 | (c & 0x3f));
    else if (c < 0x10000)
      h = step(step(step(h, 0xe0 | (c >> 12)), 0x80 | ((c >> 6) & 0x3f)), 0x80 | (c & 0x3f));
    else {
      h = step(step(h, 0xf0 | (c >> 18)), 0x80 | ((c >> 12) & 0x3f));
      h = step(step(h, 0x80 | ((c >> 6) & 0x3f)), 0x80 | (c & 0x3f));
    }
  }
  return h >>> 0;
}

function hashBytes(bytes: Uint8Array): number {
  let h = FNV_START;
  for (let i = 0; i < bytes.length; i++) h = step(h, bytes[i] as number);
  return h >>> 0;
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** A table at most half full, so a probe rarely goes past a slot or two. */
function emptyTable(count: number): Int32Array {
  let size = 2;
  while (size < count * 2) size *= 2;
  return new Int32Array(size).fill(EMPTY);
}

/**
 * What the index reads ids from: the list, or the runs (arrays.ts), so it keeps no copy. A table's
 * ids are also read as their UTF-8 bytes (`idBytesAt`), which the table is built from.
 */
export type Ids = { count: number; idAt: (p: number) => string; idBytesAt?: (p: number) => Uint8Array };

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

/** The same from the ids' bytes: decoding a million ids took seconds in a browser's worker. */
function insertBytes(table: Int32Array, bytesAt: (p: number) => Uint8Array, count: number): void {
  const mask = table.length - 1;
  for (let p = 0; p < count; p++) {
    const id = bytesAt(p);
    let s = hashBytes(id) & mask;
    while (table[s] !== EMPTY && !sameBytes(bytesAt(table[s] as number), id)) s = (s + 1) & mask;
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
  if (ids.idBytesAt) insertBytes(table, ids.idBytesAt, ids.count);
  else insert(table, ids, 0, ids.count);
  return table;
}

/** The index over a table built by buildIdTable, reading ids through `idAt`, which it keeps. */
export const idIndexOf = (table: Int32Array, ids: Ids): IdIndex => lookup(table, ids);

/** An index over ids read through `idAt`, which it keeps: it must not hold what would be freed. */
export const indexIds = (ids: Ids): IdIndex => lookup(buildIdTable(ids), ids);

/** All at once, over objects: for tests and the benchmark. */
export const buildIdIndex = (items: readonly Keyed[]): IdIndex => indexIds(idsOf(items));
