// Row k of the list from its rank, and a row's rank from where it is, by binary searches.
//
// Every event begun after the window's start W is still running at W (an event ends on or after
// the day it begins), so those begun in (W, T] are shown exactly when their kind is on, and the
// index counts them per day range by binary search. Rank k lies on the day D where "begun after
// D" stops exceeding k: a binary search over days (whole numbers). On that day, sets are counted
// off from the last, and in a set the row is found by arithmetic (every kind on: a day's rows are
// one run of positions) or by a search over the runs of the kinds that are on. Ranks past those
// are the tail's (shown-tail.ts).
import type { Day } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import { upperBound } from '../data/sorted';
import type { TimeState } from '../timeline/visibility';
import type { EventSet } from './event-sets';
import { begunAfter, countIn, type Plan, type RowRef, type View } from './shown-plan';
import { tailOf } from './shown-tail';

/** A kind's rows begun in some days: indices [lo, hi) into its ascending positions. */
type KindRun = { positions: Uint32Array; lo: number; hi: number };

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
  // The kinds that are on: each a sorted run of positions.
  const runs = v.on
    .map((k) => ({
      positions: v.index.positionsByKind[k],
      lo: upperBound(v.index.byKind[k], a),
      hi: upperBound(v.index.byKind[k], b),
    }))
    .filter((run) => run.hi > run.lo);
  yield* newestOfRuns(runs, first, last, skip);
}

/** Index in a run of its first position ≥ p (positions are whole numbers). */
const indexFrom = (run: KindRun, p: number) =>
  Math.min(Math.max(upperBound(run.positions, p - 1), run.lo), run.hi);

/**
 * The union of the kinds' runs (every position in [first, last)), largest first, from the
 * `skip`-th on: that one by a search over positions, then the runs merged downwards from there.
 */
function* newestOfRuns(
  runs: readonly KindRun[],
  first: number,
  last: number,
  skip: number,
): Generator<number> {
  const atLeast = (p: number) => runs.reduce((n, run) => n + run.hi - indexFrom(run, p), 0);
  let [lo, hi] = [first, last]; // atLeast(lo) > skip ≥ atLeast(hi)
  if (atLeast(lo) <= skip) return;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (atLeast(mid) > skip) lo = mid;
    else hi = mid;
  }
  // Each run's last index at or below the row found: the rows from there down, largest first.
  const next = runs.map((run) => indexFrom(run, lo + 1) - 1);
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

/** The rows from newest-first rank r on. */
export function* newestFrom(sets: readonly EventSet[], s: TimeState, p: Plan, r: number): Generator<RowRef> {
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

/** Newest-first rank of a set's row, or -1 when it is not shown. */
export function rankOf(
  sets: readonly EventSet[],
  s: TimeState,
  p: Plan,
  set: number,
  position: number,
): number {
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
