// What the map draws, as one list: the curated events and every import, each with its drawing.
// map/bind-datasets.ts reconciles the map's layers with this list and nothing else, so the
// curated events and an import take the same path to the map.
import { computed } from '@preact/signals';
import { CURATED } from '../data/events';
import { datasets, type ImportedDataset } from './datasets';
import { curatedPrepared } from './timeline';

/** One list of events as the map draws it. `color` null: coloured by kind (the curated events). */
export type DrawnDataset = Pick<ImportedDataset, 'id' | 'visible' | 'events' | 'areas'> & {
  color: string | null;
};

/** Top first: the curated events over the imports, a newer import over an older one. */
export const drawnDatasets = computed<readonly DrawnDataset[]>(() => [
  {
    id: CURATED,
    color: null,
    visible: true,
    events: curatedPrepared.value,
    areas: [],
  },
  ...[...datasets.value].reverse(),
]);
