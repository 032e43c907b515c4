// The histogram's rectangles as data, in its own units: one per day across, the bars' area and
// the bands' lanes down. Histogram.tsx paints them on a canvas stretched to the track, as the
// SVG they replaced was (6,400 rects at 100k imported events: creating them as elements held
// the page 0.1 s after an import, and 0.15 s at a million).
import { KIND_INFO } from '../data/kinds';
import type { Histogram } from '../timeline/histogram';

export const BAR_AREA = 34;
export const LANE = 3;
/** A band's opacity: week- or month-dated events are paler than the bars of exact days. */
export const BAND_ALPHA = 0.55;

export type Shape = { x: number; y: number; width: number; height: number; color: string; alpha: number };
/** The rectangles, bars first, and the size of the area they are drawn in. */
export type Shapes = { width: number; height: number; rects: Shape[] };

export function histogramShapes(data: Histogram, start: number, end: number): Shapes {
  const width = Math.max(1, end - start + 1);
  const height = BAR_AREA + data.lanes * LANE + 2;
  const unit = BAR_AREA / data.maxTotal;
  const rects: Shape[] = [];
  for (const bin of data.bins)
    for (const s of bin.stack)
      rects.push({
        x: bin.start - start + 0.6,
        width: 5.8,
        y: BAR_AREA - (s.from + s.count) * unit,
        height: s.count * unit,
        color: KIND_INFO[s.kind].color,
        alpha: 1,
      });
  for (const b of data.bands)
    rects.push({
      x: b.from - start,
      width: b.to - b.from + 1,
      y: BAR_AREA + 2 + b.lane * LANE,
      height: LANE - 1,
      color: KIND_INFO[b.kind].color,
      alpha: BAND_ALPHA,
    });
  return { width, height, rects };
}

/** What painting needs of a canvas's 2D context (a recording stand-in in the tests). */
export type Painter = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'clearRect' | 'fillRect' | 'fillStyle' | 'globalAlpha'
>;

/** Clears the canvas of `size` device px and paints the shapes stretched over it. */
export function paintShapes(ctx: Painter, shapes: Shapes, size: { width: number; height: number }): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.setTransform(size.width / shapes.width, 0, 0, size.height / shapes.height, 0, 0);
  for (const r of shapes.rects) {
    ctx.globalAlpha = r.alpha;
    ctx.fillStyle = r.color;
    ctx.fillRect(r.x, r.y, r.width, r.height);
  }
  ctx.globalAlpha = 1;
}
