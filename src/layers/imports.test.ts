import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { AREA_DAY, AREA_END } from '../data/areas';
import { importLayer, importSource } from './ids';
import {
  type AreaTime,
  areaFilter,
  hasDatedAreas,
  importAreaLayers,
  importAreaSource,
  importPointLayer,
} from './imports';

/** Any time: cumulative mode, the slider at day 20,000. */
const T: AreaTime = { time: 20_000, windowStart: -1e9 };

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
    layers: importAreaLayers('u1abcd', '#0072b2', visible, T),
  });

  it('pass the MapLibre style spec validator, shown or hidden', () => {
    expect(validateStyleMin(style(true))).toEqual([]);
    expect(validateStyleMin(style(false))).toEqual([]);
  });

  it('are named from the dataset id, drawn in its colour, and follow its toggle', () => {
    const [fill, line] = importAreaLayers('u1abcd', '#d55e00', false, T);
    expect([fill.id, line.id]).toEqual([importLayer('u1abcd', 'fill'), importLayer('u1abcd', 'line')]);
    expect(fill.paint?.['fill-color']).toBe('#d55e00');
    expect(line.paint?.['line-color']).toBe('#d55e00');
    expect(fill.layout?.visibility).toBe('none');
    expect(importAreaLayers('u1abcd', '#d55e00', true, T)[1].layout?.visibility).toBe('visible');
  });

  it('draw undated points as rings in its colour, following its toggle', () => {
    const points = importPointLayer('u1abcd', '#d55e00', false, T);
    expect(points.id).toBe(importLayer('u1abcd', 'points'));
    expect(points.type).toBe('circle');
    expect(points.filter).toEqual(areaFilter('points', T));
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
        layers: [
          ...importAreaLayers('u1abcd', '#d55e00', true, T),
          importPointLayer('u1abcd', '#d55e00', true, T),
        ],
      }),
    ).toEqual([]);
  });
});

describe('dated areas (a KML line or polygon with a time)', () => {
  // MapLibre's own filter evaluation: feature type 1 is a point, 2 a line, 3 a polygon.
  const shown = (part: 'fill' | 'line' | 'points', type: 1 | 2 | 3, properties: object, t: AreaTime) =>
    featureFilter(areaFilter(part, t), 'layers[0].filter').filter({ zoom: 8 }, { type, properties } as never);
  // Days [20,000, 20,003): shown from its first day until the window has passed its last.
  const dated = { name: 'Checkpoint line', [AREA_DAY]: 20_000, [AREA_END]: 20_003 };
  const at = (time: number, windowDays?: number): AreaTime => ({
    time,
    windowStart: windowDays === undefined ? -1e9 : time - windowDays,
  });

  it('are drawn from their first day on, and in a window until it passes their last', () => {
    expect(shown('line', 2, dated, at(19_999))).toBe(false);
    expect(shown('line', 2, dated, at(20_000))).toBe(true);
    expect(shown('fill', 3, dated, at(30_000))).toBe(true);
    expect(shown('fill', 3, dated, at(20_010, 7))).toBe(false);
    expect(shown('fill', 3, dated, at(20_009, 7))).toBe(true);
    expect(shown('points', 1, dated, at(20_001, 1))).toBe(true);
  });

  it('leave undated features drawn at every date, and each part its own geometries', () => {
    for (const time of [0, 20_000, 90_000]) expect(shown('line', 2, { name: 'x' }, at(time, 1))).toBe(true);
    expect(shown('fill', 1, dated, at(20_000))).toBe(false);
    expect(shown('points', 3, dated, at(20_000))).toBe(false);
    expect(shown('line', 3, dated, at(20_000))).toBe(true);
    expect(shown('line', 1, { name: 'an undated point' }, at(20_000))).toBe(false);
    // A file's own property of that name that is no number is never a date on the slider.
    expect(shown('line', 2, { [AREA_DAY]: 'Monday' }, at(20_000))).toBe(false);
  });

  it('are told apart from undated ones, and the filters pass the style spec', () => {
    expect(hasDatedAreas([area])).toBe(false);
    expect(hasDatedAreas([area, { ...area, properties: dated }])).toBe(true);
    const layers = [
      ...importAreaLayers('u1abcd', '#d55e00', true, at(20_001, 30)),
      importPointLayer('u1abcd', '#d55e00', true, at(20_001, 30)),
    ];
    expect(
      validateStyleMin({
        version: 8,
        sources: { [importSource('u1abcd')]: importAreaSource([area]) },
        layers,
      }),
    ).toEqual([]);
  });
});
