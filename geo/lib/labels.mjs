// Label anchors for the area layers, written to geo/labels.geojson: one feature per label, so
// MapLibre never repeats a polygon's label per tile and thin areas get text that fits.
import {
  bearing,
  booleanPointInPolygon,
  centerOfMass,
  destination,
  midpoint,
  nearestPointOnLine,
  pointOnFeature,
} from '@turf/turf';
import { feature, lineString } from './geojson.mjs';

/**
 * Authored spots where the computed centre would collide: the Golan's centre lies on Line A's
 * label, Quneitra's on the Area of Separation and Quneitra town's own label.
 */
const LABEL_AT = { golan: [35.7, 32.87], quneitra: [35.965, 33.03] };

/**
 * Line labels follow short straight guides laid along a straight stretch of each line: the
 * real lines zigzag too much for text to follow, and on one shared guide the three labels
 * would crowd each other out. The guides are never drawn.
 */
const GUIDES = { 'line-a': [32.99, 33.09], 'line-b': [32.99, 33.09], buffer: [32.76, 32.84] };
const GUIDE_KM = 26;

function guide(coords, [fromLat, toLat]) {
  const stretch = coords.filter(([, lat]) => lat >= fromLat && lat <= toLat);
  const [s, n] = [stretch.at(-1), stretch[0]].sort((p, q) => p[1] - q[1]);
  const centre = midpoint(s, n);
  const heading = bearing(s, n);
  const end = (sign) => destination(centre, (sign * GUIDE_KM) / 2, heading).geometry.coordinates;
  return [end(-1), end(1)];
}

/** The middle of the zone, between Line A and Line B. */
function centreline(lineA, lineB) {
  const along = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: lineA } };
  return lineB.map((p) => {
    const q = nearestPointOnLine(along, p).geometry.coordinates;
    return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  });
}

/** The centre of mass where it falls inside the polygon, else a point surely inside. */
function anchor(rings) {
  const f = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
  const centre = centerOfMass(f);
  return booleanPointInPolygon(centre, f) ? centre.geometry : pointOnFeature(f).geometry;
}

export function labelFeatures({ lineA, lineB, governorates }) {
  return [
    feature(
      { type: 'Point', coordinates: LABEL_AT.golan },
      {
        group: 'golan',
        name: 'Golan Heights',
        note: 'Israeli-held; claimed by Syria',
      },
    ),
    lineString(guide(centreline(lineA, lineB), GUIDES.buffer), {
      group: 'buffer',
      name: 'Area of Separation',
    }),
    lineString(guide(lineA, GUIDES['line-a']), { group: 'line-a', name: 'Line A (Alpha)' }),
    lineString(guide(lineB, GUIDES['line-b']), { group: 'line-b', name: 'Line B (Bravo)' }),
    ...governorates.map(({ id, ref, rings }) =>
      feature(LABEL_AT[id] ? { type: 'Point', coordinates: LABEL_AT[id] } : anchor(rings), {
        group: id,
        name: ref.name,
        note: 'governorate',
      }),
    ),
  ];
}
