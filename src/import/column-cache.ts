// The parsed columns of each stored import, kept in IndexedDB by the import worker: a reload then
// hands the page the columns it had, with no parse and no pass over the rows. A cache and nothing
// more: an entry is used only when its key matches (the same worker code, file, columns and
// dates kept), and any failure here just means the file is parsed again.
import { pack, unpack } from './pieces';
import type { PreparedParts } from './prepared';
import { open, piecesOf } from './store';
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
 * Starts writing the entry and returns once IndexedDB holds its own copy (pack copies the
 * buffers into pieces, and put clones as it is called), so the caller may transfer the buffers;
 * `written` settles when it is stored.
 */
export async function writeCached(id: string, entry: Cached): Promise<{ written: Promise<boolean> }> {
  try {
    const db = await open();
    const { skeleton, pieces } = pack(entry.prepared);
    const tx = db.transaction(COLUMNS, 'readwrite');
    const stored: Stored = { key: entry.key, result: entry.result, skeleton, pieces: pieces.length };
    for (const request of [
      tx.store.delete(piecesOf(id)),
      tx.store.put(stored, id),
      ...pieces.map((piece, n) => tx.store.put(piece, [id, n])),
    ])
      void request.catch(() => {});
    const written = tx.done.then(
      () => true,
      () => false,
    );
    void written.finally(() => db.close());
    return { written };
  } catch {
    return { written: Promise.resolve(false) };
  }
}
