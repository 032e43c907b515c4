// What one frame of an event layer draws, worked out on the CPU from its arrays and state: the
// points' slice, where in it the events a forward step just revealed begin (the pulse marks
// them, so they are drawn over the kept picture at every frame of it, not kept), where the spans
// that may be going on begin (their halos are drawn over it too), and what the kept pictures
// depend on besides the camera. No GL here, so it is tested as data.
import { lowerBound, upperBound } from '../../data/sorted';
import { type EventArrays, visibleRange } from '../../layers/event-drawing/arrays';
import { heldAlike, spanEnds } from '../../layers/event-drawing/extension';
import type { Reach } from './frame-cache';
import { type EventLayerState, pointLook } from './programs';

export type FramePlan = {
  /** The points' slice [from, to) that may show: begun by T, late enough to run into the window. */
  points: [number, number];
  /** Where the pulsing points begin in it: its end when nothing pulses. The kept picture reaches here. */
  pulsing: number;
  /** The part of the slice where a span going on now may be: its halo is drawn over the markers. */
  halos: [number, number];
  /** The events the frame may draw: the slice and every region circle. */
  events: number;
  /** What the points' kept picture depends on from the state: the slice's start, the dots' look, the day if they fade by it. */
  state: number[];
  /** The region circles begun by T: their kept picture reaches here. */
  regions: number;
  /** What the region circles' kept picture depends on from the state, likewise. */
  ground: number[];
};

const NOTHING: FramePlan = {
  points: [0, 0],
  pulsing: 0,
  halos: [0, 0],
  events: 0,
  regions: 0,
  state: [],
  ground: [],
};

/** In cumulative mode the window is huge and nothing fades (glsl-parts.ts FADE). */
const fadesByDay = (s: EventLayerState) => s.windowDays < 1e8;

export function framePlan(a: EventArrays | null, s: EventLayerState, zoom: number): FramePlan {
  if (!a) return NOTHING;
  const points = visibleRange(a.points, s.windowStart, s.time);
  const [from, to] = points;
  const revealed = s.pulse < 1 ? upperBound(a.points.days, s.revealedFrom) : to;
  const look = pointLook(zoom, to - from);
  const byDay = fadesByDay(s) ? s.time : 0;
  // A span going on at T began at most maxSpan days before it.
  const spans = spanEnds(a.points).at.length > 0;
  const halosFrom = spans ? Math.max(from, lowerBound(a.points.days, s.time - a.points.maxSpan)) : to;
  return {
    points,
    pulsing: Math.max(from, Math.min(to, revealed)),
    halos: [halosFrom, to],
    events: to - from + a.regions.count,
    regions: upperBound(a.regions.days, s.time),
    state: [from, look.radius, look.edge, s.windowStart, byDay],
    ground: [s.windowStart, byDay],
  };
}

/**
 * Whether the region circles' picture kept (those begun by its day, in day order, then the marks
 * of the highlighted ones) shows them as `day` would, under any begun since: none's "going on"
 * ring comes or goes between the days, and no mark would have to go over the circles added.
 * (A picture of points holds on any day: their markers do not change with it, and their halos
 * are drawn over them at every frame.)
 */
export const groundHolds = (a: EventArrays, marks: Int32Array, kept: Reach, day: number) =>
  marks.length === 0 && heldAlike(a.regions, kept.reach, kept.day, day);
