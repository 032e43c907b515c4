// Event layers: one GeoJSON source set once when the data loads; time, window, pulse and
// selection reach the layers through global state, so the slider never rebuilds data.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { EventRecord } from '../data/events';
import { KIND_INFO, KINDS, type Kind, REGIONS } from '../data/kinds';
import { APPROX_ICON, LAYER, SOURCE, STATE } from './ids';
import { COLOR } from './theme';

const state = (name: keyof typeof STATE): ExpressionSpecification => ['global-state', STATE[name]];

/** Properties the layers read; everything else stays in the app's own records. */
export type EventFeatureProps = { id: string; kind: Kind; day: number; precise: boolean };

/** Region-precision events become a circle of the region's size: no fake exact pin. */
export function eventFeatures(
  events: readonly EventRecord[],
): FeatureCollection<Point | Polygon, EventFeatureProps> {
  const features = events.map((e): Feature<Point | Polygon, EventFeatureProps> => {
    const properties = { id: e.id, kind: e.kind, day: e.day, precise: e.date_precision === 'day' };
    if (e.geo_precision === 'region' && e.region) {
      return circle([e.lon, e.lat], REGIONS[e.region].radiusKm, {
        units: 'kilometers',
        steps: 48,
        properties,
      });
    }
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [e.lon, e.lat] } };
  });
  return { type: 'FeatureCollection', features };
}

/** The time rule of timeline/visibility.ts, as an expression: day ≤ T and day > window start. */
export function eventFilter(kinds: ReadonlySet<Kind>): ExpressionSpecification {
  return [
    'all',
    ['<=', ['get', 'day'], state('time')],
    ['>', ['get', 'day'], state('windowStart')],
    ['in', ['get', 'kind'], ['literal', KINDS.filter((k) => kinds.has(k))]],
  ];
}

export const kindColor: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...KINDS.flatMap((k) => [k, KIND_INFO[k].color]),
  COLOR.textMuted,
] as unknown as ExpressionSpecification;

/** In window mode older events fade to 30 %; in cumulative mode windowDays is huge, so none do. */
export const fade: ExpressionSpecification = [
  'max',
  0.3,
  ['-', 1, ['*', 0.7, ['/', ['-', state('time'), ['get', 'day']], ['max', 1, state('windowDays')]]]],
];

const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const all = (...parts: ExpressionSpecification[]): FilterSpecification => ['all', ...parts];

export function eventLayers(kinds: ReadonlySet<Kind>): LayerSpecification[] {
  const shown = eventFilter(kinds);
  const src = SOURCE.events;
  return [
    {
      id: LAYER.eventAreaFill,
      type: 'fill',
      source: src,
      filter: all(isArea, shown),
      paint: { 'fill-color': kindColor, 'fill-opacity': ['*', 0.02, fade] },
    },
    {
      id: LAYER.eventAreaLine,
      type: 'line',
      source: src,
      filter: all(isArea, shown),
      paint: {
        'line-color': kindColor,
        'line-width': ['case', ['==', ['get', 'id'], state('selected')], 3.5, 1.2],
        'line-dasharray': [2, 2],
        'line-opacity': fade,
      },
    },
    {
      // Newly revealed events: a ring that grows and fades as `pulse` runs from 0 to 1.
      id: LAYER.eventPulse,
      type: 'circle',
      source: src,
      filter: all(isPoint, shown, ['>', ['get', 'day'], state('revealedFrom')]),
      paint: {
        'circle-radius': ['+', 7, ['*', 18, state('pulse')]],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': kindColor,
        'circle-stroke-width': 2.5,
        'circle-stroke-opacity': ['-', 1, state('pulse')],
      },
    },
    {
      id: LAYER.eventPoints,
      type: 'circle',
      source: src,
      filter: all(isPoint, shown),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 4.5, 10, 7],
        'circle-color': kindColor,
        // A date known only to the week or month: a paler dot inside a dashed ring.
        'circle-opacity': ['*', fade, ['case', ['get', 'precise'], 0.95, 0.45]],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', ['get', 'precise'], 1.5, 0],
        'circle-stroke-opacity': fade,
      },
    },
    {
      id: LAYER.eventApprox,
      type: 'symbol',
      source: src,
      filter: all(isPoint, shown, ['!', ['get', 'precise']]),
      layout: {
        'icon-image': APPROX_ICON,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 4, 0.75, 10, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-color': kindColor, 'icon-opacity': fade },
    },
    {
      id: LAYER.eventSelected,
      type: 'circle',
      source: src,
      filter: all(isPoint, ['==', ['get', 'id'], state('selected')]),
      paint: {
        'circle-radius': 12,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': COLOR.text,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}

export const EMPTY_EVENTS: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Defaults for the global state, declared in the style root. */
export const EVENT_STATE_DEFAULTS = {
  [STATE.time]: { default: 0 },
  [STATE.windowStart]: { default: -1e9 },
  [STATE.windowDays]: { default: 1e9 },
  [STATE.revealedFrom]: { default: 1e9 },
  [STATE.pulse]: { default: 1 },
  [STATE.selected]: { default: '' },
};
