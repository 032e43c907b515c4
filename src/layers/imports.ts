// The static features of an import (a GeoJSON's polygons and lines; a KML's undated placemarks,
// points too) as a source and three layers in the import's colour. Pure data, validated by the
// style spec in the tests.
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
): [FillLayerSpecification, LineLayerSpecification, CircleLayerSpecification] {
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
    {
      // A ring, not a dot: a place drawn at every date, told apart from the dated events' dots.
      id: importLayer(datasetId, 'points'),
      type: 'circle',
      source,
      filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
      layout,
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-opacity': 0.85,
        'circle-stroke-color': color,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}
