// App state as independent signals; derived values are computed. No methods: see actions.ts.
import { computed, signal } from '@preact/signals';
import { DEFAULT_VISIBLE, TOGGLES, type ToggleId } from '../layers/ids';
import { formatHash, type View } from './hash';

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

export const visibleList = computed(() => TOGGLES.filter((t) => visible.value.has(t)));

export const hash = computed(() => formatHash({ view: view.value ?? undefined, layers: visibleList.value }));
