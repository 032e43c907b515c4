// Play: a requestAnimationFrame loop that moves the date at `speed` days per second. Each
// frame only sets the time signal; the map follows through its global state.
import { effect } from '@preact/signals';
import { currentDay, playing, range, speed } from './timeline';
import { setTime } from './timeline-actions';

export function startPlayer(): () => void {
  let frame = 0;
  const stop = effect(() => {
    cancelAnimationFrame(frame);
    if (!playing.value) return;
    let last = performance.now();
    let carry = 0;
    const tick = (now: number) => {
      carry += ((now - last) / 1000) * speed.peek();
      last = now;
      const whole = Math.floor(carry);
      if (whole >= 1) {
        carry -= whole;
        const next = Math.min(range.peek().end, currentDay.peek() + whole);
        setTime(next);
        if (next >= range.peek().end) {
          playing.value = false;
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop();
  };
}
