// Runs one import in a Web Worker and gathers what it sends. The page only receives messages;
// the reading, parsing and laying out never run on its thread. Cancelling terminates the worker.
import type { ImportRequest, WorkerMessage } from './messages';
import { type PreparedEvents, revive } from './prepared';
import type { ImportSummary, NeedsMapping } from './types';

/** What an import gave, its events as a table with everything the page needs of it. */
export type Imported = ImportSummary & { events: PreparedEvents };

export type Outcome =
  | { kind: 'done'; result: Imported }
  | { kind: 'question'; question: NeedsMapping }
  | { kind: 'fatal'; message: string }
  | { kind: 'cancelled' };

export type Running = { done: Promise<Outcome>; cancel: () => void };

/** How long a finished worker may take to cache its columns before it is stopped anyway. */
const CACHE_WAIT_MS = 120_000;

export function runImport(req: ImportRequest, onProgress: (p: number) => void): Running {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'import' });
  let result: ((o: Outcome) => void) | null = null;
  const done = new Promise<Outcome>((resolve) => {
    result = resolve;
  });
  // The outcome is given once; the worker is stopped then, unless it is still caching columns.
  const settle = (o: Outcome, stop = true) => {
    result?.(o);
    result = null;
    if (stop) worker.terminate();
  };
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m.progress);
    else if (m.type === 'question') settle({ kind: 'question', question: m.question });
    else if (m.type === 'fatal') settle({ kind: 'fatal', message: m.message });
    else if (m.type === 'cached') worker.terminate();
    else {
      settle({ kind: 'done', result: { ...m.result, events: revive(m.prepared) } }, false);
      setTimeout(() => worker.terminate(), CACHE_WAIT_MS);
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    settle({ kind: 'fatal', message: `the import stopped: ${e.message || 'the worker failed'}` });
  };
  worker.postMessage(req);
  return { done, cancel: () => settle({ kind: 'cancelled' }) };
}
