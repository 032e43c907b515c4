// Opening a story, stepping through it and leaving it. A step sets the date, mode, window,
// layers, kinds and the events it highlights as signals (so the user can still scrub and
// toggle), and asks the map for its
// camera once (MapCommands.showCamera): the user can pan away, and Next resumes the story.
import { batch } from '@preact/signals';
import { type Day, parseIsoDate } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import type { ToggleId } from '../layers/ids';
import { DEFAULT_WINDOW_DAYS, type Mode } from '../timeline/visibility';
import type { View } from './hash';
import { highlightedIds, NO_HIGHLIGHT } from './highlight';
import { type CameraMove, mapCommands } from './map-commands';
import { linkProblems, view, visible } from './store';
import { type OpenStory, openStory, stepIndex } from './story';
import { catalogStory } from './story-catalog';
import type { Step } from './story-schema';
import { kindsVisible, mode, previousTime, selectedId, time, windowDays } from './timeline';

/** The free map as it was before the story opened: Exit story puts it back. */
type FreeMap = {
  view: View | null;
  visible: ReadonlySet<ToggleId>;
  time: Day | null;
  mode: Mode;
  windowDays: number;
  kinds: ReadonlySet<Kind>;
  selected: string | null;
};

let before: FreeMap | null = null;

const freeMapNow = (): FreeMap => ({
  view: view.peek(),
  visible: visible.peek(),
  time: time.peek(),
  mode: mode.peek(),
  windowDays: windowDays.peek(),
  kinds: kindsVisible.peek(),
  selected: selectedId.peek(),
});

export const stepView = (step: Step): View => ({
  lon: step.camera.center[0],
  lat: step.camera.center[1],
  zoom: step.camera.zoom,
  bearing: step.camera.bearing ?? 0,
});

/** Everything but the camera, as signals: the same whichever way the step was reached. */
function applyStepState(step: Step): void {
  time.value = parseIsoDate(step.date);
  // No "revealed" announcement or pulse: the step's caption is what is said.
  previousTime.value = null;
  mode.value = step.mode ?? 'cumulative';
  windowDays.value = step.window_days ?? DEFAULT_WINDOW_DAYS;
  visible.value = new Set(step.layers);
  kindsVisible.value = new Set(step.kinds ?? KINDS);
  selectedId.value = null;
  highlightedIds.value = step.highlight.length > 0 ? step.highlight : NO_HIGHLIGHT;
}

/** Shows step `index` (from 0, kept inside the story); `fly` between steps, `jump` for a link. */
export function showStep(index: number, move: CameraMove = 'fly'): void {
  const open = openStory.peek();
  if (!open) return;
  const last = open.story.steps.length - 1;
  const at = Math.min(last, Math.max(0, Math.round(index)));
  const step = open.story.steps[at] as Step;
  const camera = stepView(step);
  batch(() => {
    stepIndex.value = at;
    applyStepState(step);
    // A link's step: the view signal too, so a map not yet made opens there.
    if (move === 'jump') view.value = camera;
  });
  mapCommands.showCamera({ ...camera, bearing: camera.bearing ?? 0 }, move);
}

export const nextStep = () => showStep(stepIndex.peek() + 1);
export const previousStep = () => showStep(stepIndex.peek() - 1);

/** Opens a story at a step; the free map is kept to go back to, unless a story was open already. */
export function startStory(open: OpenStory, index = 0, move: CameraMove = 'fly'): void {
  before ??= freeMapNow();
  openStory.value = open;
  showStep(index, move);
}

/** Back to the free map as it was before the story (or the defaults, if it opened from a link). */
export function exitStory(): void {
  const free = before;
  before = null;
  if (free?.view) mapCommands.showCamera({ ...free.view, bearing: 0 }, 'jump');
  batch(() => {
    openStory.value = null;
    stepIndex.value = 0;
    highlightedIds.value = NO_HIGHLIGHT;
    if (!free) return;
    view.value = free.view && { ...free.view, bearing: 0 };
    visible.value = free.visible;
    time.value = free.time;
    previousTime.value = null;
    mode.value = free.mode;
    windowDays.value = free.windowDays;
    kindsVisible.value = free.kinds;
    selectedId.value = free.selected;
  });
}

/** A link left the story (the user typed or went back to a free-map link): that link rules. */
export function leaveStoryForLink(): void {
  before = null;
  batch(() => {
    openStory.value = null;
    stepIndex.value = 0;
    highlightedIds.value = NO_HIGHLIGHT;
  });
}

/**
 * The link's story= and step=: opens it there, or says why not. Returns whether it opened; when
 * not, the rest of the link applies. A step past the end shows the last, and the notice says so.
 */
export function openStoryFromLink(id: string, step: number | undefined): boolean {
  const found = catalogStory(id);
  if ('problems' in found) {
    linkProblems.value = [...linkProblems.peek(), ...found.problems];
    if (openStory.peek()) leaveStoryForLink();
    return false;
  }
  const count = found.story.steps.length;
  if (step !== undefined && step > count) {
    linkProblems.value = [
      ...linkProblems.peek(),
      `step=${step}: “${found.story.title}” has ${count} steps; showing step ${count}`,
    ];
  }
  startStory({ story: found.story, from: 'catalog' }, (step ?? 1) - 1, 'jump');
  return true;
}
