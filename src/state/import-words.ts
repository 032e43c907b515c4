// The small pure parts of importing: new ids, the next colour, the summary and what it says.
import { quotedName } from '../import/file-name';
import type { ImportSummary } from '../import/types';
import type { ImportMessage } from './datasets';

/**
 * Okabe–Ito's colour-blind-safe palette (yellow left out: it vanishes on the pale basemap). Each
 * import takes the first one not in use.
 */
export const IMPORT_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#222222'];

export function nextColor(used: readonly string[]): string {
  const free = IMPORT_COLORS.find((c) => !used.includes(c));
  return free ?? (IMPORT_COLORS[used.length % IMPORT_COLORS.length] as string);
}

/** A short slug that is not in use: it names the layer, the stored record and the event ids. */
export function newDatasetId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const id = `u${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!taken.has(id)) return id;
  }
}

const n = (x: number) => x.toLocaleString('en');
const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

/** What a summary reads of an import: how many events, not the events. */
export type Summarised = ImportSummary & { eventCount: number };

/** “acled.csv”: 1,203 imported, 4 rejected. */
export function describeResult(
  name: string,
  r: Pick<Summarised, 'eventCount' | 'areas' | 'errors' | 'format'>,
): string {
  const parts = [`${n(r.eventCount)} imported`];
  if (r.areas.length > 0) parts.push(plural(r.areas.length, 'area', 'areas'));
  if (r.errors.length > 0) parts.push(`${n(r.errors.length)} rejected`);
  return `${quotedName(name)}: ${parts.join(', ')}.`;
}

/** What an import says: its summary, notes, rejected rows and far-off dates, for the dataset to own. */
export function summaryOf(result: Summarised, name: string): Omit<ImportMessage, 'datasetId'> {
  // Only what the download needs: the message outlives the dataset, so it must not hold its rows.
  const { format, errors, columns } = result;
  const rejected = errors.length > 0 ? { rejected: { name, format, errors, columns } } : {};
  return {
    tone: rejected.rejected || result.outliers ? 'warn' : 'ok',
    text: describeResult(name, result),
    ...(result.notes.length > 0 ? { notes: result.notes } : {}),
    ...rejected,
    ...(result.outliers ? { outliers: result.outliers } : {}),
  };
}
