import { describe, expect, it } from 'vitest';
import { fromParts } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import { buildEventArrays, drawnIn, kindMask } from '../map/events-gl/arrays';
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

describe('the GPU side of the same rule: draw range by date, kinds by mask', () => {
  const arrays = buildEventArrays(
    [strike, meeting].map((e, i) => ({ ...e, id: `e${i}`, lon: 36, lat: 33, precise: true, radiusKm: 0 })),
  );
  const drawn = (s: TimeState) =>
    drawnIn(arrays.points, { ...s, windowStart: windowStart(s), kindMask: kindMask(s.kinds) });

  it('agrees with isShown for every day of May, both modes, all kinds and one', () => {
    for (const mode of ['cumulative', 'window'] as const) {
      for (const kinds of [new Set(KINDS), new Set<Kind>(['strike'])]) {
        for (let t = may(1); t <= may(31); t++) {
          const s = state({ time: t, mode, kinds });
          const want = [strike, meeting].flatMap((e, i) => (isShown(e, s) ? [`e${i}`] : []));
          expect(drawn(s), `${mode} ${t}`).toEqual(want);
        }
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
