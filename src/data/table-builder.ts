// An EventTable built a record at a time: a parser hands each event over as it reads it, and
// the record can be dropped at once. Holding a million records until the end cost the import
// worker more in garbage collection than the reading itself (measured: bench/import.mjs). The
// rows are put in the table's order, by day and then id, when it is finished.
import {
  DATE_PRECISIONS,
  type EventNumbers,
  type EventTable,
  TEXT_NAMES,
  type TextName,
} from './event-table';
import type { EventRecord } from './events';
import { KIND_INDEX } from './kinds';
import { listText } from './list-text';
import { GEO_PRECISIONS } from './schema';
import { type TextBuilder, textBuilder } from './text-builder';

type Order = Uint32Array | null;

function numberColumn<A extends Float64Array | Uint8Array>(make: (length: number) => A) {
  // Small at first: a file of a few rows (and the fuzz tests make thousands) needs no more.
  let data = make(64);
  let rows = 0;
  return {
    push(value: number) {
      if (rows === data.length) {
        const wider = make(rows * 2);
        wider.set(data);
        data = wider;
      }
      data[rows++] = value;
    },
    at: (i: number) => data[i] as number,
    finish(order: Order): A {
      const out = make(rows);
      if (!order) out.set(data.subarray(0, rows));
      else for (let i = 0; i < rows; i++) out[i] = data[order[i] as number] as number;
      return out;
    },
  };
}

const f64 = () => numberColumn((n) => new Float64Array(n));
const u8 = () => numberColumn((n) => new Uint8Array(n));

/** Not a string (never from the parsers, which check): stored as no text. */
const s = (v: string | undefined) => (typeof v === 'string' ? v : '');

const byId = (ids: readonly string[]) => (a: number, b: number) => {
  const x = ids[a] as string;
  const y = ids[b] as string;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Sorts each run of one day in `order` by id, leaving a run alone when it is in order already. */
function sortDays(order: Uint32Array, day: (i: number) => number, ids: readonly string[]): void {
  const compare = byId(ids);
  for (let from = 0; from < order.length; ) {
    const d = day(order[from] as number);
    let to = from + 1;
    let sorted = true;
    for (; to < order.length && day(order[to] as number) === d; to++)
      if (sorted && compare(order[to - 1] as number, order[to] as number) > 0) sorted = false;
    if (!sorted) order.subarray(from, to).sort(compare);
    from = to;
  }
}

/**
 * The rows by day, then id (as byDay orders records); null when they came so already. Days are
 * whole numbers in a span of a few thousand, so they are counted into place (a comparison sort
 * of a million rows took about a second), and then each day's rows are put in id order.
 */
function byDayOrder(day: (i: number) => number, ids: readonly string[]): Order {
  const n = ids.length;
  const compare = byId(ids);
  let [min, max, sorted] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true];
  for (let i = 0; i < n; i++) {
    const d = day(i);
    if (d < min) min = d;
    if (d > max) max = d;
    if (i > 0 && sorted) sorted = day(i - 1) < d || (day(i - 1) === d && compare(i - 1, i) <= 0);
  }
  if (sorted) return null;
  // Counting needs an array as long as the span of days: for few rows, or days spread far, compare.
  if (!Number.isInteger(min) || !Number.isInteger(max) || max - min > 4 * n)
    return new Uint32Array(n).map((_, r) => r).sort((a, b) => day(a) - day(b) || compare(a, b));
  // starts[d - min]: where day d's rows begin in the order; moved on as each is placed.
  const starts = new Uint32Array(max - min + 2);
  for (let i = 0; i < n; i++) {
    const k = day(i) - min + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let k = 1; k < starts.length; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const k = day(i) - min;
    const at = starts[k] as number;
    order[at] = i;
    starts[k] = at + 1;
  }
  sortDays(order, day, ids);
  return order;
}

export type TableBuilder = {
  add(e: EventRecord): void;
  readonly count: number;
  /** The table, in the order the records were added, or sorted as the parsers return them. */
  finish(order: 'as-added' | 'by-day'): EventTable;
};

export function tableBuilder(set: string): TableBuilder {
  const n = { day: f64(), end: f64(), lon: f64(), lat: f64(), radiusKm: f64(), fatalities: f64() };
  const codes = { kind: u8(), datePrecision: u8(), geoPrecision: u8() };
  const t = Object.fromEntries(TEXT_NAMES.map((name) => [name, textBuilder()])) as Record<
    TextName,
    TextBuilder
  >;
  const ids: string[] = [];
  const addNumbers = (e: EventRecord) => {
    n.day.push(e.day);
    n.end.push(e.end);
    n.lon.push(e.lon);
    n.lat.push(e.lat);
    n.radiusKm.push(e.radiusKm);
    n.fatalities.push(e.fatalities ?? Number.NaN);
    codes.kind.push(KIND_INDEX[e.kind] ?? 0);
    codes.datePrecision.push(DATE_PRECISIONS.indexOf(e.date_precision));
    codes.geoPrecision.push(GEO_PRECISIONS.indexOf(e.geo_precision));
  };
  // Each field read by its own name, not e[name] nineteen times: one shape per read.
  const addText = (e: EventRecord) => {
    t.id.add(s(e.id));
    t.title.add(s(e.title));
    t.summary.add(s(e.summary));
    t.date.add(s(e.date));
    t.place.add(s(e.place));
    t.date_note.add(s(e.date_note));
    t.end_date.add(s(e.end_date));
    t.region.add(s(e.region));
    t.country.add(s(e.country));
    t.status.add(s(e.status));
    t.denied_by.add(s(e.denied_by));
    t.note.add(s(e.note));
    t.source_id.add(s(e.source_id));
    t.event_type.add(s(e.event_type));
    t.sub_event_type.add(s(e.sub_event_type));
    t.admin1.add(s(e.admin1));
    t.actors.add(listText(e.actors));
    t.sources.add(listText(e.sources));
    t.extra.add(listText(e.extra));
  };
  return {
    add(e) {
      ids.push(s(e.id));
      addNumbers(e);
      addText(e);
    },
    get count() {
      return ids.length;
    },
    finish(how) {
      const order = how === 'by-day' ? byDayOrder(n.day.at, ids) : null;
      const numbers = Object.fromEntries(
        [...Object.entries(n), ...Object.entries(codes)].map(([name, column]) => [
          name,
          column.finish(order),
        ]),
      ) as EventNumbers;
      const text = Object.fromEntries(TEXT_NAMES.map((name) => [name, t[name].finish(order)]));
      return { ...numbers, set, count: ids.length, text: text as EventTable['text'] };
    },
  };
}

/** A table of records already in the table's order (parseEvents and the tests give them so). */
export function tableOf(events: readonly EventRecord[], set: string): EventTable {
  const builder = tableBuilder(set);
  for (const e of events) builder.add(e);
  return builder.finish('as-added');
}
