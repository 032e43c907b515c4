// Runs one import in a Web Worker and gathers what it sends. The page only receives messages;
// the reading and parsing never run on its thread. Cancelling terminates the worker.
import type { EventRecord } from '../data/events';
import type { ImportRequest, WorkerMessage } from './messages';
import type { ImportResult, NeedsMapping } from './types';

export type Outcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'question'; question: NeedsMapping }
  | { kind: 'fatal'; message: string }
  | { kind: 'cancelled' };

export type Running = { done: Promise<Outcome>; cancel: () => void };

/** The chunks as one array; a plain loop, several times quicker than flat() at a million. */
function joined(chunks: readonly EventRecord[][]): EventRecord[] {
  const out: EventRecord[] = [];
  for (const chunk of chunks) for (const e of chunk) out.push(e);
  return out;
}

export function runImport(req: ImportRequest, onProgress: (p: number) => void): Running {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'import' });
  let settle: (o: Outcome) => void = () => {};
  const done = new Promise<Outcome>((resolve) => {
    settle = (o) => {
      worker.terminate();
      resolve(o);
    };
  });
  const chunks: EventRecord[][] = [];
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m.progress);
    else if (m.type === 'events') chunks.push(m.events);
    else if (m.type === 'question') settle({ kind: 'question', question: m.question });
    else if (m.type === 'fatal') settle({ kind: 'fatal', message: m.message });
    else settle({ kind: 'done', result: { ...m.result, events: joined(chunks) } });
  };
  worker.onerror = (e) => {
    e.preventDefault();
    settle({ kind: 'fatal', message: `the import stopped: ${e.message || 'the worker failed'}` });
  };
  worker.postMessage(req);
  return { done, cancel: () => settle({ kind: 'cancelled' }) };
}
