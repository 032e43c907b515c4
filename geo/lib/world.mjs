// Access to Natural Earth (via the world-atlas package) as GeoJSON.
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const countries10m = require('world-atlas/countries-10m.json');
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
  return feature(countries10m, geom);
}

export function allCountries() {
  return feature(countries10m, countries10m.objects.countries).features;
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
  return m.coordinates;
}

/** All borders between two different countries (not coastlines). */
export function allBorders() {
  return mesh(countries10m, countries10m.objects.countries, (x, y) => x !== y);
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
