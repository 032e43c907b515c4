// The shape of a static area (a polygon or line from an imported GeoJSON), here in data/ so that
// the importer that reads it, the state that holds it and the layer that draws it share one type.

/** A non-point GeoJSON feature: drawn as a static area on the import's own layer. */
export type AreaFeature = {
  type: 'Feature';
  geometry: { type: string; coordinates?: unknown; geometries?: unknown };
  properties: Record<string, unknown>;
};

/**
 * The properties that date a shape (a KML line or polygon with a time): its first day and the
 * day after its last, as an event's `day` and `end`. Named apart from any a file may hold.
 */
export const AREA_DAY = 'golan:day';
export const AREA_END = 'golan:end';
