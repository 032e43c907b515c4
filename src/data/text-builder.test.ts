import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textBuilder } from './text-builder';
import { isCoded, type TextColumn, textAt } from './text-column';

const all = (c: TextColumn, n: number) => Array.from({ length: n }, (_, i) => textAt(c, i));
const built = (values: readonly string[], order: Uint32Array | null = null) => {
  const b = textBuilder();
  for (const v of values) b.add(v);
  return b.finish(order);
};
const roundTrip = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));
/** A shuffle of 0..n-1 from a seed, the same every run. */
function shuffled(n: number, seed: number): Uint32Array {
  const order = new Uint32Array(n).map((_, i) => i);
  let x = seed;
  for (let i = n - 1; i > 0; i--) {
    x = (x * 16807) % 2147483647;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

describe('text builders', () => {
  it('give back any strings, in any order asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 60 }), fc.nat(), (values, seed) => {
        const order = shuffled(values.length, seed + 1);
        expect(all(built(values), values.length)).toEqual(values.map(roundTrip));
        expect(all(built(values, order), values.length)).toEqual(
          [...order].map((r) => roundTrip(values[r] ?? '')),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('code a column that repeats, a byte a row, however many rows', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `Actor ${i % 7}`);
    const order = shuffled(values.length, 7);
    const column = built(values, order);
    expect(isCoded(column) && column.codes.BYTES_PER_ELEMENT).toBe(1);
    expect(all(column, values.length)).toEqual([...order].map((r) => values[r]));
  });

  it('store distinct values plain, across many chunks, in the order asked for', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => `row ${i} é`);
    const order = shuffled(values.length, 3);
    const column = built(values, order);
    expect(isCoded(column)).toBe(false);
    expect(all(column, values.length)).toEqual([...order].map((r) => values[r]));
  });

  it('turn plain when values start to differ late, keeping the rows before', () => {
    const values = Array.from({ length: 12_000 }, (_, i) => (i < 5000 ? 'same' : `late ${i}`));
    const column = built(values);
    expect(isCoded(column)).toBe(false);
    expect(all(column, values.length)).toEqual(values);
  });

  it('keep a few hundred values coded in two bytes', () => {
    const values = Array.from({ length: 8000 }, (_, i) => `v${i % 300}`);
    const column = built(values);
    expect(isCoded(column) && column.codes.BYTES_PER_ELEMENT).toBe(2);
    expect(textAt(column, 7999)).toBe(`v${7999 % 300}`);
  });

  it('name "__proto__" as a value like any other', () => {
    const values = ['__proto__', 'constructor', '__proto__'];
    expect(all(built(values), 3)).toEqual(values);
  });
});

describe('text builders on rows in file order', () => {
  it('code a column whose values come shuffled, as dates do in a file not sorted by day', () => {
    let x = 1;
    // 8,000 values over 70,000 rows, as an ACLED file's notes on weekly dates: a third of the
    // values seen in the first 16,000 rows, and codes still worth it over the whole file.
    const values = Array.from({ length: 70_000 }, () => {
      x = (x * 16807) % 2147483647;
      return `day ${x % 8000}`;
    });
    const column = built(values);
    expect(isCoded(column) && column.codes.BYTES_PER_ELEMENT).toBe(2);
    expect(all(column, values.length)).toEqual(values);
  });
});
