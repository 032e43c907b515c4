import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toIsoDate } from '../data/dates';
import { time } from './timeline';
import { HASH_WRITE_MS, syncUrl } from './url';

/** Just enough of a browser window for syncUrl: a location, a history that counts, listeners. */
function fakeWindow() {
  const location = { hash: '' };
  const listeners = new Map<string, () => void>();
  const replaceState = vi.fn((_data: unknown, _title: string, url: string) => {
    location.hash = url;
  });
  vi.stubGlobal('window', {
    location,
    history: { replaceState },
    addEventListener: (type: string, f: () => void) => listeners.set(type, f),
    removeEventListener: (type: string) => listeners.delete(type),
  });
  return { location, replaceState, listeners };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('syncUrl', () => {
  it('writes the hash at most once every 300 ms while the date moves each frame, and ends on the last date', () => {
    const { location, replaceState } = fakeWindow();
    const stop = syncUrl();
    const start = 20089; // 2025-01-01
    for (let frame = 0; frame < 600; frame++) {
      time.value = start + frame; // Play for 10 s at 60 frames a second
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(replaceState.mock.calls.length).toBeLessThanOrEqual(Math.ceil(10_000 / HASH_WRITE_MS) + 1);
    vi.advanceTimersByTime(HASH_WRITE_MS);
    expect(location.hash).toContain(`t=${toIsoDate(start + 599)}`);
    stop();
  });

  it('never writes a waiting state over a hash the user typed meanwhile; applies the typed one', () => {
    const { location, listeners } = fakeWindow();
    const stop = syncUrl();
    time.value = 20100;
    time.value = 20101; // waits for the interval
    location.hash = '#t=2025-07-01'; // typed before its hashchange has run
    vi.advanceTimersByTime(HASH_WRITE_MS);
    expect(location.hash).toBe('#t=2025-07-01');
    listeners.get('hashchange')?.();
    vi.advanceTimersByTime(HASH_WRITE_MS);
    expect(toIsoDate(time.value ?? 0)).toBe('2025-07-01');
    expect(location.hash).toContain('t=2025-07-01');
    time.value = 20102;
    vi.advanceTimersByTime(HASH_WRITE_MS);
    expect(location.hash).toContain(`t=${toIsoDate(20102)}`);
    stop();
  });

  it('writes what is waiting when the page is hidden (a reload, a closed tab)', () => {
    const { location, listeners } = fakeWindow();
    const stop = syncUrl();
    time.value = 20100;
    time.value = 20101;
    listeners.get('pagehide')?.();
    expect(location.hash).toContain(`t=${toIsoDate(20101)}`);
    stop();
  });
});
