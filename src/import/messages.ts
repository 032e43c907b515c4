// What the import worker and the page say to each other. Events come back in chunks so no single
// message takes the page long to receive, even for a million rows.
import type { EventRecord } from '../data/events';
import type { ColumnMapping, DateRange, ImportResult, NeedsMapping } from './types';

/** A file to read: into which set, with the columns the user chose and the dates kept, if any. */
export type ImportRequest = {
  file: Blob;
  name: string;
  set: string;
  mapping?: ColumnMapping;
  datesWithin?: DateRange;
};

export type WorkerMessage =
  | { type: 'progress'; progress: number }
  | { type: 'question'; question: NeedsMapping }
  | { type: 'events'; events: EventRecord[] }
  | { type: 'done'; result: Omit<ImportResult, 'events'> }
  | { type: 'fatal'; message: string };

/** Events per message: small enough that receiving one never blocks the page for long. */
export const EVENTS_PER_MESSAGE = 20_000;
