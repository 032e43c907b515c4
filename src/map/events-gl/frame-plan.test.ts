import { describe, expect, it } from 'vitest';
import { buildEventArrays } from '../../layers/event-drawing/arrays';
import { eventInput } from '../../layers/event-drawing/test-input';
import { framePlan, groundHolds } from './frame-plan';
import { type EventLayerState, FIRST_STATE } from './programs';

const ev = eventInput;

// Points on days 10, 20, 20, 30, 40; a span 12–25; a region circle on day 35.
const arrays = buildEventArrays([
  ev('a', 10),
  ev('b', 20),
  ev('c', 20),
  ev('d', 30),
  ev('e', 40),
  ev('s', 12, { end: 25, span: true }),
  ev('r', 35, { radiusKm: 10 }),
]);
const cumulative: EventLayerState = { ...FIRST_STATE, time: 20 };

describe('what a frame draws and what its kept picture depends on', () => {
  it('keeps the whole slice when nothing pulses', () => {
    const plan = framePlan(arrays, cumulative, 8);
    expect(plan.points).toEqual([0, 4]);
    expect(plan.pulsing).toBe(4);
    expect(plan.events).toBe(5);
  });

  it('keeps the points up to those a forward step revealed while they pulse', () => {
    const plan = framePlan(arrays, { ...cumulative, time: 30, revealedFrom: 12, pulse: 0.4 }, 8);
    // a and s (days 10 and 12) are kept; b, c and d pulse over them.
    expect(plan.points).toEqual([0, 5]);
    expect(plan.pulsing).toBe(2);
    expect(framePlan(arrays, { ...cumulative, time: 30, revealedFrom: 12, pulse: 1 }, 8).pulsing).toBe(5);
  });

  it('depends on the day in window mode, where events fade by it, and not in cumulative mode', () => {
    const day = (time: number, mode: Partial<EventLayerState>) =>
      framePlan(arrays, { ...cumulative, ...mode, time }, 8).state;
    expect(day(20, {})).toEqual(day(21, {}));
    const window = (time: number) => ({ windowStart: time - 7, windowDays: 7 });
    expect(day(20, window(20))).not.toEqual(day(21, window(20)));
    // The dots' size follows the zoom and, a quarter octave at a time, how many are drawn.
    expect(framePlan(arrays, cumulative, 8).state).not.toEqual(framePlan(arrays, cumulative, 12).state);
  });

  it('draws halos over the markers from the first span that may be going on', () => {
    // s (day 12, to 25) is the longest span (13 days): on day 20 one going on may have begun on
    // day 7, so from a on; on day 30, on day 17, so from b on.
    expect(framePlan(arrays, cumulative, 8).halos).toEqual([0, 4]);
    expect(framePlan(arrays, { ...cumulative, time: 30 }, 8).halos).toEqual([2, 5]);
    const noSpans = buildEventArrays([ev('a', 10), ev('b', 20)]);
    expect(framePlan(noSpans, cumulative, 8).halos).toEqual([2, 2]);
  });

  it('says the region circles’ picture holds for another day until one stops going on, or a mark is drawn', () => {
    // q (day 20, to 30) goes on to day 30; r begins on 35, over q, as in a picture drawn anew.
    const regions = buildEventArrays([
      ev('r', 35, { radiusKm: 10 }),
      ev('q', 20, { radiusKm: 10, end: 30, span: true }),
    ]);
    const none = new Int32Array(0);
    expect(framePlan(regions, { ...cumulative, time: 21 }, 8).regions).toBe(1);
    expect(framePlan(regions, { ...cumulative, time: 35 }, 8).regions).toBe(2);
    expect(groundHolds(regions, none, { reach: 1, day: 21 }, 30)).toBe(true);
    expect(groundHolds(regions, none, { reach: 1, day: 21 }, 31)).toBe(false);
    expect(groundHolds(regions, none, { reach: 1, day: 31 }, 40)).toBe(true);
    expect(groundHolds(regions, none, { reach: 1, day: 40 }, 29)).toBe(false);
    expect(groundHolds(regions, Int32Array.of(0), { reach: 1, day: 31 }, 40)).toBe(false);
  });
});
