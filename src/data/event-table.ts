// Events as columns: typed arrays for what the slider, the map and the counts read for every
// event, text columns (data/text-column.ts) for what only a card, a list row or an export reads.
// An import worker builds a table and hands its buffers to the page without a copy; the page
// never turns a million rows back into objects: recordAt builds one when something shows it.
import type { DatePrecision, Day } from './dates';
import type { EventRecord, GeoPrecision, Source } from './events';
import { KIND_INDEX, KINDS, type Kind, type RegionId } from './kinds';
import { listText, readList } from './list-text';
import { GEO_PRECISIONS } from './schema';
import { type TextColumn, textAt, textBuffers, textColumn } from './text-column';

export const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'week', 'month'];

/** Text every event has. */
const TEXT = ['id', 'title', 'summary', 'date', 'place'] as const;
/** Text an event may lack: stored as '' and read back as absent. */
const OPTIONAL_TEXT = [
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

type TextName = (typeof TEXT)[number] | (typeof OPTIONAL_TEXT)[number] | (typeof LISTS)[number];
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

function numbersOf(events: readonly EventRecord[]): EventNumbers {
  const n = events.length;
  const f64 = () => new Float64Array(n);
  const out: EventNumbers = {
    day: f64(),
    end: f64(),
    lon: f64(),
    lat: f64(),
    radiusKm: f64(),
    fatalities: f64(),
    kind: new Uint8Array(n),
    datePrecision: new Uint8Array(n),
    geoPrecision: new Uint8Array(n),
  };
  events.forEach((e, i) => {
    out.day[i] = e.day;
    out.end[i] = e.end;
    out.lon[i] = e.lon;
    out.lat[i] = e.lat;
    out.radiusKm[i] = e.radiusKm;
    out.fatalities[i] = e.fatalities ?? Number.NaN;
    out.kind[i] = KIND_INDEX[e.kind] ?? 0;
    out.datePrecision[i] = DATE_PRECISIONS.indexOf(e.date_precision);
    out.geoPrecision[i] = GEO_PRECISIONS.indexOf(e.geo_precision);
  });
  return out;
}

/** Each text field's values, in one pass: a property read by its own name, not e[name] nineteen times. */
function textValues(events: readonly EventRecord[]): Record<TextName, string[]> {
  const out = Object.fromEntries(
    TEXT_NAMES.map((name) => [name, new Array<string>(events.length)]),
  ) as Record<TextName, string[]>;
  // Not a string (never from the parsers, which check): stored as no text.
  const s = (v: string | undefined) => (typeof v === 'string' ? v : '');
  events.forEach((e, i) => {
    out.id[i] = s(e.id);
    out.title[i] = s(e.title);
    out.summary[i] = s(e.summary);
    out.date[i] = s(e.date);
    out.place[i] = s(e.place);
    out.date_note[i] = s(e.date_note);
    out.end_date[i] = s(e.end_date);
    out.region[i] = s(e.region);
    out.country[i] = s(e.country);
    out.status[i] = s(e.status);
    out.denied_by[i] = s(e.denied_by);
    out.note[i] = s(e.note);
    out.source_id[i] = s(e.source_id);
    out.event_type[i] = s(e.event_type);
    out.sub_event_type[i] = s(e.sub_event_type);
    out.admin1[i] = s(e.admin1);
    out.actors[i] = listText(e.actors);
    out.sources[i] = listText(e.sources);
    out.extra[i] = listText(e.extra);
  });
  return out;
}

/** `events` sorted as parseEvents and the parsers return them: by day, then id. */
export function tableOf(events: readonly EventRecord[], set: string): EventTable {
  const values = textValues(events);
  const text = Object.fromEntries(TEXT_NAMES.map((name) => [name, textColumn(values[name])])) as Record<
    TextName,
    TextColumn
  >;
  return { ...numbersOf(events), set, count: events.length, text };
}

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

/** Every buffer under the table, for postMessage's transfer list (each once). */
export function tableBuffers(t: EventTable): ArrayBuffer[] {
  const numbers = NUMBER_NAMES.map((name) => t[name].buffer as ArrayBuffer);
  return [...new Set([...numbers, ...TEXT_NAMES.flatMap((name) => textBuffers(t.text[name]))])];
}
