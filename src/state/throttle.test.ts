import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A throttled recorder: what ran, and when (fake ms since the test began). */
function recorder(interval = 300) {
  const start = Date.now();
  const runs: { value: number; at: number }[] = [];
  const call = throttle((value: number) => runs.push({ value, at: Date.now() - start }), interval);
  return { call, runs };
}

describe('throttle', () => {
  it('runs the first call at once', () => {
    const { call, runs } = recorder();
    call(1);
    expect(runs).toEqual([{ value: 1, at: 0 }]);
  });

  it('holds the calls inside the interval and runs only the newest when it ends', () => {
    const { call, runs } = recorder();
    call(1);
    vi.advanceTimersByTime(100);
    call(2);
    call(3);
    vi.advanceTimersByTime(199);
    expect(runs.map((r) => r.value)).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([
      { value: 1, at: 0 },
      { value: 3, at: 300 },
    ]);
  });

  it('a call every frame for 10 s runs at most once every 300 ms, and ends on the last value', () => {
    const { call, runs } = recorder();
    for (let t = 0; t <= 10_000; t += 16) {
      call(t);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(300);
    // 0, 300, …, 9900 ms: 34 in the 10 s, then the trailing one with the last value.
    expect(runs.filter((r) => r.at <= 10_000)).toHaveLength(34);
    for (let i = 1; i < runs.length; i++) {
      expect((runs[i]?.at ?? 0) - (runs[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(300);
    }
    expect(runs.at(-1)?.value).toBe(10_000 - (10_000 % 16));
  });

  it('runs a call after a quiet interval at once again', () => {
    const { call, runs } = recorder();
    call(1);
    vi.advanceTimersByTime(1000);
    call(2);
    expect(runs.map((r) => r.value)).toEqual([1, 2]);
  });

  it('flush runs the waiting call now; cancel drops it', () => {
    const { call, runs } = recorder();
    call(1);
    call(2);
    call.flush();
    expect(runs.map((r) => r.value)).toEqual([1, 2]);
    call(3);
    call.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs.map((r) => r.value)).toEqual([1, 2]);
    call.flush();
    expect(runs).toHaveLength(2);
  });

  it('still runs the last call within the interval when the clock is set back', () => {
    const { call, runs } = recorder();
    call(1);
    vi.setSystemTime(Date.now() - 3_600_000);
    call(2);
    vi.advanceTimersByTime(300);
    expect(runs.map((r) => r.value)).toEqual([1, 2]);
  });
});
