// Basemap pieces from Natural Earth (world-atlas): countries and borders, clipped to the region.
import { createRequire } from 'node:module';
import { bbox, bboxClip, featureCollection, union } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import { dropEmpty } from './geojson.mjs';
import { allCountries, border, COUNTRY } from './world.mjs';

const require = createRequire(import.meta.url);
const countries110m = require('world-atlas/countries-110m.json');

/** The detailed (1:10m) basemap covers this box; outside it the 1:110m world shows. */
export const DETAIL_BBOX = [32.5, 29.0, 40.5, 36.5];
/**
 * The coarse world: enough for the far events (Washington, Paris, the Gulf, Baku) and for users'
 * own data; it stops short of the antimeridian and the poles, which only complicate clipping.
 */
export const WORLD_BBOX = [-170.0, -56.0, 179.0, 78.0];

/**
 * Natural Earth polygons clipped to a box can come out with spikes and self-touching rings;
 * a union of the polygon with itself rebuilds it as valid GeoJSON.
 */
const repair = (f) => union(featureCollection([f, f]));

const clipPolygon = (f, box) => {
  const geometry = dropEmpty(bboxClip(f, box).geometry);
  return geometry.coordinates.length > 0 ? repair({ ...f, geometry }) : null;
};

const NAMES = Object.fromEntries(Object.entries(COUNTRY).map(([name, id]) => [id, name]));

export function countryFeatures() {
  return allCountries()
    .filter((c) => overlapsDetail(bbox(c)))
    .map((c) => ({ c, clipped: clipPolygon(c, DETAIL_BBOX) }))
    .filter(({ clipped }) => clipped !== null)
    .map(({ c, clipped }) => ({
      type: 'Feature',
      properties: { layer: 'country', id: NAMES[c.id] ?? 'other', name: c.properties.name },
      geometry: clipped.geometry,
    }));
}

/**
 * Israel–Syria is Line A, a ceasefire line rather than an agreed border; Israel's lines with
 * the Palestinian territories are armistice lines. Both are drawn differently from borders.
 */
const LINE_KIND = {
  [[COUNTRY.israel, COUNTRY.syria].sort()]: 'ceasefire',
  [[COUNTRY.israel, COUNTRY.palestine].sort()]: 'armistice',
};

export function borderFeatures() {
  const ids = allCountries()
    .filter((c) => overlapsDetail(bbox(c)))
    .map((c) => c.id);
  const out = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]];
      let lines;
      try {
        lines = border(a, b);
      } catch {
        continue;
      }
      const kind = LINE_KIND[[a, b].sort()] ?? 'international';
      const clipped = bboxClip(
        { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } },
        DETAIL_BBOX,
      );
      if (clipped.geometry.coordinates.length === 0) continue;
      out.push({ type: 'Feature', properties: { layer: 'border', kind }, geometry: clipped.geometry });
    }
  }
  return out;
}

const overlapsDetail = ([w, s, e, n]) =>
  w < DETAIL_BBOX[2] && e > DETAIL_BBOX[0] && s < DETAIL_BBOX[3] && n > DETAIL_BBOX[1];

const inside = ([x, y]) =>
  x > DETAIL_BBOX[0] && x < DETAIL_BBOX[2] && y > DETAIL_BBOX[1] && y < DETAIL_BBOX[3];

/** The coarse world: land for context when zoomed out, borders only outside the detail box. */
export function worldFeatures() {
  const countries = feature(countries110m, countries110m.objects.countries)
    .features.map((f) => clipPolygon(f, WORLD_BBOX))
    .filter((f) => f !== null)
    // One feature per part: polygons of a clipped country may touch at a point, which
    // GeoJSON validity checkers reject inside one MultiPolygon.
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .map((coordinates) => ({
      type: 'Feature',
      properties: { layer: 'country' },
      geometry: { type: 'Polygon', coordinates },
    }));
  const borders = mesh(countries110m, countries110m.objects.countries, (x, y) => x !== y);
  const inWorld = bboxClip({ type: 'Feature', properties: {}, geometry: borders }, WORLD_BBOX).geometry;
  const lines = inWorld.type === 'LineString' ? [inWorld.coordinates] : inWorld.coordinates;
  const outside = lines.flatMap((line) => runsOutside(line));
  return [
    ...countries,
    {
      type: 'Feature',
      properties: { layer: 'border' },
      geometry: { type: 'MultiLineString', coordinates: outside },
    },
  ];
}

function runsOutside(line) {
  const runs = [[]];
  for (const p of line) {
    if (inside(p)) runs.push([]);
    else runs[runs.length - 1].push(p);
  }
  return runs.filter((r) => r.length > 1);
}
