// The parsed columns of each stored import, kept in IndexedDB by the import worker: a reload then
// hands the page the columns it had, with no parse and no pass over the rows. A cache and nothing
// more: an entry is used only when its key matches (the same worker code, file, columns and
// dates kept), and any failure here just means the file is parsed again.
import { pack, unpack } from './pieces';
import type { PreparedParts } from './prepared';
import { open } from './store';
import { piecesOf } from './store-files';
import { COLUMNS } from './store-record';
import type { ImportSummary } from './types';

/** What an import gave besides its events, and its events as the worker prepared them. */
export type Cached = { key: string; result: ImportSummary; prepared: PreparedParts };
/**
 * As stored: the prepared parts as a skeleton whose typed arrays are pieces under [id, n]
 * (import/pieces.ts), since a million rows' columns pass the engine's limit for one value.
 */
type Stored = Omit<Cached, 'prepared'> & { skeleton: unknown; pieces: number };

/** The entry for `id` if its key is `key`, else null; never throws. */
export async function readCached(id: string, key: string): Promise<Cached | null> {
  try {
    const db = await open();
    try {
      const entry = (await db.get(COLUMNS, id)) as Stored | undefined;
      if (entry?.key !== key) return null;
      const pieces = (await db.getAll(COLUMNS, piecesOf(id))) as ArrayBuffer[];
      if (pieces.length !== entry.pieces) return null;
      return { key, result: entry.result, prepared: unpack(entry.skeleton, pieces) as PreparedParts };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Copies the entry's buffers into pieces (pack copies them) and then writes them: it returns as
 * soon as the copy is made, so the caller may transfer the buffers and the page gets its events
 * without waiting for IndexedDB to open or to clone them. `written` settles when it is stored.
 */
export function writeCached(id: string, entry: Cached): { written: Promise<boolean> } {
  try {
    const { skeleton, pieces } = pack(entry.prepared);
    const stored: Stored = { key: entry.key, result: entry.result, skeleton, pieces: pieces.length };
    return { written: store(id, stored, pieces) };
  } catch {
    return { written: Promise.resolve(false) };
  }
}

async function store(id: string, stored: Stored, pieces: readonly ArrayBuffer[]): Promise<boolean> {
  try {
    const db = await open();
    try {
      const tx = db.transaction(COLUMNS, 'readwrite');
      for (const request of [
        tx.store.delete(piecesOf(id)),
        tx.store.put(stored, id),
        ...pieces.map((piece, n) => tx.store.put(piece, [id, n])),
      ])
        void request.catch(() => {});
      await tx.done;
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
