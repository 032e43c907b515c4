// A CSV file read as the worker reads it: decoded by readUtf8 a chunk at a time and pushed into
// papaparse, so a 100 MB file is never in memory whole. Papaparse's own file reader is not used:
// it decodes each chunk on its own, turning a character cut between two chunks into "��", and
// decodes whatever is not UTF-8 into "�" without a word.
import { firstPart, type PartReader } from './csv-parts';
import { papaFeed } from './papa-feed';
import { type CsvOptions, createCsvImporter } from './parse/csv';
import type { Fatal } from './parse/importer';
import { createCsvFeed } from './parse/papa';
import { CHUNK_BYTES, readUtf8 } from './read-text';
import type { ImportResult, NeedsMapping } from './types';

/** From this size a file is read in two parts at once, when a second reader is given. */
export const TWO_PARTS_FROM = 8 << 20;
/** How to read a large file in two parts; the sizes are the tests' to change. */
export type TwoParts = { readPart?: PartReader; twoPartsFrom?: number; chunkBytes?: number };

/**
 * Reads a CSV file into events, reporting the share of its bytes read as it goes. A large file,
 * given a second reader, is read in two parts at once (csv-parts.ts).
 */
export async function importCsvFile(
  file: Blob,
  opts: CsvOptions,
  onProgress: (fraction: number) => void,
  { readPart, twoPartsFrom = TWO_PARTS_FROM, chunkBytes = CHUNK_BYTES }: TwoParts = {},
): Promise<ImportResult | NeedsMapping | Fatal> {
  const importer = createCsvImporter(opts);
  const feed = createCsvFeed(importer);
  const papa = papaFeed(feed);
  // Never within the first chunk: papaparse guesses the delimiter and line ends from it.
  const start = { file, near: Math.max(chunkBytes, Math.floor(file.size / 2)), opts };
  let [ownBytes, partBytes] = [0, 0];
  const onPartBytes = (n: number) => {
    partBytes = n;
    progress();
  };
  const handle = readPart && file.size >= twoPartsFrom ? readPart(start, onPartBytes) : null;
  const parts = handle ? firstPart(handle, start) : null;
  const progress = () => onProgress((ownBytes + (parts?.active() ? partBytes : 0)) / file.size);
  const read = (chunk: string, at: number) => {
    const more = papa.push(chunk);
    ownBytes = at;
    parts?.read(feed.reading, at);
    progress();
    return more;
  };
  let fatal = await readUtf8(file, read, chunkBytes, [0, parts ? parts.end : file.size]);
  // The second reader is dropped unless the rows read here end at its cut.
  const cut = parts?.endsAtCut(!fatal && papa.atRowEnd(), feed.rowNumber) ?? null;
  if (parts && cut) {
    importer.sortOwn(); // while the second reader is still at work
    const later = await parts.later(onPartBytes);
    if ('fatal' in later) return later;
    importer.absorb(later);
  } else if (!fatal && papa.open() && ownBytes < file.size)
    fatal = await readUtf8(file, read, chunkBytes, [ownBytes, file.size]);
  if (fatal) return fatal;
  return papa.end() ?? feed.fatal ?? feed.needsMapping ?? importer.finish();
}
