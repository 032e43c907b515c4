// The histogram behind the slider, as data: events per week stacked by kind, and a band for
// each event whose date is known only to the week or month (a band, not a tick).
import { type Day, weekStart } from '../data/dates';
import { DATE_PRECISIONS, type EventNumbers } from '../data/event-table';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';

export type WeekBin = { start: Day; stack: { kind: Kind; from: number; count: number }[]; total: number };
/** Events of one kind dated to the same week or month share one band. */
export type Band = { kind: Kind; from: Day; to: Day; count: number; lane: number };
export type Histogram = { bins: WeekBin[]; bands: Band[]; maxTotal: number; lanes: number };

/** The columns a tally reads (datePrecision 0 is a day). */
type Input = Pick<EventNumbers, 'day' | 'end' | 'kind' | 'datePrecision'>;

/**
 * What one set of events adds to the histogram: per week and kind, how many exact-day events;
 * per kind and span, how many week- or month-dated ones. Built once per set (O(n)); merging the
 * tallies of the shown sets is cheap, so toggling an import does not re-read a million events.
 */
export type Tally = { weeks: Map<Day, Map<Kind, number>>; spans: Map<string, Omit<Band, 'lane'>> };

export function tally(t: Input): Tally {
  const weeks = new Map<Day, Map<Kind, number>>();
  const spans = new Map<string, Omit<Band, 'lane'>>();
  for (let i = 0; i < t.day.length; i++) {
    const [day, end, kind] = [t.day[i] as Day, t.end[i] as Day, KINDS[t.kind[i] as number] as Kind];
    if (t.datePrecision[i] === 0) {
      const w = weekStart(day);
      const counts = weeks.get(w) ?? new Map<Kind, number>();
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      weeks.set(w, counts);
    } else {
      const key = `${kind} ${day} ${end}`;
      const span = spans.get(key) ?? { kind, from: day, to: end, count: 0 };
      span.count += 1;
      spans.set(key, span);
    }
  }
  return { weeks, spans };
}

/** Several sets' tallies as one histogram. */
export function fromTallies(tallies: readonly Tally[]): Histogram {
  const weeks = new Map<Day, Map<Kind, number>>();
  const spans = new Map<string, Omit<Band, 'lane'>>();
  for (const t of tallies) {
    for (const [w, counts] of t.weeks) {
      const into = weeks.get(w) ?? new Map<Kind, number>();
      for (const [k, n] of counts) into.set(k, (into.get(k) ?? 0) + n);
      weeks.set(w, into);
    }
    for (const [key, span] of t.spans) {
      const into = spans.get(key);
      spans.set(key, into ? { ...into, count: into.count + span.count } : span);
    }
  }
  const bins = [...weeks.entries()].sort(([a], [b]) => a - b).map(([start, counts]) => stack(start, counts));
  const bands = stackBands([...spans.values()]);
  return {
    bins,
    bands,
    maxTotal: Math.max(1, ...bins.map((b) => b.total)),
    lanes: Math.max(0, ...bands.map((b) => b.lane + 1)),
  };
}

/** One list of records' histogram: for the tests and the curated events' few dozen. */
export const histogram = (
  events: readonly Pick<EventRecord, 'day' | 'end' | 'kind' | 'date_precision'>[],
): Histogram =>
  fromTallies([
    tally({
      day: Float64Array.from(events, (e) => e.day),
      end: Float64Array.from(events, (e) => e.end),
      kind: Uint8Array.from(events, (e) => KINDS.indexOf(e.kind)),
      datePrecision: Uint8Array.from(events, (e) => DATE_PRECISIONS.indexOf(e.date_precision)),
    }),
  ]);

function stack(start: Day, counts: Map<Kind, number>): WeekBin {
  let from = 0;
  const segments = KINDS.filter((k) => counts.has(k)).map((kind) => {
    const count = counts.get(kind) ?? 0;
    const seg = { kind, from, count };
    from += count;
    return seg;
  });
  return { start, stack: segments, total: from };
}

/**
 * One band per kind and span (so a million month-dated events make dozens of bands, not a
 * million); overlapping bands go in separate lanes so each stays visible.
 */
function stackBands(spans: readonly Omit<Band, 'lane'>[]): Band[] {
  const laneEnds: Day[] = [];
  return [...spans]
    .sort((a, b) => a.from - b.from || a.to - b.to || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))
    .map((span) => {
      let lane = laneEnds.findIndex((end) => end < span.from);
      if (lane === -1) lane = laneEnds.push(span.to) - 1;
      else laneEnds[lane] = span.to;
      return { ...span, lane };
    });
}
