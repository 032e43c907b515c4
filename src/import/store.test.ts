// idb checks values against the global IDB classes, so the fake's globals are installed; each test
// still gets its own empty factory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { wrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quotedName } from './file-name';
import { loadDatasets, removeDataset, saveDataset, setFactory, updateDataset } from './store';
import type { FileSource, StoredDataset } from './store-record';
import { blobOf } from './stored-file';

let factory: IDBFactory;

beforeEach(() => {
  factory = new IDBFactory();
  setFactory(factory);
});

afterEach(() => {
  setFactory(undefined);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// Bytes that are not valid UTF-8 too, so nothing on the way decodes them as text.
const BYTES = [0x64, 0x61, 0x74, 0x65, 0x2c, 0xff, 0x00, 0xfe, 0x0a];

const dataset = (over: Partial<StoredDataset> & { file?: Blob } = {}): StoredDataset & { file: Blob } => ({
  id: 'u7k3p',
  name: 'acled.csv',
  color: '#1e9aa6',
  visible: true,
  format: 'acled',
  file: new Blob([new Uint8Array(BYTES)], { type: 'text/csv' }),
  added: '2025-05-14T10:00:00.000Z',
  ...over,
});

/** The file's bytes, read from storage if they were left there. */
async function readBlob(f: FileSource): Promise<Blob> {
  const blob = await blobOf(f);
  if (!blob) throw new Error('the stored file is gone');
  return blob;
}
const bytesOf = async (f: FileSource) => [...new Uint8Array(await (await readBlob(f)).arrayBuffer())];

/** Writes records straight into the database, as a damaged or older store might hold them. */
async function putRaw(records: unknown[], version?: number) {
  // The first version's layout is made here, as the app's first version made it.
  const request = factory.open('golan-map', version);
  if (version === 1)
    request.onupgradeneeded = () => request.result.createObjectStore('datasets', { keyPath: 'id' });
  const db = await wrap(request);
  if (!db) throw new Error('no database');
  const tx = db.transaction('datasets', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  db.close();
}

describe('dataset store', () => {
  it('saves, loads, updates and removes, keeping the file’s bytes', async () => {
    const later = dataset({
      id: 'b2',
      name: 'https://example.org/points.geojson',
      format: 'geojson',
      mapping: { date: 'when' },
      sourceUrl: 'https://example.org/points.geojson',
      file: new Blob(['{"type":"FeatureCollection","features":[]}'], { type: 'application/geo+json' }),
      added: '2025-05-15T09:00:00.000Z',
    });
    expect(await saveDataset(later)).toEqual({ ok: true });
    expect(await saveDataset(dataset())).toEqual({ ok: true });

    const { datasets, errors } = await loadDatasets();
    expect(errors).toEqual([]);
    expect(datasets.map((d) => d.id)).toEqual(['u7k3p', 'b2']);
    const [first, second] = datasets as [StoredDataset, StoredDataset];
    expect({ ...first, file: undefined }).toEqual({ ...dataset(), file: undefined });
    // Left in storage, its size and type known, until something reads it.
    expect(first.file).toEqual({ storedId: 'u7k3p', size: BYTES.length, type: 'text/csv' });
    expect(await bytesOf(first.file)).toEqual(BYTES);
    expect((await readBlob(first.file)).type).toBe('text/csv');
    expect(second).toMatchObject({ mapping: { date: 'when' }, sourceUrl: later.sourceUrl });
    expect(await (await readBlob(second.file)).text()).toBe('{"type":"FeatureCollection","features":[]}');

    const patch = { name: 'renamed', color: '#ff0000', visible: false, id: 'x', file: new Blob(['no']) };
    expect(await updateDataset('u7k3p', patch)).toEqual({ ok: true });
    const updated = (await loadDatasets()).datasets[0] as StoredDataset;
    expect(updated).toMatchObject({ id: 'u7k3p', name: 'renamed', color: '#ff0000', visible: false });
    expect(await bytesOf(updated.file)).toEqual(BYTES);
    const datesWithin = { from: '2025-01-01', to: '2025-12-31' };
    expect(await updateDataset('u7k3p', { datesWithin })).toEqual({ ok: true });
    expect((await loadDatasets()).datasets[0]).toMatchObject({ name: 'renamed', datesWithin });

    expect(await removeDataset('u7k3p')).toEqual({ ok: true });
    expect((await loadDatasets()).datasets.map((d) => d.id)).toEqual(['b2']);
  });

  it('replaces a dataset saved again under the same id', async () => {
    await saveDataset(dataset());
    await saveDataset(dataset({ name: 'again.csv', file: new Blob(['x']) }));
    const { datasets } = await loadDatasets();
    expect(datasets.map((d) => d.name)).toEqual(['again.csv']);
  });

  it('says so when updating a dataset that is not stored', async () => {
    const result = await updateDataset('missing', { visible: false });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('not stored') });
  });

  it('loads nothing from an empty store', async () => {
    expect(await loadDatasets()).toEqual({ datasets: [], errors: [] });
  });
});

describe('a full store', () => {
  it('explains, and leaves every stored dataset as it was', async () => {
    await saveDataset(dataset({ id: 'a', name: 'a.csv' }));
    await saveDataset(dataset({ id: 'b', name: 'b.csv', added: '2025-05-15T00:00:00.000Z' }));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });

    expect(await saveDataset(dataset({ id: 'c', name: 'big.csv' }))).toEqual({
      ok: false,
      error: `${quotedName('big.csv')} could not be saved in this browser: storage is full. It is on the map now but will not come back after a reload; nothing stored earlier was removed.`,
    });
    // Saving over an existing one fails the same way and must not damage it.
    const resave = await saveDataset(dataset({ id: 'a', name: 'changed.csv', file: new Blob(['x']) }));
    expect(resave.ok).toBe(false);
    expect((await updateDataset('b', { visible: false })).ok).toBe(false);

    vi.restoreAllMocks();
    const { datasets, errors } = await loadDatasets();
    expect(errors).toEqual([]);
    expect(datasets.map((d) => [d.id, d.name, d.visible])).toEqual([
      ['a', 'a.csv', true],
      ['b', 'b.csv', true],
    ]);
    expect(await bytesOf(datasets[0]?.file as Blob)).toEqual(BYTES);
  });

  it('explains it when the transaction aborts after the put, as Chromium does at commit', async () => {
    await saveDataset(dataset({ id: 'a', name: 'a.csv' }));
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args);
      // fake-indexeddb's internal abort: the put then fails with AbortError, the transaction
      // with the quota error, which is the one the user should read.
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    const result = await saveDataset(dataset({ id: 'a', name: 'big.csv', file: new Blob(['x']) }));
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining(
        `${quotedName('big.csv')} could not be saved in this browser: storage is full.`,
      ),
    });
    vi.restoreAllMocks();
    const { datasets } = await loadDatasets();
    expect(datasets.map((d) => d.name)).toEqual(['a.csv']);
    expect(await bytesOf(datasets[0]?.file as Blob)).toEqual(BYTES);
  });

  it('names any other storage failure', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Data provided does not meet requirements.', 'DataError');
    });
    expect(await saveDataset(dataset())).toEqual({
      ok: false,
      error: expect.stringContaining(
        'could not be saved in this browser: the browser’s storage failed (DataError: Data provided does not meet requirements.)',
      ),
    });
  });

  it('knows Firefox’s older name for it', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED');
    });
    const result = await saveDataset(dataset());
    expect(result).toEqual({ ok: false, error: expect.stringContaining('storage is full') });
  });
});

describe('damaged records', () => {
  it('are skipped with an error naming them, and the rest load', async () => {
    await saveDataset(dataset({ id: 'good', name: 'good.csv' }));
    await putRaw([
      { id: 'bad', name: 'broken.csv', color: 'red', visible: 'yes', format: 'csv', added: '2025-01-01' },
      {
        id: 'nofile',
        name: 'nofile.csv',
        color: '#000000',
        visible: true,
        format: 'csv',
        fileType: '',
        added: 'x',
      },
      { id: 'anon', bytes: new ArrayBuffer(1) },
    ]);
    const { datasets, errors } = await loadDatasets();
    expect(datasets.map((d) => d.id)).toEqual(['good']);
    expect(errors).toHaveLength(3);
    expect(errors.find((e) => e.includes(quotedName('broken.csv')))).toMatch(/skipped.*color.*visible/);
    expect(errors.find((e) => e.includes(quotedName('nofile.csv')))).toMatch(/bytes: the file is missing/);
    expect(errors.find((e) => e.includes('id “anon”'))).toMatch(/skipped/);
  });
});

describe('a store written by the first version', () => {
  it('has its files moved out of the descriptions, and loads as before', async () => {
    await putRaw(
      [
        {
          id: 'old',
          name: 'old.csv',
          color: '#0072b2',
          visible: false,
          format: 'csv',
          bytes: new Uint8Array(BYTES).buffer,
          fileType: 'text/csv',
          added: '2025-01-01T00:00:00.000Z',
        },
      ],
      1,
    );
    const { datasets, errors } = await loadDatasets();
    expect(errors).toEqual([]);
    expect(datasets.map((d) => [d.id, d.name, d.visible])).toEqual([['old', 'old.csv', false]]);
    expect(await bytesOf(datasets[0]?.file as Blob)).toEqual(BYTES);
    // A toggle now rewrites the description only, and the file is still there after it.
    expect(await updateDataset('old', { visible: true })).toEqual({ ok: true });
    const after = (await loadDatasets()).datasets[0] as StoredDataset;
    expect(after.visible).toBe(true);
    expect(await bytesOf(after.file)).toEqual(BYTES);
  });
});

describe('a file left in storage on a restore', () => {
  it('is skipped with the same error when a piece of it is gone, and reads as gone', async () => {
    await saveDataset(dataset({ id: 'cut', name: 'cut.csv' }));
    const [before] = (await loadDatasets()).datasets;
    const db = await wrap(factory.open('golan-map'));
    const tx = db?.transaction('files', 'readwrite');
    await tx?.store.delete(['cut', 0]);
    await tx?.done;
    db?.close();
    const { datasets, errors } = await loadDatasets();
    expect(datasets).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(quotedName('cut.csv'));
    expect(errors[0]).toMatch(/bytes: the file is missing/);
    expect(await blobOf(before?.file as FileSource)).toBeNull();
  });
});

describe('without IndexedDB', () => {
  async function expectAllToFail(pattern: RegExp) {
    expect(await saveDataset(dataset())).toEqual({ ok: false, error: expect.stringMatching(pattern) });
    const load = await loadDatasets();
    expect(load.datasets).toEqual([]);
    expect(load.errors).toEqual([expect.stringMatching(pattern)]);
    expect(await removeDataset('u7k3p')).toEqual({ ok: false, error: expect.stringMatching(pattern) });
    expect(await updateDataset('u7k3p', { visible: false })).toEqual({
      ok: false,
      error: expect.stringMatching(pattern),
    });
  }

  it('reports that the browser keeps no data when indexedDB is missing', async () => {
    setFactory(undefined);
    vi.stubGlobal('indexedDB', undefined);
    await expectAllToFail(/does not let the map store data/);
  });

  it('reports it when opening throws', async () => {
    const throwing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    setFactory(throwing as unknown as IDBFactory);
    await expectAllToFail(/does not let the map store data .*\(SecurityError: The operation is insecure\.\)/);
  });

  it('reports it when opening fails, as with data from a newer version', async () => {
    const db = await wrap(factory.open('golan-map', 4));
    db?.close();
    await expectAllToFail(/newer version of the map/);
  });
});
