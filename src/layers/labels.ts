// Text on the map: places (English with the local-script name beside it), countries, areas, lines.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Visible } from './areas';
import { FONT } from './fonts';
import { GOVERNORATES, governorateLayer, LAYER, SOURCE } from './ids';
import { COLOR } from './theme';

/** "Damascus دمشق": maplibre-gl 6 shapes the Arabic and Hebrew and orders the mixed text itself. */
export const bilingual: ExpressionSpecification = [
  'format',
  ['get', 'name'],
  {},
  ['case', ['==', ['coalesce', ['get', 'local'], ''], ''], '', ['concat', '  ', ['get', 'local']]],
  { 'font-scale': 0.92 },
];

const halo = { 'text-color': COLOR.text, 'text-halo-color': COLOR.halo, 'text-halo-width': 1.4 };
const visibility = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });

/** Capitals from the start, towns from zoom 6, villages from zoom 8. */
const rankShown: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6, 2, 8, 3]];
const isPlace: ExpressionSpecification = ['==', ['get', 'kind'], 'place'];

export function placeLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.placeDots,
      type: 'circle',
      source: SOURCE.places,
      filter: ['all', isPlace, rankShown],
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 4, 2, 3.2, 2.4],
        'circle-color': COLOR.text,
        'circle-stroke-color': COLOR.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['all', isPlace, rankShown],
      layout: {
        'text-field': bilingual,
        'text-font': [...FONT.regular],
        'text-size': ['match', ['get', 'rank'], 1, 14, 2, 13, 11.5],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: halo,
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': bilingual,
        'text-font': [...FONT.bold],
        'text-size': 13,
        'text-letter-spacing': 0.08,
        'text-transform': 'uppercase',
      },
      paint: { ...halo, 'text-color': COLOR.textMuted },
    },
  ];
}

export function waterLabels(): LayerSpecification[] {
  return [
    {
      id: LAYER.lakeLabel,
      type: 'symbol',
      source: SOURCE.water,
      filter: ['==', ['get', 'layer'], 'lake'],
      minzoom: 8,
      layout: {
        'text-field': bilingual,
        'text-font': [...FONT.regular],
        'text-size': 11,
        'text-max-width': 6,
      },
      paint: { 'text-color': COLOR.lineB, 'text-halo-color': COLOR.water, 'text-halo-width': 1 },
    },
    {
      id: LAYER.riverLabels,
      type: 'symbol',
      source: SOURCE.water,
      filter: ['==', ['get', 'layer'], 'river'],
      minzoom: 8,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': [...FONT.regular],
        'text-size': 11,
      },
      paint: { 'text-color': COLOR.river, 'text-halo-color': COLOR.halo, 'text-halo-width': 1 },
    },
  ];
}

/** Area names only where the areas are big enough to hold them. */
const AREA_LABEL_MINZOOM = 6.5;

const areaLabel = (id: string, group: string, color: string, on: boolean): LayerSpecification => ({
  id,
  type: 'symbol',
  minzoom: AREA_LABEL_MINZOOM,
  source: SOURCE.labels,
  filter: ['==', ['get', 'group'], group],
  layout: {
    ...visibility(on),
    'text-field': [
      'format',
      ['get', 'name'],
      { 'text-font': ['literal', [...FONT.bold]] },
      '\n',
      {},
      ['get', 'note'],
      { 'font-scale': 0.8 },
    ],
    'text-font': [...FONT.regular],
    'text-size': 13,
    'text-max-width': 12,
  },
  paint: { 'text-color': color, 'text-halo-color': COLOR.halo, 'text-halo-width': 1.6 },
});

/** Line A's name sits on its Israeli side, Line B's on its Syrian side, the zone's in between. */
const LINE_LABEL_OFFSET: Record<string, number> = { 'line-a': -1, 'line-b': 1 };

const lineLabel = (id: string, group: string, color: string, on: boolean): LayerSpecification => ({
  id,
  type: 'symbol',
  minzoom: AREA_LABEL_MINZOOM,
  source: SOURCE.labels,
  filter: ['==', ['get', 'group'], group],
  layout: {
    ...visibility(on),
    'symbol-placement': 'line-center',
    'text-field': ['get', 'name'],
    'text-font': [...FONT.bold],
    'text-size': 11.5,
    'text-offset': [0, LINE_LABEL_OFFSET[group] ?? 0],
  },
  paint: { 'text-color': color, 'text-halo-color': COLOR.halo, 'text-halo-width': 1.6 },
});

export function overlayLabels(visible: Visible): LayerSpecification[] {
  return [
    {
      id: LAYER.limitationLabel,
      type: 'symbol',
      source: SOURCE.limitation,
      layout: {
        ...visibility(visible.has('limitation')),
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['concat', ['to-string', ['get', 'to_km']], ' km (approx.)'],
        'text-font': [...FONT.regular],
        'text-size': 10.5,
      },
      paint: { 'text-color': COLOR.textMuted, 'text-halo-color': COLOR.halo, 'text-halo-width': 1.2 },
    },
    lineLabel(LAYER.aosLabel, 'buffer', COLOR.lineB, visible.has('buffer')),
    ...GOVERNORATES.map((g) => areaLabel(governorateLayer(g, 'label'), g, COLOR[g], visible.has(g))),
    areaLabel(LAYER.golanLabel, 'golan', COLOR.golan, visible.has('golan')),
    // Last, so placed first: the issue asks for both lines to be named wherever they show.
    lineLabel(LAYER.lineALabel, 'line-a', COLOR.lineA, visible.has('buffer')),
    lineLabel(LAYER.lineBLabel, 'line-b', COLOR.lineB, visible.has('buffer')),
  ];
}
