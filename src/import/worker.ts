/// <reference lib="webworker" />
// Reads one file off the page's thread: sniffs it, reads CSV as a stream and GeoJSON whole (both
// as UTF-8 throughout, or not at all), and posts progress, a question about columns, the events
// in chunks, then the rest.
import { importCsvFile } from './csv-file';
import { EVENTS_PER_MESSAGE, type ImportRequest, type WorkerMessage } from './messages';
import { parseGeoJsonText } from './parse/geojson';
import { SNIFF_BYTES, sniff } from './parse/sniff';
import { readAllUtf8 } from './read-text';
import type { ImportResult, NeedsMapping } from './types';

declare const self: DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => self.postMessage(m);

function finish(outcome: ImportResult | NeedsMapping | { fatal: string }): void {
  if ('fatal' in outcome) {
    post({ type: 'fatal', message: outcome.fatal });
    return;
  }
  if (!('events' in outcome)) {
    post({ type: 'question', question: outcome });
    return;
  }
  const { events, ...rest } = outcome;
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE)
    post({ type: 'events', events: events.slice(i, i + EVENTS_PER_MESSAGE) });
  post({ type: 'done', result: rest });
}

async function run(req: ImportRequest): Promise<void> {
  const head = new Uint8Array(await req.file.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = sniff(head, req.name);
  if ('fatal' in kind) return finish(kind);
  const opts = { set: req.set, mapping: req.mapping, datesWithin: req.datesWithin };
  const progress = (fraction: number) => post({ type: 'progress', progress: Math.min(1, fraction) });
  if (kind.format === 'csv') return finish(await importCsvFile(req.file, opts, progress));
  const text = await readAllUtf8(req.file);
  if (typeof text !== 'string') return finish(text);
  progress(0.5);
  finish(parseGeoJsonText(text, opts));
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  run(e.data).catch((error: unknown) =>
    post({ type: 'fatal', message: `the file could not be read: ${(error as Error)?.message ?? error}` }),
  );
};
