import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { applyHash } from './actions';
import { highlightedIds } from './highlight';
import { hash, linkProblems, view, visible } from './store';
import { openStory, stepIndex } from './story';
import { exitStory, nextStep, previousStep, showStep, startStory } from './story-actions';
import { catalogStory } from './story-catalog';
import { useFakeStoryMap } from './story-fake-map';
import type { Story } from './story-schema';
import { kindsVisible, mode, selectedId, time, windowDays } from './timeline';

const story = (catalogStory('security-2025') as { story: Story }).story;
const { moves } = useFakeStoryMap();

/** What a step sets, as the panel, the slider and the map read it. */
const shown = () => ({
  step: stepIndex.value,
  time: time.value,
  mode: mode.value,
  windowDays: windowDays.value,
  layers: [...visible.value].sort(),
  kinds: kindsVisible.value.size,
  selected: selectedId.value,
  highlighted: highlightedIds.value,
});

beforeEach(() => {
  applyHash('');
  moves.length = 0;
});
afterEach(() => {
  applyHash('');
});

describe('stepping through a story', () => {
  it('opens a link’s step with its date, mode, layers and camera, and keeps it in the link', () => {
    applyHash('#story=security-2025&step=11');
    const step = story.steps[10];
    expect(step).toBeDefined();
    if (!step) return;
    expect(shown()).toMatchObject({
      step: 10,
      time: parseIsoDate(step.date),
      mode: step.mode ?? 'cumulative',
      highlighted: step.highlight,
    });
    expect(step.highlight.length).toBeGreaterThan(0);
    expect(view.value).toMatchObject({ lon: step.camera.center[0], lat: step.camera.center[1] });
    expect(moves).toEqual([`jump ${step.camera.center.join(',')},${step.camera.zoom},0`]);
    expect(hash.value).toBe('story=security-2025&step=11');
    expect(linkProblems.value).toEqual([]);
  });

  it('shows exactly the same when stepped to as when opened by its link', () => {
    applyHash('#story=security-2025&step=1');
    for (let i = 1; i < 11; i++) nextStep();
    const stepped = shown();
    const flown = moves.at(-1);
    applyHash('#story=security-2025&step=11');
    expect(shown()).toEqual(stepped);
    expect(moves.at(-1)?.replace(/^jump/, 'fly')).toBe(flown);
  });

  it('stays inside the story at either end', () => {
    applyHash('#story=security-2025');
    previousStep();
    expect(stepIndex.value).toBe(0);
    showStep(story.steps.length + 5);
    expect(stepIndex.value).toBe(story.steps.length - 1);
  });

  it('says what was wrong with a link’s story and falls back', () => {
    applyHash('#story=security-2025&step=99');
    expect(stepIndex.value).toBe(story.steps.length - 1);
    expect(linkProblems.value).toEqual([
      `step=99: “The 2025 security track” has ${story.steps.length} steps; showing step ${story.steps.length}`,
    ]);
    applyHash('#story=no-such-story&t=2025-05-14');
    expect(openStory.value).toBeNull();
    expect(time.value).toBe(parseIsoDate('2025-05-14'));
    expect(linkProblems.value).toEqual(['story=no-such-story: there is no such story']);
  });

  it('restores the free map on exit, and a free-map link leaves the story', () => {
    applyHash('#map=7/33.1/36.2&layers=golan&t=2025-05-14&mode=window&win=10&event=riyadh-trump-sharaa');
    const free = { ...shown(), view: view.value };
    applyHash('#story=security-2025&step=2');
    nextStep();
    expect(stepIndex.value).toBe(2);
    exitStory();
    expect({ ...shown(), view: view.value }).toEqual({ ...free, view: { ...free.view, bearing: 0 } });
    expect(moves.at(-1)).toBe('jump 36.2,33.1,7,0');
    expect(hash.value).toBe(
      'map=7/33.100/36.200&layers=golan&t=2025-05-14&mode=window&win=10&event=riyadh-trump-sharaa',
    );
    applyHash('#story=security-2025&step=2');
    expect(highlightedIds.value).toEqual(story.steps[1]?.highlight);
    applyHash('#t=2025-05-14');
    expect(openStory.value).toBeNull();
    expect(highlightedIds.value).toEqual([]);
    expect(hash.value).toBe('layers=golan,buffer,quneitra,sweida,daraa&t=2025-05-14&mode=cumulative');
  });

  it('highlights each step’s own events, none on a step without any, and none once the story is left', () => {
    const [first, second] = story.steps as [Story['steps'][0], Story['steps'][0]];
    const own: Story = { ...story, id: 'own', steps: [first, { ...second, highlight: [] }, first] };
    startStory({ story: own, from: 'file' });
    expect(highlightedIds.value).toEqual(first.highlight);
    nextStep();
    expect(highlightedIds.value).toEqual([]);
    nextStep();
    const shownAgain = highlightedIds.value;
    expect(shownAgain).toEqual(first.highlight);
    // The same step's list, not a copy: the layers look its events up only when it changes.
    showStep(2);
    expect(highlightedIds.value).toBe(shownAgain);
    exitStory();
    expect(highlightedIds.value).toEqual([]);
  });
});
