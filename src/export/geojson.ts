// Events and rejected features out as GeoJSON, one feature a line so two exports diff cleanly.
import type { EventRecord, Source } from '../data/events';
import { acledGeoPrecision, ucdpWherePrec } from '../data/precision';
import type { RowError } from '../import/types';

type Feature = { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> };

/** A FeatureCollection with one feature a line; JSON.stringify drops undefined fields. */
function collection(features: readonly Feature[]): string {
  const lines = features.map((f) => JSON.stringify(f));
  if (lines.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** A source with what it takes to cite it first, then how we know it; absent fields left out. */
const sourceProperties = (s: Source) => ({
  headline: s.headline,
  outlet: s.outlet,
  via: s.via,
  published: s.published,
  quote: s.quote,
  headline_note: s.headline_note,
  outlet_note: s.outlet_note,
  published_note: s.published_note,
  seed: s.seed,
});

function eventProperties(e: EventRecord): Record<string, unknown> {
  return {
    id: e.id,
    set: e.set,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    date: e.date,
    date_precision: e.date_precision,
    date_note: e.date_note,
    end_date: e.end_date,
    place: e.place,
    geo_precision: e.geo_precision,
    // The same precision in the codes of ACLED and of UCDP GED, for tools built on either.
    acled_geo_precision: acledGeoPrecision(e),
    ucdp_where_prec: ucdpWherePrec(e),
    // Kept so a region event exported and imported again still draws its circle.
    region: e.region,
    radius_km: e.radiusKm > 0 ? e.radiusKm : undefined,
    country: e.country,
    status: e.status,
    denied_by: e.denied_by,
    actors: e.actors,
    sources: e.sources.map(sourceProperties),
    note: e.note,
    fatalities: e.fatalities,
    source_id: e.source_id,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    admin1: e.admin1,
    extra: e.extra ? Object.fromEntries(e.extra) : undefined,
  };
}

export function eventsToGeoJson(events: readonly EventRecord[]): string {
  return collection(
    events.map((e) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
      properties: eventProperties(e),
    })),
  );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The rejected features as they came, each marked with where it was and why, so the user can fix
 * them and import the file again. Anything that was not an object is wrapped so it is not lost.
 */
export function rejectedToGeoJson(errors: readonly RowError[]): string {
  return collection(
    errors.map(({ where, reason, raw }) => {
      const rejected = { where, reason };
      if (!isObject(raw)) {
        return { type: 'Feature', geometry: null, properties: { _rejected: rejected, _raw: raw } };
      }
      const p = raw.properties;
      // Properties that were not an object are kept beside the mark, not dropped.
      const properties = isObject(p) ? p : p == null ? {} : { _properties: p };
      return {
        type: 'Feature',
        geometry: null,
        ...raw,
        properties: { ...properties, _rejected: rejected },
      } as Feature;
    }),
  );
}
