// Keeps imported datasets in IndexedDB so they come back after a reload: the original file, so
// nothing is lost, and beside it the parsed columns as a cache (column-cache.ts). Nothing here
// throws: every failure comes back as words the user can read.
import { type IDBPDatabase, wrap } from 'idb';
import { quotedName } from './file-name';
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
  upgrade,
  VERSION,
} from './store-record';

export type StoreResult = { ok: true } | { ok: false; error: string };
export type DatasetPatch = Partial<Pick<StoredDataset, 'name' | 'color' | 'visible' | 'datesWithin'>>;

const DB_NAME = 'golan-map';

let injected: IDBFactory | undefined;

/** Tests pass a fresh fake-indexeddb factory; the app leaves it unset and gets the browser's. */
export function setFactory(factory: IDBFactory | undefined): void {
  injected = factory;
}

const NO_STORAGE = 'this browser does not let the map store data (as in some private windows)';

/** A failure to describe to the user, as opposed to an error from IndexedDB itself. */
class Unavailable extends Error {}

/** Read by name, not instanceof: a DOMException is not an Error in every engine. */
const nameOf = (e: unknown) => (typeof e === 'object' && e !== null ? String((e as Error).name) : '');
const describe = (e: unknown) =>
  `${nameOf(e) || 'error'}: ${typeof e === 'object' && e !== null ? String((e as Error).message) : String(e)}`;
// Older Firefox names it NS_ERROR_DOM_QUOTA_REACHED.
const isQuota = (e: unknown) => ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(nameOf(e));

function reason(e: unknown): string {
  if (isQuota(e)) return 'storage is full';
  if (e instanceof Unavailable) return e.message;
  if (nameOf(e) === 'VersionError') return 'it holds data from a newer version of the map; reload the page';
  return `the browser’s storage failed (${describe(e)})`;
}

/**
 * Opened per call and closed after, so no connection lingers to block another tab or a test. The
 * import worker opens it here too (column-cache.ts), so the stores are made in one place.
 */
export async function open(): Promise<IDBPDatabase> {
  try {
    // Inside the try: merely reading `indexedDB` throws in some sandboxed frames.
    const factory = injected ?? globalThis.indexedDB;
    if (!factory) throw new Unavailable(NO_STORAGE);
    const request = factory.open(DB_NAME, VERSION);
    request.onupgradeneeded = (e) => upgrade(request, e.oldVersion);
    const db = await wrap(request);
    if (!db) throw new Unavailable(NO_STORAGE);
    return db;
  } catch (e) {
    if (e instanceof Unavailable || nameOf(e) === 'VersionError') throw e;
    throw new Unavailable(`${NO_STORAGE} (${describe(e)})`);
  }
}

async function withDb<T>(run: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** Both stores in one read-write transaction: a dataset's description and bytes change together. */
function writable(db: IDBPDatabase, stores: string[] = [STORE, FILES]) {
  const tx = db.transaction(stores, 'readwrite');
  // Awaited later by settle; handled now too, so a request that throws before then leaves no
  // unhandled rejection behind.
  tx.done.catch(() => {});
  return tx;
}

/**
 * Makes the requests (each handed to `add` as it is made), then waits for them and the
 * transaction; a quota error wins, as it is the one to explain. A request that throws as it is
 * made (a full disk, an aborted transaction) counts like one that fails later, and the requests
 * made before it are still waited for, so no failure goes unheard.
 */
async function settle(
  tx: { done: Promise<void>; abort(): void },
  make: (add: (request: Promise<unknown>) => void) => void,
): Promise<void> {
  const requests: Promise<unknown>[] = [];
  try {
    make((request) => requests.push(request));
  } catch (e) {
    requests.push(Promise.reject(e));
    // Undo the requests made before it (a file's old pieces deleted, say): all or nothing.
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was committed by this call then either way.
    }
  }
  const results = await Promise.allSettled([...requests, tx.done]);
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  // A quota error wins, then any cause over the AbortErrors an abort gives the other requests.
  if (failures.length > 0)
    throw failures.find(isQuota) ?? failures.find((f) => nameOf(f) !== 'AbortError') ?? failures[0];
}

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
