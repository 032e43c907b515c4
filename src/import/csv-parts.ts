// A large CSV file read by two workers at once, half each. The second (part-worker.ts) looks
// for the cut near the middle (parse/csv-split.ts) while the first reads from the start; the
// first tells it the header and how the file is split once it has read them, stops at the cut,
// and checks there that its rows end at the cut with the row number the second was told. If they
// do, the second's rows are joined to its own (parse/csv.ts absorb); if not, it reads on itself.

import { papaFeed } from './papa-feed';
import { type CsvOptions, createCsvImporter } from './parse/csv';
import { type CsvCut, findCut } from './parse/csv-split';
import type { CsvPartResult, Fatal } from './parse/importer';
import { type CsvSplitting, createCsvFeed } from './parse/papa';
import { readUtf8 } from './read-text';

/** What the second reader is given at once: the file, where to look for the cut, the options. */
export type PartStart = { file: Blob; near: number; opts: CsvOptions };
/**
 * How to read the rows, once the first reader has read the header (and the preamble's line feeds
 * that number no row, such as a sep= line's); null: stop.
 */
export type PartBegin = { header: string[]; splitting: CsvSplitting; uncounted: number } | null;
/** The later part's rows; a fatal for the file; null when the part was not read. */
export type PartResult = CsvPartResult | Fatal | null;
type OnBytes = (bytesRead: number) => void;

/** A second reader at work. */
export type PartHandle = {
  /** Where it cuts the file, once it knows (null: nowhere, and it stops). */
  cut: Promise<CsvCut | null>;
  begin(reading: PartBegin): void;
  result: Promise<PartResult>;
  cancel(): void;
};
/** Starts a second reader; null when none can start (the first reads the whole file then). */
export type PartReader = (start: PartStart, onBytes: OnBytes) => PartHandle | null;

/** Reads the rows from the cut to the end, as the part after `cut.lines` lines. */
export async function readFromCut(
  start: PartStart,
  cut: CsvCut,
  reading: NonNullable<PartBegin>,
  onBytes: OnBytes,
) {
  const importer = createCsvImporter(start.opts);
  const feed = createCsvFeed(importer, { ...reading, rowNumber: cut.lines - reading.uncounted });
  if (feed.needsMapping) return null;
  const papa = papaFeed(feed);
  const read = (chunk: string, at: number) => {
    onBytes(at - cut.at);
    return papa.push(chunk);
  };
  const fatal = await readUtf8(start.file, read, undefined, [cut.at, start.file.size]);
  return fatal ?? papa.end() ?? feed.fatal ?? importer.part();
}

/** The second reader's work: finds the cut, waits for the header, reads from the cut on. */
export async function readLaterPart(
  start: PartStart,
  begun: Promise<PartBegin>,
  on: { cut(c: CsvCut | null): void; bytes: OnBytes },
): Promise<PartResult> {
  const cut = await findCut(start.file, start.near);
  on.cut(cut);
  const reading = cut ? await begun : null;
  return cut && reading ? readFromCut(start, cut, reading, on.bytes) : null;
}

/** The first reader's side of a second reader's work. */
export function firstPart(handle: PartHandle, start: PartStart) {
  let cut: CsvCut | null | undefined; // undefined until the second reader says
  let live: PartHandle | null = handle;
  let begun: PartBegin | undefined;
  const drop = () => {
    live?.cancel();
    live = null;
  };
  handle.cut.then((c) => {
    cut = c;
    if (!c) drop();
  });
  return {
    /** Where the first reader stops: at the cut once it is known, while the second reads on. */
    end: () => (live && cut ? cut.at : start.file.size),
    /** After each chunk: the header passed on once read; the second dropped if the cut is passed. */
    read(reading: PartBegin, at: number) {
      if (!live) return;
      if (begun === undefined && reading) {
        begun = reading;
        if (reading.splitting.newline === '\r')
          drop(); // its cut looked for line feeds
        else live.begin(reading);
      }
      if (cut && at > cut.at) drop();
    },
    /**
     * Whether the rows read end at the cut, with the line count there: then the later part is
     * the second reader's; if not, it is dropped and the first reader reads on from the cut.
     */
    endsAtCut(atRowEnd: boolean, rowNumber: number): CsvCut | null {
      if (live && cut && begun && atRowEnd && rowNumber === cut.lines - begun.uncounted) return cut;
      drop();
      return null;
    },
    /** The later part's rows (after endsAtCut), read here after all if the second reader failed. */
    async later(onBytes: OnBytes): Promise<CsvPartResult | Fatal> {
      const [part, at, reading] = [live, cut, begun];
      if (!part || !at || !reading) return { fatal: 'the file’s later part was not read' };
      const read = (await part.result) ?? (await readFromCut(start, at, reading, onBytes));
      return read ?? { fatal: 'the file’s later part could not be read' };
    },
    drop,
    active: () => live !== null,
  };
}
