// Whether a picture of a run drawn on one day still shows the run as it looks on another, for
// the events it holds: then a time step only draws the events it reveals over the kept picture
// (map/events-gl/frame-cache.ts). With the window and kinds unchanged and nothing fading by day
// (cumulative mode), the day changes an event's look in two ways only: a span's "still going on"
// halo, lost once the day passes its end, and, for a run the picture holds whole (the region
// circles, every one drawn and tested in the shader), an event the day reveals or hides.
import { lowerBound, upperBound } from '../../data/sorted';
import type { EventRun } from './arrays';
import { AT, FLAG_SPAN, STRIDE } from './instance';

/** A run's spans sorted by their end day, with where each is in the run. */
type SpanEnds = { ends: Float64Array; at: Int32Array };

const spanEndsOf = new WeakMap<EventRun, SpanEnds>();

/** Built once per run, on the first step that asks: one pass over the flags, then the spans sorted. */
export function spanEnds(run: EventRun): SpanEnds {
  const known = spanEndsOf.get(run);
  if (known) return known;
  const at: number[] = [];
  for (let i = 0; i < run.count; i++)
    if (((run.data[i * STRIDE + AT.flags] as number) & FLAG_SPAN) !== 0) at.push(i);
  const endOf = (i: number) => run.data[i * STRIDE + AT.end] as number;
  at.sort((a, b) => endOf(a) - endOf(b));
  const spans = { ends: Float64Array.from(at, endOf), at: Int32Array.from(at) };
  spanEndsOf.set(run, spans);
  return spans;
}

/**
 * True when the run's first `held` events (those a picture holds) look the same on day `a` as
 * on day `b`: none of them begins after one day and by the other, and no span among them ends
 * on or after one and before the other (its halo shows while its end ≥ the day).
 */
export function heldAlike(run: EventRun, held: number, a: number, b: number): boolean {
  const [from, to] = a <= b ? [a, b] : [b, a];
  if (from === to) return true;
  if (upperBound(run.days, from) < Math.min(held, upperBound(run.days, to))) return false;
  const { ends, at } = spanEnds(run);
  for (let j = lowerBound(ends, from); j < ends.length && (ends[j] as number) < to; j++)
    if ((at[j] as number) < held) return false;
  return true;
}
