// The histogram behind the slider, as data: events per week stacked by kind, and a band for
// each event whose date is known only to the week or month (a band, not a tick).
import { type Day, weekStart } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';

export type WeekBin = { start: Day; stack: { kind: Kind; from: number; count: number }[]; total: number };
/** Events of one kind dated to the same week or month share one band. */
export type Band = { kind: Kind; from: Day; to: Day; count: number; lane: number };
export type Histogram = { bins: WeekBin[]; bands: Band[]; maxTotal: number; lanes: number };

type Input = Pick<EventRecord, 'id' | 'kind' | 'day' | 'end' | 'date_precision'>;

export function histogram(events: readonly Input[]): Histogram {
  const byWeek = new Map<Day, Map<Kind, number>>();
  for (const e of events) {
    if (e.date_precision !== 'day') continue;
    const w = weekStart(e.day);
    const counts = byWeek.get(w) ?? new Map<Kind, number>();
    counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    byWeek.set(w, counts);
  }
  const bins = [...byWeek.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, counts]) => {
      let from = 0;
      const stack = KINDS.filter((k) => counts.has(k)).map((kind) => {
        const count = counts.get(kind) ?? 0;
        const seg = { kind, from, count };
        from += count;
        return seg;
      });
      return { start, stack, total: from };
    });
  const bands = stackBands(events.filter((e) => e.date_precision !== 'day'));
  return {
    bins,
    bands,
    maxTotal: Math.max(1, ...bins.map((b) => b.total)),
    lanes: Math.max(0, ...bands.map((b) => b.lane + 1)),
  };
}

/**
 * One band per kind and span (so a million month-dated events make dozens of bands, not a
 * million); overlapping bands go in separate lanes so each stays visible.
 */
function stackBands(imprecise: readonly Input[]): Band[] {
  const spans = new Map<string, { kind: Kind; from: Day; to: Day; count: number }>();
  for (const e of imprecise) {
    const key = `${e.kind} ${e.day} ${e.end}`;
    const span = spans.get(key) ?? { kind: e.kind, from: e.day, to: e.end, count: 0 };
    span.count += 1;
    spans.set(key, span);
  }
  const laneEnds: Day[] = [];
  return [...spans.values()]
    .sort((a, b) => a.from - b.from || a.to - b.to || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))
    .map((span) => {
      let lane = laneEnds.findIndex((end) => end < span.from);
      if (lane === -1) lane = laneEnds.push(span.to) - 1;
      else laneEnds[lane] = span.to;
      return { ...span, lane };
    });
}
