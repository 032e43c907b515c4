// The parsed columns of each stored import, kept in IndexedDB by the import worker: a reload then
// hands the page the columns it had, with no parse and no pass over the rows. A cache and nothing
// more: an entry is used only when its key matches (the same worker code, file, columns and
// dates kept), and any failure here just means the file is parsed again.
import type { PreparedParts } from './prepared';
import { open } from './store';
import { COLUMNS } from './store-record';
import type { ImportResult } from './types';

/** What an import gave besides its events, and its events as the worker prepared them. */
export type Cached = { key: string; result: Omit<ImportResult, 'events'>; prepared: PreparedParts };

/** The entry for `id` if its key is `key`, else null; never throws. */
export async function readCached(id: string, key: string): Promise<Cached | null> {
  try {
    const db = await open();
    try {
      const entry = (await db.get(COLUMNS, id)) as Cached | undefined;
      return entry?.key === key ? entry : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Starts writing the entry and returns once IndexedDB holds its own copy (put clones the value
 * as it is called), so the caller may transfer the buffers; `written` settles when it is stored.
 */
export async function writeCached(id: string, entry: Cached): Promise<{ written: Promise<boolean> }> {
  try {
    const db = await open();
    const tx = db.transaction(COLUMNS, 'readwrite');
    void tx.store.put(entry, id).catch(() => {});
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
