// The histogram behind the slider, as data: events per week stacked by kind, and a band for
// each event whose date is known only to the week or month (a band, not a tick).
import { type Day, weekStart } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';

export type WeekBin = { start: Day; stack: { kind: Kind; from: number; count: number }[]; total: number };
export type Band = { id: string; kind: Kind; from: Day; to: Day; lane: number };
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

/** Overlapping bands go in separate lanes so each stays visible. */
function stackBands(imprecise: readonly Input[]): Band[] {
  const laneEnds: Day[] = [];
  return [...imprecise]
    .sort((a, b) => a.day - b.day || a.end - b.end)
    .map((e) => {
      let lane = laneEnds.findIndex((end) => end < e.day);
      if (lane === -1) lane = laneEnds.push(e.end) - 1;
      else laneEnds[lane] = e.end;
      return { id: e.id, kind: e.kind, from: e.day, to: e.end, lane };
    });
}
