// A GeoJSON file's `crs` (GeoJSON 2008; RFC 7946 dropped it and means longitude and latitude on
// WGS 84). Files from older GIS exports still name one: Web Mercator metres are turned into
// longitude and latitude here, and any other system is refused by its name, since drawing its
// numbers as degrees would put every point somewhere else or off the globe.
import { clipForMessage } from './dates';

export type Crs = 'wgs84' | 'web-mercator' | { other: string };

// Codes as the crs names end them: "EPSG:3857", "urn:ogc:def:crs:EPSG::3857", "urn:…:CRS84",
// "CRS:84", "http://www.opengis.net/def/crs/EPSG/0/3857".
const WGS84 = new Set(['4326', 'CRS84', '84']);
// Web Mercator under its many codes: 3857, Google's 900913, ESRI's 102100 and 102113, 3785.
const WEB_MERCATOR = new Set(['3857', '900913', '102100', '102113', '3785']);
const RADIUS = 6_378_137; // metres: the sphere Web Mercator projects
const MAX_DEPTH = 8;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The system a `crs` member names; a missing or empty one is WGS 84, as RFC 7946 says. */
export function crsOf(json: unknown): Crs {
  const crs = isObject(json) ? json.crs : undefined;
  if (!isObject(crs)) return 'wgs84';
  const props = isObject(crs.properties) ? crs.properties : {};
  const name = String(props.name ?? props.code ?? props.href ?? '').trim();
  if (name === '') return 'wgs84';
  const code = name.split(/[:/]/).pop() ?? '';
  if (WGS84.has(code.toUpperCase())) return 'wgs84';
  if (WEB_MERCATOR.has(code)) return 'web-mercator';
  return { other: clipForMessage(name, 60) };
}

/** [x, y] in Web Mercator metres as [longitude, latitude]; anything after them is kept. */
export function fromWebMercator([x, y, ...rest]: number[]): number[] {
  const lon = ((x ?? Number.NaN) / RADIUS) * (180 / Math.PI);
  const lat = (2 * Math.atan(Math.exp((y ?? Number.NaN) / RADIUS)) - Math.PI / 2) * (180 / Math.PI);
  return [lon, lat, ...rest];
}

/** Turns every position under `coordinates` into longitude and latitude, in place. */
function reprojectCoordinates(value: unknown, depth: number): unknown {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return value;
  if (value.every((v) => typeof v === 'number')) return value.length >= 2 ? fromWebMercator(value) : value;
  return value.map((v) => reprojectCoordinates(v, depth + 1));
}

/** A geometry (and the parts of a GeometryCollection) in longitude and latitude, in place. */
export function reprojectGeometry(geometry: unknown, depth = 0): void {
  if (!isObject(geometry) || depth > MAX_DEPTH) return;
  if ('coordinates' in geometry) geometry.coordinates = reprojectCoordinates(geometry.coordinates, 0);
  if (Array.isArray(geometry.geometries))
    for (const g of geometry.geometries) reprojectGeometry(g, depth + 1);
}
