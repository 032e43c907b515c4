import { describe, expect, it } from 'vitest';
import { checkGeometry, checkPosition } from './geometry';

const ring = [
  [35, 33],
  [36, 33],
  [36, 34],
  [35, 33],
];

describe('checkGeometry', () => {
  it.each([
    { type: 'Point', coordinates: [35, 33, 120] },
    { type: 'MultiPoint', coordinates: [] },
    { type: 'LineString', coordinates: ring.slice(0, 2) },
    { type: 'MultiLineString', coordinates: [ring] },
    { type: 'Polygon', coordinates: [ring, ring] },
    { type: 'MultiPolygon', coordinates: [[ring]] },
    { type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [ring] }] },
  ])('accepts a $type', (g) => {
    expect(checkGeometry(g)).toBeNull();
  });

  it.each([
    [null, 'it has no geometry'],
    [[1, 2], 'its geometry is not a GeoJSON geometry'],
    [{ type: 'Polygon' }, 'its Polygon has no coordinates'],
    [{ type: 'Polygon', coordinates: ring }, 'its coordinates are not nested as its geometry type needs'],
    [{ type: 'Polygon', coordinates: [ring.slice(0, 3)] }, 'a part has 3 positions, fewer than 4'],
    [{ type: 'LineString', coordinates: [[1, 2]] }, 'a part has 1 positions, fewer than 2'],
    [{ type: 'Point', coordinates: [200, 0] }, 'longitude 200 is out of range'],
    [{ type: 'Point', coordinates: [0] }, 'a position is not a [longitude, latitude] pair'],
    [{ type: 'toString', coordinates: [0, 0] }, 'geometry type "toString" is not a GeoJSON geometry type'],
    [{ type: 'GeometryCollection' }, 'its GeometryCollection has no geometries list'],
  ])('rejects %j: %s', (g, reason) => {
    expect(checkGeometry(g)).toBe(reason);
  });

  it('refuses collections nested without end', () => {
    let g: unknown = { type: 'Point', coordinates: [0, 0] };
    for (let i = 0; i < 20; i++) g = { type: 'GeometryCollection', geometries: [g] };
    expect(checkGeometry(g)).toBe('its GeometryCollections are nested too deep');
  });

  it('names the bad value in a position', () => {
    expect(checkPosition(['35', 33])).toBe('longitude "35" is not a number');
    expect(checkPosition([35, null])).toBe('latitude null is not a number');
  });
});
