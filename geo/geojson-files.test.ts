// Every shipped layer is valid RFC 7946 GeoJSON, and `npm run geo` reproduces it exactly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanClockwise, booleanValid } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, LAYER_FILES, readLayer } from './load';

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return g.geometries.flatMap(positions);
  }
}

const polygons = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

describe.each(LAYER_FILES)('geo/%s.geojson', (name) => {
  const fc = readLayer(name);

  it('is a FeatureCollection of valid features', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(booleanValid(f), `${name}: ${JSON.stringify(f.properties)}`).toBe(true);
    }
  });

  it('has [lon, lat] positions with at most 5 decimals', () => {
    for (const f of fc.features) {
      for (const [lon, lat, ...rest] of positions(f.geometry)) {
        expect(rest).toHaveLength(0);
        expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat as number)).toBeLessThanOrEqual(90);
        expect(decimals(lon as number)).toBeLessThanOrEqual(5);
        expect(decimals(lat as number)).toBeLessThanOrEqual(5);
      }
    }
  });

  it('follows the right-hand rule: exterior rings counter-clockwise, holes clockwise', () => {
    for (const f of fc.features) {
      for (const [outer, ...holes] of polygons(f.geometry)) {
        expect(booleanClockwise(outer as Position[])).toBe(false);
        for (const h of holes) expect(booleanClockwise(h)).toBe(true);
      }
    }
  });
});

describe('the regional layers', () => {
  // A swapped [lat, lon] would put these points in the Red Sea / Saudi desert (lon 32-33.5).
  it.each(['golan-heights', 'buffer-zone-1974', 'governorates', 'areas-of-limitation', 'water'])(
    '%s lies within the Golan / southern Syria box',
    (name) => {
      for (const f of readLayer(name).features) {
        for (const [lon, lat] of positions(f.geometry)) {
          expect(lon).toBeGreaterThan(34.8);
          expect(lon).toBeLessThan(38);
          expect(lat).toBeGreaterThan(31.8);
          expect(lat).toBeLessThan(34);
        }
      }
    },
  );
});

describe('npm run geo', () => {
  it('rebuilds every committed layer byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'golan-geo-'));
    execFileSync(process.execPath, [join(GEO_DIR, 'build.mjs'), out], { stdio: 'pipe' });
    for (const name of LAYER_FILES) {
      const rebuilt = readFileSync(join(out, `${name}.geojson`), 'utf8');
      const committed = readFileSync(join(GEO_DIR, `${name}.geojson`), 'utf8');
      expect(rebuilt === committed, `geo/${name}.geojson is stale: run npm run geo`).toBe(true);
    }
  }, 60_000);
});
