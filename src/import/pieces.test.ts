import { describe, expect, it } from 'vitest';
import { cut, pack, unpack } from './pieces';

/** Small pieces, so the tests cut and join many without a big allocation. */
const SIZE = 64;

describe('pieces', () => {
  it('cut bytes into pieces no larger than asked', () => {
    const bytes = new Uint8Array(SIZE * 2 + 5).map((_, i) => i % 251);
    const pieces = cut(bytes, [], SIZE);
    expect(pieces.map((p) => p.byteLength)).toEqual([SIZE, SIZE, 5]);
    expect(new Uint8Array(pieces[2] as ArrayBuffer)[4]).toBe((SIZE * 2 + 4) % 251);
    expect(cut(new Uint8Array(0)).map((p) => p.byteLength)).toEqual([0]);
  });

  it('pack a value of typed arrays, maps and plain data, and unpack it as it was', () => {
    const big = new Float64Array(SIZE / 8 + 3).map((_, i) => i * 0.5);
    const view = new Uint16Array(new Uint16Array([9, 1, 2, 3]).buffer, 2, 2);
    const value = {
      big,
      view,
      raw: new Uint8Array([1, 2, 3]).buffer,
      tally: new Map([['w', new Map([['strike', 2]])]]),
      list: [{ kinds: new Uint8Array([4]) }, 'text', 3, null],
      codes: new Int32Array(0),
    };
    const { skeleton, pieces } = pack(value, SIZE);
    expect(pieces.every((p) => p.byteLength <= SIZE)).toBe(true);
    expect(pieces.length).toBeGreaterThan(5); // big alone is two
    const back = unpack(structuredClone(skeleton), pieces) as typeof value;
    expect(back).toEqual(value);
    expect(back.big).toBeInstanceOf(Float64Array);
    expect([...back.view]).toEqual([1, 2]);
    // A view that fits one piece takes that piece as its buffer: unpacking copies nothing.
    expect(pieces).toContain(back.view.buffer);
  });

  it('keeps "__proto__" as a key of data, never the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": 1}, "a": 1}');
    const back = unpack(pack(value).skeleton, []) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(['__proto__', 'a']);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect((back as { polluted?: number }).polluted).toBeUndefined();
  });
});
