import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import { eventSpan, renderScale, sameFrame, spanFrames, VIDEO_SIZES } from './video-plan';

const day = (iso: string) => parseIsoDate(iso) as number;

describe('spanFrames', () => {
  const plan = { start: day('2025-01-01'), end: day('2025-01-31'), seconds: 2, fps: 30, window: null };

  /** How many frames show each day, in order. */
  const runs = (days: number[]) => {
    const out = new Map<number, number>();
    for (const d of days) out.set(d, (out.get(d) ?? 0) + 1);
    return out;
  };

  it('makes seconds × fps frames over every day of the span, then holds the last', () => {
    const frames = spanFrames(plan);
    expect(frames).toHaveLength(60);
    expect(frames[0]?.day).toBe(plan.start);
    // 15 % of 60 frames hold the end; the 51 before show the 31 days.
    expect(frames.slice(51).every((f) => f.day === plan.end)).toBe(true);
    expect(frames[50]?.day).toBe(plan.end);
    expect(runs(frames.slice(0, 51).map((f) => f.day)).size).toBe(31);
  });

  it('never goes back in time and gives each day the same time, give or take a frame', () => {
    const frames = spanFrames({ ...plan, seconds: 20 });
    const days = frames.map((f) => f.day);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThanOrEqual(days[i - 1] as number);
    // A long video holds the end for 2 s (60 frames), no more; 540 frames show 31 days.
    const shares = [...runs(days.slice(0, 540)).values()];
    expect(shares).toHaveLength(31);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    expect(days.slice(540).every((d) => d === plan.end)).toBe(true);
  });

  it('keeps the window and the screen camera on every frame; one day stays that day', () => {
    const frames = spanFrames({ ...plan, end: plan.start, window: 30 });
    expect(frames.every((f) => f.day === plan.start && f.window === 30 && f.camera === null)).toBe(true);
  });

  it('takes the span either way round and makes at least two frames', () => {
    expect(spanFrames({ ...plan, start: plan.end, end: plan.start })[0]?.day).toBe(plan.start);
    expect(spanFrames({ ...plan, seconds: 0 })).toHaveLength(2);
  });
});

describe('sameFrame', () => {
  const f = { day: 5, window: null, camera: null };
  it('is true only for frames that draw the same picture', () => {
    expect(sameFrame(f, { ...f })).toBe(true);
    expect(sameFrame(f, { ...f, day: 6 })).toBe(false);
    expect(sameFrame(f, { ...f, window: 30 })).toBe(false);
    expect(sameFrame(f, { ...f, caption: 'x' })).toBe(false);
    const c = { lon: 1, lat: 2, zoom: 3 };
    expect(sameFrame({ ...f, camera: c }, { ...f, camera: { ...c } })).toBe(true);
    expect(sameFrame({ ...f, camera: c }, { ...f, camera: { ...c, zoom: 4 } })).toBe(false);
    expect(sameFrame({ ...f, camera: c }, f)).toBe(false);
    // A bearing of 0 is no bearing; any other turns the picture.
    expect(sameFrame({ ...f, camera: c }, { ...f, camera: { ...c, bearing: 0 } })).toBe(true);
    expect(sameFrame({ ...f, camera: c }, { ...f, camera: { ...c, bearing: 10 } })).toBe(false);
    expect(sameFrame(f, { ...f, heading: 'Step 1 of 2: x' })).toBe(false);
  });

  it('tells story steps apart by their scene, which their frames share', () => {
    const scene = { layers: ['golan'], kinds: ['strike' as const], highlight: ['a'] };
    expect(sameFrame({ ...f, scene }, { ...f, scene })).toBe(true);
    expect(sameFrame({ ...f, scene }, { ...f, scene: { ...scene } })).toBe(true);
    expect(sameFrame({ ...f, scene }, { ...f, scene: { ...scene, layers: [] } })).toBe(false);
    expect(sameFrame({ ...f, scene }, { ...f, scene: { ...scene, highlight: [] } })).toBe(false);
    expect(sameFrame({ ...f, scene }, f)).toBe(false);
  });
});

describe('renderScale', () => {
  it('draws 720 lines at 1:1 and more lines at a higher pixel ratio, to the exact size', () => {
    for (const size of VIDEO_SIZES) {
      const s = renderScale(size);
      expect(s.width * s.pixelRatio).toBe(size.width);
      expect(s.height * s.pixelRatio).toBe(size.height);
    }
    expect(renderScale({ width: 1280, height: 720 })).toEqual({ width: 1280, height: 720, pixelRatio: 1 });
    expect(renderScale({ width: 1920, height: 1080 })).toEqual({ width: 1280, height: 720, pixelRatio: 1.5 });
    expect(renderScale({ width: 640, height: 360 }).pixelRatio).toBe(1);
  });
});

describe('eventSpan', () => {
  const empty = () => Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  it('spans the first to the last event of a shown kind over every set', () => {
    const a = { ...empty(), strike: [10, 20], meeting: [5, 40] };
    const b = { ...empty(), clash: [50] };
    expect(eventSpan([a, b], new Set(KINDS))).toEqual({ start: 5, end: 50 });
    expect(eventSpan([a, b], new Set<Kind>(['strike']))).toEqual({ start: 10, end: 20 });
    expect(eventSpan([a], new Set<Kind>(['clash']))).toBeNull();
  });
});
