import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { prepareRecords } from '../import/prepared';
import { buildIndex } from '../timeline/event-index';
import { isShown, type TimeState } from '../timeline/visibility';
import { type EventSet, newestOf } from './event-sets';
import { inListOrder } from './list-order';
import { shownRowCount } from './shown-plan';
import { newestShownDay, rowOf, shownRowRefs, shownRows } from './shown-rows';

const FEW: readonly Kind[] = ['strike', 'meeting', 'clash', 'protest'];
const BASE = 20_000;

type Row = { day: number; span: number; kind: Kind };

/** A set of events sorted by day, ids in table order, as the parsers hand them on. */
function makeSet(id: string, rows: readonly Row[]): EventSet {
  const sorted = [...rows].sort((a, b) => a.day - b.day);
  const events = sorted.map(
    (r, i) =>
      ({
        id: `${id}-${String(i).padStart(4, '0')}`,
        set: id,
        title: `${id} ${i}`,
        summary: '',
        date: '',
        place: '',
        day: BASE + r.day,
        end: BASE + r.day + r.span,
        kind: r.kind,
        date_precision: 'day',
        geo_precision: 'exact',
      }) as EventRecord,
  );
  const set = { id, events: prepareRecords(events, id) };
  records.set(set, events);
  return set;
}

/** Each set's events as made, in table order: what the reference filters. */
const records = new WeakMap<EventSet, EventRecord[]>();
const recordsOf = (set: EventSet) => records.get(set) ?? [];

/** What the list showed before it was virtualised, without its limit: the reference. */
function expected(sets: readonly EventSet[], s: TimeState, newestFirst: boolean): EventRecord[] {
  const lists = sets.map((set) => recordsOf(set).filter((e) => isShown(e, s)));
  return [...inListOrder(newestOf(lists, Number.POSITIVE_INFINITY), newestFirst)];
}

const ids = (events: readonly EventRecord[]) => events.map((e) => e.id);

const rowArb = fc.record({
  day: fc.integer({ min: 0, max: 30 }),
  span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
  kind: fc.constantFrom(...FEW),
});
const setsArb = fc.array(fc.array(rowArb, { maxLength: 40 }), { minLength: 1, maxLength: 3 });
const stateArb = fc.record({
  time: fc.integer({ min: -3, max: 45 }).map((d) => BASE + d),
  mode: fc.constantFrom('cumulative' as const, 'window' as const),
  windowDays: fc.integer({ min: 1, max: 10 }),
  kinds: fc.oneof(
    fc.constant(new Set<Kind>(KINDS)),
    fc.subarray([...FEW]).map((k) => new Set<Kind>(k)),
  ),
});

describe('shown rows', () => {
  it('are the events isShown shows, in the list’s order, for any rows asked for', () => {
    fc.assert(
      fc.property(
        setsArb,
        stateArb,
        fc.boolean(),
        fc.nat(60),
        fc.nat(30),
        (rowLists, s, newestFirst, from, length) => {
          const sets = rowLists.map((rows, i) => makeSet(`s${i}`, rows));
          const want = expected(sets, s, newestFirst);
          expect(shownRowCount(sets, s)).toBe(want.length);
          expect(ids(shownRows(sets, s, from, from + length, newestFirst))).toEqual(
            ids(want.slice(from, from + length)),
          );
          expect(ids(shownRows(sets, s, 0, want.length, newestFirst))).toEqual(ids(want));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds each event’s row, and -1 for one not on the map', () => {
    fc.assert(
      fc.property(setsArb, stateArb, fc.boolean(), (rowLists, s, newestFirst) => {
        const sets = rowLists.map((rows, i) => makeSet(`s${i}`, rows));
        const want = ids(expected(sets, s, newestFirst));
        for (const set of sets) {
          for (const e of recordsOf(set)) expect(rowOf(sets, s, e.id, newestFirst)).toBe(want.indexOf(e.id));
        }
        expect(rowOf(sets, s, 'nowhere', newestFirst)).toBe(-1);
        const newest = expected(sets, s, true)[0];
        expect(newestShownDay(sets, s)).toBe(newest ? newest.day : null);
      }),
      { numRuns: 300 },
    );
  });

  it('match the list’s first 200 as it was: ties on a day put the later set, then the later row, first', () => {
    const a = makeSet('a', [
      { day: 1, span: 0, kind: 'strike' },
      { day: 2, span: 0, kind: 'strike' },
      { day: 2, span: 0, kind: 'meeting' },
    ]);
    const b = makeSet('b', [
      { day: 2, span: 0, kind: 'strike' },
      { day: 3, span: 0, kind: 'clash' },
    ]);
    const s: TimeState = { time: BASE + 5, mode: 'cumulative', windowDays: 30, kinds: new Set(KINDS) };
    expect(ids(shownRows([a, b], s, 0, 10))).toEqual(['b-0001', 'b-0000', 'a-0002', 'a-0001', 'a-0000']);
    expect(ids(shownRows([a, b], s, 0, 10, false))).toEqual([
      'a-0000',
      'a-0001',
      'a-0002',
      'b-0000',
      'b-0001',
    ]);
    expect(ids(shownRows([a, b], s, 1, 3))).toEqual(['b-0000', 'a-0002']);
    expect(ids(shownRows([a, b], s, 1, 3, false))).toEqual(['a-0001', 'a-0002']);
  });

  it('reach any row of a million-row set in a few searches, whatever is filtered', () => {
    const n = 1_000_000;
    const day = new Float64Array(n);
    const end = new Float64Array(n);
    const kind = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const d = BASE + Math.floor(i / 2700);
      day[i] = d;
      end[i] = d + (i % 97 === 0 ? 20 : 0);
      kind[i] = [9, 10, 11, 9, 9][i % 5] as number;
    }
    const events = { table: { day, end, kind, count: n }, index: buildIndex({ day, end, kind }) };
    const sets = [{ id: 'big', events } as unknown as EventSet];
    const time = BASE + 300;
    const all: TimeState = { time, mode: 'cumulative', windowDays: 30, kinds: new Set(KINDS) };
    const top = 301 * 2700 - 1;
    const positions = (s: TimeState, from: number, to: number, newestFirst = true) =>
      shownRowRefs(sets, s, from, to, newestFirst).map((r) => r.position);
    expect(positions(all, 500_000, 500_003)).toEqual([top - 500_000, top - 500_001, top - 500_002]);
    expect(positions(all, 0, 2, false)).toEqual([0, 1]);

    // Some kinds off, a window: against the rule, row by row, from a brute-force pass.
    for (const s of [
      { ...all, kinds: new Set<Kind>(['protest', 'other']) },
      { ...all, mode: 'window' as const, kinds: new Set<Kind>(['violence', 'other']) },
    ]) {
      const shown: number[] = [];
      for (let i = n - 1; i >= 0; i--) {
        const e = { day: day[i] as number, end: end[i] as number, kind: KINDS[kind[i] as number] as Kind };
        if (isShown(e, s)) shown.push(i);
      }
      expect(shownRowCount(sets, s)).toBe(shown.length);
      const t0 = performance.now();
      for (const k of [0, 1, Math.floor(shown.length / 2), shown.length - 30]) {
        expect(positions(s, k, k + 30)).toEqual(shown.slice(k, k + 30));
      }
      expect(positions(s, 0, 30, false)).toEqual(shown.slice(-30).reverse());
      // Generous, for a shared machine: a scan of the million rows would take several times this.
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });
});
