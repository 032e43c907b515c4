// What a Parquet file's metadata says before any row is read: its top-level columns, and for a
// GeoParquet file (its `geo` metadata) or a file with Parquet's own GEOMETRY type, which column
// holds the geometries and in which coordinate system.
import { type FileMetaData, parquetSchema } from 'hyparquet';
import { type Crs, crsOf } from './crs';
import { clipForMessage } from './dates';
import type { Fatal } from './importer';

export type GeometryColumn = { name: string; crs: Crs };
export type ParquetShape = { columns: string[]; geometry: GeometryColumn | null };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `geo` metadata as an object, or null when it is missing or not JSON. */
function geoMetadata(metadata: FileMetaData): Record<string, unknown> | null {
  const text = metadata.key_value_metadata?.find((kv) => kv.key === 'geo')?.value;
  if (text === undefined) return null;
  try {
    const json: unknown = JSON.parse(text);
    return isObject(json) ? json : null;
  } catch {
    return null;
  }
}

/** The encodings `geo` names other than WKB, which hyparquet leaves undecoded (GeoArrow's). */
function nativeEncodings(geo: Record<string, unknown> | null): string[] {
  const columns = isObject(geo?.columns) ? geo.columns : {};
  return Object.entries(columns).flatMap(([name, c]) => {
    const encoding = isObject(c) ? String(c.encoding ?? '') : '';
    return encoding.toUpperCase() === 'WKB'
      ? []
      : [`"${clipForMessage(name)}" (${clipForMessage(encoding)})`];
  });
}

const crsOfName = (name: string | undefined): Crs =>
  name === undefined ? 'wgs84' : crsOf({ crs: { properties: { name } } });

/** The columns and the geometry column, or a fatal when the geometries cannot be read. */
export function shapeOf(metadata: FileMetaData): ParquetShape | Fatal {
  const top = parquetSchema(metadata).children.map((c) => c.element);
  const columns = top.map((e) => e.name);
  // hyparquet gives geometry columns (GeoParquet's WKB ones included) a GEOMETRY or GEOGRAPHY type.
  const spatial = top.filter(
    (e) => e.logical_type?.type === 'GEOMETRY' || e.logical_type?.type === 'GEOGRAPHY',
  );
  const geo = geoMetadata(metadata);
  const primary = spatial.find((e) => e.name === geo?.primary_column) ?? spatial[0];
  if (!primary) {
    const native = nativeEncodings(geo);
    if (native.length === 0) return { columns, geometry: null };
    return {
      fatal: `the GeoParquet file stores its geometry column ${native.join(', ')} in an encoding other than WKB, which this importer cannot read yet: save it with WKB geometries (GeoPandas, DuckDB and QGIS write WKB by default) and import it again`,
    };
  }
  const type = primary.logical_type;
  const crs = crsOfName(type && 'crs' in type ? type.crs : undefined);
  if (typeof crs === 'object')
    return {
      fatal: `the geometries are in the coordinate system ${crs.other}, which this importer cannot convert: save the file in longitude and latitude (EPSG:4326) and import it again`,
    };
  return { columns, geometry: { name: primary.name, crs } };
}
