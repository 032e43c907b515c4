// The histogram behind the slider: weekly stacked bars by kind, and bands for events dated only
// to a week or month, in the legend's colours. Decorative: the slider carries the semantics.
import { memo } from 'preact/compat';
import { KIND_INFO } from '../data/kinds';
import type { Histogram as Data } from '../timeline/histogram';

const BAR_AREA = 34;
const LANE = 3;

type Props = { data: Data; start: number; end: number };

function Bars({ data, start, end }: Props) {
  const span = Math.max(1, end - start + 1);
  const height = BAR_AREA + data.lanes * LANE + 2;
  const x = (day: number) => day - start;
  const unit = BAR_AREA / data.maxTotal;
  return (
    <svg class="histogram" viewBox={`0 0 ${span} ${height}`} preserveAspectRatio="none" aria-hidden="true">
      {data.bins.flatMap((bin) =>
        bin.stack.map((s) => (
          <rect
            key={`${bin.start}-${s.kind}`}
            x={x(bin.start) + 0.6}
            width={5.8}
            y={BAR_AREA - (s.from + s.count) * unit}
            height={s.count * unit}
            fill={KIND_INFO[s.kind].color}
          />
        )),
      )}
      {data.bands.map((b) => (
        <rect
          key={`${b.kind}-${b.from}-${b.to}`}
          class="band"
          x={x(b.from)}
          width={b.to - b.from + 1}
          y={BAR_AREA + 2 + b.lane * LANE}
          height={LANE - 1}
          fill={KIND_INFO[b.kind].color}
          fill-opacity="0.55"
        />
      ))}
    </svg>
  );
}

/**
 * The bars re-render only when their data or range changes, never on a time step: the time bar
 * re-renders on each step, and re-diffing a few thousand unchanged rects cost 10–15 ms of one
 * (bench/scrub-profile.mjs at 100k events).
 */
export const Histogram = memo(Bars);
