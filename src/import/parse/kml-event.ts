// One KML placemark as what the map draws: events on the time slider when it has a time (one at
// each of its points; a line or polygon one at its centre), a static feature when it has none, or
// the reason it was left out.
import { AREA_DAY, AREA_END, type AreaFeature } from '../../data/areas';
import type { EventRecord } from '../../data/events';
import { clip, coordinatesText, type RowContext, rowId } from './fields';
import { checkGeometry } from './geometry';
import type { KmlGeometry } from './kml-geometry';
import type { PlacemarkText } from './kml-placemark';
import { descriptionText } from './kml-text';
import { whenOfKml } from './kml-time';

type Geometry = KmlGeometry;
type When = Exclude<ReturnType<typeof whenOfKml>, string | null>;

/** What a placemark became: events (with the shape too when it is one), a static feature, or a reason. */
export type PlacemarkOutcome =
  | { events: EventRecord[]; shape?: AreaFeature }
  | { undated: AreaFeature }
  | { reason: string };

const TITLE = 200;
const SUMMARY = 4000;
const FIELD = 500;

/** "placemark 3 (Checkpoint)": where a rejected placemark is, as the summary names it. */
export const placemarkWhere = (n: number, name: string) =>
  name === '' ? `placemark ${n}` : `placemark ${n} (${clip(name, 60)})`;

/** The [lon, lat] of every position in a geometry, however nested. */
function positionsOf(g: Geometry, out: [number, number][] = []): [number, number][] {
  if (!g) return out;
  if (Array.isArray(g.geometries)) for (const part of g.geometries) positionsOf(part as Geometry, out);
  const walk = (v: unknown): void => {
    if (!Array.isArray(v)) return;
    if (typeof v[0] === 'number') out.push([v[0], v[1] as number]);
    else for (const item of v) walk(item);
  };
  walk(g.coordinates);
  return out;
}

/** The points of a Point or of a MultiGeometry of points only; null for any other shape. */
function pointsOf(g: NonNullable<Geometry>): [number, number][] | null {
  if (g.type === 'Point' || g.type === 'MultiPoint') return positionsOf(g);
  if (g.type !== 'GeometryCollection' || !Array.isArray(g.geometries)) return null;
  const parts = g.geometries as NonNullable<Geometry>[];
  return parts.length > 0 && parts.every((p) => p.type === 'Point' || p.type === 'MultiPoint')
    ? positionsOf(g)
    : null;
}

/** The mean of its positions: where a dated line or polygon stands on the time slider. */
function centreOf(g: Geometry): [number, number] {
  const all = positionsOf(g);
  const sum = all.reduce(([x, y], [lon, lat]) => [x + lon, y + lat], [0, 0]);
  return [sum[0] / all.length, sum[1] / all.length];
}

/** The ExtendedData fields and the folder, as the card lists them. */
function extraOf(t: PlacemarkText): [string, string][] {
  const extra = [...t.data].map(([k, v]): [string, string] => [clip(k, 80), clip(v, FIELD)]);
  // The card keys its rows by name: a field of the file's own called "folder" keeps its name.
  if (t.folder !== '') extra.push([t.data.has('folder') ? 'KML folder' : 'folder', clip(t.folder, FIELD)]);
  return extra;
}

function eventAt(t: PlacemarkText, when: When, [lon, lat]: [number, number], id: string, ctx: RowContext) {
  const extra = extraOf(t);
  const record: EventRecord = {
    id,
    set: ctx.set,
    kind: 'other',
    title: clip(t.name || `Placemark ${ctx.rowNumber}`, TITLE),
    summary: clip(descriptionText(t.description), SUMMARY),
    actors: [],
    ...when,
    place: clip(t.address, FIELD) || coordinatesText(lat, lon),
    geo_precision: 'exact',
    radiusKm: 0,
    sources: [],
    ...(t.id ? { source_id: clip(t.id, FIELD) } : {}),
    ...(extra.length > 0 ? { extra } : {}),
    lon,
    lat,
  };
  return record;
}

/**
 * The shape as a feature of the import, named as the placemark is; with a time, dated by it, so
 * that it is drawn only while its event at the centre is on the map.
 */
const featureOf = (g: NonNullable<Geometry>, t: PlacemarkText, when?: When): AreaFeature => ({
  type: 'Feature',
  geometry: g,
  properties: {
    name: clip(t.name, TITLE),
    ...(when ? { [AREA_DAY]: when.day, [AREA_END]: when.end } : {}),
  },
});

export function placemarkOutcome(t: PlacemarkText, geometry: Geometry, ctx: RowContext): PlacemarkOutcome {
  if (!geometry) return { reason: 'it has no place: no Point, LineString or Polygon' };
  const problem = checkGeometry(geometry);
  if (problem) return { reason: problem };
  const when = whenOfKml(t.time);
  if (typeof when === 'string') return { reason: when };
  if (when === null) return { undated: featureOf(geometry, t) };
  const points = pointsOf(geometry);
  if (points === null)
    return {
      events: [eventAt(t, when, centreOf(geometry), rowId(ctx), ctx)],
      shape: featureOf(geometry, t, when),
    };
  if (points.length === 0) return { reason: 'its MultiGeometry has no points' };
  const multi = points.length > 1;
  const id = (i: number) => (multi ? `${rowId(ctx)}-${i + 1}` : rowId(ctx));
  return { events: points.map((p, i) => eventAt(t, when, p, id(i), ctx)) };
}
