import { describe, expect, it } from 'vitest';
import { fromParts } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { prepareRecords } from '../import/prepared';
import { isShown } from '../timeline/visibility';
import { newestOf, shownIn, stepAcross } from './event-sets';

const makeSet = (id: string, events: EventRecord[]) => ({ id, events: prepareRecords(events, id) });

const may = (d: number) => fromParts(2025, 5, d);
const record = (id: string, day: number, kind: Kind = 'strike') =>
  ({ id, set: 's', day, end: day, kind, date_precision: 'day', geo_precision: 'exact' }) as EventRecord;

describe('event sets', () => {
  // The curated story and an import: the nearest date with an event in either.
  const story = makeSet('curated', [record('a', may(2)), record('b', may(14))]);
  const imported = makeSet('u1', [record('u1-2', may(14)), record('u1-3', fromParts(2025, 7, 1))]);

  it('steps from date to date that has an event in any set, never to an empty day', () => {
    const sets = [story, imported];
    expect(stepAcross(sets, may(3), 1)).toBe(may(14));
    expect(stepAcross(sets, may(14), 1)).toBe(fromParts(2025, 7, 1));
    expect(stepAcross(sets, may(14), -1)).toBe(may(2));
    expect(stepAcross(sets, may(2), -1)).toBeNull();
    expect(stepAcross(sets, fromParts(2025, 7, 1), 1)).toBeNull();
    expect(stepAcross([imported], may(20), -1)).toBe(may(14));
  });

  it('shows in an export exactly what isShown shows, in date order', () => {
    const kinds: Kind[] = ['strike', 'meeting', 'clash'];
    const list = Array.from({ length: 90 }, (_, i) =>
      record(`e${i}`, may(1) + Math.floor(i / 3), kinds[i % 3]),
    );
    const set = makeSet('s', list);
    for (const mode of ['cumulative', 'window'] as const) {
      for (const some of [new Set(KINDS), new Set<Kind>(['meeting'])]) {
        const s = { time: may(20), mode, windowDays: 7, kinds: some };
        const ids = (events: EventRecord[]) => events.map((e) => `${e.id} ${e.day} ${e.kind}`);
        expect(ids(shownIn(set, s))).toEqual(ids(list.filter((e) => isShown(e, s))));
      }
    }
  });

  it('keeps the newest of several date-sorted lists, in date order', () => {
    const a = [record('a1', 1), record('a2', 5)];
    const b = [record('b1', 2), record('b2', 9)];
    expect(newestOf([a, b], 3).map((e) => e.id)).toEqual(['b1', 'a2', 'b2']);
    expect(newestOf([a], 1).map((e) => e.id)).toEqual(['a2']);
  });
});
