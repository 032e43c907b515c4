/// <reference lib="webworker" />
// Reads one file off the page's thread: sniffs it, reads CSV as a stream and GeoJSON whole (both
// as UTF-8 throughout, or not at all), and posts progress, a question about columns, or the events
// as a table with everything the page needs of it, its buffers transferred.
import { tableOf } from '../data/event-table';
import { importCsvFile } from './csv-file';
import type { ImportRequest, WorkerMessage } from './messages';
import { parseGeoJsonText } from './parse/geojson';
import { SNIFF_BYTES, sniff } from './parse/sniff';
import { preparedBuffers, prepareParts } from './prepared';
import { readAllUtf8 } from './read-text';
import type { ImportResult, NeedsMapping } from './types';

declare const self: DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);

function finish(outcome: ImportResult | NeedsMapping | { fatal: string }, set: string): void {
  if ('fatal' in outcome) {
    post({ type: 'fatal', message: outcome.fatal });
    return;
  }
  if (!('events' in outcome)) {
    post({ type: 'question', question: outcome });
    return;
  }
  const { events, ...rest } = outcome;
  const prepared = prepareParts(tableOf(events, set), {
    count: events.length,
    idAt: (p) => events[p]?.id ?? '',
  });
  post({ type: 'done', result: rest, prepared }, preparedBuffers(prepared));
}

async function run(req: ImportRequest): Promise<void> {
  const head = new Uint8Array(await req.file.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = sniff(head, req.name);
  if ('fatal' in kind) return finish(kind, req.set);
  const opts = { set: req.set, mapping: req.mapping, datesWithin: req.datesWithin };
  const progress = (fraction: number) => post({ type: 'progress', progress: Math.min(1, fraction) });
  if (kind.format === 'csv') return finish(await importCsvFile(req.file, opts, progress), req.set);
  const text = await readAllUtf8(req.file);
  if (typeof text !== 'string') return finish(text, req.set);
  progress(0.5);
  finish(parseGeoJsonText(text, opts), req.set);
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  run(e.data).catch((error: unknown) =>
    post({ type: 'fatal', message: `the file could not be read: ${(error as Error)?.message ?? error}` }),
  );
};
