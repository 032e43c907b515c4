// A large CSV file's later part read in a worker of its own (part-worker.ts), for csv-parts.ts.
import type { PartHandle, PartReader, PartResult } from './csv-parts';
import type { CsvCut } from './parse/csv-split';
import type { FromPart, ToPart } from './part-worker';

/** Null where a worker cannot start workers of its own: the import worker reads the whole file then. */
export const readPartInWorker: PartReader = (start, onBytes): PartHandle | null => {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./part-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import part',
  });
  const post = (m: ToPart) => worker.postMessage(m);
  let [onCut, onResult] = [(_: CsvCut | null) => {}, (_: PartResult) => {}];
  const cut = new Promise<CsvCut | null>((resolve) => {
    onCut = resolve;
  });
  const result = new Promise<PartResult>((resolve) => {
    onResult = resolve;
  });
  // A reader that fails to start or stops: no cut, no rows; the import worker reads them itself.
  const failed = () => {
    onCut(null);
    onResult(null);
    worker.terminate();
  };
  worker.onmessage = (e: MessageEvent<FromPart>) => {
    const m = e.data;
    if (m.type === 'cut') onCut(m.cut);
    else if (m.type === 'bytes') onBytes(m.bytes);
    else {
      onResult(m.result);
      worker.terminate();
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    failed();
  };
  post({ type: 'start', start });
  return {
    cut,
    result,
    begin: (reading) => post({ type: 'begin', reading }),
    cancel: () => worker.terminate(),
  };
};
