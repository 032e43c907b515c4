// The political overlays: Golan, 1974 Area of Separation with Lines A and B, Areas of Limitation,
// and the governorates. Every layer starts with the visibility its toggle has.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { GOVERNORATES, type GovernorateId, governorateLayer, LAYER, SOURCE, type ToggleId } from './ids';
import { COLOR } from './theme';

export type Visible = ReadonlySet<ToggleId>;

const visibility = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });

export function governorateLayers(id: GovernorateId, on: boolean): LayerSpecification[] {
  const filter: ['==', ['get', string], string] = ['==', ['get', 'id'], id];
  return [
    {
      id: governorateLayer(id, 'fill'),
      type: 'fill',
      source: SOURCE.governorates,
      filter,
      layout: visibility(on),
      paint: { 'fill-color': COLOR[id], 'fill-opacity': 0.08 },
    },
    {
      id: governorateLayer(id, 'line'),
      type: 'line',
      source: SOURCE.governorates,
      filter,
      layout: { ...visibility(on), 'line-join': 'round' },
      paint: { 'line-color': COLOR[id], 'line-width': 1.6, 'line-dasharray': [4, 2], 'line-opacity': 0.9 },
    },
  ];
}

export function golanLayers(on: boolean): LayerSpecification[] {
  return [
    {
      id: LAYER.golanFill,
      type: 'fill',
      source: SOURCE.golan,
      layout: visibility(on),
      paint: { 'fill-color': COLOR.golan, 'fill-opacity': 0.2 },
    },
    {
      id: LAYER.golanLine,
      type: 'line',
      source: SOURCE.golan,
      layout: { ...visibility(on), 'line-join': 'round' },
      paint: { 'line-color': COLOR.golan, 'line-width': 1.5 },
    },
  ];
}

const role = (r: string): ['==', ['get', 'role'], string] => ['==', ['get', 'role'], r];

export function bufferLayers(on: boolean): LayerSpecification[] {
  return [
    {
      id: LAYER.aosFill,
      type: 'fill',
      source: SOURCE.buffer,
      filter: role('area-of-separation'),
      layout: visibility(on),
      paint: { 'fill-color': COLOR.aos, 'fill-opacity': 0.32 },
    },
    {
      id: LAYER.lineA,
      type: 'line',
      source: SOURCE.buffer,
      filter: role('line-a'),
      layout: { ...visibility(on), 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': COLOR.lineA,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 12, 3],
      },
    },
    {
      id: LAYER.lineB,
      type: 'line',
      source: SOURCE.buffer,
      filter: role('line-b'),
      layout: { ...visibility(on), 'line-join': 'round' },
      paint: {
        'line-color': COLOR.lineB,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 12, 3],
        'line-dasharray': [3, 1.5],
      },
    },
  ];
}

/** Bands nearer the line are darker: the nearer, the stricter the limits. */
export function limitationLayers(on: boolean): LayerSpecification[] {
  const sideColor = ['match', ['get', 'side'], 'israeli', COLOR.limitationIsraeli, COLOR.limitationSyrian];
  return [
    {
      id: LAYER.limitationFill,
      type: 'fill',
      source: SOURCE.limitation,
      layout: visibility(on),
      paint: {
        'fill-color': sideColor as never,
        'fill-opacity': ['match', ['get', 'to_km'], 10, 0.22, 20, 0.14, 0.08],
      },
    },
    {
      id: LAYER.limitationLine,
      type: 'line',
      source: SOURCE.limitation,
      layout: visibility(on),
      paint: { 'line-color': sideColor as never, 'line-width': 0.8, 'line-dasharray': [2, 2] },
    },
  ];
}

export function areaLayers(visible: Visible): LayerSpecification[] {
  return [
    ...GOVERNORATES.flatMap((id) => governorateLayers(id, visible.has(id))),
    ...limitationLayers(visible.has('limitation')),
    ...golanLayers(visible.has('golan')),
    ...bufferLayers(visible.has('buffer')),
  ];
}
