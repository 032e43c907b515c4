// The histogram behind the slider: weekly stacked bars by kind, and bands for events dated only
// to a week or month, in the legend's colours, painted on a canvas (histogram-shapes.ts).
// Decorative: the slider carries the semantics.
import { memo } from 'preact/compat';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Histogram as Data } from '../timeline/histogram';
import { histogramShapes, paintShapes, type Shapes } from './histogram-shapes';

type Props = { data: Data; start: number; end: number };

/** Sizes the canvas to its box in device px and paints the shapes over it. */
function paint(canvas: HTMLCanvasElement, shapes: Shapes): void {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx) paintShapes(ctx, shapes, { width, height });
}

function Bars({ data, start, end }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const shapes = useMemo(() => histogramShapes(data, start, end), [data, start, end]);
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // Painted when observed (the first callback comes as observing starts, if the box has a
    // size) and whenever its size in device px changes: the track follows the window's width,
    // and a move to a screen of another pixel ratio changes only that.
    const resized = new ResizeObserver(() => paint(el, shapes));
    try {
      resized.observe(el, { box: 'device-pixel-content-box' });
    } catch {
      resized.observe(el); // Safari has no device-pixel box: css px changes only.
    }
    return () => resized.disconnect();
  }, [shapes]);
  return (
    <div class="histogram" aria-hidden="true">
      <canvas ref={canvas} />
    </div>
  );
}

/**
 * The bars re-render only when their data or range changes, never on a time step: the time bar
 * re-renders on each step.
 */
export const Histogram = memo(Bars);
