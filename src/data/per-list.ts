// Caching by list identity: a list of events never changes after it is loaded, so what is built
// from it (an index, GPU arrays, a histogram tally) is built once, whoever asks first.
import type { EventRecord } from './events';

export function perList<T>(
  build: (events: readonly EventRecord[]) => T,
): (events: readonly EventRecord[]) => T {
  const cache = new WeakMap<readonly EventRecord[], T>();
  return (events) => {
    let value = cache.get(events);
    if (value === undefined) {
      value = build(events);
      cache.set(events, value);
    }
    return value;
  };
}
