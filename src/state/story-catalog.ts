// The stories that ship with the map: every geo/stories/<id>.json, bundled (a few kB each), so a
// link's story= can be checked at once, before anything has loaded. Each is validated by the
// schema when first asked for; one that fails is reported, never shown half-read.
import { parseStory, type Story } from './story-schema';

const files = import.meta.glob<unknown>('../../geo/stories/*.json', { eager: true, import: 'default' });

/** id (the file's name) → the file's JSON, not yet validated. */
const raw = new Map(
  Object.entries(files).map(([path, json]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), json] as const),
);

export const CATALOG_IDS: readonly string[] = [...raw.keys()].sort();

/** The story with this id, or why it cannot be shown. */
export function catalogStory(id: string): { story: Story } | { problems: string[] } {
  const json = raw.get(id);
  if (json === undefined) return { problems: [`story=${id}: there is no such story`] };
  const parsed = parseStory(json);
  if ('problems' in parsed) return { problems: parsed.problems.map((p) => `story ${id}: ${p}`) };
  if (parsed.story.id !== id)
    return { problems: [`story ${id}: the file names itself “${parsed.story.id}”`] };
  return parsed;
}
