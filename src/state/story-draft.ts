// A story the user makes: "Save view as step" takes the view as it is (date, mode, window,
// layers, kinds, camera, the selected event and its sources) as a step whose title and caption
// they can edit; the story downloads as JSON in the same schema and opens again by a drop.
import { signal } from '@preact/signals';
import { formatDay, toIsoDate } from '../data/dates';
import type { Source } from '../data/events';
import { KINDS } from '../data/kinds';
import { view, visibleList } from './store';
import { parseStory, type Step, type Story, type StorySource } from './story-schema';
import { currentDay, findEvent, kindsVisible, mode, selectedId, windowDays } from './timeline';

export const draftTitle = signal('My story');
export const draftSteps = signal<readonly Step[]>([]);

/** Only the fields a source has: a missing one is left out of the file, not written as null. */
function storySource(s: Source): StorySource {
  const entries = Object.entries(s).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
  return Object.fromEntries(entries) as StorySource;
}

/** The view as it is now, as a step. Before the map has reported a view, the default centre. */
export function stepFromView(): Step {
  const day = currentDay.peek();
  const at = view.peek() ?? { lon: 36.07, lat: 33.08, zoom: 8 };
  const event = findEvent(selectedId.peek());
  const kinds = KINDS.filter((k) => kindsVisible.peek().has(k));
  return {
    title: event?.title ?? `The map on ${formatDay(day)}`,
    caption: event ? `${event.title}.` : `What the map shows on ${formatDay(day)}.`,
    date: toIsoDate(day),
    ...(mode.peek() === 'window' ? { mode: 'window' as const, window_days: windowDays.peek() } : {}),
    camera: {
      center: [at.lon, at.lat],
      zoom: Math.min(14, Math.max(0, at.zoom)),
      ...(at.bearing ? { bearing: at.bearing } : {}),
    },
    layers: [...visibleList.peek()],
    ...(kinds.length < KINDS.length ? { kinds } : {}),
    highlight: event ? [event.id] : [],
    sources: event ? event.sources.map(storySource) : [],
  };
}

export function saveViewAsStep(): void {
  draftSteps.value = [...draftSteps.value, stepFromView()];
}

export function editDraftStep(index: number, change: Partial<Pick<Step, 'title' | 'caption'>>): void {
  draftSteps.value = draftSteps.value.map((s, i) => (i === index ? { ...s, ...change } : s));
}

export function removeDraftStep(index: number): void {
  draftSteps.value = draftSteps.value.filter((_, i) => i !== index);
}

/** A lower-case slug of the title, for the story's id and its file's name. */
export const slugOf = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents off: Ḥaḍar → hadar
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'my-story';

/** The draft as a story, checked by the same schema as a file: what the download writes. */
export function draftStory(): { story: Story } | { problems: string[] } {
  const title = draftTitle.peek().trim() || 'My story';
  return parseStory({ id: slugOf(title), title, steps: draftSteps.peek() });
}
