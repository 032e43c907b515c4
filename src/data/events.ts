// Turns a GeoJSON FeatureCollection into validated, sorted event records. A bad feature is
// reported with where and what, and left out; the good ones are all kept.
import type { z } from 'zod';
import { type DatePrecision, type Day, parseIsoDate, span } from './dates';
import { type Kind, REGIONS, type RegionId } from './kinds';
import { EventFeatureSchema, type GEO_PRECISIONS } from './schema';

/** How well the place is known. `near` is ACLED's "in the vicinity of" (geo_precision 2). */
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/**
 * Who reported it. Curated events quote a seed article and say how to cite it (the schema
 * requires headline and published for them); imported rows name an outlet only.
 */
export type Source = {
  outlet: string;
  quote?: string;
  seed?: string;
  headline?: string;
  headline_note?: string;
  outlet_note?: string;
  via?: string;
  published?: string;
  published_note?: string;
};

/** The set of events the curated story belongs to; imports get their own ids. */
export const CURATED = 'curated';

/**
 * One event as the app uses it, from the curated data or from an import. Every text field is
 * shown as text, never as HTML.
 */
export type EventRecord = {
  /** Unique across all sets and safe in a link (a lower-case slug). */
  id: string;
  /** The set it belongs to: CURATED or an import's id. */
  set: string;
  kind: Kind;
  title: string;
  summary: string;
  actors: string[];
  date: string;
  date_precision: DatePrecision;
  date_note?: string;
  /** The last day of a span of days (ISO), when the event lasted several days. */
  end_date?: string;
  place: string;
  geo_precision: GeoPrecision;
  region?: RegionId;
  /** The country a country-level place is in (Natural Earth's name). */
  country?: string;
  /** Radius of the area it is known to lie in, or 0 when its place is known. */
  radiusKm: number;
  status?: 'reported' | 'confirmed' | 'denied';
  denied_by?: string;
  sources: Source[];
  note?: string;
  fatalities?: number;
  /** The row's own id in its file, such as ACLED's event_id_cnty. */
  source_id?: string;
  /** ACLED's own classification, kept for the detail card and the CSV export. */
  event_type?: string;
  sub_event_type?: string;
  admin1?: string;
  /** A few more columns of an imported row, shown as they are. */
  extra?: [string, string][];
  /**
   * First and last calendar day the event may fall on: equal for one exact day; the end of the
   * week or month for a coarser date; the end_date for a span of days.
   */
  day: Day;
  end: Day;
  lon: number;
  lat: number;
};

export type Parsed = { events: EventRecord[]; errors: string[] };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.filter((p) => p !== 'properties').join('.') || 'feature'}: ${i.message}`)
    .join('; ');
}

const label = (raw: unknown, index: number) => {
  const id = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' ? `event ${index + 1} (“${id}”)` : `event ${index + 1}`;
};

/** Sorted by first day, then id, so equal days keep a stable order. */
export const byDay = (a: EventRecord, b: EventRecord) =>
  a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function parseEvents(json: unknown, where = 'the event data'): Parsed {
  const features = (json as { type?: unknown; features?: unknown } | null)?.features;
  if ((json as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { events: [], errors: [`${where} is not a GeoJSON FeatureCollection`] };
  }
  const events: EventRecord[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  features.forEach((raw, i) => {
    const result = EventFeatureSchema.safeParse(raw);
    if (!result.success) {
      errors.push(`${where}, ${label(raw, i)}: ${describeIssues(result.error)}`);
      return;
    }
    const { properties: p, geometry } = result.data;
    if (seen.has(p.id)) {
      errors.push(`${where}, ${label(raw, i)}: the id is used twice; the first one is kept`);
      return;
    }
    seen.add(p.id);
    const day = parseIsoDate(p.date) as Day;
    const lastDay = p.end_date === undefined ? day : (parseIsoDate(p.end_date) as Day);
    const [lon, lat] = geometry.coordinates;
    const region = p.region as RegionId | undefined;
    events.push({
      ...p,
      set: CURATED,
      kind: p.kind,
      region,
      radiusKm: p.geo_precision === 'region' && region ? REGIONS[region].radiusKm : 0,
      day,
      end: Math.max(day + span(day, p.date_precision) - 1, lastDay),
      lon,
      lat,
    });
  });
  return { events: events.sort(byDay), errors };
}
