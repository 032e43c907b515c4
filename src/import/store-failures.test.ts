// How the store fails: a full storage, any other failure, and no IndexedDB at all. Each is told
// in words, and nothing stored before is lost.
import { type IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { quotedName } from './file-name';
import { loadDatasets, removeDataset, saveDataset, setFactory, updateDataset } from './store';
import { BYTES, bytesOf, dataset, useFreshStore } from './test-store';

const factory = useFreshStore();

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
    const db = await wrap(factory().open('golan-map', 4));
    db?.close();
    await expectAllToFail(/newer version of the map/);
  });
});
