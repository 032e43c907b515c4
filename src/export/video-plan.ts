// What a video export shows, frame by frame, as data: the day (and window) each frame is set to,
// the camera, and a caption. The time-span export makes it from a span and a duration; a story
// can make one from its steps and hand it to the same recorder. Pure, so it is unit-tested.
import type { Day } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';

/** Where the camera looks: the map's own centre and zoom, as in a link, and a story's bearing. */
export type Camera = { lon: number; lat: number; zoom: number; bearing?: number };

/** What a story step shows besides time and camera: its layer toggles, kinds, highlighted events. */
export type FrameScene = { layers: readonly string[]; kinds: readonly Kind[]; highlight: readonly string[] };

export type VideoFrame = {
  day: Day;
  /** Window mode with this many days, or null for everything up to the day. */
  window: number | null;
  /** Null: the view on screen when the export began, framed for the video's size. */
  camera: Camera | null;
  /** Absent: the layers and kinds on screen when the export began. */
  scene?: FrameScene;
  /** Burnt in along the bottom in bold, above the caption (a story step's place and title). */
  heading?: string;
  /** Burnt in along the bottom (a story step's caption). */
  caption?: string;
};

export type VideoSize = { id: string; width: number; height: number; label: string };

/** 1280 × 720 first, the default; the small one is for a quick look before the real thing. */
export const VIDEO_SIZES: readonly VideoSize[] = [
  { id: '1280x720', width: 1280, height: 720, label: '1280 × 720 (HD)' },
  { id: '1920x1080', width: 1920, height: 1080, label: '1920 × 1080 (Full HD)' },
  { id: '1080x1080', width: 1080, height: 1080, label: '1080 × 1080 (square)' },
  { id: '640x360', width: 640, height: 360, label: '640 × 360 (quick preview)' },
];

export const VIDEO_FPS = 30;
export const DEFAULT_SECONDS = 20;
export const MIN_SECONDS = 1;
export const MAX_SECONDS = 300;

/**
 * How big the map is drawn for a video: css px and device pixels per css px. Labels and lines
 * keep the size they have in a 720-line picture, so a 1080p video shows the same map, sharper,
 * rather than more of it in smaller print; below 720 lines the map is drawn at 1:1.
 */
export function renderScale(size: Pick<VideoSize, 'width' | 'height'>): {
  width: number;
  height: number;
  pixelRatio: number;
} {
  const pixelRatio = Math.max(1, Math.min(size.width, size.height) / 720);
  return {
    width: Math.round(size.width / pixelRatio),
    height: Math.round(size.height / pixelRatio),
    pixelRatio,
  };
}

/** At the end the last day stays on screen this long (at most), so the viewer can read it. */
const HOLD_SECONDS = 2;
/** …and never more than this share of the video. */
const HOLD_SHARE = 0.15;

export type SpanPlan = {
  start: Day;
  end: Day;
  seconds: number;
  fps: number;
  window: number | null;
};

/**
 * The frames of a time-span export: the days from start to end spread evenly over the video,
 * each shown for as long as the others, then a short hold on the last.
 */
export function spanFrames(p: SpanPlan): VideoFrame[] {
  const [start, end] = p.start <= p.end ? [p.start, p.end] : [p.end, p.start];
  const count = Math.max(2, Math.round(p.seconds * p.fps));
  const hold = Math.min(Math.round(HOLD_SECONDS * p.fps), Math.floor(count * HOLD_SHARE));
  const moving = count - hold;
  // Each day of the span gets an equal share of the moving frames, the last day included.
  const dayAt = (i: number) => (i >= moving ? end : start + Math.floor((i * (end - start + 1)) / moving));
  return Array.from({ length: count }, (_, i) => ({
    day: dayAt(i),
    window: p.window,
    camera: null,
  }));
}

/** The same camera: both the view on screen (null), or the same place, zoom and bearing. */
export const sameCamera = (a: Camera | null, b: Camera | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.lon === b.lon &&
    a.lat === b.lat &&
    a.zoom === b.zoom &&
    (a.bearing ?? 0) === (b.bearing ?? 0));

/** A story's frames share their step's scene object, so identity is the test. */
const sameScene = (a: FrameScene | undefined, b: FrameScene | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.layers === b.layers &&
    a.kinds === b.kinds &&
    a.highlight === b.highlight);

/** Two frames that would draw the same picture: the map is drawn once for both. */
export const sameFrame = (a: VideoFrame, b: VideoFrame): boolean =>
  a.day === b.day &&
  a.window === b.window &&
  a.heading === b.heading &&
  a.caption === b.caption &&
  sameScene(a.scene, b.scene) &&
  sameCamera(a.camera, b.camera);

/** Per kind, its events' first days in ascending order (an event index's byKind). */
type DaysByKind = Record<Kind, ArrayLike<number>>;

/**
 * The default span: from the first to the last day an event of a shown kind begins, over every
 * shown set; null when none is shown.
 */
export function eventSpan(
  sets: readonly DaysByKind[],
  kinds: ReadonlySet<Kind>,
): { start: Day; end: Day } | null {
  let [start, end] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const byKind of sets) {
    for (const k of KINDS) {
      const days = byKind[k];
      if (!kinds.has(k) || days.length === 0) continue;
      start = Math.min(start, days[0] as number);
      end = Math.max(end, days[days.length - 1] as number);
    }
  }
  return start <= end ? { start, end } : null;
}
