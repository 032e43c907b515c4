import { afterEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { KINDS } from '../data/kinds';
import { toVtt } from '../export/vtt';
import { applyHash } from './actions';
import { exitStory, startStory } from './story-actions';
import { catalogStory } from './story-catalog';
import { draftSteps, draftTitle, saveViewAsStep } from './story-draft';
import { useFakeStoryMap } from './story-fake-map';
import type { Story } from './story-schema';
import { recordableStories, storyShots, storyTake } from './story-video';

const story = (catalogStory('security-2025') as { story: Story }).story;
useFakeStoryMap();
afterEach(() => {
  exitStory();
  draftSteps.value = [];
  draftTitle.value = 'My story';
  applyHash('');
});

describe('storyShots', () => {
  it('shows each step as the story does: its date, window, camera, layers, kinds, highlight and sources', () => {
    const shots = storyShots(story);
    expect(shots).toHaveLength(story.steps.length);
    for (const [i, step] of story.steps.entries()) {
      const s = shots[i];
      expect(s?.day).toBe(parseIsoDate(step.date));
      expect(s?.window).toBe(step.mode === 'window' ? (step.window_days ?? 30) : null);
      expect(s?.camera).toEqual({
        lon: step.camera.center[0],
        lat: step.camera.center[1],
        zoom: step.camera.zoom,
        bearing: step.camera.bearing ?? 0,
      });
      expect(s?.scene.layers).toEqual(step.layers);
      expect(s?.scene.kinds).toEqual(step.kinds ?? KINDS);
      expect(s?.scene.highlight).toBe(step.highlight);
      expect(s?.outlets).toEqual(step.sources.map((x) => x.outlet));
    }
    // The July steps are windows of days, the first ones everything up to their day.
    expect(shots[0]?.window).toBeNull();
    expect(shots.at(-1)?.window).not.toBeNull();
  });

  it('makes a take of the whole story: its frames, a caption file with one cue per step, its names', () => {
    const seconds = story.steps.length * 4;
    const take = storyTake(story, seconds, { id: 'hd', width: 1280, height: 720, label: '' }, 'webm');
    expect(take.frames).toHaveLength(seconds * 30);
    expect(take.names).toEqual({
      video: 'golan-map-story-security-2025.webm',
      captions: 'golan-map-story-security-2025.vtt',
    });
    const blocks = toVtt(take.cues).trim().split('\n\n').slice(1);
    expect(blocks).toHaveLength(story.steps.length);
    const first = story.steps[0];
    expect(blocks[0]).toBe(
      `1\n00:00:00.000 --> 00:00:04.000\nStep 1: ${first?.title} — ${first?.caption} (JFeed, The Japan Times)`,
    );
    expect(blocks.at(-1)).toContain(
      `00:00:${seconds - 4}.000 --> 00:00:${seconds}.000\nStep ${story.steps.length}:`,
    );
  });
});

describe('recordableStories', () => {
  it('offers the stories that ship with the map, and the reader’s own once it has steps', () => {
    expect(recordableStories().map((r) => r.label)).toEqual([`${story.title} (${story.steps.length} steps)`]);
    saveViewAsStep();
    draftTitle.value = 'Sweida in July';
    const offered = recordableStories();
    expect(offered.map((r) => [r.key, r.label])).toEqual([
      ['catalog:security-2025', `${story.title} (${story.steps.length} steps)`],
      ['draft', 'Your story: Sweida in July (1 step)'],
    ]);
    expect(offered[1]?.story.steps).toEqual(draftSteps.value);
  });

  it('leaves out a draft the schema refuses, as Download would', () => {
    saveViewAsStep();
    draftSteps.value = draftSteps.value.map((s) => ({ ...s, caption: '' }));
    expect(recordableStories().map((r) => r.key)).toEqual(['catalog:security-2025']);
  });

  it('offers only the open story while one is open', () => {
    saveViewAsStep();
    startStory({ story, from: 'catalog' }, 2, 'jump');
    expect(recordableStories()).toEqual([
      { key: 'open', label: `This story: ${story.title} (${story.steps.length} steps)`, story },
    ]);
  });
});
