// Month ticks under the slider, thinned so their labels never overlap: every month for a
// season of data, every quarter or year for a decade of imported data.
import { type Day, formatMonth, monthStarts, parts } from '../data/dates';

export type Tick = { day: Day; label: string };

/** Months between ticks, finest first. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

export function axisTicks(start: Day, end: Day, maxTicks: number): Tick[] {
  const months = monthStarts(start, end);
  const limit = Math.max(1, Math.floor(maxTicks));
  const step = STEPS.find((s) => Math.ceil(months.length / s) <= limit) ?? (STEPS.at(-1) as number);
  // Ticks fall on months divisible by the step (Jan, Apr, Jul, Oct for quarters), not on
  // whichever month the data happens to start in.
  const on = months.filter((d) => {
    const { year, month } = parts(d);
    return (year * 12 + month - 1) % step === 0;
  });
  return on.map((d) => ({ day: d, label: step >= 12 ? String(parts(d).year) : formatMonth(d) }));
}

/** About how many month labels fit across a track this wide (css px). */
export const ticksThatFit = (widthPx: number) => Math.max(2, Math.floor(widthPx / 80));
