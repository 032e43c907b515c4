// Checks GeoJSON geometries before the map gets them: a wrong nesting or a coordinate outside
// the globe would otherwise fail (or draw nonsense) deep inside the renderer, far from the file.
import { clipForMessage } from './dates';
import { checkCoordinate, own } from './fields';

const show = (v: unknown) => clipForMessage(JSON.stringify(v) ?? 'undefined');

/** How many array levels sit above the positions, and the fewest positions a part needs. */
const SHAPES: Record<string, { depth: number; min: number }> = {
  Point: { depth: 0, min: 1 },
  MultiPoint: { depth: 1, min: 0 },
  LineString: { depth: 1, min: 2 },
  MultiLineString: { depth: 2, min: 2 },
  Polygon: { depth: 2, min: 4 },
  MultiPolygon: { depth: 3, min: 4 },
};

export const GEOMETRY_TYPES = [...Object.keys(SHAPES), 'GeometryCollection'];

/** Null when [lon, lat, …] is a usable position, else the reason. */
export function checkPosition(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2) return 'a position is not a [longitude, latitude] pair';
  const [lon, lat] = p as unknown[];
  if (typeof lon !== 'number') return `longitude ${show(lon)} is not a number`;
  if (typeof lat !== 'number') return `latitude ${show(lat)} is not a number`;
  return checkCoordinate(lon, 'longitude') ?? checkCoordinate(lat, 'latitude');
}

/** Walks `depth` levels of arrays down to the positions; lists just above them need `min` positions. */
function checkNested(value: unknown, depth: number, min: number): string | null {
  if (depth === 0) return checkPosition(value);
  if (!Array.isArray(value) || typeof value[0] === 'number') {
    return 'its coordinates are not nested as its geometry type needs';
  }
  if (depth === 1 && value.length < min) return `a part has ${value.length} positions, fewer than ${min}`;
  for (const item of value) {
    const problem = checkNested(item, depth - 1, min);
    if (problem) return problem;
  }
  return null;
}

const MAX_COLLECTION_DEPTH = 8;

/** Null when the geometry is well-formed GeoJSON with coordinates on the globe, else the reason. */
export function checkGeometry(g: unknown, level = 0): string | null {
  if (g === null || g === undefined) return 'it has no geometry';
  if (typeof g !== 'object' || Array.isArray(g)) return 'its geometry is not a GeoJSON geometry';
  const { type, coordinates, geometries } = g as {
    type?: unknown;
    coordinates?: unknown;
    geometries?: unknown;
  };
  if (type === 'GeometryCollection') {
    if (!Array.isArray(geometries)) return 'its GeometryCollection has no geometries list';
    if (level >= MAX_COLLECTION_DEPTH) return 'its GeometryCollections are nested too deep';
    for (const part of geometries) {
      const problem = checkGeometry(part, level + 1);
      if (problem) return problem;
    }
    return null;
  }
  const shape = typeof type === 'string' ? own(SHAPES, type) : undefined;
  if (!shape) return `geometry type ${show(type)} is not a GeoJSON geometry type`;
  if (coordinates === undefined) return `its ${type} has no coordinates`;
  return checkNested(coordinates, shape.depth, shape.min);
}
