// At most one call every `interval` ms, and never losing the last: the first call runs at once,
// calls inside the interval wait, and only the newest of them runs when it ends (a trailing call).

export type Throttled<T> = ((value: T) => void) & {
  /** Runs the waiting call now, if there is one (the page is going away). */
  flush(): void;
  /** Drops the waiting call. */
  cancel(): void;
};

export function throttle<T>(run: (value: T) => void, interval: number): Throttled<T> {
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | null = null;
  const fire = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastRun = Date.now();
    run(value);
  };
  const call = (value: T) => {
    pending = { value };
    if (timer !== undefined) return;
    // Clamped: a clock set back must not hold the call for hours.
    const wait = Math.min(interval, lastRun + interval - Date.now());
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  return Object.assign(call, { flush: fire, cancel });
}
