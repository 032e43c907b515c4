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

/**
 * A headline in square brackets is our description of an article whose saved copy carries none
 * (the citation convention for untitled works); headline_note must then say so.
 */
export const isDescribedHeadline = (h: string) => h.startsWith('[') && h.endsWith(']');

/** One quote from one article, with what a reader needs to cite that article. */
export const SourceSchema = z
  .strictObject({
    /** The file in ../shared/seeds the quote is copied from: provenance, not a citation. */
    seed: z.string().min(1),
    /** The article's own headline, verbatim, or a [description] when the copy has none. */
    headline: z.string().min(1),
    headline_note: z.string().min(1).optional(),
    /** The publisher of the article: the site whose page it is, not the agency it quotes. */
    outlet: z.string().min(1),
    outlet_note: z.string().min(1).optional(),
    /** The agency the article credits for this passage, e.g. Reuters. */
    via: z.string().min(1).optional(),
    /** The day the article appeared; published_note says how, when the page does not date it. */
    published: isoDate,
    published_note: z.string().min(1).optional(),
    quote: z
      .string()
      .min(1)
      .refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, `a quote is at most ${MAX_QUOTE_WORDS} words`),
  })
  .superRefine((s, ctx) => {
    if (isDescribedHeadline(s.headline) && s.headline_note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['headline_note'],
        message: 'is required when the headline is a [description]',
      });
    }
  });

/**
 * How well the place is known, from best to worst. `near`: the article says "near", "in the
 * vicinity of", "outskirts"; `country`: it names only a country.
 */
export const GEO_PRECISIONS = ['exact', 'near', 'town', 'region', 'country'] as const;

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
    /** The last day of an event that lasted several days (fighting, a campaign). */
    end_date: isoDate.optional(),
    place: z.string().min(1),
    geo_precision: z.enum(GEO_PRECISIONS),
    region: z.enum(REGION_IDS as [string, ...string[]]).optional(),
    /** For a country-level place: the country's name as Natural Earth spells it. */
    country: z.string().min(1).optional(),
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
    if ((e.geo_precision === 'country') !== (e.country !== undefined)) {
      problem('country', 'is required when, and only when, geo_precision is "country"');
    }
    const day = parseIsoDate(e.date);
    if (day === null) return;
    const last = e.end_date === undefined ? null : parseIsoDate(e.end_date);
    if (last !== null && last < day) problem('end_date', `must not be before date (${e.date})`);
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
