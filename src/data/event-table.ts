// Events as columns: typed arrays for what the slider, the map and the counts read for every
// event, text columns (data/text-column.ts) for what only a card, a list row or an export reads.
// An import worker builds a table and hands its buffers to the page without a copy; the page
// never turns a million rows back into objects: recordAt builds one when something shows it.
import type { DatePrecision, Day } from './dates';
import type { EventRecord, GeoPrecision, Source } from './events';
import { KINDS, type Kind, type RegionId } from './kinds';
import { readList } from './list-text';
import { GEO_PRECISIONS } from './schema';
import { type TextColumn, textAt, textBuffers } from './text-column';

export const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'week', 'month'];

/** Text every event has. */
const TEXT = ['id', 'title', 'summary', 'date', 'place'] as const;
/** Text an event may lack: stored as '' and read back as absent. */
export const OPTIONAL_TEXT = [
  'date_note',
  'end_date',
  'region',
  'country',
  'status',
  'denied_by',
  'note',
  'source_id',
  'event_type',
  'sub_event_type',
  'admin1',
] as const;
/** Lists, stored as text (data/list-text.ts): coded, since an import's actors and outlets repeat. */
const LISTS = ['actors', 'sources', 'extra'] as const;

export type TextName = (typeof TEXT)[number] | (typeof OPTIONAL_TEXT)[number] | (typeof LISTS)[number];
export const TEXT_NAMES: readonly TextName[] = [...TEXT, ...OPTIONAL_TEXT, ...LISTS];

/** The numbers of every event, row by row, in the table's order (by day, then id). */
export type EventNumbers = {
  day: Float64Array;
  end: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  radiusKm: Float64Array;
  /** NaN where the row gave none. */
  fatalities: Float64Array;
  /** Index into KINDS, DATE_PRECISIONS and GEO_PRECISIONS. */
  kind: Uint8Array;
  datePrecision: Uint8Array;
  geoPrecision: Uint8Array;
};

export type EventTable = EventNumbers & {
  /** The set every row belongs to. */
  set: string;
  count: number;
  text: Readonly<Record<TextName, TextColumn>>;
};

const NUMBER_NAMES = [
  'day',
  'end',
  'lon',
  'lat',
  'radiusKm',
  'fatalities',
  'kind',
  'datePrecision',
  'geoPrecision',
] as const satisfies readonly (keyof EventNumbers)[];

/** Row i as the record the card, the list and the exports show. */
export function recordAt(t: EventTable, i: number): EventRecord {
  const text = (name: TextName) => textAt(t.text[name], i);
  const optional: Partial<Record<TextName, string>> = {};
  for (const name of OPTIONAL_TEXT) {
    const v = text(name);
    if (v !== '') optional[name] = v;
  }
  const extra = readList<[string, string]>(text('extra'));
  const fatalities = t.fatalities[i] as number;
  return {
    ...(optional as Partial<EventRecord>),
    id: text('id'),
    set: t.set,
    kind: KINDS[t.kind[i] as number] as Kind,
    title: text('title'),
    summary: text('summary'),
    actors: readList<string>(text('actors')) ?? [],
    date: text('date'),
    date_precision: DATE_PRECISIONS[t.datePrecision[i] as number] as DatePrecision,
    place: text('place'),
    geo_precision: GEO_PRECISIONS[t.geoPrecision[i] as number] as GeoPrecision,
    ...(optional.region ? { region: optional.region as RegionId } : {}),
    ...(optional.status ? { status: optional.status as EventRecord['status'] } : {}),
    radiusKm: t.radiusKm[i] as number,
    sources: readList<Source>(text('sources')) ?? [],
    ...(Number.isNaN(fatalities) ? {} : { fatalities }),
    ...(extra ? { extra } : {}),
    day: t.day[i] as Day,
    end: t.end[i] as Day,
    lon: t.lon[i] as number,
    lat: t.lat[i] as number,
  };
}

export const idAt = (t: EventTable, i: number): string => textAt(t.text.id, i);

/** Every row as a record: for a few rows (the tests, a small export), never for an import's million. */
export const recordsOf = (t: EventTable): EventRecord[] =>
  Array.from({ length: t.count }, (_, i) => recordAt(t, i));

/** Every buffer under the table, for postMessage's transfer list (each once). */
export function tableBuffers(t: EventTable): ArrayBuffer[] {
  const numbers = NUMBER_NAMES.map((name) => t[name].buffer as ArrayBuffer);
  return [...new Set([...numbers, ...TEXT_NAMES.flatMap((name) => textBuffers(t.text[name]))])];
}
