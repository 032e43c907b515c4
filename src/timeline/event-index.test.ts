import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../data/kinds';
import { buildIndex, countsByKind, shownBetween, totalShown, upperBound } from './event-index';
import { isShown, type TimeState } from './visibility';

const kinds: Kind[] = ['strike', 'meeting', 'clash'];
const events = Array.from({ length: 300 }, (_, i) => ({
  id: `e${i}`,
  day: Math.floor(i / 3),
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
const brute = (s: TimeState) => events.filter((e) => isShown(e, s));

describe('the event index', () => {
  it('finds upper bounds by binary search', () => {
    expect(upperBound([1, 2, 2, 3], 2)).toBe(3);
    expect(upperBound([1, 2, 2, 3], 0)).toBe(0);
    expect(upperBound([], 5)).toBe(0);
  });

  it.each([
    state({}),
    state({ mode: 'window' }),
    state({ time: 99, mode: 'window', windowDays: 1 }),
    state({ kinds: new Set<Kind>(['meeting']) }),
    state({ time: -1 }),
  ])('counts and lists exactly what isShown shows (%#)', (s) => {
    const want = brute(s);
    expect(totalShown(index, s)).toBe(want.length);
    const counts = countsByKind(index, s);
    for (const k of kinds)
      expect(counts[k]).toBe(
        events.filter((e) => isShown(e, { ...s, kinds: new Set(KINDS) }) && e.kind === k).length,
      );
    const from = s.mode === 'window' ? s.time - s.windowDays : -1e9;
    expect(shownBetween(events, index, s.kinds, from, s.time, 1e9)).toEqual(want);
  });

  it('returns only the newest `limit` events, in date order', () => {
    const newest = shownBetween(events, index, new Set(KINDS), -1e9, 50, 4);
    expect(newest.map((e) => e.id)).toEqual(['e149', 'e150', 'e151', 'e152']);
  });
});
