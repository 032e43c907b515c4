// Small helpers shared by the geo build: rounding, winding, feature constructors, file output.
import { writeFileSync } from 'node:fs';
import { rewind } from '@turf/turf';

/** RFC 7946 recommends no more precision than needed; 5 decimals is ~1 m. */
export const DECIMALS = 5;
const FACTOR = 10 ** DECIMALS;

export const roundCoord = (v) => Math.round(v * FACTOR) / FACTOR;

/** Rounds every position and drops consecutive duplicates that rounding creates. */
export function roundPositions(coords) {
  if (typeof coords[0] === 'number') return coords.map(roundCoord);
  const out = coords.map(roundPositions);
  if (Array.isArray(out[0]) && typeof out[0][0] === 'number') {
    return out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
  }
  return out;
}

export function feature(geometry, properties, id) {
  return { type: 'Feature', ...(id ? { id } : {}), properties, geometry };
}

export const lineString = (coordinates, properties, id) =>
  feature({ type: 'LineString', coordinates }, properties, id);

export const polygon = (ring, properties, id) =>
  feature({ type: 'Polygon', coordinates: [ring] }, properties, id);

/** Clipping and rounding can leave rings too short to enclose anything; drop them. */
export function dropEmpty(geometry) {
  const ok = (ring) => ring.length >= 4;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.filter(ok) };
  if (geometry.type !== 'MultiPolygon') return geometry;
  const polys = geometry.coordinates.map((p) => p.filter(ok)).filter((p) => p.length > 0);
  return { ...geometry, coordinates: polys };
}

/** Rounds, then enforces the right-hand rule (exterior rings counter-clockwise). */
export function finish(f) {
  const geometry = dropEmpty({ ...f.geometry, coordinates: roundPositions(f.geometry.coordinates) });
  // Only polygons have a winding rule; turf would also reverse a "clockwise" LineString.
  const isPolygon = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  return isPolygon ? rewind({ ...f, geometry }, { reverse: false }) : { ...f, geometry };
}

export function collection(features, meta) {
  return { type: 'FeatureCollection', ...meta, features: features.map(finish) };
}

/** One feature per line: diffs of regenerated files stay readable. */
export function writeCollection(path, fc) {
  const { features, ...head } = fc;
  const body = features.map((f) => `  ${JSON.stringify(f)}`).join(',\n');
  const headJson = JSON.stringify(head).slice(0, -1);
  writeFileSync(path, `${headJson},"features":[\n${body}\n]}\n`);
}
