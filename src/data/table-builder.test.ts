import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordAt } from './event-table';
import { byDay, type EventRecord, parseEvents } from './events';
import { tableBuilder, tableOf } from './table-builder';

const curated = parseEvents(JSON.parse(readFileSync('geo/events.geojson', 'utf8'))).events;
const rows = (t: ReturnType<typeof tableOf>) => Array.from({ length: t.count }, (_, i) => recordAt(t, i));

describe('table builders', () => {
  it('sort records by day, then id, as byDay does, whatever order they come in', () => {
    const withIds = curated.slice(0, 20);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(withIds, { minLength: withIds.length }),
        fc.array(fc.nat(40)),
        (shuffled, days) => {
          const events: EventRecord[] = shuffled.map((e, i) => {
            const day = 20_000 + ((days[i] ?? 0) % 5);
            return { ...e, day, end: day };
          });
          const builder = tableBuilder('curated');
          for (const e of events) builder.add(e);
          expect(builder.count).toBe(events.length);
          expect(rows(builder.finish('by-day'))).toEqual([...events].sort(byDay));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keep the order records were added in when asked to', () => {
    const reversed = [...curated].reverse();
    expect(rows(tableOf(reversed, 'curated'))).toEqual(reversed);
  });

  it('build the same table from thousands of rows as from records given sorted', () => {
    const many = Array.from({ length: 6000 }, (_, i) => {
      const e = curated[i % curated.length] as EventRecord;
      return { ...e, id: `imp-${i + 2}`, day: e.day + (i % 97), end: e.end + (i % 97) };
    });
    const builder = tableBuilder('imp');
    for (const e of many) builder.add(e);
    expect(rows(builder.finish('by-day'))).toEqual(rows(tableOf([...many].sort(byDay), 'imp')));
  });

  it('sort rows whose days lie centuries apart as rows of nearby days', () => {
    const spread = [730_000, -700_000, 20_000, 20_000, -700_000].map((day, i) => {
      const e = curated[i] as EventRecord;
      return { ...e, set: 'imp', id: `imp-${12 - i}`, day, end: day };
    });
    const builder = tableBuilder('imp');
    for (const e of spread) builder.add(e);
    expect(rows(builder.finish('by-day'))).toEqual([...spread].sort(byDay));
  });
});
