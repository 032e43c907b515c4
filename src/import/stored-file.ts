// A stored dataset's file, left in IndexedDB until something needs its bytes: a reload shows an
// import from its cached columns (column-cache.ts), so reading a 147 MiB file back into the page
// at every restore (0.6 s, and the memory held after) bought nothing. The import worker reads it
// on a cache miss, the page when a dataset is read again or compared with a file being added.
import { open } from './store';
import { readBytes } from './store-files';
import { FILES, type FileSource, type Piece, type StoredFile } from './store-record';

export type { FileSource, StoredFile };

export const isStoredFile = (f: FileSource): f is StoredFile => 'storedId' in f;

/**
 * Whether each piece can still be read. A stored Blob is a file of the browser's beside the
 * database (Chromium keeps any large value so, a buffer too), and one deleted from the disk
 * fails only when read: a byte of each piece is read now, so a gone file is found here.
 */
export async function allReadable(pieces: readonly Piece[]): Promise<boolean> {
  try {
    for (const p of pieces) if (!(p instanceof ArrayBuffer) && p.size > 0) await p.slice(0, 1).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** The file's bytes, read from IndexedDB if they are stored; null when they are gone. */
export async function blobOf(f: FileSource): Promise<Blob | null> {
  if (!isStoredFile(f)) return f;
  try {
    const db = await open();
    try {
      const bytes = await readBytes(db.transaction(FILES).store, f.storedId);
      return bytes && (await allReadable(bytes)) ? new Blob(bytes, { type: f.type }) : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
