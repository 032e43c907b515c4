// The count beside a stack of events drawn at one place ("7"): a GeoJSON source of the stacks
// shown now, and a symbol layer over the events. Pure data; map/bind-stacks.ts fills the source.
import type { GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { FONT } from './fonts';
import { STACK_COUNTS } from './ids';
import { COLOR } from './theme';

export type StackPoint = { lon: number; lat: number; count: number };

export function stackCountsData(stacks: readonly StackPoint[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: stacks.map(({ lon, lat, count }) => ({
      type: 'Feature',
      properties: { count },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  };
}

export const stackCountsSource = (): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: stackCountsData([]),
});

/** Up and right of the dot, never hidden by a label: a stack must always say it is one. */
export const stackCountsLayer = (): SymbolLayerSpecification => ({
  id: STACK_COUNTS.layer,
  type: 'symbol',
  source: STACK_COUNTS.source,
  layout: {
    'text-field': ['to-string', ['get', 'count']],
    'text-font': [...FONT.bold],
    'text-size': 12,
    'text-offset': [0.95, -0.95],
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': COLOR.text, 'text-halo-color': COLOR.halo, 'text-halo-width': 2 },
});
