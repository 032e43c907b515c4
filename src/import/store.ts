// Keeps imported datasets in IndexedDB so they come back after a reload. The original file is
// stored, not the parsed events, so a reload re-parses it with the current parser and nothing is
// lost. Nothing here throws: every failure comes back as words the user can read.
import { type IDBPDatabase, wrap } from 'idb';
import { z } from '../data/zod';
import type { ColumnMapping, ImportFormat } from './types';

export type StoredDataset = {
  id: string; // a slug, e.g. 'u7k3p'
  name: string; // the file name or URL the user gave
  color: string; // '#rrggbb'
  visible: boolean;
  format: ImportFormat;
  mapping?: ColumnMapping;
  file: Blob; // the original bytes, so a reload re-parses them and nothing is lost
  sourceUrl?: string; // when it came from ?data=
  added: string; // ISO timestamp
};

export type StoreResult = { ok: true } | { ok: false; error: string };
export type DatasetPatch = Partial<Pick<StoredDataset, 'name' | 'color' | 'visible'>>;

const DB_NAME = 'golan-map';
const STORE = 'datasets';
const VERSION = 1;

/**
 * What is written: the file as an ArrayBuffer and its type, not the Blob itself. A Blob clones
 * into IndexedDB in Chromium and in Node 20 with fake-indexeddb too, but older Safari and some
 * private windows refuse Blobs, and Chromium keeps a stored Blob as a separate file that can go
 * missing and then fail only when read; an ArrayBuffer is stored the same way in every engine.
 */
const RecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'is not a #rrggbb colour'),
  visible: z.boolean(),
  format: z.enum(['acled', 'csv', 'geojson']),
  mapping: z
    .object({
      lat: z.string().optional(),
      lon: z.string().optional(),
      date: z.string().optional(),
      title: z.string().optional(),
      kind: z.string().optional(),
      place: z.string().optional(),
      notes: z.string().optional(),
      id: z.string().optional(),
    } satisfies Record<keyof ColumnMapping, z.ZodOptional<z.ZodString>>)
    .optional(),
  bytes: z.instanceof(ArrayBuffer, { message: 'the file is missing' }),
  fileType: z.string(),
  sourceUrl: z.string().optional(),
  added: z.string().min(1),
});
type StoredRecord = z.infer<typeof RecordSchema>;

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

/** Opened per call and closed after, so no connection lingers to block another tab or a test. */
async function open(): Promise<IDBPDatabase> {
  try {
    // Inside the try: merely reading `indexedDB` throws in some sandboxed frames.
    const factory = injected ?? globalThis.indexedDB;
    if (!factory) throw new Unavailable(NO_STORAGE);
    const request = factory.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
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

/** The store in a read-write transaction. */
function writable(db: IDBPDatabase) {
  const tx = db.transaction(STORE, 'readwrite');
  // Awaited later by settle; handled now too, so a request that throws before then leaves no
  // unhandled rejection behind.
  tx.done.catch(() => {});
  return tx;
}

/** Waits for the requests and the transaction; a quota error wins, as it is the one to explain. */
async function settle(tx: { done: Promise<void> }, requests: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled([...requests, tx.done]);
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) throw failures.find(isQuota) ?? failures[0];
}

async function toRecord(d: StoredDataset): Promise<StoredRecord> {
  const { file, ...rest } = d;
  return { ...rest, bytes: await file.arrayBuffer(), fileType: file.type };
}

function toDataset(r: StoredRecord): StoredDataset {
  const { bytes, fileType, ...rest } = r;
  return { ...rest, file: new Blob([bytes], { type: fileType }) };
}

/**
 * Stores one dataset, replacing only a dataset with the same id. It is one put in its own
 * transaction: if that fails, the transaction aborts and every other stored dataset is untouched.
 */
export async function saveDataset(d: StoredDataset): Promise<StoreResult> {
  try {
    // Read the bytes first: a transaction closes if it waits on anything but its own requests.
    const record = await toRecord(d);
    await withDb(async (db) => {
      const tx = writable(db);
      await settle(tx, [tx.store.put(record)]);
    });
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      error: `“${d.name}” could not be saved in this browser: ${reason(e)}. It is on the map now but will not come back after a reload; nothing stored earlier was removed.`,
    };
  }
}

function label(raw: unknown, index: number): string {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { name?: unknown; id?: unknown };
  if (typeof r.name === 'string') return `“${r.name}”`;
  if (typeof r.id === 'string') return `with id “${r.id}”`;
  return `number ${index + 1}`;
}

const byAdded = (a: StoredDataset, b: StoredDataset) =>
  a.added < b.added ? -1 : a.added > b.added ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Every stored dataset, oldest first. A damaged record is skipped and named; the rest load. */
export async function loadDatasets(): Promise<{ datasets: StoredDataset[]; errors: string[] }> {
  let raws: unknown[];
  try {
    raws = await withDb((db) => db.getAll(STORE));
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

export async function removeDataset(id: string): Promise<StoreResult> {
  try {
    await withDb(async (db) => {
      const tx = writable(db);
      await settle(tx, [tx.store.delete(id)]);
    });
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      error: `The dataset could not be removed from this browser: ${reason(e)}. It may come back after a reload.`,
    };
  }
}

/** Changes the name, colour or visibility of a stored dataset, in one transaction. */
export async function updateDataset(id: string, patch: DatasetPatch): Promise<StoreResult> {
  // Only these three: a caller's extra keys must never overwrite the stored file or id.
  const { name, color, visible } = patch;
  const changes = Object.fromEntries(
    Object.entries({ name, color, visible }).filter(([, v]) => v !== undefined),
  ) as DatasetPatch;
  try {
    const found = await withDb(async (db) => {
      const tx = writable(db);
      const record = (await tx.store.get(id)) as StoredRecord | undefined;
      await settle(tx, record ? [tx.store.put({ ...record, ...changes })] : []);
      return record !== undefined;
    });
    if (found) return { ok: true };
    return { ok: false, error: 'This dataset is not stored in this browser, so the change will not last.' };
  } catch (e) {
    return { ok: false, error: `The change could not be saved in this browser: ${reason(e)}.` };
  }
}
