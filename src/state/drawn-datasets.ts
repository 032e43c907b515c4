// What the map draws, as one list: the curated events and every import, each with its drawing.
// map/bind-datasets.ts reconciles the map's layers with this list and nothing else, so the
// curated events and an import take the same path to the map.
import { computed } from '@preact/signals';
import { CURATED } from '../data/events';
import { drawingOf } from '../layers/event-drawing/drawing';
import { datasets, type ImportedDataset } from './datasets';
import { curatedEvents } from './timeline';

/** One list of events as the map draws it. `color` null: coloured by kind (the curated events). */
export type DrawnDataset = Pick<ImportedDataset, 'id' | 'visible' | 'events' | 'areas' | 'drawing'> & {
  color: string | null;
};

/** The curated events' drawing, rebuilt only when the curated events change. */
const curatedDrawing = computed(() => drawingOf(curatedEvents.value));

/** Top first: the curated events over the imports, a newer import over an older one. */
export const drawnDatasets = computed<readonly DrawnDataset[]>(() => [
  {
    id: CURATED,
    color: null,
    visible: true,
    events: curatedEvents.value,
    areas: [],
    drawing: curatedDrawing.value,
  },
  ...[...datasets.value].reverse(),
]);
