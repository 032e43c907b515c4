// The band the slider shades for the selected event: the days it covers, in words for
// assistive tech. Pure, so it is unit-tested; ui/SpanShade.tsx draws it.
import { type Dated, type Day, formatSpan, lastsPastItsDate } from '../data/dates';

export type Shade = { from: Day; to: Day; label: string };

/**
 * Null for an event on one day: a band one day wide says nothing the thumb does not. A span of
 * days is its span; otherwise the days are those a coarse date (a week, a month) may fall on.
 */
export function selectedShade(e: Dated | null): Shade | null {
  if (e === null || e.end <= e.day) return null;
  const what = lastsPastItsDate(e) ? 'span of the selected event' : 'the days the selected event may fall on';
  return { from: e.day, to: e.end, label: `${formatSpan(e.day, e.end)}: ${what}` };
}

/** Where a band of days sits on the slider's track, as fractions of its width (as the histogram draws days). */
export function shadePlace(shade: Shade, start: Day, end: Day): { left: number; width: number } {
  const days = Math.max(1, end - start + 1);
  const from = Math.max(start, shade.from);
  const to = Math.min(end, shade.to);
  return { left: (from - start) / days, width: Math.max(0, to - from + 1) / days };
}
