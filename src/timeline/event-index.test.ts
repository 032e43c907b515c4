import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../data/kinds';
import {
  buildIndex as buildIndexOfColumns,
  countsByKind,
  shownBetween as shownPositions,
  startedSince as startedPositions,
  totalShown,
} from './event-index';
import { isShown, type TimeState, windowStart } from './visibility';

type Ev = { id: string; day: number; end: number; kind: Kind };

// The index works on columns and answers with positions; these read the test's objects as
// columns and give back the objects at those positions, so each answer is compared as events.
const columnsOf = (list: readonly Ev[]) => ({
  day: Float64Array.from(list, (e) => e.day),
  end: Float64Array.from(list, (e) => e.end),
  kind: Uint8Array.from(list, (e) => KINDS.indexOf(e.kind)),
});
const buildIndex = (list: readonly Ev[]) => buildIndexOfColumns(columnsOf(list));
const shownBetween = (
  list: readonly Ev[],
  ...rest: Parameters<typeof shownPositions> extends [unknown, ...infer R] ? R : never
) => shownPositions(columnsOf(list), ...rest).map((p) => list[p] as Ev);
function startedSince(
  list: readonly Ev[],
  ...rest: Parameters<typeof startedPositions> extends [unknown, ...infer R] ? R : never
) {
  const { newest, total } = startedPositions(columnsOf(list), ...rest);
  return { newest: newest.map((p) => list[p] as Ev), total };
}
const kinds: Kind[] = ['strike', 'meeting', 'clash'];
const events: Ev[] = Array.from({ length: 300 }, (_, i) => ({
  id: `e${i}`,
  day: Math.floor(i / 3),
  end: Math.floor(i / 3),
  kind: kinds[i % 3] as Kind,
}));
const index = buildIndex(events);
const state = (over: Partial<TimeState>): TimeState => ({
  time: 50,
  mode: 'cumulative',
  windowDays: 10,
  kinds: new Set(KINDS),
  ...over,
});
const brute = (list: readonly Ev[], s: TimeState) => list.filter((e) => isShown(e, s));

/** Every answer the index gives about `list` at `s`, against a filter by isShown. */
function expectAgreement(list: readonly Ev[], s: TimeState) {
  const idx = buildIndex(list);
  const want = brute(list, s);
  expect(totalShown(idx, s)).toBe(want.length);
  const counts = countsByKind(idx, s);
  for (const k of kinds)
    expect(counts[k]).toBe(brute(list, { ...s, kinds: new Set(KINDS) }).filter((e) => e.kind === k).length);
  expect(shownBetween(list, idx, s.kinds, windowStart(s), s.time, 1e9)).toEqual(want);
  // The newest few, walked kind by kind, and all of them (an export), walked in one pass.
  for (const limit of [0, 1, 5])
    expect(shownBetween(list, idx, s.kinds, windowStart(s), s.time, limit)).toEqual(
      limit === 0 ? [] : want.slice(-limit),
    );
  expect(shownBetween(list, idx, s.kinds, windowStart(s), s.time, Number.POSITIVE_INFINITY)).toEqual(want);
}

describe('the event index', () => {
  it.each([
    state({}),
    state({ mode: 'window' }),
    state({ time: 99, mode: 'window', windowDays: 1 }),
    state({ kinds: new Set<Kind>(['meeting']) }),
    state({ time: -1 }),
  ])('counts and lists exactly what isShown shows (%#)', (s) => expectAgreement(events, s));

  it('returns only the newest `limit` events, in date order', () => {
    const newest = shownBetween(events, index, new Set(KINDS), -1e9, 50, 4);
    expect(newest.map((e) => e.id)).toEqual(['e149', 'e150', 'e151', 'e152']);
  });
});

/** Sorted by day, as parseEvents returns them; about half last several days. */
const arbEvents = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
      kind: fc.constantFrom(...kinds),
    }),
    { maxLength: 60 },
  )
  .map((list) =>
    list
      .map((e, i): Ev => ({ id: `e${i}`, day: e.day, end: e.day + e.length, kind: e.kind }))
      .sort((a, b) => a.day - b.day),
  );
const arbState = fc.record({
  time: fc.integer({ min: -5, max: 100 }),
  mode: fc.constantFrom<TimeState['mode']>('cumulative', 'window'),
  windowDays: fc.integer({ min: 1, max: 40 }),
  kinds: fc.subarray(kinds).map((ks) => new Set<Kind>(ks)),
});

describe('the event index with spans of days', () => {
  // Fighting on days 10–17, a one-day strike on day 12, a long campaign on days 0–40.
  const spans: Ev[] = [
    { id: 'campaign', day: 0, end: 40, kind: 'clash' },
    { id: 'fighting', day: 10, end: 17, kind: 'clash' },
    { id: 'strike', day: 12, end: 12, kind: 'strike' },
  ];

  it.each([10, 14, 17])('counts and lists a span in a one-day window on day %i', (t) => {
    const s = state({ time: t, mode: 'window', windowDays: 1 });
    expect(shownBetween(spans, buildIndex(spans), s.kinds, windowStart(s), t, 10).map((e) => e.id)).toContain(
      'fighting',
    );
    expectAgreement(spans, s);
  });

  it('drops a span the day after it ends', () => {
    const s = state({ time: 18, mode: 'window', windowDays: 1 });
    expect(totalShown(buildIndex(spans), s)).toBe(1);
    expect(shownBetween(spans, buildIndex(spans), s.kinds, 17, 18, 10).map((e) => e.id)).toEqual([
      'campaign',
    ]);
  });

  it('agrees with isShown on random spans, windows and kinds', () => {
    fc.assert(
      fc.property(arbEvents, arbState, (list, s) => expectAgreement(list, s)),
      { numRuns: 400 },
    );
  });
});

describe('what a step reveals', () => {
  const spans: Ev[] = [
    { id: 'campaign', day: 0, end: 40, kind: 'clash' },
    { id: 'fighting', day: 10, end: 17, kind: 'clash' },
    { id: 'strike', day: 12, end: 12, kind: 'strike' },
  ];
  const idx = buildIndex(spans);
  const revealed = (from: number, s: TimeState) => {
    const r = startedSince(spans, idx, from, s, 10);
    return { ids: r.newest.map((e) => e.id), total: r.total };
  };

  it('names only events whose first day is in (previous date, date]', () => {
    const s = state({ time: 12, mode: 'window', windowDays: 1 });
    // Stepping 11 → 12: the campaign and the fighting were already running; only the strike is new.
    expect(revealed(11, s)).toEqual({ ids: ['strike'], total: 1 });
    expect(revealed(9, s)).toEqual({ ids: ['fighting', 'strike'], total: 2 });
    expect(revealed(12, state({ time: 13, mode: 'window', windowDays: 1 }))).toEqual({ ids: [], total: 0 });
  });

  it('after a jump longer than the window, counts a span begun before the window that still runs', () => {
    const s = state({ time: 16, mode: 'window', windowDays: 1 });
    // From day 5 to 16: the fighting began on day 10 and is still on; the strike is long over.
    expect(revealed(5, s)).toEqual({ ids: ['fighting'], total: 1 });
  });

  it('agrees with a filter by first day and isShown on random data', () => {
    fc.assert(
      fc.property(arbEvents, arbState, fc.integer({ min: -10, max: 100 }), (list, s, from) => {
        const want = list.filter((e) => e.day > from && isShown(e, s));
        const got = startedSince(list, buildIndex(list), from, s, 3);
        expect(got.total).toBe(want.length);
        expect(got.newest).toEqual(want.slice(-3));
      }),
      { numRuns: 400 },
    );
  });
});
