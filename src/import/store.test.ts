// The dataset store: what is saved comes back as it was, damaged records are skipped and named,
// an older store's layout is moved on, and a stored file that is gone reads as gone.
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { quotedName } from './file-name';
import { loadDatasets, removeDataset, saveDataset, updateDataset } from './store';
import type { FileSource, StoredDataset } from './store-record';
import { blobOf } from './stored-file';
import { BYTES, bytesOf, dataset, readBlob, useFreshStore } from './test-store';

const factory = useFreshStore();

/** Writes records straight into the database, as a damaged or older store might hold them. */
async function putRaw(records: unknown[], version?: number) {
  // The first version's layout is made here, as the app's first version made it.
  const request = factory().open('golan-map', version);
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
    const db = await wrap(factory().open('golan-map'));
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
