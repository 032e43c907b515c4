import { describe, expect, it } from 'vitest';
import { memoText } from './memo';

describe('memoText', () => {
  it('reads each distinct text once and returns what the function returns', () => {
    const calls: string[] = [];
    const upper = memoText((t: string) => {
      calls.push(t);
      return t.toUpperCase();
    });
    expect(['a', 'b', 'a', 'a', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('remembers undefined results too, and names such as __proto__', () => {
    let calls = 0;
    const none = memoText((_t: string) => {
      calls++;
      return undefined;
    });
    none('__proto__');
    none('__proto__');
    expect(calls).toBe(1);
  });

  it('starts afresh when full, still giving the right answers', () => {
    const calls: string[] = [];
    const len = memoText((t: string) => {
      calls.push(t);
      return t.length;
    }, 2);
    expect(['a', 'bb', 'ccc', 'a'].map(len)).toEqual([1, 2, 3, 1]);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
