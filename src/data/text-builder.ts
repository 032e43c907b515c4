// One text column built a row at a time, as a parser reads its rows, so the rows need not be kept
// as strings or records until the end: a million records alive at once cost the import worker
// more in garbage collection than reading them. Values are coded as they come while they repeat
// enough; once they do not (ids, notes), the column turns plain and its text is encoded to UTF-8
// a few thousand rows at a time. The rows are put in the table's order when it is finished.
import { type CodedText, codesFor, type PlainText, plainText, type TextColumn } from './text-column';

/** Rows encoded together in plain mode. */
const CHUNK = 4096;

export type TextBuilder = {
  add(value: string): void;
  /** The column, its rows taken in `order` (row i of the column is row order[i] as added). */
  finish(order: Uint32Array | null): TextColumn;
};

/** Coded when at most this share of the rows hold distinct values: below it the codes pay. */
const CODED_SHARE = 0.25;

/** Too many distinct values for codes to pay: the column is plain text (merge-tables.ts decides so too). */
export const tooMany = (distinct: number, rows: number) => distinct > Math.max(16, rows * CODED_SHARE);

/**
 * Whether to go on coding, as the rows come. They come in the file's order, not by day, so the
 * first rows of a file sorted by anything else may hold hundreds of its dates, titles or places
 * at once: a column is judged only once the rows are many, and turns plain as soon as its values
 * are more than a quarter of its rows. Until then the map costs little, and later a column that
 * starts to differ never keeps a map of a million values.
 */
const worthCodes = (distinct: number, rows: number) => rows < LATE_ROWS || !tooMany(distinct, rows);
const LATE_ROWS = 65_536;

/** Row r of the chunks, as PlainText rows: its bytes, without decoding them. */
function gatherPlain(chunks: readonly PlainText[], rows: number, order: Uint32Array | null): PlainText {
  const at = (i: number) => (order ? (order[i] as number) : i);
  const slice = (r: number) => {
    const chunk = chunks[Math.floor(r / CHUNK)] as PlainText;
    const local = r % CHUNK;
    return chunk.bytes.subarray(chunk.offsets[local] as number, chunk.offsets[local + 1] as number);
  };
  const offsets = new Uint32Array(rows + 1);
  for (let i = 0; i < rows; i++) offsets[i + 1] = (offsets[i] as number) + slice(at(i)).length;
  const bytes = new Uint8Array(offsets[rows] as number);
  for (let i = 0; i < rows; i++) bytes.set(slice(at(i)), offsets[i]);
  return { offsets, bytes };
}

/** The codes of rows [0, rows) in `order`, in the narrowest array that holds `distinct` values. */
function orderedCodes(codes: Uint32Array, rows: number, distinct: number, order: Uint32Array | null) {
  const out = codesFor(distinct, rows);
  // Loops, not from() with a function: at a million rows that took seconds.
  if (!order) for (let i = 0; i < rows; i++) out[i] = codes[i] as number;
  else for (let i = 0; i < rows; i++) out[i] = codes[order[i] as number] as number;
  return out;
}

export function textBuilder(): TextBuilder {
  let seen: Map<string, number> | null = new Map();
  let codes = new Uint32Array(64);
  let rows = 0;
  // Rows often repeat the row before (a date, an empty optional field): no hash needed then.
  let last: string | undefined;
  let lastCode = 0;
  const chunks: PlainText[] = [];
  let pending: string[] = [];

  const flush = () => {
    if (pending.length > 0) chunks.push(plainText(pending));
    pending = [];
  };
  const push = (value: string) => {
    pending.push(value);
    if (pending.length === CHUNK) flush();
  };
  /** Too many distinct values to be worth codes: the rows so far become plain text. */
  const turnPlain = (list: readonly string[]) => {
    for (let i = 0; i < rows; i++) push(list[codes[i] as number] as string);
    seen = null;
  };

  return {
    add(value) {
      if (!seen) {
        push(value);
        rows++;
        return;
      }
      let code = value === last ? lastCode : seen.get(value);
      if (code === undefined) {
        code = seen.size;
        seen.set(value, code);
      }
      last = value;
      lastCode = code;
      if (rows === codes.length) {
        const wider = new Uint32Array(codes.length * 2);
        wider.set(codes);
        codes = wider;
      }
      codes[rows++] = code;
      if (!worthCodes(seen.size, rows)) turnPlain([...seen.keys()]);
    },
    finish(order) {
      if (seen && tooMany(seen.size, rows)) turnPlain([...seen.keys()]);
      if (!seen) {
        flush();
        return gatherPlain(chunks, rows, order);
      }
      const coded: CodedText = {
        codes: orderedCodes(codes, rows, seen.size, order),
        values: plainText([...seen.keys()]),
      };
      return coded;
    },
  };
}
