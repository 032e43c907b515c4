// The features of an import beside its events (a GeoJSON's polygons and lines; a KML's undated
// placemarks, points too, and its dated lines and polygons) as a source and layers in the
// import's colour: a fill and a line, and a ring for each point. An undated feature is always
// drawn; a dated one (AREA_DAY, AREA_END) by the rule the events follow (timeline/visibility.ts).
// Pure data, validated by the style spec in the tests.
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { AREA_DAY, AREA_END, type AreaFeature } from '../data/areas';
import type { Day } from '../data/dates';
import { importLayer, importSource } from './ids';

/** The slider's time and the last day before its window, as the event layers have them. */
export type AreaTime = { time: Day; windowStart: Day };
export const AREA_PARTS = ['fill', 'line', 'points'] as const;
export type AreaPart = (typeof AREA_PARTS)[number];

/** Whether any feature is dated: only then do its layers change with the slider. */
export const hasDatedAreas = (areas: readonly AreaFeature[]) =>
  areas.some((a) => Object.hasOwn(a.properties ?? {}, AREA_DAY));

/** Undated, or begun by T and not over before the window: the events' rule, numbers only. */
function shownAt({ time, windowStart }: AreaTime): ExpressionSpecification {
  const day: ExpressionSpecification = ['to-number', ['get', AREA_DAY], Number.MAX_SAFE_INTEGER];
  const end: ExpressionSpecification = ['to-number', ['get', AREA_END], Number.MIN_SAFE_INTEGER];
  return ['any', ['!', ['has', AREA_DAY]], ['all', ['<=', day, time], ['>', end, windowStart]]];
}

/** What each part draws: a polygon's fill, the lines and every polygon's outline, the points. */
const GEOMETRIES: Record<AreaPart, string[]> = {
  fill: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
  points: ['Point', 'MultiPoint'],
};

/** Each part's filter: its geometries, and the features shown at `t`. */
export function areaFilter(part: AreaPart, t: AreaTime): FilterSpecification {
  return ['all', ['match', ['geometry-type'], GEOMETRIES[part], true, false], shownAt(t)];
}

export function importAreaSource(areas: readonly AreaFeature[]): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: areas as GeoJSON.Feature[] } };
}

export function importAreaLayers(
  datasetId: string,
  color: string,
  visible: boolean,
  t: AreaTime,
): [FillLayerSpecification, LineLayerSpecification] {
  const source = importSource(datasetId);
  const layout = { visibility: visible ? ('visible' as const) : ('none' as const) };
  return [
    {
      id: importLayer(datasetId, 'fill'),
      type: 'fill',
      source,
      filter: areaFilter('fill', t),
      layout,
      paint: { 'fill-color': color, 'fill-opacity': 0.12 },
    },
    {
      id: importLayer(datasetId, 'line'),
      type: 'line',
      source,
      filter: areaFilter('line', t),
      layout: { ...layout, 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': 1.6, 'line-opacity': 0.9 },
    },
  ];
}

/** The points among the static features: a ring, not a dot, told apart from the dated events. */
export function importPointLayer(
  datasetId: string,
  color: string,
  visible: boolean,
  t: AreaTime,
): CircleLayerSpecification {
  return {
    id: importLayer(datasetId, 'points'),
    type: 'circle',
    source: importSource(datasetId),
    filter: areaFilter('points', t),
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: {
      'circle-radius': 5,
      'circle-color': '#ffffff',
      'circle-opacity': 0.85,
      'circle-stroke-color': color,
      'circle-stroke-width': 2.5,
    },
  };
}
