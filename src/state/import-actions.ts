// Actions for imported data: start, answer, cancel, restore, toggle and remove imports. The
// worker does the parsing (import/run.ts); the store keeps the files (import/store.ts).
import { batch } from '@preact/signals';
import type { ImportRequest } from '../import/messages';
import { type Outcome, type Running, runImport } from '../import/run';
import { loadDatasets, removeDataset, saveDataset, updateDataset } from '../import/store';
import type { StoredDataset } from '../import/store-record';
import type { ColumnMapping, ImportResult } from '../import/types';
import type { DataLinkTarget } from './data-link';
import {
  datasets,
  type ImportedDataset,
  type ImportJob,
  type ImportMessage,
  importJobs,
  importMessages,
} from './datasets';
import { describeResult, newDatasetId, nextColor } from './import-words';
import { prepare } from './prepare';
import { findEvent, selectedId } from './timeline';

type Options = { sourceUrl?: string; mapping?: ColumnMapping; restore?: StoredDataset };
const running = new Map<string, { run: Running; req: ImportRequest; opts: Options }>();

const updateJob = (id: string, patch: Partial<ImportJob>) => {
  importJobs.value = importJobs.value.map((j) => (j.id === id ? { ...j, ...patch } : j));
};
const endJob = (id: string) => {
  running.delete(id);
  importJobs.value = importJobs.value.filter((j) => j.id !== id);
};
export const say = (m: ImportMessage) => {
  importMessages.value = [...importMessages.value, m];
};

/** Reads a file (or a fetched URL's bytes) into a new layer; nothing changes until it succeeds. */
export function importFile(file: Blob, name: string, opts: Options = {}): Promise<void> {
  const id = opts.restore?.id ?? newDatasetId(new Set(datasets.value.map((d) => d.id)));
  importJobs.value = [...importJobs.value, { id, name, progress: 0 }];
  return start({ file, name, set: id, mapping: opts.mapping ?? opts.restore?.mapping }, opts);
}

function start(req: ImportRequest, opts: Options): Promise<void> {
  const run = runImport(req, (progress) => updateJob(req.set, { progress }));
  running.set(req.set, { run, req, opts });
  return run.done.then((outcome) => settle(outcome, req, opts));
}

async function settle(outcome: Outcome, req: ImportRequest, opts: Options): Promise<void> {
  if (outcome.kind === 'question') return updateJob(req.set, { question: outcome.question });
  // A finished read keeps its progress bar until its layer is on the map.
  if (outcome.kind === 'done') await add(outcome.result, req, opts);
  endJob(req.set);
  if (outcome.kind === 'cancelled') say({ tone: 'warn', text: `Import of “${req.name}” cancelled.` });
  if (outcome.kind === 'fatal') {
    const text = `“${req.name}” was not imported: ${outcome.message}.`;
    // A stored file that no longer reads stays stored (nothing is dropped unasked) until removed.
    say(opts.restore ? { tone: 'error', text, storedId: req.set } : { tone: 'error', text });
  }
}

async function add(result: ImportResult, req: ImportRequest, opts: Options): Promise<void> {
  const summary = describeResult(req.name, result);
  const notes = result.notes.length > 0 ? { notes: result.notes } : {};
  if (result.events.length === 0 && result.areas.length === 0) {
    return say({
      tone: 'error',
      text: `${summary} Nothing was added to the map.`,
      ...notes,
      rejected: { ...result, name: req.name },
    });
  }
  const drawing = await prepare(result.events);
  const stored = opts.restore;
  const dataset: ImportedDataset = {
    id: req.set,
    name: stored?.name ?? req.name,
    color: stored?.color ?? nextColor(datasets.value.map((d) => d.color)),
    visible: stored?.visible ?? true,
    format: result.format,
    mapping: req.mapping,
    events: result.events,
    drawing,
    areas: result.areas,
    errors: result.errors,
    columns: result.columns,
    storage: stored ? 'saved' : 'saving',
  };
  datasets.value = [...datasets.value, dataset];
  if (!stored) {
    const rejected = result.errors.length > 0 ? { rejected: { ...result, name: req.name } } : {};
    const tone = rejected.rejected ? 'warn' : 'ok';
    say({ datasetId: dataset.id, tone, text: summary, ...notes, ...rejected });
    // Saving a big file takes a while; the layer is usable meanwhile and says it is not saved yet.
    void store(dataset, req.file, opts.sourceUrl);
  }
}

async function store(d: ImportedDataset, file: Blob, sourceUrl?: string): Promise<void> {
  const { id, name, color, visible, format, mapping } = d;
  const saved = await saveDataset({
    id,
    name,
    color,
    visible,
    format,
    file,
    added: new Date().toISOString(),
    ...(mapping ? { mapping } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
  });
  const storage = saved.ok ? 'saved' : 'failed';
  datasets.value = datasets.value.map((x) => (x.id === id ? { ...x, storage } : x));
  if (!saved.ok) say({ tone: 'error', text: saved.error });
}

/** The user picked the columns the parser was unsure of: read the file again with them. */
export function answerQuestion(jobId: string, mapping: ColumnMapping): void {
  const job = running.get(jobId);
  if (!job) return;
  updateJob(jobId, { question: undefined, progress: 0 });
  void start({ ...job.req, mapping }, job.opts);
}

export function cancelImport(jobId: string): void {
  const job = running.get(jobId);
  if (!job) return;
  // A job waiting on the column dialog has no worker left to stop: it settles as cancelled here.
  if (importJobs.value.find((j) => j.id === jobId)?.question)
    void settle({ kind: 'cancelled' }, job.req, job.opts);
  else job.run.cancel();
}

/** Brings back the imports stored in this browser, one after another, as they were. */
export async function restoreImports(): Promise<string[]> {
  const { datasets: stored, errors } = await loadDatasets();
  for (const message of errors) say({ tone: 'error', text: message });
  for (const d of stored) await importFile(d.file, d.name, { restore: d, sourceUrl: d.sourceUrl });
  return stored.flatMap((d) => (d.sourceUrl ? [d.sourceUrl] : []));
}

export function setDatasetVisible(id: string, on: boolean): void {
  datasets.value = datasets.value.map((d) => (d.id === id ? { ...d, visible: on } : d));
  void updateDataset(id, { visible: on });
}

export async function removeImport(id: string): Promise<void> {
  batch(() => {
    if (findEvent(selectedId.value)?.set === id) selectedId.value = null;
    datasets.value = datasets.value.filter((d) => d.id !== id);
    importMessages.value = importMessages.value.filter((m) => m.datasetId !== id);
  });
  const removed = await removeDataset(id);
  if (!removed.ok) say({ tone: 'error', text: removed.error });
}

/** Deletes a stored import that could not be read back, at the user's word. */
export async function forgetStored(id: string): Promise<void> {
  const removed = await removeDataset(id);
  importMessages.value = importMessages.value.filter((m) => m.storedId !== id);
  if (!removed.ok) say({ tone: 'error', text: removed.error });
}

export function dismissImportMessage(index: number): void {
  importMessages.value = importMessages.value.filter((_, i) => i !== index);
}

/** Imports a `?data=` link's file, unless this browser already holds it from an earlier visit. */
export async function importFromLink(link: DataLinkTarget | null, stored: readonly string[]): Promise<void> {
  if (link === null) return;
  if (stored.includes(link.url)) return;
  let blob: Blob;
  try {
    const response = await fetch(link.url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    blob = await response.blob();
  } catch (e) {
    return say({ tone: 'error', text: `“${link.name}” could not be fetched: ${(e as Error).message}.` });
  }
  await importFile(blob, link.name, { sourceUrl: link.url });
}
