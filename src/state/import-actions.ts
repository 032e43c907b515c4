// Actions for importing: start, answer, cancel, restore, read again (dropping far-off dates) and
// fetch a link's file. The worker does the parsing (import/run.ts); the store keeps the files
// (import/store.ts); dataset-actions.ts toggles and removes what is imported.
import { batch } from '@preact/signals';
import { fetchLinkFile } from '../import/fetch-link';
import { quotedName } from '../import/file-name';
import type { ImportRequest } from '../import/messages';
import { type Imported, type Outcome, type Running, runImport } from '../import/run';
import { loadDatasets, saveDataset, updateDataset } from '../import/store';
import type { FileSource, StoredDataset } from '../import/store-record';
import { isStoredFile } from '../import/stored-file';
import type { ColumnMapping, DateRange } from '../import/types';
import type { DataLinkTarget } from './data-link';
import {
  datasets,
  type ImportedDataset,
  type ImportJob,
  type ImportMessage,
  importJobs,
  importMessages,
} from './datasets';
import { newDatasetId, nextColor, type Summarised, summaryOf } from './import-words';
import { findEvent, selectedId } from './timeline';
import { keepTimeInRange } from './timeline-actions';

type Options = {
  sourceUrl?: string;
  mapping?: ColumnMapping;
  /** A stored dataset being brought back as it was. */
  restore?: StoredDataset;
  /** A dataset on the map read again (its far-off rows dropped): it keeps its place and colour. */
  replace?: ImportedDataset;
  datesWithin?: DateRange;
};
const running = new Map<string, { run: Running; req: ImportRequest; opts: Options }>();
/**
 * The file each dataset on the map was read from, by id: to read again, or to compare with. A
 * restored one's stays in storage until then (import/stored-file.ts).
 */
const files = new Map<string, FileSource>();

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

/** The dataset is gone from the map: its file need not be kept. */
export const forgetFile = (id: string) => files.delete(id);

/** The files on the map, or being read, under this name: a file added again is asked about. */
export function addedFiles(name: string): FileSource[] {
  const onMap = datasets.value.filter((d) => d.name === name).flatMap((d) => files.get(d.id) ?? []);
  const reading = [...running.values()].filter((r) => r.req.name === name && !r.opts.replace);
  return [...onMap, ...reading.map((r) => r.req.file)];
}

/** Reads a file (or a fetched URL's bytes) into a new layer; nothing changes until it succeeds. */
export function importFile(file: FileSource, name: string, opts: Options = {}): Promise<void> {
  const id = opts.restore?.id ?? newDatasetId(new Set(datasets.value.map((d) => d.id)));
  importJobs.value = [...importJobs.value, { id, name, progress: 0 }];
  const mapping = opts.mapping ?? opts.restore?.mapping;
  const datesWithin = opts.datesWithin ?? opts.restore?.datesWithin;
  return start({ file, name, set: id, mapping, datesWithin, restoring: opts.restore !== undefined }, opts);
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
  if (outcome.kind === 'cancelled')
    say({ tone: 'warn', text: `Import of ${quotedName(req.name)} cancelled.` });
  if (outcome.kind === 'fatal') {
    const text = `${quotedName(req.name)} was not imported: ${outcome.message}.`;
    // A stored file that no longer reads stays stored (nothing is dropped unasked) until removed.
    say(opts.restore ? { tone: 'error', text, storedId: req.set } : { tone: 'error', text });
  }
}

function datasetOf(result: Imported, req: ImportRequest, opts: Options): ImportedDataset {
  const was = opts.restore ?? opts.replace;
  return {
    id: req.set,
    name: was?.name ?? req.name,
    color: was?.color ?? nextColor(datasets.value.map((d) => d.color)),
    visible: was?.visible ?? true,
    format: result.format,
    mapping: req.mapping,
    events: result.events,
    areas: result.areas,
    errors: result.errors,
    columns: result.columns,
    storage: opts.replace?.storage ?? (opts.restore ? 'saved' : 'saving'),
  };
}

const summarised = ({ events, ...rest }: Imported): Summarised => ({
  ...rest,
  eventCount: events.table.count,
});

async function add(result: Imported, req: ImportRequest, opts: Options): Promise<void> {
  if (result.events.table.count === 0 && result.areas.length === 0) {
    const said = summaryOf(summarised(result), req.name);
    return say({ ...said, tone: 'error', text: `${said.text} Nothing was added to the map.` });
  }
  const dataset = datasetOf(result, req, opts);
  files.set(dataset.id, req.file);
  if (opts.replace)
    return replaceDataset(
      dataset,
      { datasetId: dataset.id, ...summaryOf(summarised(result), dataset.name) },
      req.datesWithin,
    );
  datasets.value = [...datasets.value, dataset];
  if (opts.restore || isStoredFile(req.file)) return;
  say({ datasetId: dataset.id, ...summaryOf(summarised(result), req.name) });
  // Saving a big file takes a while; the layer is usable meanwhile and says it is not saved yet.
  void store(dataset, req.file, opts.sourceUrl);
}

/** The dataset read again in place of the one on the map, its message replaced, the dates kept stored. */
async function replaceDataset(d: ImportedDataset, message: ImportMessage, datesWithin?: DateRange) {
  batch(() => {
    datasets.value = datasets.value.map((x) => (x.id === d.id ? d : x));
    importMessages.value = [...importMessages.value.filter((m) => m.datasetId !== d.id), message];
    if (selectedId.value !== null && findEvent(selectedId.value) === null) selectedId.value = null;
    keepTimeInRange(); // the dropped rows may have held the date the slider is at
  });
  if (!datesWithin) return;
  const updated = await updateDataset(d.id, { datesWithin });
  if (!updated.ok) say({ tone: 'error', text: updated.error });
}

/** Reads a dataset's file again, dropping its rows dated outside `keep` (they become rejected rows). */
export function dropOutliers(datasetId: string, keep: DateRange): void {
  const d = datasets.value.find((x) => x.id === datasetId);
  const file = files.get(datasetId);
  if (!d || !file || running.has(datasetId)) return;
  importJobs.value = [...importJobs.value, { id: d.id, name: d.name, progress: 0 }];
  const req = { file, name: d.name, set: d.id, mapping: d.mapping, datesWithin: keep };
  void start(req, { replace: d, datesWithin: keep });
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

/** Imports a `?data=` link's file, unless this browser already holds it from an earlier visit. */
export async function importFromLink(link: DataLinkTarget | null, stored: readonly string[]): Promise<void> {
  if (link === null || stored.includes(link.url)) return;
  const fetched = await fetchLinkFile(link.url);
  if ('problem' in fetched)
    return say({ tone: 'error', text: `${quotedName(link.name)} could not be fetched: ${fetched.problem}.` });
  await importFile(fetched.file, link.name, { sourceUrl: link.url });
}
