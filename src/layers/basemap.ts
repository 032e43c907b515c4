// The muted basemap: sea, land, the lake and rivers, borders. Pure: specs out, nothing else.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAYER, SOURCE } from './ids';
import { COLOR } from './theme';

/** Countries that frame the story stay light; the rest recede a little. */
const STORY_COUNTRIES = ['israel', 'syria', 'lebanon', 'jordan', 'palestine'];

export function basemapLayers(): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': COLOR.sea } },
    {
      id: LAYER.worldLand,
      type: 'fill',
      source: SOURCE.world,
      filter: ['==', ['get', 'layer'], 'country'],
      paint: { 'fill-color': COLOR.landOther },
    },
    {
      id: LAYER.worldBorders,
      type: 'line',
      source: SOURCE.world,
      filter: ['==', ['get', 'layer'], 'border'],
      paint: { 'line-color': COLOR.border, 'line-width': 0.6, 'line-opacity': 0.7 },
    },
    {
      id: LAYER.land,
      type: 'fill',
      source: SOURCE.basemap,
      filter: ['==', ['get', 'layer'], 'country'],
      paint: {
        'fill-color': ['match', ['get', 'id'], STORY_COUNTRIES, COLOR.land, COLOR.landOther],
        'fill-antialias': false,
      },
    },
    {
      id: LAYER.lake,
      type: 'fill',
      source: SOURCE.water,
      filter: ['==', ['get', 'layer'], 'lake'],
      paint: { 'fill-color': COLOR.water, 'fill-outline-color': COLOR.river },
    },
    {
      id: LAYER.rivers,
      type: 'line',
      source: SOURCE.water,
      filter: ['==', ['get', 'layer'], 'river'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': COLOR.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 2.2],
      },
    },
    {
      id: LAYER.borders,
      type: 'line',
      source: SOURCE.basemap,
      filter: ['all', ['==', ['get', 'layer'], 'border'], ['==', ['get', 'kind'], 'international']],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': COLOR.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 11, 1.8],
      },
    },
    {
      // Ceasefire and armistice lines are not agreed borders: dashed, so nobody mistakes them for one.
      id: LAYER.ceasefire,
      type: 'line',
      source: SOURCE.basemap,
      filter: ['all', ['==', ['get', 'layer'], 'border'], ['!=', ['get', 'kind'], 'international']],
      paint: { 'line-color': COLOR.border, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    },
  ];
}
