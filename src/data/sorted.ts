// Binary search over sorted numbers: here in data/, below both the time index and the event
// layer's arrays, which each search days sorted ascending.
import type { Day } from './dates';

/** First index whose day is greater than `day` (days sorted ascending). */
export function upperBound(days: ArrayLike<number>, day: Day): number {
  let [lo, hi] = [0, days.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is at least `value` (values sorted ascending). */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
