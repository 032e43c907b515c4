// A CSV file read as the worker reads it: decoded by readUtf8 a chunk at a time and pushed into
// papaparse, so a 100 MB file is never in memory whole. Papaparse's own file reader is not used:
// it decodes each chunk on its own, turning a character cut between two chunks into "��", and
// decodes whatever is not UTF-8 into "�" without a word.
import Papa from 'papaparse';
import { type CsvOptions, createCsvImporter } from './parse/csv';
import type { Fatal } from './parse/importer';
import { createCsvFeed } from './parse/papa';
import { readUtf8 } from './read-text';
import type { ImportResult, NeedsMapping } from './types';

type Listener = (text?: string) => void;

/**
 * Text handed to papaparse as it is decoded, through the members by which papaparse reads a
 * Node stream (`readable` and `read` to be taken for one, `on`, `removeListener`, `pause`,
 * `resume`). Nothing here pauses: each push is parsed before it returns.
 */
function textStream() {
  const listeners = new Map<string, Listener>();
  const stream = {
    readable: true,
    read: () => null,
    pause: () => {},
    resume: () => {},
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return stream;
    },
    removeListener(event: string) {
      listeners.delete(event);
      return stream;
    },
  };
  return {
    stream: stream as unknown as NodeJS.ReadableStream,
    push: (text: string) => listeners.get('data')?.(text),
    end: () => listeners.get('end')?.(),
  };
}

/** Reads a CSV file into events, reporting the share of its bytes read as it goes. */
export async function importCsvFile(
  file: Blob,
  opts: CsvOptions,
  onProgress: (fraction: number) => void,
): Promise<ImportResult | NeedsMapping | Fatal> {
  const importer = createCsvImporter(opts);
  const feed = createCsvFeed(importer);
  const text = textStream();
  let [started, completed] = [false, false];
  let failure: string | undefined;
  const fatal = await readUtf8(file, (chunk, bytesRead) => {
    if (chunk === '') return true; // a byte-order mark alone: the delimiter is judged on text
    if (!started) {
      started = true;
      Papa.parse<string[]>(text.stream, {
        ...feed.configFor(chunk),
        // Early when the column question has its sample rows: then reading stops.
        complete: () => {
          completed = true;
        },
        error: (e: Error) => {
          failure = e.message;
        },
      });
    }
    text.push(chunk);
    onProgress(bytesRead / file.size);
    return !completed && failure === undefined;
  });
  if (fatal) return fatal;
  if (!completed && failure === undefined) text.end();
  if (failure !== undefined) return { fatal: `the file could not be read: ${failure}` };
  return feed.fatal ?? feed.needsMapping ?? importer.finish();
}
