// The worker's cache of parsed columns, in the same database as the stored files: used only under
// its key, dropped with its dataset, and pruned when its dataset was never stored.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/events';
import { tableOf } from '../data/table-builder';
import { type Cached, readCached, writeCached } from './column-cache';
import { prepareParts } from './prepared';
import { loadDatasets, removeDataset, saveDataset, setFactory } from './store';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
  setFactory(factory);
});
afterEach(() => setFactory(undefined));

const row = {
  id: 'u1-r2',
  set: 'u1',
  kind: 'strike',
  title: 'T',
  summary: '',
  actors: [],
  date: '2025-05-14',
  date_precision: 'day',
  place: 'P',
  geo_precision: 'exact',
  radiusKm: 0,
  sources: [],
  day: 20222,
  end: 20222,
  lon: 36,
  lat: 33,
} as EventRecord;
const entry = (key: string): Cached => ({
  key,
  result: { format: 'csv', areas: [], errors: [], columns: ['date'], notes: [] },
  prepared: prepareParts(tableOf([row], 'u1')),
});
const stored = (id: string) => ({
  id,
  name: 'a.csv',
  color: '#1e9aa6',
  visible: true,
  format: 'csv' as const,
  file: new Blob(['date\n']),
  added: '2025-05-14T10:00:00.000Z',
});
const write = async (id: string, key: string) => expect(await writeCached(id, entry(key)).written).toBe(true);

describe('the column cache', () => {
  it('gives back what was written, typed arrays and text, only under the same key', async () => {
    await write('u1', 'k1');
    const hit = await readCached('u1', 'k1');
    expect(hit?.prepared.table.day).toBeInstanceOf(Float64Array);
    expect([...(hit?.prepared.table.day ?? [])]).toEqual([20222]);
    expect(hit?.result.columns).toEqual(['date']);
    expect(await readCached('u1', 'k2')).toBeNull();
    expect(await readCached('u9', 'k1')).toBeNull();
  });

  it('goes with its dataset, and an entry whose dataset was never stored is pruned on load', async () => {
    expect((await saveDataset(stored('u1'))).ok).toBe(true);
    await write('u1', 'k');
    await write('orphan', 'k');
    await loadDatasets();
    await new Promise((r) => setTimeout(r, 50)); // the prune runs beside the load
    expect(await readCached('orphan', 'k')).toBeNull();
    expect(await readCached('u1', 'k')).not.toBeNull();
    expect((await removeDataset('u1')).ok).toBe(true);
    expect(await readCached('u1', 'k')).toBeNull();
  });

  it('adds its store to a database of the previous version, keeping its datasets', async () => {
    const request = factory.open('golan-map', 2);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('datasets', { keyPath: 'id' });
      request.result.createObjectStore('files');
    };
    (await wrap(request))?.close();
    expect((await saveDataset(stored('u2'))).ok).toBe(true);
    await write('u2', 'k');
    expect((await loadDatasets()).datasets.map((d) => d.id)).toEqual(['u2']);
    expect(await readCached('u2', 'k')).not.toBeNull();
  });

  it('answers null, never throws, when there is no storage', async () => {
    setFactory({
      open: () => {
        throw new Error('SecurityError');
      },
    } as unknown as IDBFactory);
    expect(await readCached('u1', 'k')).toBeNull();
    expect(await writeCached('u1', entry('k')).written).toBe(false);
  });
});
