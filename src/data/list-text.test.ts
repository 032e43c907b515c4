import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listText, readList } from './list-text';

describe('lists as text', () => {
  it('read back any list of names, sources or pairs as it was', () => {
    const name = fc.string({ unit: 'binary', maxLength: 12 });
    const list = fc.oneof(
      fc.array(name),
      fc.array(fc.record({ outlet: name })),
      fc.array(fc.record({ outlet: name, headline: name }, { requiredKeys: ['outlet'] })),
      fc.array(fc.tuple(name, name)),
    );
    fc.assert(
      fc.property(list, (l) => {
        expect(readList(listText(l))).toEqual(l);
      }),
      { numRuns: 500 },
    );
  });

  it('joins the plain lists imports make, and keeps no list apart from an empty one', () => {
    expect(listText(['Actor A', 'Actor B'])).toBe('Actor A\u001fActor B');
    expect(listText([{ outlet: 'SANA' }])).toBe('\u0003SANA');
    expect(listText(undefined)).toBe('');
    expect(readList(listText([]))).toEqual([]);
    expect(readList('')).toBeUndefined();
    expect(readList(listText(['\u0002x']))).toEqual(['\u0002x']);
    expect(readList(listText([{ outlet: '__proto__' }]))).toEqual([{ outlet: '__proto__' }]);
  });
});
