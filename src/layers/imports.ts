// The static features of an import (a GeoJSON's polygons and lines; a KML's undated placemarks,
// points too) as a source and layers in the import's colour: a fill and a line, and a ring for
// each point (importPointLayer; map/bind-datasets.ts does not add it yet). Pure data, validated
// by the style spec in the tests.
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { AreaFeature } from '../data/areas';
import { importLayer, importSource } from './ids';

export function importAreaSource(areas: readonly AreaFeature[]): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: areas as GeoJSON.Feature[] } };
}

export function importAreaLayers(
  datasetId: string,
  color: string,
  visible: boolean,
): [FillLayerSpecification, LineLayerSpecification] {
  const source = importSource(datasetId);
  const layout = { visibility: visible ? ('visible' as const) : ('none' as const) };
  return [
    {
      id: importLayer(datasetId, 'fill'),
      type: 'fill',
      source,
      filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      layout,
      paint: { 'fill-color': color, 'fill-opacity': 0.12 },
    },
    {
      id: importLayer(datasetId, 'line'),
      type: 'line',
      source,
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
): CircleLayerSpecification {
  return {
    id: importLayer(datasetId, 'points'),
    type: 'circle',
    source: importSource(datasetId),
    filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
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
