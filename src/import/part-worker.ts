/// <reference lib="webworker" />
// The second reader of a large CSV file (csv-parts.ts): started by the import worker, it looks
// for the cut and says where it is, waits for the header, reads the file from the cut to the end
// while that worker reads up to it, posts how far it has read, and then its rows as a table,
// their buffers transferred.
import { tableBuffers } from '../data/event-table';
import { type PartBegin, type PartResult, type PartStart, readLaterPart } from './csv-parts';
import type { CsvCut } from './parse/csv-split';

declare const self: DedicatedWorkerGlobalScope;

/** What the import worker tells the part worker: first where to start, then how to read the rows. */
export type ToPart = { type: 'start'; start: PartStart } | { type: 'begin'; reading: PartBegin };
/** What the part worker posts back. */
export type FromPart =
  | { type: 'cut'; cut: CsvCut | null }
  | { type: 'bytes'; bytes: number }
  | { type: 'done'; result: PartResult };

const post = (m: FromPart, transfer: Transferable[] = []) => self.postMessage(m, transfer);

let begin: (reading: PartBegin) => void = () => {};
const begun = new Promise<PartBegin>((resolve) => {
  begin = resolve;
});

async function run(start: PartStart): Promise<void> {
  const on = {
    cut: (cut: CsvCut | null) => post({ type: 'cut', cut }),
    bytes: (bytes: number) => post({ type: 'bytes', bytes }),
  };
  const result = await readLaterPart(start, begun, on);
  post({ type: 'done', result }, result && 'table' in result ? tableBuffers(result.table) : []);
}

self.onmessage = (e: MessageEvent<ToPart>) => {
  const m = e.data;
  if (m.type === 'begin') return begin(m.reading);
  // A failure of its own is no failure of the file: the import worker reads the part itself.
  run(m.start).catch(() => post({ type: 'done', result: null }));
};
