// Turns a GeoJSON FeatureCollection into validated, sorted event records. A bad feature is
// reported with where and what, and left out; the good ones are all kept.
import type { z } from 'zod';
import { type Day, parseIsoDate, span } from './dates';
import type { Kind, RegionId } from './kinds';
import { EventFeatureSchema, type EventProps } from './schema';

export type EventRecord = Omit<EventProps, 'kind' | 'region'> & {
  kind: Kind;
  region?: RegionId;
  /** First and last calendar day the event may fall on (equal for day precision). */
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
const byDay = (a: EventRecord, b: EventRecord) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
    const [lon, lat] = geometry.coordinates;
    events.push({
      ...p,
      kind: p.kind,
      region: p.region as RegionId | undefined,
      day,
      end: day + span(day, p.date_precision) - 1,
      lon,
      lat,
    });
  });
  return { events: events.sort(byDay), errors };
}
