// How a stored dataset is laid out in IndexedDB, and checked when read back: its description in
// one object store and its bytes in another, so changing a toggle never rewrites the file.
import { z } from '../data/zod';
import { PIECE_BYTES } from './pieces';
import type { ColumnMapping, DateRange, ImportFormat } from './types';

/** Where a stored file's bytes are: under its dataset's id in FILES; its size and type as saved. */
export type StoredFile = { storedId: string; size: number; type: string };
/** A file as the app holds it: its bytes (a Blob), or where they are stored (stored-file.ts). */
export type FileSource = Blob | StoredFile;

/** A dataset as the app keeps it: the original file and what the user chose for it. */
export type StoredDataset = {
  id: string; // a slug, e.g. 'u7k3p'
  name: string; // the file name or URL the user gave
  color: string; // '#rrggbb'
  visible: boolean;
  format: ImportFormat;
  mapping?: ColumnMapping;
  /** The original bytes, so nothing is lost; a restored one's are left in storage until needed. */
  file: FileSource;
  sourceUrl?: string; // when it came from ?data=
  added: string; // ISO timestamp
  datesWithin?: DateRange; // rows dated outside were dropped at the user's word
};

/** Each dataset's description, by id. */
export const STORE = 'datasets';
/** Each dataset's bytes, under the same id: apart, so a toggle never reads or rewrites a file. */
export const FILES = 'files';
/**
 * Each dataset's parsed columns, under the same id (import/column-cache.ts): a cache, so a reload
 * shows an import without parsing its file again; the file stays the record of what was imported.
 */
export const COLUMNS = 'columns';
/**
 * 1 kept the bytes inside the description; 2 moved them to FILES; 3 added COLUMNS and stores
 * bytes as pieces: FILES[id] = { pieces: n }, the pieces under [id, 0] … [id, n − 1] (a version-2
 * file, one ArrayBuffer under id, is still read).
 */
export const VERSION = 3;

const STORED_MARK = 'stored';
/** In place of the bytes of a record read back: its file's pieces are there, left unread. */
export const STORED: typeof STORED_MARK = STORED_MARK;

/**
 * A dataset's description. Its file is stored beside it, in FILES, as pieces (toRecord): slices
 * of the file itself, or its bytes where Blobs are refused (Safari's private windows). Chromium
 * keeps either as a file of its own beside the database when it is large, which can go missing
 * from the disk: stored-file.ts checks each piece can be read before handing the file out.
 */
export const RecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'is not a #rrggbb colour'),
  visible: z.boolean(),
  format: z.enum(['acled', 'ucdp', 'csv', 'geojson', 'parquet', 'geoparquet', 'kml', 'kmz']),
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
  /**
   * In pieces (import/pieces.ts): a single value over about 127 MiB is refused by Chromium. Read
   * back only from a record saved without its size; otherwise STORED, its pieces counted.
   */
  bytes: z.union([z.array(z.instanceof(ArrayBuffer)).min(1), z.literal(STORED_MARK)], 'the file is missing'),
  fileType: z.string(),
  /** Saved since the file is left in storage on a restore; an older record is read whole. */
  fileSize: z.number().int().nonnegative().optional(),
  sourceUrl: z.string().optional(),
  added: z.string().min(1),
  datesWithin: z.object({ from: z.string(), to: z.string() }).optional(),
});
export type StoredRecord = z.infer<typeof RecordSchema>;
/** The description alone: what the `datasets` store holds (the bytes are in `files`). */
export type MetaRecord = Omit<StoredRecord, 'bytes'>;

/** A stored file's piece: a slice of the file itself, or (where a browser cannot store a Blob) its bytes. */
export type Piece = Blob | ArrayBuffer;

/**
 * The description, and the file in pieces of PIECE_BYTES (no single value holds all of a big
 * file): slices of it, which cost the page nothing (the browser copies their bytes into storage
 * on its own thread; cloning 147 MiB of buffers took the page's main thread 0.2 s), or with
 * `copy` its bytes, read piece by piece.
 */
export async function toRecord(
  d: StoredDataset & { file: Blob },
  copy = false,
): Promise<MetaRecord & { bytes: Piece[] }> {
  const { file, ...rest } = d;
  const bytes: Piece[] = [];
  for (let at = 0; at < file.size || bytes.length === 0; at += PIECE_BYTES) {
    const slice = file.slice(at, at + PIECE_BYTES);
    bytes.push(copy ? await slice.arrayBuffer() : slice);
  }
  return { ...rest, fileType: file.type, fileSize: file.size, bytes };
}

export function toDataset(r: StoredRecord): StoredDataset {
  const { bytes, fileType, fileSize, ...rest } = r;
  if (bytes !== STORED) return { ...rest, file: new Blob(bytes, { type: fileType }) };
  return { ...rest, file: { storedId: r.id, size: fileSize ?? 0, type: fileType } };
}

/** Creates the stores, and moves a version-1 store's bytes out of the descriptions. */
export function upgrade(request: IDBOpenDBRequest, oldVersion: number): void {
  const db = request.result;
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'id' });
  if (oldVersion < 3) db.createObjectStore(COLUMNS);
  if (oldVersion >= 2) return;
  const files = db.createObjectStore(FILES);
  const cursor = request.transaction?.objectStore(STORE).openCursor();
  if (!cursor) return;
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (!c) return;
    const { bytes, ...meta } = c.value as { id: string; bytes?: unknown };
    if (bytes !== undefined) {
      files.put(bytes, meta.id);
      c.update(meta);
    }
    c.continue();
  };
}
