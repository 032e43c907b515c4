// Every change to app state goes through these plain functions.
import { batch } from '@preact/signals';
import { KINDS } from '../data/kinds';
import { DEFAULT_VISIBLE, type ToggleId } from '../layers/ids';
import { DEFAULT_WINDOW_DAYS } from '../timeline/visibility';
import { parseHash, type View } from './hash';
import { setMember } from './set-member';
import { embedMode, linkProblems, view, visible } from './store';
import { openStory, storyErrors } from './story';
import { leaveStoryForLink, openStoryFromLink } from './story-actions';
import { dataErrors, kindsVisible, mode, previousTime, selectedId, time, windowDays } from './timeline';

export const setLayerVisible = (id: ToggleId, on: boolean) => setMember(visible, id, on);

export function setView(next: View): void {
  const cur = view.value;
  const same = cur && cur.zoom === next.zoom && cur.lat === next.lat && cur.lon === next.lon;
  if (same && (cur.bearing ?? 0) === (next.bearing ?? 0)) return;
  view.value = next;
}

/**
 * Applies a link: what it names replaces the state, what it omits gets the defaults. A link with
 * a story opens it at its step, which decides the view; one without leaves an open story.
 */
export function applyHash(hash: string): void {
  const parsed = parseHash(hash);
  batch(() => {
    linkProblems.value = parsed.problems;
    embedMode.value = parsed.embed ?? false;
    if (parsed.story !== undefined && openStoryFromLink(parsed.story, parsed.step)) return;
    if (openStory.peek()) leaveStoryForLink();
    view.value = parsed.view ?? null;
    visible.value = new Set(parsed.layers ?? DEFAULT_VISIBLE);
    time.value = parsed.time ?? null;
    previousTime.value = null;
    mode.value = parsed.mode ?? 'cumulative';
    windowDays.value = parsed.windowDays ?? DEFAULT_WINDOW_DAYS;
    selectedId.value = parsed.event ?? null;
    kindsVisible.value = new Set(parsed.kinds ?? KINDS);
  });
}

/** What else in the link could not be used (its `?data=`): said beside the hash's problems. */
export function reportLinkProblems(problems: readonly string[]): void {
  if (problems.length > 0) linkProblems.value = [...linkProblems.value, ...problems];
}

export function dismissLinkProblems(): void {
  batch(() => {
    linkProblems.value = [];
    dataErrors.value = [];
    storyErrors.value = [];
  });
}
