// How a stored file's bytes are found in the FILES store: pieces under [id, n] with a head record
// { pieces: n } under the id, or (version 2) one buffer under the id. Read by the store on a
// restore, and by stored-file.ts when a file left in storage is needed.
import { type Piece, STORED } from './store-record';

/** Every piece stored for `id`: the keys [id, n]. */
export const piecesOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

/** The FILES store as a transaction gives it: what the reads below need of it. */
type Readable = {
  get(key: IDBValidKey): Promise<unknown>;
  getAll(range: IDBKeyRange): Promise<unknown[]>;
  count(range: IDBKeyRange): Promise<number>;
};

/** How a file is stored: a version-2 file's one buffer, the number of its pieces, or nothing. */
async function headOf(files: Readable, id: string): Promise<ArrayBuffer | number | undefined> {
  const head = (await files.get(id)) as ArrayBuffer | { pieces?: unknown } | undefined;
  if (head instanceof ArrayBuffer) return head;
  return typeof head?.pieces === 'number' ? head.pieces : undefined;
}

/**
 * A file's pieces (Blobs, or buffers where it was stored as bytes), or a version-2 file's one
 * buffer as one piece; undefined when there is none, which the record check names.
 */
export async function readBytes(files: Readable, id: string): Promise<Piece[] | undefined> {
  const head = await headOf(files, id);
  if (head === undefined) return undefined;
  if (head instanceof ArrayBuffer) return [head];
  const pieces = (await files.getAll(piecesOf(id))) as Piece[];
  return pieces.length === head ? pieces : undefined;
}

/**
 * STORED when the file's pieces are all there (counted, not read: the worker or the page reads
 * them when it needs them, stored-file.ts); undefined when they are not, which the check names.
 */
export async function bytesThere(files: Readable, id: string): Promise<typeof STORED | undefined> {
  const head = await headOf(files, id);
  if (head === undefined) return undefined;
  if (head instanceof ArrayBuffer) return STORED;
  return (await files.count(piecesOf(id))) === head ? STORED : undefined;
}
