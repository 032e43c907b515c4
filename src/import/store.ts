// Keeps imported datasets in IndexedDB so they come back after a reload: the original file, so
// nothing is lost, and beside it the parsed columns as a cache (column-cache.ts). Nothing here
// throws: every failure comes back as words the user can read.
import type { IDBPDatabase } from 'idb';
import { quotedName } from './file-name';
import { isQuota, reason, settle, withDb, writable } from './store-db';
import { bytesThere, piecesOf, readBytes } from './store-files';
import {
  COLUMNS,
  FILES,
  type MetaRecord,
  RecordSchema,
  STORE,
  type StoredDataset,
  toDataset,
  toRecord,
} from './store-record';

export { open, setFactory } from './store-db';

export type StoreResult = { ok: true } | { ok: false; error: string };
export type DatasetPatch = Partial<Pick<StoredDataset, 'name' | 'color' | 'visible' | 'datesWithin'>>;

/** One transaction: the file's pieces (its slices, or with `copy` its bytes) and its description. */
async function writeDataset(d: StoredDataset & { file: Blob }, copy: boolean): Promise<void> {
  // Read the bytes first: a transaction closes if it waits on anything but its own requests.
  const { bytes, ...meta } = await toRecord(d, copy);
  await withDb(async (db) => {
    const tx = writable(db);
    await settle(tx, (add) => {
      const files = tx.objectStore(FILES);
      add(files.delete(piecesOf(d.id)));
      add(files.put({ pieces: bytes.length }, d.id));
      for (const [n, piece] of bytes.entries()) add(files.put(piece, [d.id, n]));
      add(tx.objectStore(STORE).put(meta));
    });
  });
}

/**
 * Stores one dataset, replacing only a dataset with the same id. Its description and its bytes
 * are written in one transaction of their own: if either fails, the transaction aborts and every
 * other stored dataset is untouched.
 */
export async function saveDataset(d: StoredDataset & { file: Blob }): Promise<StoreResult> {
  try {
    // The file's slices first; where they cannot be stored (Safari's private windows refuse
    // Blobs), its bytes. A full storage is full either way.
    await writeDataset(d, false).catch((e: unknown) => {
      if (isQuota(e)) throw e;
      return writeDataset(d, true);
    });
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      error: `${quotedName(d.name)} could not be saved in this browser: ${reason(e)}. It is on the map now but will not come back after a reload; nothing stored earlier was removed.`,
    };
  }
}

function label(raw: unknown, index: number): string {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { name?: unknown; id?: unknown };
  if (typeof r.name === 'string') return quotedName(r.name);
  if (typeof r.id === 'string') return `with id “${r.id}”`;
  return `number ${index + 1}`;
}

const byAdded = (a: StoredDataset, b: StoredDataset) =>
  a.added < b.added ? -1 : a.added > b.added ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Every stored dataset, oldest first. A damaged record is skipped and named; the rest load. */
export async function loadDatasets(): Promise<{ datasets: StoredDataset[]; errors: string[] }> {
  let raws: unknown[];
  try {
    raws = await withDb(async (db) => {
      const tx = db.transaction([STORE, FILES]);
      const metas = (await tx.objectStore(STORE).getAll()) as Partial<MetaRecord>[];
      void pruneColumns(db, new Set(metas.map((m) => String(m.id))));
      const files = tx.objectStore(FILES);
      // A description whose file is gone is read with no bytes, and the check below names it. One
      // saved with its size has its bytes left where they are; an older one is read now.
      const bytesOf = (m: Partial<MetaRecord>) =>
        typeof m.fileSize === 'number' ? bytesThere(files, String(m.id)) : readBytes(files, String(m.id));
      return Promise.all(metas.map(async (m) => ({ ...m, bytes: await bytesOf(m) })));
    });
  } catch (e) {
    return { datasets: [], errors: [`Imported datasets could not be restored: ${reason(e)}.`] };
  }
  const datasets: StoredDataset[] = [];
  const errors: string[] = [];
  raws.forEach((raw, i) => {
    const parsed = RecordSchema.safeParse(raw);
    if (parsed.success) datasets.push(toDataset(parsed.data));
    else {
      const issues = parsed.error.issues.map((x) => `${x.path.join('.') || 'record'}: ${x.message}`);
      errors.push(
        `The stored dataset ${label(raw, i)} could not be read and was skipped (${issues.join('; ')}).`,
      );
    }
  });
  return { datasets: datasets.sort(byAdded), errors };
}

/**
 * Drops cached columns whose dataset is gone (removed while its worker was still writing them,
 * or never saved). Best effort: a failure leaves a cache entry nobody reads.
 */
async function pruneColumns(db: IDBPDatabase, kept: ReadonlySet<string>): Promise<void> {
  try {
    const tx = db.transaction(COLUMNS, 'readwrite');
    for (const key of await tx.store.getAllKeys()) {
      // A piece's key is [id, n]; the entry's is the id.
      const id = Array.isArray(key) ? key[0] : key;
      if (!kept.has(String(id))) void tx.store.delete(key);
    }
    await tx.done;
  } catch {
    // Nothing to tell the user: the entry is only a cache.
  }
}

export async function removeDataset(id: string): Promise<StoreResult> {
  try {
    await withDb(async (db) => {
      // The cached columns too; only removal waits on a worker still writing them.
      const tx = writable(db, [STORE, FILES, COLUMNS]);
      await settle(tx, (add) => {
        add(tx.objectStore(STORE).delete(id));
        for (const store of [FILES, COLUMNS]) {
          add(tx.objectStore(store).delete(id));
          add(tx.objectStore(store).delete(piecesOf(id)));
        }
      });
    });
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      error: `The dataset could not be removed from this browser: ${reason(e)}. It may come back after a reload.`,
    };
  }
}

/** Changes the name, colour, visibility or dates kept of a stored dataset, in one transaction. */
export async function updateDataset(id: string, patch: DatasetPatch): Promise<StoreResult> {
  // Only these four: a caller's extra keys must never overwrite the stored file or id.
  const { name, color, visible, datesWithin } = patch;
  const changes = Object.fromEntries(
    Object.entries({ name, color, visible, datesWithin }).filter(([, v]) => v !== undefined),
  ) as DatasetPatch;
  try {
    const found = await withDb(async (db) => {
      const tx = writable(db);
      const store = tx.objectStore(STORE);
      const record = (await store.get(id)) as MetaRecord | undefined;
      await settle(tx, (add) => record && add(store.put({ ...record, ...changes })));
      return record !== undefined;
    });
    if (found) return { ok: true };
    return { ok: false, error: 'This dataset is not stored in this browser, so the change will not last.' };
  } catch (e) {
    return { ok: false, error: `The change could not be saved in this browser: ${reason(e)}.` };
  }
}
