// The event model as a zod schema: used by the tests on geo/events.geojson and by the app when
// it loads data, so both agree on what a valid event is.

import { parseIsoDate, parts } from './dates';
import { KINDS, REGION_IDS } from './kinds';
import { z } from './zod';

export const MAX_QUOTE_WORDS = 30;
/** Event ids are lower-case slugs: safe in a link as they are. */
export const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, 'must be a real date written YYYY-MM-DD');

export const SourceSchema = z.strictObject({
  seed: z.string().min(1),
  outlet: z.string().min(1),
  quote: z
    .string()
    .min(1)
    .refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, `a quote is at most ${MAX_QUOTE_WORDS} words`),
});

export const EventPropsSchema = z
  .strictObject({
    id: z.string().regex(EVENT_ID, 'must be a lower-case slug'),
    kind: z.enum(KINDS),
    title: z.string().min(1).max(120),
    summary: z.string().min(1),
    actors: z.array(z.string().min(1)).min(1),
    date: isoDate,
    date_precision: z.enum(['day', 'week', 'month']),
    date_note: z.string().min(1).optional(),
    place: z.string().min(1),
    geo_precision: z.enum(['exact', 'town', 'region']),
    region: z.enum(REGION_IDS as [string, ...string[]]).optional(),
    status: z.enum(['reported', 'confirmed', 'denied']),
    denied_by: z.string().min(1).optional(),
    sources: z.array(SourceSchema).min(1),
    note: z.string().min(1).optional(),
  })
  .superRefine((e, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if ((e.status === 'denied') !== (e.denied_by !== undefined)) {
      problem('denied_by', 'is required when, and only when, status is "denied"');
    }
    if (e.geo_precision === 'region' && e.region === undefined) problem('region', 'is required for a region');
    const day = parseIsoDate(e.date);
    if (day === null) return;
    if (e.date_precision === 'month' && parts(day).date !== 1) problem('date', 'a month is dated by its 1st');
    if (e.date_precision === 'week' && parts(day).weekday !== 1)
      problem('date', 'a week is dated by its Monday');
  });

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

export const EventFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: z.tuple([longitude, latitude]) }),
  properties: EventPropsSchema,
});

export type EventProps = z.infer<typeof EventPropsSchema>;
export type EventFeature = z.infer<typeof EventFeatureSchema>;
