// The captions beside a video: one cue per event as it appears on the map ("date · title ·
// outlet"), found with the time index frame by frame as the recorder steps the days, and a
// story's steps as cues of their own. Pure over the events' tables, so it is unit-tested.
import { type Day, formatWhen } from '../data/dates';
import { recordAt } from '../data/event-table';
import type { EventRecord } from '../data/events';
import type { Kind } from '../data/kinds';
import type { PreparedEvents } from '../import/prepared';
import { startedSince } from '../timeline/event-index';
import type { TimeState } from '../timeline/visibility';
import type { VideoFrame } from './video-plan';
import type { Cue } from './vtt';

/** "Reuters, AP": every outlet once, in the sources' order. */
const outletList = (outlets: readonly string[]): string =>
  [...new Set(outlets.map((o) => o.trim()).filter(Boolean))].join(', ');

/** "13–19 July 2025 · Clashes in Sweida · Reuters, AP": every outlet once, in the sources' order. */
export function cueText(
  e: Pick<EventRecord, 'day' | 'end' | 'date_precision' | 'title' | 'sources'>,
): string {
  const outlets = outletList(e.sources.map((s) => s.outlet));
  return [formatWhen(e), e.title.trim(), outlets].filter(Boolean).join(' · ');
}

/** The events that first show at a frame (at most `limit`, oldest first), and how many more did. */
export type Appearance = { frame: number; events: EventRecord[]; more: number };

/** Past this many events appearing in one frame, the rest are one cue: "and 1,204 more events". */
export const CUES_PER_FRAME = 20;

const stateOf = (f: VideoFrame, kinds: ReadonlySet<Kind>): TimeState => ({
  time: f.day,
  mode: f.window === null ? 'cumulative' : 'window',
  windowDays: f.window ?? 1,
  kinds,
});

/**
 * What each frame reveals: events of a shown kind whose first day falls after the previous
 * frame's day, up to the frame's (on the first frame, those that begin on its day). A frame that
 * goes back in time (a story's step) reveals nothing new by this rule.
 */
export function appearances(
  sets: readonly Pick<PreparedEvents, 'table' | 'index'>[],
  frames: readonly VideoFrame[],
  kinds: ReadonlySet<Kind>,
  limit = CUES_PER_FRAME,
): Appearance[] {
  const out: Appearance[] = [];
  let previous: Day | null = null;
  frames.forEach((f, frame) => {
    const from = previous ?? f.day - 1;
    previous = f.day;
    if (f.day <= from) return;
    let total = 0;
    const found: EventRecord[] = [];
    for (const { table, index } of sets) {
      const step = startedSince(table, index, from, stateOf(f, kinds), limit);
      total += step.total;
      found.push(...step.newest.map((p) => recordAt(table, p)));
    }
    if (total === 0) return;
    const events = found.sort((a, b) => a.day - b.day).slice(-limit);
    out.push({ frame, events, more: total - events.length });
  });
  return out;
}

/** A cue stays until the next event appears, but at least this long… */
const MIN_CUE_SECONDS = 2;
/** …and at most this long, so a quiet stretch is not captioned by an old event. */
const MAX_CUE_SECONDS = 5;

/** The cues of the events as they appear, never past the video's end. */
export function eventCues(list: readonly Appearance[], frameCount: number, fps: number): Cue[] {
  const videoEnd = frameCount / fps;
  return list.flatMap((a, j) => {
    const start = a.frame / fps;
    const next = (list[j + 1]?.frame ?? frameCount) / fps;
    const end = Math.min(videoEnd, start + MAX_CUE_SECONDS, Math.max(start + MIN_CUE_SECONDS, next));
    const texts = a.events.map(cueText);
    if (a.more > 0) texts.push(`and ${a.more.toLocaleString('en')} more events`);
    return texts.map((text) => ({ start, end, text }));
  });
}

/**
 * A story's cues, one per step for as long as it is on screen: "Step 2: Title — caption
 * (Reuters, AP)", so the video carries what each step rests on. `starts` is stepStarts's.
 */
export function storyCues(
  steps: readonly { title: string; caption: string; outlets: readonly string[] }[],
  starts: readonly number[],
  fps: number,
): Cue[] {
  return steps.map((step, i) => {
    const outlets = outletList(step.outlets);
    const text = `Step ${i + 1}: ${step.title.trim()} — ${step.caption.trim()}`;
    return {
      start: (starts[i] ?? 0) / fps,
      end: (starts[i + 1] ?? 0) / fps,
      text: outlets ? `${text} (${outlets})` : text,
    };
  });
}
