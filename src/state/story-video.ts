// What a story's video needs from the app's state: the steps as the video's shots and frames,
// the stories the video dialog can record, and a step's scene (layers, kinds, highlighted
// events) set as the story sets it, with the state a recording changes kept and put back
// exactly afterwards.
import { batch } from '@preact/signals';
import { parseIsoDate } from '../data/dates';
import { KINDS } from '../data/kinds';
import { storyCues } from '../export/video-cues';
import type { VideoFormat } from '../export/video-encode';
import { storyFileNames } from '../export/video-files';
import { type FrameScene, renderScale, VIDEO_FPS, type VideoSize } from '../export/video-plan';
import { type StoryShot, stepStarts, storyFrames, type VideoTake } from '../export/video-story';
import { TOGGLES } from '../layers/ids';
import { DEFAULT_WINDOW_DAYS } from '../timeline/visibility';
import { highlightedIds, NO_HIGHLIGHT } from './highlight';
import { visible } from './store';
import { openStory } from './story';
import { stepView } from './story-actions';
import { CATALOG_IDS, catalogStory } from './story-catalog';
import { draftStory } from './story-draft';
import type { Story } from './story-schema';
import { kindsVisible, mode, playing, previousTime, selectedId, time, windowDays } from './timeline';
import { setTime, showLatest } from './timeline-actions';

/** The story's steps as the video shows them: the same date, window, camera, layers and kinds. */
export function storyShots(story: Story): StoryShot[] {
  return story.steps.map((step) => ({
    day: parseIsoDate(step.date) ?? 0,
    window: step.mode === 'window' ? (step.window_days ?? DEFAULT_WINDOW_DAYS) : null,
    camera: { bearing: 0, ...stepView(step) },
    scene: { layers: step.layers, kinds: step.kinds ?? KINDS, highlight: step.highlight },
    title: step.title,
    caption: step.caption,
    outlets: step.sources.map((s) => s.outlet),
  }));
}

/** The story as a video: step by step, the camera flying between steps; one cue per step. */
export function storyTake(story: Story, seconds: number, size: VideoSize, format: VideoFormat): VideoTake {
  const shots = storyShots(story);
  const drawn = renderScale(size);
  const span = Math.max(drawn.width, drawn.height);
  const frames = storyFrames(shots, { seconds, fps: VIDEO_FPS, span });
  const cues = storyCues(shots, stepStarts(shots.length, seconds, VIDEO_FPS), VIDEO_FPS);
  return { frames, cues, names: storyFileNames(story.id, format) };
}

/** A story the video dialog offers, under a key its form can hold. */
export type RecordableStory = { key: string; label: string; story: Story };

const stepsOf = (story: Story) => `${story.steps.length} ${story.steps.length === 1 ? 'step' : 'steps'}`;

/**
 * The open story alone while one is open; otherwise the stories that ship with the map and the
 * reader's own, when it has steps the schema accepts.
 */
export function recordableStories(): RecordableStory[] {
  const open = openStory.peek();
  if (open)
    return [
      { key: 'open', label: `This story: ${open.story.title} (${stepsOf(open.story)})`, story: open.story },
    ];
  const shipped = CATALOG_IDS.flatMap((id) => {
    const found = catalogStory(id);
    if (!('story' in found)) return [];
    const { story } = found;
    return [{ key: `catalog:${id}`, label: `${story.title} (${stepsOf(story)})`, story }];
  });
  const draft = draftStory();
  const own =
    'story' in draft
      ? [
          {
            key: 'draft',
            label: `Your story: ${draft.story.title} (${stepsOf(draft.story)})`,
            story: draft.story,
          },
        ]
      : [];
  return [...shipped, ...own];
}

/** A step's layers, kinds and highlighted events, as the story sets them; nothing selected. */
export function showScene(scene: FrameScene): void {
  batch(() => {
    visible.value = new Set(TOGGLES.filter((t) => scene.layers.includes(t)));
    kindsVisible.value = new Set(scene.kinds);
    selectedId.value = null;
    highlightedIds.value = scene.highlight.length > 0 ? scene.highlight : NO_HIGHLIGHT;
  });
}

/**
 * Keeps what a recording changes (time, its "latest", mode, window, layers, kinds, selection,
 * highlight; Play is paused meanwhile, or it would move the date under the frames) and returns
 * the way back to exactly that, through the same actions the slider uses.
 */
export function keepMapState(): () => void {
  const kept = {
    time: time.peek(),
    previous: previousTime.peek(),
    mode: mode.peek(),
    windowDays: windowDays.peek(),
    visible: visible.peek(),
    kinds: kindsVisible.peek(),
    selected: selectedId.peek(),
    highlight: highlightedIds.peek(),
    playing: playing.peek(),
  };
  playing.value = false;
  return () =>
    batch(() => {
      [mode.value, windowDays.value] = [kept.mode, kept.windowDays];
      [visible.value, kindsVisible.value, selectedId.value] = [kept.visible, kept.kinds, kept.selected];
      highlightedIds.value = kept.highlight;
      if (kept.time === null) showLatest();
      else setTime(kept.time);
      previousTime.value = kept.previous;
      playing.value = kept.playing;
    });
}
