// A file dropped on the map: a story file (recognised by its shape) opens as a story; anything
// else is an import, as before. A story file that fails the schema is said, with what and
// where, and changes nothing else.
import { quotedName } from '../import/file-name';
import { addFile } from './add-file';
import { storyErrors } from './story';
import { startStory } from './story-actions';
import { looksLikeStory, parseStory } from './story-schema';

/** A story is a few kB; a bigger .json is GeoJSON, and goes straight to the importer. */
const MAX_STORY_BYTES = 2_000_000;

/** The file's JSON if it is a small .json file that reads as a story; null for anything else. */
async function storyJson(file: File): Promise<unknown> {
  if (!/\.json$/i.test(file.name) || file.size > MAX_STORY_BYTES) return null;
  try {
    const json: unknown = JSON.parse(await file.text());
    return looksLikeStory(json) ? json : null;
  } catch {
    return null; // not JSON at all: the importer says what is wrong with it
  }
}

export async function openDroppedFile(file: File): Promise<void> {
  const json = await storyJson(file);
  if (json === null) return addFile(file, file.name);
  const parsed = parseStory(json);
  if ('problems' in parsed) {
    storyErrors.value = [
      `${quotedName(file.name)} is a story file this map cannot open: ${parsed.problems.join('; ')}`,
    ];
    return;
  }
  storyErrors.value = [];
  startStory({ story: parsed.story, from: 'file' });
}
