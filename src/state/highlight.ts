// The events the story step on screen is about: marked on every event layer that holds one
// (map/event-layer-state.ts pushes it in). Written only by the story actions: a step sets its own
// list, and leaving the story, or a step without highlights, sets none.
import { signal } from '@preact/signals';

/** No highlight: one shared empty list, so clearing twice is no change for the layers. */
export const NO_HIGHLIGHT: readonly string[] = Object.freeze([]);

/** Event ids, as the step names them; the same array until the highlight changes. */
export const highlightedIds = signal<readonly string[]>(NO_HIGHLIGHT);
