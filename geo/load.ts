// Test helpers: read the shipped GeoJSON layers and the reference fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';

export const GEO_DIR = join(import.meta.dirname, '.');

/** Every layer file `npm run geo` writes. */
export const LAYER_FILES = [
  'golan-heights',
  'buffer-zone-1974',
  'areas-of-limitation',
  'governorates',
  'water',
  'basemap',
  'world',
  'places',
  'labels',
] as const;
export type LayerFile = (typeof LAYER_FILES)[number];

export const readLayer = (name: string, dir = GEO_DIR): FeatureCollection =>
  JSON.parse(readFileSync(join(dir, `${name}.geojson`), 'utf8'));

export type Area = Feature<Polygon | MultiPolygon>;

export function byId<G extends Geometry>(fc: FeatureCollection, id: string): Feature<G> {
  const f = fc.features.find((x) => x.id === id || x.properties?.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f as Feature<G>;
}

export const lineCoords = (fc: FeatureCollection, role: string): LineString['coordinates'] => {
  const f = fc.features.find((x) => x.properties?.role === role);
  if (f?.geometry.type !== 'LineString') throw new Error(`no line ${role}`);
  return f.geometry.coordinates;
};

type Pt = [number, number];
export type Reference = {
  lineA: { toleranceKm: number; points: Pt[] };
  lineB: { toleranceKm: number; points: Pt[] };
  golan: { areaKm2: [number, number]; inside: Record<string, Pt>; outside: Record<string, Pt> };
  areaOfSeparation: { areaKm2: [number, number]; inside: Record<string, Pt>; outside: Record<string, Pt> };
  governorates: { toleranceFraction: number } & Record<
    'quneitra' | 'sweida' | 'daraa',
    { areaKm2: number; bbox: [number, number, number, number]; inside: Record<string, Pt> }
  >;
  maxOverlapKm2: number;
  places: { toleranceKm: number; farToleranceKm: number; far: string[]; points: Record<string, Pt> };
};

export const reference: Reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '../tests/fixtures/geography.json'), 'utf8'),
);
