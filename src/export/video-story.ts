// A story as a video's frames: each step an equal share of the video, its date, window, layers
// and kinds from its first frame, the camera flying from the step before over the first part of
// the step (one camera per frame, see video-flight.ts) and then held, and its place, title and
// caption burnt in. Knows no app state: the steps come in as plain shots (state/story-video.ts).
import type { Day } from '../data/dates';
import { easeInOut, flightAt } from './video-flight';
import { type Camera, type FrameScene, MAX_SECONDS, MIN_SECONDS, type VideoFrame } from './video-plan';
import type { Cue } from './vtt';

/** One step of a story, as the video shows it. */
export type StoryShot = {
  day: Day;
  /** Window mode with this many days, or null for everything up to the day. */
  window: number | null;
  camera: Camera;
  scene: FrameScene;
  title: string;
  caption: string;
  /** The outlets of the sources the caption rests on, in the step's order. */
  outlets: readonly string[];
};

/** What a recording makes and saves: its frames, its captions, and the two files' names. */
export type VideoTake = { frames: VideoFrame[]; cues: Cue[]; names: { video: string; captions: string } };

/** How long a step is held when the length is not chosen: time to read a caption of three sentences. */
export const STEP_SECONDS = 4;
/** The camera flies over at most this share of a step… */
const MOVE_SHARE = 0.4;
/** …and never longer than this, so a long step is mostly still, for reading. */
const MOVE_SECONDS = 1.5;

/** The default length for a story of `steps` steps, inside the dialog's limits. */
export const storySeconds = (steps: number): number =>
  Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, steps * STEP_SECONDS));

/** The frame each step starts at, and the frame count last: every step gets its share, at least one. */
export function stepStarts(steps: number, seconds: number, fps: number): number[] {
  const total = Math.max(steps, Math.round(seconds * fps));
  return Array.from({ length: steps + 1 }, (_, i) => Math.round((i * total) / steps));
}

export type StoryVideo = {
  seconds: number;
  fps: number;
  /** The larger side of the map as the video draws it, in css px: how far a flight zooms out. */
  span: number;
};

/** The frames of one step: in flight from `from` (the step before's camera, if any), then still. */
function stepFrames(
  shot: StoryShot,
  heading: string,
  from: Camera | undefined,
  frames: number,
  v: StoryVideo,
): VideoFrame[] {
  const moving = from ? Math.min(Math.round(MOVE_SECONDS * v.fps), Math.floor(frames * MOVE_SHARE)) : 0;
  const still = { day: shot.day, window: shot.window, scene: shot.scene, heading, caption: shot.caption };
  return Array.from({ length: frames }, (_, f) => ({
    ...still,
    camera:
      from && f < moving ? flightAt(from, shot.camera, easeInOut((f + 1) / moving), v.span) : shot.camera,
  }));
}

/** Every frame of the story's video, in order; `seconds × fps` of them (one a step at least). */
export function storyFrames(shots: readonly StoryShot[], v: StoryVideo): VideoFrame[] {
  const starts = stepStarts(shots.length, v.seconds, v.fps);
  return shots.flatMap((shot, i) => {
    const heading = `Step ${i + 1} of ${shots.length}: ${shot.title.trim()}`;
    const frames = (starts[i + 1] ?? 0) - (starts[i] ?? 0);
    return stepFrames(shot, heading, shots[i - 1]?.camera, frames, v);
  });
}
