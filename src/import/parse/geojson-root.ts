// What a GeoJSON file holds at its top: a FeatureCollection, a lone Feature, or a bare geometry
// (read as one feature with no properties), in the coordinate system its `crs` names.
import { crsOf, reprojectGeometry } from './crs';
import { GEOMETRY_TYPES } from './geometry';
import type { Fatal } from './importer';
import type { Notes } from './notes';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The features of the file, as the file gives them; a fatal when there are none to read. */
function listed(json: unknown, notes: Notes): unknown[] | Fatal {
  const type = isObject(json) ? json.type : undefined;
  if (type === 'Feature') return [json];
  if (type === 'FeatureCollection' && isObject(json) && Array.isArray(json.features)) return json.features;
  if (type === 'FeatureCollection') return { fatal: 'the GeoJSON FeatureCollection has no "features" list' };
  if (typeof type === 'string' && GEOMETRY_TYPES.includes(type)) {
    notes.say(
      `The file is a bare GeoJSON ${type}, not a Feature or FeatureCollection: it was read as one feature with no properties.`,
    );
    return [{ type: 'Feature', geometry: json, properties: {} }];
  }
  return {
    fatal: 'the file is JSON but not GeoJSON: expected a FeatureCollection, a Feature or a geometry',
  };
}

/**
 * The file's features, their geometries in longitude and latitude: Web Mercator metres (its
 * `crs`) are converted, and said; any other named system is a fatal, since its numbers are not
 * degrees.
 */
export function featuresOf(json: unknown, notes: Notes): unknown[] | Fatal {
  const crs = crsOf(json);
  if (typeof crs === 'object') {
    return {
      fatal: `its coordinates are in ${crs.other} (its "crs"), not longitude and latitude: export it as GeoJSON in WGS 84 (EPSG:4326) and import it again`,
    };
  }
  const features = listed(json, notes);
  if ('fatal' in features || crs === 'wgs84') return features;
  for (const f of features) if (isObject(f)) reprojectGeometry(f.geometry);
  notes.say(
    'Its coordinates were in Web Mercator metres (EPSG:3857, as its "crs" says) and were converted to longitude and latitude.',
  );
  return features;
}
