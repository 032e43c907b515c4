// The colour an event is drawn in, as on the map: curated events by kind, an import's events in
// the import's colour.
import { CURATED, type EventRecord } from '../data/events';
import { KIND_INFO } from '../data/kinds';
import { datasets } from '../state/datasets';

const UNKNOWN = '#777777';

export const eventColor = (e: Pick<EventRecord, 'set' | 'kind'>) =>
  e.set === CURATED
    ? KIND_INFO[e.kind].color
    : (datasets.value.find((d) => d.id === e.set)?.color ?? UNKNOWN);

/** Round for the story's events, square for an import's: the same shapes as on the map. */
export const dotClass = (e: Pick<EventRecord, 'set'>) => (e.set === CURATED ? 'dot' : 'dot square');
