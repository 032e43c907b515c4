// Access to Natural Earth (via the world-atlas package) as GeoJSON.
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const countries10m = require('world-atlas/countries-10m.json');
const corrections = require('../authored/line-a-corrections.json');

/** Exact 5-decimal keys: the same shared vertex comes out of every geometry identically. */
const key = ([lon, lat]) => `${lon.toFixed(5)},${lat.toFixed(5)}`;
const MOVES = new Map(corrections.moves.map((m) => [key(m.from), m.to]));

/** Applies geo/authored/line-a-corrections.json to any coordinate array, at any depth. */
export function corrected(coords) {
  if (typeof coords[0] === 'number') return MOVES.get(key(coords)) ?? coords;
  return coords.map(corrected);
}
const correctFeature = (f) => ({
  ...f,
  geometry: { ...f.geometry, coordinates: corrected(f.geometry.coordinates) },
});
const land10m = require('world-atlas/land-10m.json');

/** ISO 3166-1 numeric ids used by world-atlas. */
export const COUNTRY = {
  israel: '376',
  syria: '760',
  lebanon: '422',
  jordan: '400',
  palestine: '275',
  egypt: '818',
};

export function country(id) {
  const geom = countries10m.objects.countries.geometries.find((g) => g.id === id);
  if (!geom) throw new Error(`world-atlas has no country with id ${id}`);
  return correctFeature(feature(countries10m, geom));
}

export function allCountries() {
  return feature(countries10m, countries10m.objects.countries).features.map(correctFeature);
}

export function land() {
  return feature(land10m, land10m.objects.land);
}

/** The shared border of two countries as one LineString's coordinates. */
export function border(a, b) {
  const m = mesh(
    countries10m,
    countries10m.objects.countries,
    (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a),
  );
  if (m.coordinates.length === 0) throw new Error(`no border between ${a} and ${b}`);
  return corrected(m.coordinates);
}

/**
 * Line A of the 1974 agreement: Natural Earth's Israel–Syria border is the 1974
 * ceasefire line (to ~150 m), so we derive it instead of typing it in. North to south.
 */
export function lineA() {
  const [line, ...rest] = border(COUNTRY.israel, COUNTRY.syria);
  if (rest.length) throw new Error('expected one Israel–Syria border line');
  return line[0][1] > line[line.length - 1][1] ? line : [...line].reverse();
}
