import { beforeEach, describe, expect, it } from 'vitest';
import {
  describeLoadError,
  dismissLoadErrors,
  loadErrors,
  moreLoadErrors,
  reportLoadError,
} from './load-errors';

beforeEach(dismissLoadErrors);

describe('describeLoadError', () => {
  it('names the map’s own sources in words', () => {
    expect(describeLoadError('golan: Failed to fetch')).toBe('The Golan Heights: Failed to fetch');
    expect(describeLoadError('buffer-zone: HTTP 404')).toBe(
      'The 1974 buffer zone and Lines A and B: HTTP 404',
    );
  });

  it('keeps any other message as it is', () => {
    expect(describeLoadError('import-u1: bad')).toBe('import-u1: bad');
    expect(describeLoadError('Could not load image')).toBe('Could not load image');
    expect(describeLoadError('  ')).toBe('Part of the map: no reason given');
  });

  it('is not fooled by a source id that is an object key', () => {
    expect(describeLoadError('__proto__: x')).toBe('__proto__: x');
    expect(describeLoadError('constructor: x')).toBe('constructor: x');
  });

  it('cuts a message that quotes a whole data: URL', () => {
    const line = describeLoadError(
      `water: Failed to fetch (0): data:application/geo+json;base64,${'A'.repeat(4000)}`,
    );
    expect(
      line.startsWith('The lakes and rivers: Failed to fetch (0): data:application/geo+json;base64,AAA'),
    ).toBe(true);
    expect(line).toMatch(/… \(4\.\d kB\)$/);
    expect(line.length).toBeLessThan(200);
  });
});

describe('reportLoadError', () => {
  it('lists each failure once, in order', () => {
    reportLoadError('golan: Failed to fetch');
    reportLoadError('water: Failed to fetch');
    reportLoadError('golan: Failed to fetch');
    expect(loadErrors.value).toEqual([
      'The Golan Heights: Failed to fetch',
      'The lakes and rivers: Failed to fetch',
    ]);
  });

  it('lists ten and counts the rest', () => {
    for (let i = 0; i < 25; i++) reportLoadError(`tile ${i} failed`);
    expect(loadErrors.value).toHaveLength(10);
    expect(moreLoadErrors.value).toBe(15);
    dismissLoadErrors();
    expect(loadErrors.value).toEqual([]);
    expect(moreLoadErrors.value).toBe(0);
  });
});
