// Every source and layer id the app uses, in one place: specs, effects and tests import these.
import { CURATED } from '../data/events';

export const SOURCE = {
  world: 'world',
  basemap: 'basemap',
  water: 'water',
  places: 'places',
  golan: 'golan',
  buffer: 'buffer-zone',
  limitation: 'areas-of-limitation',
  governorates: 'governorates',
  labels: 'area-labels',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER = {
  background: 'background',
  worldLand: 'world-land',
  worldBorders: 'world-borders',
  land: 'land',
  lake: 'lake',
  rivers: 'rivers',
  borders: 'borders',
  ceasefire: 'borders-ceasefire',
  golanFill: 'golan-fill',
  golanLine: 'golan-line',
  golanLabel: 'golan-label',
  aosFill: 'aos-fill',
  lineA: 'line-a',
  lineB: 'line-b',
  aosLabel: 'aos-label',
  lineALabel: 'line-a-label',
  lineBLabel: 'line-b-label',
  limitationFill: 'limitation-fill',
  limitationLine: 'limitation-line',
  limitationLabel: 'limitation-label',
  riverLabels: 'river-labels',
  lakeLabel: 'lake-label',
  placeDots: 'place-dots',
  placeLabels: 'place-labels',
  countryLabels: 'country-labels',
  /** A custom WebGL layer (map/events-gl), added on top when the style has loaded. */
  events: 'events',
} as const;

/** The counts on stacks of events drawn at one place (layers/stack-counts.ts), over every event layer. */
export const STACK_COUNTS = { source: 'stack-counts', layer: 'stack-counts' } as const;

/** An imported dataset's map layers and areas source, named from its id here only. */
export const importLayer = (datasetId: string, part: 'events' | 'fill' | 'line' | 'points') =>
  `import-${datasetId}-${part}`;
export const importSource = (datasetId: string) => `import-${datasetId}`;
/** The event layer of a drawn dataset: the curated events' (`curated`) or an import's. */
export const eventLayerOf = (datasetId: string) =>
  datasetId === CURATED ? LAYER.events : importLayer(datasetId, 'events');

/** The governorates each have their own toggle, so their layer ids are built from their ids here only. */
export const GOVERNORATES = ['quneitra', 'sweida', 'daraa'] as const;
export type GovernorateId = (typeof GOVERNORATES)[number];
export const governorateLayer = (id: GovernorateId, part: 'fill' | 'line' | 'label') => `gov-${id}-${part}`;

/** The overlays a user can toggle, in panel order; these keys are also what the URL hash stores. */
export const TOGGLES = ['golan', 'buffer', 'limitation', ...GOVERNORATES] as const;
export type ToggleId = (typeof TOGGLES)[number];

export const DEFAULT_VISIBLE: readonly ToggleId[] = ['golan', 'buffer', 'quneitra', 'sweida', 'daraa'];

const govLayers = (id: GovernorateId) => [
  governorateLayer(id, 'fill'),
  governorateLayer(id, 'line'),
  governorateLayer(id, 'label'),
];

/** Which map layers each toggle shows and hides. */
export const TOGGLE_LAYERS: Record<ToggleId, readonly string[]> = {
  golan: [LAYER.golanFill, LAYER.golanLine, LAYER.golanLabel],
  buffer: [LAYER.aosFill, LAYER.lineA, LAYER.lineB, LAYER.aosLabel, LAYER.lineALabel, LAYER.lineBLabel],
  limitation: [LAYER.limitationFill, LAYER.limitationLine, LAYER.limitationLabel],
  quneitra: govLayers('quneitra'),
  sweida: govLayers('sweida'),
  daraa: govLayers('daraa'),
};

export const isToggleId = (s: string): s is ToggleId => (TOGGLES as readonly string[]).includes(s);
