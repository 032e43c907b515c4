import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromParts } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import { buildEventArrays, drawnIn, kindMask } from '../layers/event-drawing/arrays';
import type { EventInput } from '../layers/event-drawing/inputs';
import { dataRange, isShown, RANGE_PAD_DAYS, type TimeState, windowStart } from './visibility';

const may = (d: number) => fromParts(2025, 5, d);
const jul = (d: number) => fromParts(2025, 7, d);
const strike = { day: may(2), end: may(2), kind: 'strike' as Kind };
const meeting = { day: may(14), end: may(14), kind: 'meeting' as Kind };
/** Fighting from 13 to 20 July: one event, eight days. */
const fighting = { day: jul(13), end: jul(20), kind: 'clash' as Kind };
const state = (over: Partial<TimeState> = {}): TimeState => ({
  time: may(14),
  mode: 'cumulative',
  windowDays: 7,
  kinds: new Set(KINDS),
  ...over,
});

describe('isShown', () => {
  it('shows every event dated on or before T in cumulative mode', () => {
    expect(isShown(strike, state())).toBe(true);
    expect(isShown(meeting, state())).toBe(true);
    expect(isShown(meeting, state({ time: may(13) }))).toBe(false);
  });

  it('shows only the last N days in window mode', () => {
    expect(isShown(strike, state({ mode: 'window' }))).toBe(false);
    expect(isShown(meeting, state({ mode: 'window' }))).toBe(true);
    expect(isShown(strike, state({ mode: 'window', time: may(8) }))).toBe(true);
    expect(isShown(strike, state({ mode: 'window', time: may(9) }))).toBe(false);
  });

  it('hides kinds that are toggled off', () => {
    expect(isShown(strike, state({ kinds: new Set<Kind>(['meeting']) }))).toBe(false);
  });
});

describe('isShown for a span of days', () => {
  const oneDay = (t: number) => state({ time: t, mode: 'window', windowDays: 1 });

  it('is shown in a one-day window on its first, a middle and its last day', () => {
    for (const t of [jul(13), jul(16), jul(20)]) expect(isShown(fighting, oneDay(t)), `${t}`).toBe(true);
  });

  it('is not shown the day before it begins, nor the day after it ends', () => {
    expect(isShown(fighting, oneDay(jul(12)))).toBe(false);
    expect(isShown(fighting, oneDay(jul(21)))).toBe(false);
  });

  it('stays in a longer window until the window has passed its last day', () => {
    const week = (t: number) => state({ time: t, mode: 'window', windowDays: 7 });
    expect(isShown(fighting, week(jul(26)))).toBe(true); // window 20–26 July holds its last day
    expect(isShown(fighting, week(jul(27)))).toBe(false); // window 21–27 July does not
  });

  it('is shown from its first day on in cumulative mode, and never before', () => {
    expect(isShown(fighting, state({ time: jul(12) }))).toBe(false);
    expect(isShown(fighting, state({ time: jul(13) }))).toBe(true);
    expect(isShown(fighting, state({ time: fromParts(2026, 1, 1) }))).toBe(true);
  });
});

type Drawn = { day: number; length: number; kind: Kind; region: boolean };
/** Random events over two months: a third last one day, the rest up to five weeks. */
const arbEvents = fc.array(
  fc.record({
    day: fc.integer({ min: may(1), max: jul(1) }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 35 })),
    kind: fc.constantFrom<Kind>('strike', 'meeting', 'clash'),
    region: fc.boolean(),
  }),
  { maxLength: 40 },
);
const arbState = fc.record({
  time: fc.integer({ min: may(1) - 5, max: jul(1) + 40 }),
  mode: fc.constantFrom<TimeState['mode']>('cumulative', 'window'),
  windowDays: fc.integer({ min: 1, max: 40 }),
  kinds: fc.subarray<Kind>(['strike', 'meeting', 'clash']).map((ks) => new Set(ks)),
});

describe('the GPU side of the same rule: draw range by date, the rest by the shader test', () => {
  const inputsOf = (list: Drawn[]) =>
    list.map(
      (e, i): EventInput => ({
        id: `e${i}`,
        day: e.day,
        end: e.day + e.length,
        kind: e.kind,
        lon: 36,
        lat: 33,
        precise: true,
        radiusKm: e.region ? 10 : 0,
      }),
    );
  const drawn = (inputs: EventInput[], s: TimeState) => {
    const arrays = buildEventArrays(inputs);
    const d = { ...s, windowStart: windowStart(s), kindMask: kindMask(s.kinds) };
    return [...drawnIn(arrays.points, d), ...drawnIn(arrays.regions, d)].sort();
  };

  it('draws exactly what isShown shows, for random spans, windows and kinds', () => {
    fc.assert(
      fc.property(arbEvents, arbState, (list, s) => {
        const inputs = inputsOf(list);
        const want = inputs.filter((e) => isShown({ ...e, end: e.end ?? e.day }, s)).map((e) => e.id);
        expect(drawn(inputs, s)).toEqual(want.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with isShown for every day of May, both modes, all kinds and one', () => {
    const inputs = inputsOf([
      { day: strike.day, length: 0, kind: 'strike', region: false },
      { day: meeting.day, length: 0, kind: 'meeting', region: false },
    ]);
    for (const mode of ['cumulative', 'window'] as const) {
      for (const kinds of [new Set(KINDS), new Set<Kind>(['strike'])]) {
        for (let t = may(1); t <= may(31); t++) {
          const s = state({ time: t, mode, kinds });
          const want = inputs.filter((e) => isShown({ ...e, end: e.end ?? e.day }, s)).map((e) => e.id);
          expect(drawn(inputs, s), `${mode} ${t}`).toEqual(want);
        }
      }
    }
  });

  it('agrees with isShown for every day of July, both modes, a one-day window', () => {
    const inputs = inputsOf([
      { day: fighting.day, length: 7, kind: 'clash', region: false },
      { day: jul(16), length: 0, kind: 'strike', region: false },
    ]);
    for (const mode of ['cumulative', 'window'] as const) {
      for (let t = jul(1); t <= jul(31); t++) {
        const s = state({ time: t, mode, windowDays: 1 });
        const want = inputs.filter((e) => isShown({ ...e, end: e.end ?? e.day }, s)).map((e) => e.id);
        expect(drawn(inputs, s), `${mode} ${t}`).toEqual(want.sort());
      }
    }
  });
});

describe('dates on the slider', () => {
  const events = [
    { day: may(14), end: may(14) },
    { day: may(2), end: may(2) },
    { day: fromParts(2025, 7, 1), end: fromParts(2025, 7, 31) },
  ];

  it('spans the data with padding, to the end of the last month-long event', () => {
    expect(dataRange(events)).toEqual({
      start: may(2) - RANGE_PAD_DAYS,
      end: fromParts(2025, 7, 31) + RANGE_PAD_DAYS,
    });
  });
});
