import { describe, expect, it } from 'vitest';
import { buildIdIndex, buildIdTable, idIndexOf } from './by-id';

const items = (ids: readonly string[]) => ids.map((id) => ({ id }));

describe('the id index', () => {
  it('finds each id at its position, and −1 for an id not there', () => {
    const list = items(['c', 'a', 'set-12', 'b', '']);
    const index = buildIdIndex(list);
    expect(list.map(({ id }) => index.find(id))).toEqual(list.map((_, p) => p));
    expect(index.find('d')).toBe(-1);
    expect(index.find('set-1')).toBe(-1);
  });

  it('keeps the first of a repeated id, as a scan from the start would', () => {
    const index = buildIdIndex(items(['x', 'y', 'x']));
    expect(index.find('x')).toBe(0);
  });

  it('answers for an empty list', () => {
    expect(buildIdIndex([]).find('a')).toBe(-1);
  });

  it('finds every one of many ids that collide in a small table, like a scan', () => {
    // 5,000 ids sharing a prefix: probes run past each other, and each must still land on its own.
    const list = items(Array.from({ length: 5000 }, (_, i) => `u7k3p-${(i * 7919) % 5003}`));
    const index = buildIdIndex(list);
    for (const probe of ['u7k3p-0', 'u7k3p-4999', 'u7k3p-5002', 'u7k3p-5003', 'nope'])
      expect(index.find(probe)).toBe(list.findIndex((x) => x.id === probe));
    expect(list.map(({ id }) => index.find(id))).toEqual(list.map((_, p) => p));
  });

  it('builds a table a worker can hand over, and finds ids through it read from elsewhere', () => {
    const ids = Array.from({ length: 250_000 }, (_, i) => `s-${i}`);
    const table = buildIdTable({ count: ids.length, idAt: (p) => ids[p] as string });
    const copy = structuredClone(table);
    const index = idIndexOf(copy, { count: ids.length, idAt: (p) => `s-${p}` });
    for (const p of [0, 99_999, 100_000, 249_999]) expect(index.find(`s-${p}`)).toBe(p);
    expect(index.find('s-250000')).toBe(-1);
  });

  it('builds the same table from the ids’ UTF-8 bytes as from the ids, and finds them by text', () => {
    const ids = [
      'a',
      'set-12',
      '',
      'é',
      'שלום',
      'دمشق',
      '😀',
      'x😀y',
      '\uE000',
      'a',
      ...Array.from({ length: 3000 }, (_, i) => `s-${i}`),
    ];
    const bytes = ids.map((id) => new TextEncoder().encode(id));
    const fromText = buildIdTable({ count: ids.length, idAt: (p) => ids[p] as string });
    const fromBytes = buildIdTable({
      count: ids.length,
      idAt: () => 'unused',
      idBytesAt: (p) => bytes[p] as Uint8Array,
    });
    expect(fromBytes).toEqual(fromText);
    const index = idIndexOf(fromBytes, { count: ids.length, idAt: (p) => ids[p] as string });
    expect(ids.map((id) => index.find(id))).toEqual(ids.map((id) => ids.indexOf(id)));
  });
});
