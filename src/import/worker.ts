/// <reference lib="webworker" />
// Reads one file off the page's thread: sniffs it, reads CSV as a stream, Parquet a row group at
// a time, GeoJSON or KML whole (text as UTF-8 throughout, or not at all), a KMZ's KML once
// unzipped, and posts progress, a question about columns, or the events as a table with everything
// the page needs of it, its buffers transferred.
import { type Cached, readCached, writeCached } from './column-cache';
import { importCsvFile } from './csv-file';
import type { ImportRequest, WorkerMessage } from './messages';
import { SNIFF_BYTES, sniff } from './parse/sniff';
import { readPartInWorker } from './part-reader';
import { preparedBuffers, prepareParts } from './prepared';
import { readAllUtf8 } from './read-text';
import { blobOf } from './stored-file';
import type { ImportResult, NeedsMapping } from './types';

declare const self: DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);

type Outcome = ImportResult | NeedsMapping | { fatal: string };

/**
 * The worker's own URL, the file's size and what the user chose: a parser changed by a new build
 * comes with a new hashed URL, so columns cached by an older one are never used.
 */
const cacheKey = (req: ImportRequest) =>
  JSON.stringify([self.location.href, req.file.size, req.mapping ?? null, req.datesWithin ?? null]);

/** The events are sent once, their buffers transferred after the cache has taken its copy. */
async function send(id: string, cached: Cached, write: boolean): Promise<void> {
  const pending = write ? writeCached(id, cached) : null;
  post({ type: 'done', result: cached.result, prepared: cached.prepared }, preparedBuffers(cached.prepared));
  post({ type: 'cached', stored: pending ? await pending.written : false });
}

async function finish(outcome: Outcome, req: ImportRequest): Promise<void> {
  if ('fatal' in outcome) return post({ type: 'fatal', message: outcome.fatal });
  if (!('table' in outcome)) return post({ type: 'question', question: outcome });
  const { table, ...result } = outcome;
  const prepared = prepareParts(table);
  await send(req.set, { key: cacheKey(req), result, prepared }, true);
}

async function read(req: ImportRequest): Promise<Outcome> {
  const file = await blobOf(req.file);
  if (!file) return { fatal: 'its copy kept in this browser’s storage is gone' };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = sniff(head, req.name);
  if ('fatal' in kind) return kind;
  const opts = { set: req.set, mapping: req.mapping, datesWithin: req.datesWithin };
  const progress = (fraction: number) => post({ type: 'progress', progress: Math.min(1, fraction) });
  if (kind.format === 'csv') return importCsvFile(file, opts, progress, { readPart: readPartInWorker });
  // The other readers (and their libraries: hyparquet, saxes, togeojson, fflate) load only for
  // their own files, so a CSV import's worker starts with a third of the code to compile.
  if (kind.format === 'parquet') {
    const { blobBuffer, readParquet } = await import('./parse/parquet');
    return readParquet(blobBuffer(file), opts, progress);
  }
  // A KML is read whole, then parsed a chunk at a time: the second half of the bar is the parse.
  const parsing = (fraction: number) => progress(0.5 + fraction / 2);
  if (kind.format === 'kmz') {
    const [bytes, { parseKmz }] = await Promise.all([file.arrayBuffer(), import('./parse/kmz')]);
    progress(0.5);
    return parseKmz(new Uint8Array(bytes), opts, parsing);
  }
  const text = await readAllUtf8(file);
  if (typeof text !== 'string') return text;
  progress(0.5);
  if (kind.format === 'kml') {
    const { parseKmlText } = await import('./parse/kml');
    return parseKmlText(text, opts, 'kml', { progress: parsing });
  }
  const { parseGeoJsonText } = await import('./parse/geojson');
  return parseGeoJsonText(text, opts);
}

async function run(req: ImportRequest): Promise<void> {
  const hit = req.restoring ? await readCached(req.set, cacheKey(req)) : null;
  if (hit) return send(req.set, hit, false);
  await finish(await read(req), req);
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  run(e.data).catch((error: unknown) =>
    post({ type: 'fatal', message: `the file could not be read: ${(error as Error)?.message ?? error}` }),
  );
};
