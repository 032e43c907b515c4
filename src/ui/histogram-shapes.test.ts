import { describe, expect, it } from 'vitest';
import { KIND_INFO } from '../data/kinds';
import { histogram } from '../timeline/histogram';
import { BAND_ALPHA, BAR_AREA, histogramShapes, LANE, type Painter, paintShapes } from './histogram-shapes';

const event = (day: number, kind: 'strike' | 'meeting', precision: 'day' | 'month' = 'day', end = day) => ({
  day,
  end,
  kind,
  date_precision: precision,
});

describe('histogram shapes', () => {
  // Day 0 is 1970-01-01, a Thursday: its week (Monday start) began on day −3.
  const data = histogram([
    event(0, 'strike'),
    event(1, 'strike'),
    event(2, 'meeting'),
    event(10, 'meeting', 'month', 40),
  ]);
  const shapes = histogramShapes(data, -3, 60);

  it('spans one unit a day, and the bars’ area with a lane per row of bands down', () => {
    expect(shapes.width).toBe(64);
    expect(shapes.height).toBe(BAR_AREA + data.lanes * LANE + 2);
  });

  it('stacks a week’s kinds in one bar, the tallest week filling the bars’ area', () => {
    const [strikes, meetings] = shapes.rects;
    expect(strikes).toMatchObject({
      x: 0.6,
      width: 5.8,
      color: KIND_INFO.strike.color,
      alpha: 1,
    });
    expect(strikes?.y).toBeCloseTo(BAR_AREA / 3);
    expect(strikes?.height).toBeCloseTo((2 / 3) * BAR_AREA);
    expect(meetings?.y).toBeCloseTo(0);
    expect(meetings?.height).toBeCloseTo(BAR_AREA / 3);
  });

  it('draws a month-dated event as a pale band from its first day to its last, under the bars', () => {
    const band = shapes.rects.at(-1);
    expect(band).toEqual({
      x: 13,
      width: 31,
      y: BAR_AREA + 2,
      height: LANE - 1,
      color: KIND_INFO.meeting.color,
      alpha: BAND_ALPHA,
    });
  });

  it('paints them stretched over the canvas, after clearing it', () => {
    const calls: unknown[][] = [];
    const state = { fillStyle: '', globalAlpha: 1 };
    const ctx = Object.assign(state, {
      setTransform: (...a: number[]) => calls.push(['transform', ...a]),
      clearRect: (...a: number[]) => calls.push(['clear', ...a]),
      fillRect: (...a: number[]) => calls.push(['fill', state.fillStyle, state.globalAlpha, ...a]),
    }) as unknown as Painter;
    paintShapes(ctx, shapes, { width: 640, height: 80 });
    expect(calls[0]).toEqual(['transform', 1, 0, 0, 1, 0, 0]);
    expect(calls[1]).toEqual(['clear', 0, 0, 640, 80]);
    expect(calls[2]).toEqual(['transform', 10, 0, 0, 80 / shapes.height, 0, 0]);
    expect(calls.slice(3)).toHaveLength(shapes.rects.length);
    expect(calls.at(-1)).toEqual([
      'fill',
      KIND_INFO.meeting.color,
      BAND_ALPHA,
      13,
      BAR_AREA + 2,
      31,
      LANE - 1,
    ]);
    expect(ctx.globalAlpha).toBe(1);
  });
});
