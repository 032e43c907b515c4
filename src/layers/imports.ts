// The static areas of an imported GeoJSON (its polygons and lines) as a source and two layers in
// the import's colour. Pure data, validated by the style spec in the tests.
import type { FillLayerSpecification, GeoJSONSourceSpecification, LineLayerSpecification } from 'maplibre-gl';
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
