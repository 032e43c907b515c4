/// <reference lib="webworker" />
// Reads one file off the page's thread: sniffs it, parses CSV in a stream (papaparse) or GeoJSON
// whole, and posts progress, a question about columns, the events in chunks, then the rest.
import Papa from 'papaparse';
import { EVENTS_PER_MESSAGE, type ImportRequest, type WorkerMessage } from './messages';
import { acledDelimiter } from './parse/acled';
import { createCsvImporter } from './parse/csv';
import { parseGeoJsonText } from './parse/geojson';
import { createCsvFeed } from './parse/papa';
import { sniff } from './parse/sniff';
import type { ImportResult, NeedsMapping } from './types';

declare const self: DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => self.postMessage(m);

/** 1 MiB per CSV chunk: progress moves often and memory stays flat while reading. */
const CSV_CHUNK_BYTES = 1 << 20;
const SNIFF_BYTES = 64 * 1024;

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

function parseCsv(req: ImportRequest, head: Uint8Array): void {
  const importer = createCsvImporter({ set: req.set, mapping: req.mapping });
  const size = Math.max(1, req.file.size);
  const feed = createCsvFeed(importer, (bytes) =>
    post({ type: 'progress', progress: Math.min(1, bytes / size) }),
  );
  Papa.parse<string[]>(req.file as File, {
    ...feed.config,
    delimiter: acledDelimiter(new TextDecoder().decode(head)),
    chunkSize: CSV_CHUNK_BYTES,
    complete: () => finish(feed.needsMapping ?? importer.finish()),
    error: (error) => finish({ fatal: `the file could not be read: ${error.message}` }),
  });
}

async function run(req: ImportRequest): Promise<void> {
  const head = new Uint8Array(await req.file.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = sniff(head, req.name);
  if ('fatal' in kind) return finish(kind);
  if (kind.format === 'csv') return parseCsv(req, head);
  const text = await req.file.text();
  post({ type: 'progress', progress: 0.5 });
  finish(parseGeoJsonText(text, { set: req.set, mapping: req.mapping }));
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  run(e.data).catch((error: unknown) =>
    post({ type: 'fatal', message: `the file could not be read: ${(error as Error)?.message ?? error}` }),
  );
};
