// What the store's tests share: a fresh fake IndexedDB for each test, a dataset to save, and a
// stored file read back. idb checks values against the global IDB classes, so the fake's globals
// are installed; each test still gets its own empty factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { setFactory } from './store';
import type { FileSource, StoredDataset } from './store-record';
import { blobOf } from './stored-file';

/**
 * Gives each test of the file its own empty database, and undoes its mocks and stubbed globals
 * after it. Returns the running test's factory, to open the database behind the store's back.
 */
export function useFreshStore(): () => IDBFactory {
  let factory = new IDBFactory();
  beforeEach(() => {
    factory = new IDBFactory();
    setFactory(factory);
  });
  afterEach(() => {
    setFactory(undefined);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return () => factory;
}

// Bytes that are not valid UTF-8 too, so nothing on the way decodes them as text.
export const BYTES = [0x64, 0x61, 0x74, 0x65, 0x2c, 0xff, 0x00, 0xfe, 0x0a];

export const dataset = (
  over: Partial<StoredDataset> & { file?: Blob } = {},
): StoredDataset & { file: Blob } => ({
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
export async function readBlob(f: FileSource | undefined): Promise<Blob> {
  const blob = f && (await blobOf(f));
  if (!blob) throw new Error('the stored file is gone');
  return blob;
}

export const bytesOf = async (f: FileSource) => [...new Uint8Array(await (await readBlob(f)).arrayBuffer())];
