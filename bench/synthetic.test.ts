import { describe, expect, it } from 'vitest';
import { KINDS } from '../src/data/kinds';
import { columnsOf } from '../src/layers/event-drawing/inputs';
import { SYNTH_BBOX, SYNTH_DAYS, SYNTH_START, syntheticColumns, syntheticEvents } from './synthetic';

describe('syntheticEvents', () => {
  it('is reproducible from its seed and different across seeds', () => {
    expect(syntheticEvents(50, 7)).toEqual(syntheticEvents(50, 7));
    expect(syntheticEvents(50, 7)).not.toEqual(syntheticEvents(50, 8));
  });

  it('spreads events over the region and two years, with every kind', () => {
    const events = syntheticEvents(5000, 1);
    for (const e of events) {
      expect(e.lon).toBeGreaterThanOrEqual(SYNTH_BBOX[0]);
      expect(e.lat).toBeLessThanOrEqual(SYNTH_BBOX[3]);
      expect(e.day).toBeGreaterThanOrEqual(SYNTH_START);
      expect(e.day).toBeLessThan(SYNTH_START + SYNTH_DAYS);
    }
    expect(new Set(events.map((e) => e.kind)).size).toBe(KINDS.length);
    expect(events.some((e) => !e.precise)).toBe(true);
    expect(events.some((e) => e.radiusKm > 0)).toBe(true);
  });

  it('gives week- and month-dated events their week or month, and a few spans of days', () => {
    const events = syntheticEvents(5000, 1);
    for (const e of events) expect((e.end ?? e.day) - e.day).toBeLessThanOrEqual(29);
    expect(events.filter((e) => !e.precise).every((e) => (e.end ?? e.day) - e.day >= 6)).toBe(true);
    expect(events.some((e) => e.span && e.precise && (e.end ?? e.day) > e.day)).toBe(true);
  });

  it('gives the same events as columns, ids and all', () => {
    const { idAt, ...columns } = syntheticColumns(500, 3);
    const { idAt: idOf, ...expected } = columnsOf(syntheticEvents(500, 3));
    expect(columns).toEqual(expected);
    expect([idAt(0), idAt(499)]).toEqual([idOf(0), idOf(499)]);
  });
});
