import { describe, expect, it } from 'vitest';
import { fromParts, toIsoDate } from '../data/dates';
import type { Kind } from '../data/kinds';
import { histogram } from './histogram';

const ev = (
  id: string,
  kind: Kind,
  iso: [number, number, number],
  precision: 'day' | 'week' | 'month' = 'day',
) => {
  const day = fromParts(...iso);
  const end = precision === 'day' ? day : precision === 'week' ? day + 6 : day + 30;
  return { id, kind, day, end, date_precision: precision };
};

describe('histogram', () => {
  const h = histogram([
    ev('a', 'strike', [2025, 5, 12]),
    ev('b', 'meeting', [2025, 5, 14]),
    ev('c', 'strike', [2025, 5, 18]),
    ev('d', 'strike', [2025, 5, 19]),
    ev('m', 'meeting', [2025, 5, 1], 'month'),
    ev('w', 'clash', [2025, 5, 12], 'week'),
  ]);

  it('counts day-precision events per ISO week (Monday start), stacked by kind', () => {
    expect(h.bins.map((b) => toIsoDate(b.start))).toEqual(['2025-05-12', '2025-05-19']);
    expect(h.bins[0]?.stack).toEqual([
      { kind: 'strike', from: 0, count: 2 },
      { kind: 'meeting', from: 2, count: 1 },
    ]);
    expect(h.maxTotal).toBe(3);
  });

  it('draws week- and month-precision events as bands, not ticks', () => {
    expect(h.bands.map((b) => [b.kind, toIsoDate(b.from), toIsoDate(b.to), b.count])).toEqual([
      ['meeting', '2025-05-01', '2025-05-31', 1],
      ['clash', '2025-05-12', '2025-05-18', 1],
    ]);
    expect(h.bins.flatMap((b) => b.stack).reduce((n, s) => n + s.count, 0)).toBe(4);
  });

  it('puts overlapping bands in separate lanes', () => {
    expect(h.bands.map((b) => b.lane)).toEqual([0, 1]);
    expect(h.lanes).toBe(2);
  });

  it('merges events of one kind and span into one band, counted', () => {
    const many = histogram(
      Array.from({ length: 1000 }, (_, i) => ev(`m${i}`, 'meeting', [2025, 5, 1], 'month')),
    );
    expect(many.bands).toHaveLength(1);
    expect(many.bands[0]?.count).toBe(1000);
  });

  it('counts a span of days once, in the week of its first day, and draws no band for it', () => {
    const fighting = { ...ev('s', 'clash', [2025, 7, 13]), end: fromParts(2025, 7, 19) };
    const spans = histogram([fighting]);
    expect(spans.bins.map((b) => [toIsoDate(b.start), b.total])).toEqual([['2025-07-07', 1]]);
    expect(spans.bands).toEqual([]);
  });

  it('is empty for no events', () => {
    expect(histogram([])).toEqual({ bins: [], bands: [], maxTotal: 1, lanes: 0 });
  });
});
