// The event list's rows on demand: row k of everything on the map, in the list's order, without
// a pass over the events. The list asks only for the rows it draws, so a time step or a scroll
// costs those rows (and a few binary searches), whether the map shows a hundred events or a
// million.
//
// The order is the one the list has always had: newest day first; on one day the later set first
// (imports after the curated story, as `shownSets` lists them), and in a set the later row first.
// That is `newestOf`'s date order turned round by `inListOrder`; oldest first is it read backwards.
//
// How row k is found. Every event begun after the window's start W is still running at W (an
// event ends on or after the day it begins), so those begun in (W, T] are shown exactly when
// their kind is on, and the index counts them per day range by binary search. Rank k lies on the
// day D where "begun after D" stops exceeding k: a binary search over days (whole numbers). On
// that day, sets are counted off from the last, and in a set the row is found by arithmetic (every
// kind on: a day's rows are one run of positions) or by a search over the runs of the kinds that
// are on. What is left, events begun by W that run past it (window mode only), is the list's tail:
// found by scanning the rows begun within the longest span before W, as `shownBetween` does.
import type { Day } from '../data/dates';
import { recordAt } from '../data/event-table';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { upperBound } from '../data/sorted';
import { type EventIndex, totalShown } from '../timeline/event-index';
import { type TimeState, windowStart } from '../timeline/visibility';
import type { EventSet } from './event-sets';

/** A row of the list: which set (its place in the sets given) and where in that set's table. */
export type RowRef = { set: number; position: number };

type View = {
  index: EventIndex;
  end: Float64Array;
  kind: Uint8Array;
  /** The kinds this set has that are on. */
  on: readonly Kind[];
  /** Every kind the set has is on: its rows on a run of days are one run of positions. */
  allOn: boolean;
};

type Plan = {
  views: readonly View[];
  time: Day;
  /** The window's start: shown events end after it. */
  start: Day;
  /** How many shown events began after `start` (all of them in cumulative mode). */
  begunInWindow: number;
  total: number;
  /** Below every set's first day: where the search over days can start. */
  floor: Day;
};

function planOf(sets: readonly EventSet[], s: TimeState): Plan {
  const start = windowStart(s);
  const views = sets.map(({ events }): View => {
    const present = KINDS.filter((k) => events.index.byKind[k].length > 0);
    const on = present.filter((k) => s.kinds.has(k));
    return {
      index: events.index,
      end: events.table.end,
      kind: events.table.kind,
      on,
      allOn: on.length === present.length,
    };
  });
  const firsts = sets.flatMap(({ events }) =>
    events.table.count > 0 ? [events.index.days[0] as number] : [],
  );
  const floor = Math.max(start, Math.min(s.time, ...firsts) - 1);
  const plan: Plan = { views, time: s.time, start, floor, begunInWindow: 0, total: shownRowCount(sets, s) };
  plan.begunInWindow = begunAfter(plan, start);
  return plan;
}

/** Shown events of a set begun in (a, b], for a ≥ the window's start: those of a kind that is on. */
function countIn(v: View, a: Day, b: Day): number {
  if (b <= a) return 0;
  if (v.allOn) return upperBound(v.index.days, b) - upperBound(v.index.days, a);
  let n = 0;
  for (const k of v.on) n += upperBound(v.index.byKind[k], b) - upperBound(v.index.byKind[k], a);
  return n;
}

/** Shown events of every set begun after `a` (a ≥ the window's start): the rows above day a. */
const begunAfter = (p: Plan, a: Day) => p.views.reduce((n, v) => n + countIn(v, a, p.time), 0);

/** The days (a, b] (one day: a + 1 = b) holding rank r, for r < p.begunInWindow. */
function dayOfRank(p: Plan, r: number): [Day, Day] {
  // begunAfter(lo) > r ≥ begunAfter(hi) throughout; days are whole numbers, so whole bounds
  // lose nothing and the search ends on one day.
  let [lo, hi] = [Math.floor(p.floor), Math.floor(p.time)];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (begunAfter(p, mid) > r) lo = mid;
    else hi = mid;
  }
  return [lo, hi];
}

/** A set's shown rows begun in (a, b], newest first, from the `skip`-th on. */
function* newestInDays(v: View, a: Day, b: Day, skip: number): Generator<number> {
  const { days } = v.index;
  const [first, last] = [upperBound(days, a), upperBound(days, b)];
  if (v.allOn) {
    for (let p = last - 1 - skip; p >= first; p--) yield p;
    return;
  }
  // The kinds that are on: each a sorted run of positions. The `skip`-th largest of their union
  // by a search over positions, then the runs merged downwards from there.
  const runs = v.on
    .map((k) => ({
      positions: v.index.positionsByKind[k],
      lo: upperBound(v.index.byKind[k], a),
      hi: upperBound(v.index.byKind[k], b),
    }))
    .filter((run) => run.hi > run.lo);
  /** Index in a run of its first position ≥ p (positions are whole numbers). */
  const from = (run: (typeof runs)[number], p: number) =>
    Math.min(Math.max(upperBound(run.positions, p - 1), run.lo), run.hi);
  const atLeast = (p: number) => runs.reduce((n, run) => n + run.hi - from(run, p), 0);
  let [lo, hi] = [first, last]; // atLeast(lo) > skip ≥ atLeast(hi)
  if (atLeast(lo) <= skip) return;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (atLeast(mid) > skip) lo = mid;
    else hi = mid;
  }
  // Each run's last index at or below the row found: the rows from there down, largest first.
  const next = runs.map((run) => from(run, lo + 1) - 1);
  for (;;) {
    let [best, top] = [-1, -1];
    runs.forEach((run, i) => {
      const j = next[i] as number;
      if (j >= run.lo && (run.positions[j] as number) > top) [best, top] = [i, run.positions[j] as number];
    });
    if (best < 0) return;
    next[best] = (next[best] as number) - 1;
    yield top;
  }
}

/**
 * The tail: events begun on or before the window's start that run past it, newest first. Only
 * events begun after start − maxSpan can, so each set scans that much. Kept per list of sets
 * (weakly: a removed import's rows are not held) for the last state, since a scroll through the
 * tail asks again for every frame.
 */
const tails = new WeakMap<readonly EventSet[], { s: TimeState; rows: RowRef[] }>();

function tailOf(sets: readonly EventSet[], s: TimeState, p: Plan): RowRef[] {
  if (p.total === p.begunInWindow) return [];
  const kept = tails.get(sets);
  if (kept?.s === s) return kept.rows;
  const rows: (RowRef & { day: Day })[] = [];
  p.views.forEach((v, set) => {
    const on = new Set(v.on.map((k) => KINDS.indexOf(k)));
    const { days } = v.index;
    const last = upperBound(days, p.start);
    for (let i = upperBound(days, p.start - v.index.maxSpan); i < last; i++) {
      if ((v.end[i] as number) > p.start && on.has(v.kind[i] as number)) {
        rows.push({ set, position: i, day: days[i] as number });
      }
    }
  });
  rows.sort((x, y) => y.day - x.day || y.set - x.set || y.position - x.position);
  const refs = rows.map(({ set, position }) => ({ set, position }));
  tails.set(sets, { s, rows: refs });
  return refs;
}

/** The rows from newest-first rank r on. */
function* newestFrom(sets: readonly EventSet[], s: TimeState, p: Plan, r: number): Generator<RowRef> {
  const only = p.views.length === 1 ? (p.views[0] as View) : null;
  if (only?.allOn) {
    // One set, every kind on: its rows begun in the window are one run of positions, newest last.
    const top = upperBound(only.index.days, p.time) - 1;
    for (; r < p.begunInWindow; r++) yield { set: 0, position: top - r };
  }
  while (r < p.begunInWindow) {
    const [a, b] = dayOfRank(p, r);
    let skip = r - begunAfter(p, b);
    for (let set = p.views.length - 1; set >= 0; set--) {
      const v = p.views[set] as View;
      const n = countIn(v, a, b);
      if (skip >= n) {
        skip -= n;
        continue;
      }
      for (const position of newestInDays(v, a, b, skip)) yield { set, position };
      r += n - skip;
      skip = 0;
    }
  }
  const tail = tailOf(sets, s, p);
  for (let i = r - p.begunInWindow; i < tail.length; i++) yield tail[i] as RowRef;
}

function take(rows: Iterator<RowRef>, n: number): RowRef[] {
  const out: RowRef[] = [];
  while (out.length < n) {
    const next = rows.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/** How many rows the list has: every event on the map (as `shownCount`). */
export const shownRowCount = (sets: readonly EventSet[], s: TimeState): number =>
  sets.reduce((n, set) => n + totalShown(set.events.index, s), 0);

/** Rows [from, to) of the list as sets and positions, newest first unless `newestFirst` is false. */
export function shownRowRefs(
  sets: readonly EventSet[],
  s: TimeState,
  from: number,
  to: number,
  newestFirst = true,
): RowRef[] {
  const p = planOf(sets, s);
  const [lo, hi] = [Math.max(0, Math.min(from, p.total)), Math.max(0, Math.min(to, p.total))];
  if (hi <= lo) return [];
  if (newestFirst) return take(newestFrom(sets, s, p, lo), hi - lo);
  return take(newestFrom(sets, s, p, p.total - hi), hi - lo).reverse();
}

/** Rows [from, to) of the list as the records it shows, newest first unless `newestFirst` is false. */
export const shownRows = (
  sets: readonly EventSet[],
  s: TimeState,
  from: number,
  to: number,
  newestFirst = true,
): EventRecord[] =>
  shownRowRefs(sets, s, from, to, newestFirst).map((r) =>
    recordAt((sets[r.set] as EventSet).events.table, r.position),
  );

/** The newest day with an event on the map, or null when none is. */
export function newestShownDay(sets: readonly EventSet[], s: TimeState): Day | null {
  const [row] = shownRowRefs(sets, s, 0, 1);
  return row ? ((sets[row.set] as EventSet).events.index.days[row.position] as number) : null;
}

/**
 * Where the event `id` is in the list (0 = the top), or -1 when it is not on the map: found in
 * the first set that has it, as `findEvent` finds it, through the set's id index.
 */
export function rowOf(sets: readonly EventSet[], s: TimeState, id: string, newestFirst = true): number {
  const set = sets.findIndex((x) => x.events.drawing.arrays.byId.find(id) >= 0);
  if (set < 0) return -1;
  const p = planOf(sets, s);
  const rank = rankOf(sets, s, p, set, (sets[set] as EventSet).events.drawing.arrays.byId.find(id));
  if (rank < 0) return -1;
  return newestFirst ? rank : p.total - 1 - rank;
}

/** Newest-first rank of a set's row, or -1 when it is not shown. */
function rankOf(sets: readonly EventSet[], s: TimeState, p: Plan, set: number, position: number): number {
  const v = p.views[set] as View;
  const day = v.index.days[position] as number;
  const kind = KINDS[v.kind[position] as number] as Kind;
  if (!v.on.includes(kind) || day > p.time || (v.end[position] as number) <= p.start) return -1;
  if (day <= p.start) {
    const tail = tailOf(sets, s, p);
    const i = tail.findIndex((r) => r.set === set && r.position === position);
    return i < 0 ? -1 : p.begunInWindow + i;
  }
  let rank = begunAfter(p, day);
  for (let later = p.views.length - 1; later > set; later--)
    rank += countIn(p.views[later] as View, day - 1, day);
  if (v.allOn) return rank + upperBound(v.index.days, day) - 1 - position;
  for (const k of v.on) {
    rank += Math.max(
      0,
      upperBound(v.index.byKind[k], day) - upperBound(v.index.positionsByKind[k], position),
    );
  }
  return rank;
}
