import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textBuilder } from './text-builder';
import { isCoded, plainText, type TextColumn, textAt, textBuffers, textBytes } from './text-column';

/** A column as the table builder makes it, its rows in the order given. */
const textColumn = (values: readonly string[]): TextColumn => {
  const builder = textBuilder();
  for (const v of values) builder.add(v);
  return builder.finish(null);
};

const all = (c: TextColumn, n: number) => Array.from({ length: n }, (_, i) => textAt(c, i));

describe('text columns', () => {
  it('read back any strings as TextEncoder and TextDecoder would give them', () => {
    const roundTrip = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 40 }), (values) => {
        expect(all(textColumn(values), values.length)).toEqual(values.map(roundTrip));
        expect(all(plainText(values), values.length)).toEqual(values.map(roundTrip));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a lone surrogate apart from the next row, where a join would pair it', () => {
    const values = ['a\uD83D', '\uDE00b', 'é', '😀', ''];
    expect(all(plainText(values), values.length)).toEqual(['a\uFFFD', '\uFFFDb', 'é', '😀', '']);
  });

  it('codes values that repeat, and stores distinct ones as they are', () => {
    const repeated = Array.from({ length: 1000 }, (_, i) => `Actor ${i % 7}`);
    const distinct = Array.from({ length: 1000 }, (_, i) => `row ${i}`);
    const coded = textColumn(repeated);
    expect(isCoded(coded)).toBe(true);
    expect(all(coded, 1000)).toEqual(repeated);
    expect(isCoded(textColumn(distinct))).toBe(false);
    expect(textBytes(coded)).toBeLessThan(textBytes(plainText(repeated)) / 2);
    // Seven values: a byte per row; three hundred: two.
    expect(isCoded(coded) && coded.codes.BYTES_PER_ELEMENT).toBe(1);
    const wider = textColumn(Array.from({ length: 8000 }, (_, i) => `v${i % 300}`));
    expect(isCoded(wider) && wider.codes.BYTES_PER_ELEMENT).toBe(2);
    expect(textAt(wider, 7999)).toBe(`v${7999 % 300}`);
  });

  it('names "__proto__" as a value like any other', () => {
    const values = ['__proto__', 'constructor', '__proto__'];
    expect(all(textColumn(values), 3)).toEqual(values);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('reads past the end as empty and lists each buffer once for transfer', () => {
    const c = textColumn(['x']);
    expect(textAt(c, 5)).toBe('');
    expect(new Set(textBuffers(c)).size).toBe(textBuffers(c).length);
  });
});
