// A file too big for one IndexedDB value (Chromium refuses one over about 127 MiB) is stored in
// pieces and read back whole; a version-2 file, one buffer under its id, still reads. The pieces
// are the file's own slices, and its bytes where the storage refuses Blobs.
import { IDBObjectStore } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { PIECE_BYTES } from './pieces';
import { loadDatasets, removeDataset, saveDataset } from './store';
import { allReadable } from './stored-file';
import { dataset, readBlob as read, useFreshStore } from './test-store';

const factory = useFreshStore();

const stored = (id: string, file: Blob) => dataset({ id, name: `${id}.csv`, format: 'csv', file });

async function fileKeys(): Promise<unknown[]> {
  const db = await wrap(factory().open('golan-map'));
  const keys = await db?.getAllKeys('files');
  db?.close();
  return keys ?? [];
}

/** What the files store holds under `key`. */
async function fileValue(key: IDBValidKey): Promise<unknown> {
  const db = await wrap(factory().open('golan-map'));
  const value = await db?.get('files', key);
  db?.close();
  return value;
}

describe('stored files in pieces', () => {
  it('stores a file bigger than a piece in pieces, and reads it back byte for byte', async () => {
    const bytes = new Uint8Array(PIECE_BYTES + 10).map((_, i) => (i * 7) % 256);
    expect((await saveDataset(stored('big', new Blob([bytes], { type: 'text/csv' })))).ok).toBe(true);
    expect(await fileKeys()).toEqual(['big', ['big', 0], ['big', 1]]);
    const [back] = (await loadDatasets()).datasets;
    if (!back) throw new Error('the dataset did not load');
    const whole = await read(back.file);
    const readBack = new Uint8Array(await whole.arrayBuffer());
    expect(readBack.length).toBe(bytes.length);
    expect(readBack.every((b, i) => b === bytes[i])).toBe(true);
    expect(whole.type).toBe('text/csv');
    expect((await removeDataset('big')).ok).toBe(true);
    expect(await fileKeys()).toEqual([]);
    // 32 MiB through fake-indexeddb's structured clone, twice: seconds on a busy machine.
  }, 30_000);

  it('stores the file as its own slices, so the page never copies its bytes', async () => {
    await saveDataset(stored('csv', new Blob(['date,lat\n1,2\n'], { type: 'text/csv' })));
    const piece = await fileValue(['csv', 0]);
    expect(piece).toBeInstanceOf(Blob);
    expect(await (piece as Blob).text()).toBe('date,lat\n1,2\n');
  });

  it('stores its bytes where the storage refuses Blobs (as Safari’s private windows do), and reads them back', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (value instanceof Blob) throw new DOMException('Blobs are not supported here', 'DataCloneError');
      return put.call(this, value, key);
    });
    const bytes = new Uint8Array(PIECE_BYTES + 3).map((_, i) => (i * 13) % 256);
    expect(await saveDataset(stored('private', new Blob([bytes])))).toEqual({ ok: true });
    expect(await fileKeys()).toEqual(['private', ['private', 0], ['private', 1]]);
    expect(await fileValue(['private', 1])).toBeInstanceOf(ArrayBuffer);
    const [back] = (await loadDatasets()).datasets;
    const readBack = new Uint8Array(await (await read(back?.file)).arrayBuffer());
    expect(readBack.length).toBe(bytes.length);
    expect(readBack.every((b, i) => b === bytes[i])).toBe(true);
  }, 30_000);

  it('stores its bytes when the refusal comes later, as the transaction aborts (as WebKit’s does)', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      const request = put.call(this, value, key);
      if (value instanceof Blob) request.addEventListener('success', () => this.transaction.abort());
      return request;
    });
    expect(await saveDataset(stored('late', new Blob(['date,lat\n'])))).toEqual({ ok: true });
    expect(await fileValue(['late', 0])).toBeInstanceOf(ArrayBuffer);
    const [back] = (await loadDatasets()).datasets;
    expect(await (await read(back?.file)).text()).toBe('date,lat\n');
  });

  it('says the storage is full when it is, without trying the bytes too', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const saved = await saveDataset(stored('full', new Blob(['date\n'])));
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : saved.error).toContain('storage is full');
    // Once for the pieces' head, before the transaction gave up: never a second transaction.
    expect(put).toHaveBeenCalledTimes(1);
  });

  it('saves a smaller file over it without leaving the old pieces behind', async () => {
    await saveDataset(stored('a', new Blob([new Uint8Array(PIECE_BYTES + 1)])));
    await saveDataset(stored('a', new Blob(['date\n'])));
    expect(await fileKeys()).toEqual(['a', ['a', 0]]);
    const [back] = (await loadDatasets()).datasets;
    expect(await (await read(back?.file)).text()).toBe('date\n');
  });

  it('reads a file stored by version 2 as one buffer', async () => {
    await saveDataset(stored('old', new Blob(['x'])));
    const db = await wrap(factory().open('golan-map'));
    const tx = db?.transaction('files', 'readwrite');
    await tx?.store.delete(IDBKeyRange.bound(['old'], ['old', []]));
    await tx?.store.put(new TextEncoder().encode('date,lat\n').buffer, 'old');
    await tx?.done;
    db?.close();
    const [back] = (await loadDatasets()).datasets;
    expect(await (await read(back?.file)).text()).toBe('date,lat\n');
  });

  it('finds a file whose stored piece can no longer be read (deleted from the disk) before handing it out', async () => {
    /** What Chromium hands back for a stored Blob whose file is gone: it fails only when read. */
    class GoneBlob extends Blob {
      override slice(): Blob {
        const gone = new Blob(['x']);
        gone.arrayBuffer = () => Promise.reject(new DOMException('the file is gone', 'NotReadableError'));
        return gone;
      }
    }
    expect(await allReadable([new Blob(['date\n']), new ArrayBuffer(3), new Blob([])])).toBe(true);
    expect(await allReadable([new Blob(['date\n']), new GoneBlob(['lat\n'])])).toBe(false);
  });
});
