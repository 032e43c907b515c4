// The open story, if any, as signals; what it does to the map is in story-actions.ts.
import { computed, signal } from '@preact/signals';
import type { Story } from './story-schema';

/** `catalog`: one of geo/stories, which a link can name; `file`: one a user made or dropped. */
export type OpenStory = { story: Story; from: 'catalog' | 'file' };

export const openStory = signal<OpenStory | null>(null);
/** The step shown, counted from 0 (the panel and the link count from 1). */
export const stepIndex = signal(0);
/** What a dropped story file could not be opened for, in words (what and where). */
export const storyErrors = signal<readonly string[]>([]);

export const currentStep = computed(() => openStory.value?.story.steps[stepIndex.value] ?? null);

/** What the live region says when a step is shown: where in the story, then the step itself. */
export const stepAnnouncement = computed(() => {
  const open = openStory.value;
  const step = currentStep.value;
  if (!open || !step) return '';
  return `Step ${stepIndex.value + 1} of ${open.story.steps.length}: ${step.title}. ${step.caption}`;
});

/** The open story, its step shown, where that is (from 0) and how many steps: what a panel draws. */
export const storyPosition = computed(() => {
  const open = openStory.value;
  const step = currentStep.value;
  if (!open || !step) return null;
  return { story: open.story, step, at: stepIndex.value, count: open.story.steps.length };
});
