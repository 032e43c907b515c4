// The IndexedDB connection the store and the column cache share, its transactions, and its
// failures in words: what import/store.ts builds its reads and writes on.
import { type IDBPDatabase, wrap } from 'idb';
import { FILES, STORE, upgrade, VERSION } from './store-record';

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
export const isQuota = (e: unknown) =>
  ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(nameOf(e));

export function reason(e: unknown): string {
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

export async function withDb<T>(run: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** Both stores in one read-write transaction: a dataset's description and bytes change together. */
export function writable(db: IDBPDatabase, stores: string[] = [STORE, FILES]) {
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
export async function settle(
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
