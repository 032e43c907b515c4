// Where an event is in its list, by id, in O(1): what a selection, the detail card and the hash
// check look up. An open-addressing hash table of positions in one Int32Array, not a Map: at a
// million ids a Map took 0.4–1.3 s and 15 MB against this table's 0.23–0.33 s and 8 MB, and a
// table fills in chunks between tasks (node bench/id-index.mjs; bench/README.md). The ids stay in
// the list; the table holds positions only.
import type { EventRecord } from '../../data/events';

type Keyed = { readonly id: string };

export type IdIndex = {
  /** The position of the first item with this id, or −1. */
  find(id: string): number;
};

const EMPTY = -1;
/** Positions per task in a staged build: about 25–35 ms of work here. */
const CHUNK = 100_000;

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

/** Puts items[from, to) into the table; a repeated id keeps its first position. */
function insert(table: Int32Array, items: readonly Keyed[], from: number, to: number): void {
  const mask = table.length - 1;
  for (let p = from; p < to; p++) {
    const id = (items[p] as Keyed).id;
    let s = hash(id) & mask;
    while (table[s] !== EMPTY && (items[table[s] as number] as Keyed).id !== id) s = (s + 1) & mask;
    if (table[s] === EMPTY) table[s] = p;
  }
}

function lookup(table: Int32Array, items: readonly Keyed[]): IdIndex {
  const mask = table.length - 1;
  return {
    find(id) {
      for (let s = hash(id) & mask; ; s = (s + 1) & mask) {
        const p = table[s] as number;
        if (p === EMPTY || (items[p] as Keyed).id === id) return p;
      }
    },
  };
}

/** All at once: for the curated events and tests. */
export function buildIdIndex(items: readonly Keyed[]): IdIndex {
  const table = emptyTable(items.length);
  insert(table, items, 0, items.length);
  return lookup(table, items);
}

/** The same in chunks, with `breathe` between them, so a million ids never freeze the page. */
export async function idIndexInSteps(
  items: readonly Keyed[],
  breathe: () => Promise<void>,
): Promise<IdIndex> {
  const table = emptyTable(items.length);
  for (let from = 0; from < items.length; from += CHUNK) {
    insert(table, items, from, Math.min(items.length, from + CHUNK));
    if (from + CHUNK < items.length) await breathe();
  }
  return lookup(table, items);
}

const built = new WeakMap<readonly EventRecord[], IdIndex>();

/**
 * The index of a list of events, from a staged build (prepare.ts) when there was one, else built
 * the first time it is asked for: one per list, shared by findEvent and the list's drawing.
 */
export function idIndexFor(events: readonly EventRecord[]): IdIndex {
  let index = built.get(events);
  if (index === undefined) {
    index = buildIdIndex(events);
    built.set(events, index);
  }
  return index;
}

/** Builds a list's index in steps and keeps it for idIndexFor. */
export async function idIndexForInSteps(
  events: readonly EventRecord[],
  breathe: () => Promise<void>,
): Promise<IdIndex> {
  const index = built.get(events) ?? (await idIndexInSteps(events, breathe));
  built.set(events, index);
  return index;
}
