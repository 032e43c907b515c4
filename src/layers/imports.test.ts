import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { importLayer, importSource } from './ids';
import { importAreaLayers, importAreaSource, importPointLayer } from './imports';

const area = {
  type: 'Feature' as const,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [35.8, 33],
        [35.9, 33],
        [35.9, 33.1],
        [35.8, 33],
      ],
    ],
  },
  properties: { name: '<img src=x onerror=alert(1)>' },
};

describe('import area layers', () => {
  const style = (visible: boolean) => ({
    version: 8 as const,
    sources: { [importSource('u1abcd')]: importAreaSource([area]) },
    layers: importAreaLayers('u1abcd', '#0072b2', visible),
  });

  it('pass the MapLibre style spec validator, shown or hidden', () => {
    expect(validateStyleMin(style(true))).toEqual([]);
    expect(validateStyleMin(style(false))).toEqual([]);
  });

  it('are named from the dataset id, drawn in its colour, and follow its toggle', () => {
    const [fill, line] = importAreaLayers('u1abcd', '#d55e00', false);
    expect([fill.id, line.id]).toEqual([importLayer('u1abcd', 'fill'), importLayer('u1abcd', 'line')]);
    expect(fill.paint?.['fill-color']).toBe('#d55e00');
    expect(line.paint?.['line-color']).toBe('#d55e00');
    expect(fill.layout?.visibility).toBe('none');
    expect(importAreaLayers('u1abcd', '#d55e00', true)[1].layout?.visibility).toBe('visible');
  });

  it('draw undated points as rings in its colour, following its toggle', () => {
    const points = importPointLayer('u1abcd', '#d55e00', false);
    expect(points.id).toBe(importLayer('u1abcd', 'points'));
    expect(points.type).toBe('circle');
    expect(points.filter).toEqual(['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false]);
    expect(points.paint?.['circle-stroke-color']).toBe('#d55e00');
    expect(points.layout?.visibility).toBe('none');
    const point = {
      type: 'Feature' as const,
      geometry: { type: 'Point', coordinates: [35.8, 33.1] },
      properties: {},
    };
    expect(
      validateStyleMin({
        ...style(true),
        sources: { [importSource('u1abcd')]: importAreaSource([area, point]) },
        layers: [...importAreaLayers('u1abcd', '#d55e00', true), importPointLayer('u1abcd', '#d55e00', true)],
      }),
    ).toEqual([]);
  });
});
