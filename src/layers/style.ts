// The whole map style, composed from the pure layer builders. No map, no DOM: data in, data out.
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Kind } from '../data/kinds';
import { areaLayers, type Visible } from './areas';
import { basemapLayers } from './basemap';
import { EMPTY_EVENTS, EVENT_STATE_DEFAULTS, eventLayers } from './events';
import { type FontUrls, fontFaces } from './fonts';
import { SOURCE, type SourceId } from './ids';
import { overlayLabels, placeLayers, waterLabels } from './labels';

/** Every source but the events, which the app loads, validates and then hands to the map. */
export type DataUrls = Record<Exclude<SourceId, typeof SOURCE.events>, string>;
export type StyleState = { visible: Visible; kinds: ReadonlySet<Kind> };

/** Credits for every data source on the map, shown by the attribution control. */
export const ATTRIBUTION = {
  naturalEarth: 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  geonames: 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  ocha: 'Governorates: UNCS / UN OCHA (CC BY-IGO)',
  authored: 'Line B, Golan edge, water: golan-map (approx.)',
} as const;

/** Attribution is shown by the app's control (ATTRIBUTION), always all of it, not per visible source. */
const geojson = (data: string) => ({ type: 'geojson' as const, data });

export function buildStyle(
  urls: DataUrls,
  fonts: FontUrls,
  { visible, kinds }: StyleState,
): StyleSpecification {
  const files = Object.entries(urls).map(([id, url]) => [id, geojson(url)]);
  return {
    version: 8,
    name: 'golan-map',
    'font-faces': fontFaces(fonts),
    state: EVENT_STATE_DEFAULTS,
    sources: {
      ...Object.fromEntries(files),
      [SOURCE.events]: { type: 'geojson', data: EMPTY_EVENTS },
    },
    // Symbol layers higher up are placed first: the area and line labels win collisions with
    // towns. Events go on top: a marker under a town's name would be lost.
    layers: [
      ...basemapLayers(),
      ...areaLayers(visible),
      ...waterLabels(),
      ...placeLayers(),
      ...overlayLabels(visible),
      ...eventLayers(kinds),
    ],
  };
}
