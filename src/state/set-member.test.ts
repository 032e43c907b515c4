import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { setMember } from './set-member';

describe('setMember', () => {
  it('adds and removes by replacing the set', () => {
    const s = signal<ReadonlySet<string>>(new Set(['a']));
    const first = s.value;
    setMember(s, 'b', true);
    expect([...s.value]).toEqual(['a', 'b']);
    expect(s.value).not.toBe(first);
    setMember(s, 'a', false);
    expect([...s.value]).toEqual(['b']);
  });

  it('leaves the set alone when nothing changes, so no effect runs', () => {
    const s = signal<ReadonlySet<string>>(new Set(['a']));
    const before = s.value;
    setMember(s, 'a', true);
    setMember(s, 'z', false);
    expect(s.value).toBe(before);
  });
});
