// A guided story as data (geo/stories/<id>.json, or a file a user made and dropped): its steps,
// each a view of the map (date, mode, camera, layers, kinds), the events it is about and the
// sources its caption rests on. In state/, not data/, because a step names layer toggles
// (layers/ids.ts), which sit above data/.
import { parseIsoDate } from '../data/dates';
import { KINDS } from '../data/kinds';
import { EVENT_ID } from '../data/schema';
import { z } from '../data/zod';
import { TOGGLES } from '../layers/ids';
import { MAX_WINDOW_DAYS } from '../timeline/visibility';

/** The map's own zoom limit (map/port.ts): a step cannot ask for more. */
export const MAX_STEP_ZOOM = 14;
export const MAX_CAPTION_SENTENCES = 3;
export const MAX_STEPS = 200;

/**
 * Sentences in a caption: a full stop, question or exclamation mark (and any closing quote) that
 * ends the text or is followed by a capital. "U.S." and other initials do not end one.
 */
export function sentenceCount(text: string): number {
  const ends = text.trim().match(/(?<!\b[A-Z])[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9]|$)/g);
  return Math.max(ends?.length ?? 0, text.trim() === '' ? 0 : 1);
}

const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, 'must be a real date written YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

/** A source as the app cites it (data/citation.ts): a curated event's sources have every field. */
export const StorySourceSchema = z.strictObject({
  outlet: text(200),
  headline: text(400).optional(),
  headline_note: text(1000).optional(),
  outlet_note: text(1000).optional(),
  via: text(200).optional(),
  published: isoDate.optional(),
  published_note: text(1000).optional(),
  quote: text(1000).optional(),
  seed: text(200).optional(),
});

export const StepCameraSchema = z.strictObject({
  /** [longitude, latitude], as GeoJSON writes a point. */
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
  zoom: z.number().min(0).max(MAX_STEP_ZOOM),
  bearing: z.number().min(-180).max(180).optional(),
});

export const StepSchema = z.strictObject({
  title: text(120),
  caption: text(700).refine(
    (c) => sentenceCount(c) <= MAX_CAPTION_SENTENCES,
    `must be one to ${MAX_CAPTION_SENTENCES} sentences`,
  ),
  date: isoDate,
  /** Absent: cumulative, everything up to the date. */
  mode: z.enum(['cumulative', 'window']).optional(),
  window_days: z.number().int().min(1).max(MAX_WINDOW_DAYS).optional(),
  camera: StepCameraSchema,
  layers: z.array(z.enum(TOGGLES)),
  /** Absent: every kind of event. */
  kinds: z.array(z.enum(KINDS)).optional(),
  highlight: z.array(z.string().regex(EVENT_ID, 'must be an event id (a lower-case slug)')),
  sources: z.array(StorySourceSchema),
});

export const StorySchema = z.strictObject({
  id: z.string().regex(EVENT_ID, 'must be a lower-case slug'),
  title: text(200),
  steps: z.array(StepSchema).min(1).max(MAX_STEPS),
});

export type Story = z.infer<typeof StorySchema>;
export type Step = z.infer<typeof StepSchema>;
export type StepCamera = z.infer<typeof StepCameraSchema>;
export type StorySource = z.infer<typeof StorySourceSchema>;

/** Where in the file and what: `steps[2].date: must be a real date written YYYY-MM-DD`. */
function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

const MAX_ISSUES = 5;

/** A story, or what is wrong with it in words (at most a few issues, each with where it is). */
export function parseStory(json: unknown): { story: Story } | { problems: string[] } {
  const result = StorySchema.safeParse(json);
  if (result.success) return { story: result.data };
  const issues = result.error.issues;
  const problems = issues.slice(0, MAX_ISSUES).map((i) => `${where(i.path) || 'the story'}: ${i.message}`);
  if (issues.length > MAX_ISSUES) problems.push(`and ${issues.length - MAX_ISSUES} more problems`);
  return { problems };
}

/** Looks like a story rather than GeoJSON: an object with a list of steps and no GeoJSON type. */
export const looksLikeStory = (json: unknown): boolean =>
  typeof json === 'object' &&
  json !== null &&
  !Array.isArray(json) &&
  Object.hasOwn(json, 'steps') &&
  !Object.hasOwn(json, 'type');
