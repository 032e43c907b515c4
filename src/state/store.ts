// App state as independent signals; derived values are computed. No methods: see actions.ts.
import { computed, signal } from '@preact/signals';
import { KINDS } from '../data/kinds';
import { DEFAULT_VISIBLE, TOGGLES, type ToggleId } from '../layers/ids';
import { formatHash, type HashState, type View } from './hash';
import { openStory, stepIndex } from './story';
import { kindsVisible, mode, selectedId, time, windowDays } from './timeline';

/** The framing when a link names no viewport: Tiberias to Sweida, Damascus to the Yarmouk. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [35.45, 32.6],
  [36.68, 33.56],
];

/** The map's viewport; null until the map reports one, so the default framing applies. */
export const view = signal<View | null>(null);
export const visible = signal<ReadonlySet<ToggleId>>(new Set(DEFAULT_VISIBLE));
/** What was wrong with the link the page was opened with, in words for the user. */
export const linkProblems = signal<readonly string[]>([]);
/** `#embed=1`: only the map, the slider and a link to the full map, for an <iframe> elsewhere. */
export const embedMode = signal(false);

export const visibleList = computed(() => TOGGLES.filter((t) => visible.value.has(t)));

/**
 * What the link holds. The date is written once the user has moved it. While a story that ships
 * with the map is open, the link is its step: opening it shows exactly that step. A story from a
 * file cannot be named in a link, so the link is then the free map as it is.
 */
export const linkState = computed<HashState>(() => {
  const embed = embedMode.value || undefined;
  const open = openStory.value;
  if (open?.from === 'catalog') return { story: open.story.id, step: stepIndex.value + 1, embed };
  const t = time.value;
  const win = mode.value === 'window' ? { mode: mode.value, windowDays: windowDays.value } : {};
  return {
    view: view.value ?? undefined,
    layers: visibleList.value,
    ...(t === null ? win : { time: t, mode: mode.value, windowDays: windowDays.value }),
    event: selectedId.value ?? undefined,
    kinds: KINDS.filter((k) => kindsVisible.value.has(k)),
    embed,
  };
});

/** The link to exactly what is on screen. */
export const hash = computed(() => formatHash(linkState.value));
