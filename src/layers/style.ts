// The whole map style, composed from the pure layer builders. No map, no DOM: data in, data out.
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { areaLayers, type Visible } from './areas';
import { basemapLayers } from './basemap';
import { type FontUrls, fontFaces } from './fonts';
import type { SourceId } from './ids';
import { overlayLabels, placeLayers, waterLabels } from './labels';

export type DataUrls = Record<SourceId, string>;

/** Credits for every data source on the map, shown by the attribution control. */
export const ATTRIBUTION = {
  naturalEarth: 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  geonames: 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  ocha: 'Governorates: UNCS / UN OCHA (CC BY-IGO)',
  authored: 'Line B, Golan edge, water: golan-map (approx.)',
} as const;

/** Attribution is shown by the app's control (ATTRIBUTION), always all of it, not per visible source. */
const geojson = (data: string) => ({ type: 'geojson' as const, data });

/** The basemap and the areas. The events are not in the style: they are a custom WebGL layer. */
export function buildStyle(urls: DataUrls, fonts: FontUrls, visible: Visible): StyleSpecification {
  return {
    version: 8,
    name: 'golan-map',
    'font-faces': fontFaces(fonts),
    sources: Object.fromEntries(Object.entries(urls).map(([id, url]) => [id, geojson(url)])),
    // Symbol layers higher up are placed first: the area and line labels win collisions with towns.
    layers: [
      ...basemapLayers(),
      ...areaLayers(visible),
      ...waterLabels(),
      ...placeLayers(),
      ...overlayLabels(visible),
    ],
  };
}
