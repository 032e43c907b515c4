// Over the slider's track: a translucent band across the selected event's days, so a span (or
// the week or month a coarse date may fall in) shows where it lies against the histogram.
import { selected } from '../state/timeline';
import { selectedShade, shadePlace } from '../timeline/selected-span';

/** The track's inset, as the histogram and the ticks use it: the thumb's centre runs 8px in. */
const INSET_PX = 8;
const at = (fraction: number, px = 0) =>
  `calc(${INSET_PX + px}px + (100% - ${2 * INSET_PX}px) * ${fraction})`;

export function SpanShade({ start, end }: { start: number; end: number }) {
  const shade = selectedShade(selected.value);
  if (!shade) return null;
  const { left, width } = shadePlace(shade, start, end);
  if (width <= 0) return null;
  return (
    <div
      class="span-shade"
      role="img"
      aria-label={shade.label}
      title={shade.label}
      style={{ left: at(left), width: `calc((100% - ${2 * INSET_PX}px) * ${width})` }}
    />
  );
}
