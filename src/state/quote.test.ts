import { describe, expect, it } from 'vitest';
import { formatSize, quoted, quotedList, SHOWN_CHARS, summarise } from './quote';

describe('summarise', () => {
  it('keeps short text whole', () => {
    expect(summarise('map=9/33/35')).toBe('map=9/33/35');
    expect(summarise('x'.repeat(SHOWN_CHARS))).toBe('x'.repeat(SHOWN_CHARS));
  });

  it('cuts a 1 MB text to its start and says how big it is', () => {
    const text = `map=9/33/35&pad=${'x'.repeat(1_000_000)}`;
    const out = summarise(text);
    expect(out).toBe(`${text.slice(0, SHOWN_CHARS)}… (1.0 MB)`);
    expect(out.length).toBeLessThan(100);
  });

  it('counts the size in UTF-8 bytes', () => {
    expect(summarise('é'.repeat(1000))).toMatch(/… \(2\.0 kB\)$/);
  });

  it('never cuts a character in half', () => {
    const out = summarise(`${'a'.repeat(SHOWN_CHARS - 1)}${'😀'.repeat(10)}`);
    expect(out.startsWith(`${'a'.repeat(SHOWN_CHARS - 1)}…`)).toBe(true);
  });

  it('shows control and direction characters as codes, so they cannot reorder or break the message', () => {
    expect(summarise('a\u202Eb\nc\u0000')).toBe('a<U+202E>b<U+000A>c<U+0000>');
    expect(summarise(`\u2066${'x'.repeat(200)}`).startsWith('<U+2066>x')).toBe(true);
  });
});

describe('formatSize', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1.0 kB'],
    [12_345, '12.3 kB'],
    [1_048_576, '1.0 MB'],
  ])('%d bytes are “%s”', (bytes, words) => {
    expect(formatSize(bytes)).toBe(words);
  });
});

describe('quoting', () => {
  it('quotes one text, summarised', () => {
    expect(quoted('<script>')).toBe('“<script>”');
    expect(quoted('y'.repeat(5000))).toBe(`“${'y'.repeat(SHOWN_CHARS)}… (5.0 kB)”`);
  });

  it('names the first few items of a long list and counts the rest', () => {
    expect(quotedList(['a', 'b'])).toBe('“a”, “b”');
    const many = Array.from({ length: 10_005 }, (_, i) => `k${i}`);
    expect(quotedList(many)).toBe('“k0”, “k1”, “k2”, “k3”, “k4” and 10,000 more');
  });
});
