// The Golan Heights, the 1974 Area of Separation and the Areas of Limitation.
import { buffer, difference, featureCollection, intersect } from '@turf/turf';
import { polygon } from './geojson.mjs';
import { closeRing, join, sliceBetween } from './lines.mjs';
import { border, COUNTRY, country } from './world.mjs';

/** Line B with its ends snapped to the borders the Area of Separation closes on. */
export function lineB(authored) {
  const pts = authored.coordinates;
  const north = sliceBetween(border(COUNTRY.lebanon, COUNTRY.syria)[0], pts[0], pts[0])[0];
  const south = sliceBetween(border(COUNTRY.syria, COUNTRY.jordan)[0], pts.at(-1), pts.at(-1))[0];
  return [north, ...pts.slice(1, -1), south];
}

/** Area of Separation: Line A, the Jordan border, Line B (reversed), the Lebanese border. */
export function areaOfSeparation(a, b) {
  const syJo = border(COUNTRY.syria, COUNTRY.jordan)[0];
  const lbSy = border(COUNTRY.lebanon, COUNTRY.syria)[0];
  const south = sliceBetween(syJo, a.at(-1), b.at(-1));
  const north = sliceBetween(lbSy, b[0], a[0]);
  return closeRing(join(a, south, [...b].reverse(), north));
}

/** The pre-1967 line: authored north piece, the lake's east shore, authored south piece. */
export function golanWestEdge(edge, lake) {
  const shore = lake.coordinates.slice(lake.eastShoreFrom, lake.eastShoreTo + 1).reverse();
  return join(edge.north, shore, edge.south);
}

/**
 * The Golan is the part of Natural Earth's Israel (which draws it inside Israel, de facto)
 * east of the pre-1967 line; so its east edge is exactly Line A and its north and south
 * edges are exactly the Lebanese and Jordanian borders.
 */
export function golanHeights(westEdge) {
  const far = 2; // degrees: well beyond the Golan on every side
  const [n, s] = [westEdge[0], westEdge.at(-1)];
  const cutter = closeRing([
    ...westEdge,
    [s[0], s[1] - far],
    [s[0] + far, s[1] - far],
    [n[0] + far, n[1] + far],
    [n[0], n[1] + far],
  ]);
  const cut = intersect(featureCollection([country(COUNTRY.israel), polygon(cutter)]));
  return largestPolygon(cut);
}

/** Keeps the largest part: cutting can leave slivers of a few metres along shared lines. */
export function largestPolygon(f) {
  if (!f) throw new Error('empty intersection');
  if (f.geometry.type === 'Polygon') return f.geometry.coordinates;
  const parts = f.geometry.coordinates;
  const size = (p) => p[0].length;
  return parts.reduce((a, b) => (size(b) > size(a) ? b : a));
}

/** Distances (km) of the agreement's bands, innermost first. */
export const LIMITATION_BANDS_KM = [10, 20, 25];

/**
 * Bands of limitation behind each line: Israel's side of Line A, Syria's side of Line B.
 * Each band is a ring (0–10, 10–20, 20–25 km) so they do not overlap.
 */
export function areasOfLimitation(a, b, aos) {
  const israel = country(COUNTRY.israel);
  const syriaEast = difference(featureCollection([country(COUNTRY.syria), polygon(aos)]));
  const sides = [
    { side: 'israeli', line: a, within: israel },
    { side: 'syrian', line: b, within: syriaEast },
  ];
  return sides.flatMap(({ side, line, within }) => bands(side, line, within));
}

function bands(side, line, within) {
  let inner = null;
  let fromKm = 0;
  const out = [];
  for (const km of LIMITATION_BANDS_KM) {
    const zone = intersect(featureCollection([buffered(line, km), within]));
    const ring = inner ? difference(featureCollection([zone, inner])) : zone;
    out.push({ side, fromKm, toKm: km, geometry: ring.geometry });
    inner = zone;
    fromKm = km;
  }
  return out;
}

const buffered = (line, km) =>
  buffer({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } }, km, {
    units: 'kilometers',
    steps: 16,
  });
