import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordsOf } from './event-table';
import { byDay, type EventRecord, parseEvents } from './events';
import { compareText, mergeTables } from './merge-tables';
import { tableBuilder } from './table-builder';
import { isCoded } from './text-column';

const curated = parseEvents(JSON.parse(readFileSync('geo/events.geojson', 'utf8'))).events;
const sorted = (events: readonly EventRecord[]) => {
  const builder = tableBuilder('imp');
  for (const e of events) builder.add(e);
  return builder.finish('by-day');
};
const encode = (s: string) => new TextEncoder().encode(s);

/** Rows of the curated events' texts, on a few days, with ids as a CSV import gives them. */
const rowsOf = (n: number, days: number, idOf = (i: number) => `imp-${i + 2}`) =>
  Array.from({ length: n }, (_, i): EventRecord => {
    const e = curated[i % curated.length] as EventRecord;
    const day = 20_000 + ((i * 7919) % days);
    return { ...e, set: 'imp', id: idOf(i), day, end: day + (i % 3) };
  });

describe('mergeTables', () => {
  it('gives the table the whole file would have given, wherever it is cut in two', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 40 }), (n, days) => {
        const all = rowsOf(n, days);
        const cut = Math.floor(n / 2);
        const merged = mergeTables(sorted(all.slice(0, cut)), sorted(all.slice(cut)));
        expect(merged.count).toBe(n);
        expect(recordsOf(merged)).toEqual([...all].sort(byDay));
      }),
      { numRuns: 60 },
    );
  });

  it('orders ids of one day as JavaScript compares them, characters past U+FFFF included', () => {
    const ids = ['imp-\uE000', 'imp-😀', 'imp-é', 'imp-e', 'imp-10', 'imp-9', 'imp-', 'imp-ß'];
    const all = rowsOf(ids.length, 1, (i) => ids[i] as string);
    for (let cut = 0; cut <= ids.length; cut++) {
      const merged = mergeTables(sorted(all.slice(0, cut)), sorted(all.slice(cut)));
      expect(recordsOf(merged).map((e) => e.id)).toEqual([...ids].sort());
    }
  });

  it('keeps a column coded when both halves code it, and joins their values', () => {
    const all = rowsOf(4000, 30);
    const merged = mergeTables(sorted(all.slice(0, 1500)), sorted(all.slice(1500)));
    expect(isCoded(merged.text.place)).toBe(true);
    expect(isCoded(merged.text.id)).toBe(false);
    expect(recordsOf(merged)).toEqual([...all].sort(byDay));
  });

  it('compares UTF-8 texts as strings compare', () => {
    const texts = ['', 'a', 'ab', 'b', 'é', '\uE000', '😀', '\uFFFD', 'z😀', 'z\uE000'];
    for (const s of texts)
      for (const t of texts) expect(compareText(encode(s), encode(t))).toBe(s < t ? -1 : s > t ? 1 : 0);
  });

  it('returns a half alone when the other is empty', () => {
    const half = sorted(rowsOf(10, 3));
    expect(mergeTables(half, sorted([]))).toBe(half);
    expect(mergeTables(sorted([]), half)).toBe(half);
  });
});
