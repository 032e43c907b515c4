// One text field of many events as bytes, not strings: UTF-8 in one buffer with an offset per
// row, or, where values repeat (ACLED's actors, admin names, dates), a code per row into such a
// buffer of the distinct values. Built in the import worker and handed to the page without a
// copy; a row's text is decoded only when something shows it.

/** Row i's bytes are bytes[offsets[i] .. offsets[i + 1]). */
export type PlainText = { offsets: Uint32Array; bytes: Uint8Array };
/** Row i's text is the values' entry codes[i]: a byte per row when there are few values. */
export type CodedText = { codes: Uint8Array | Uint16Array | Uint32Array; values: PlainText };
export type TextColumn = PlainText | CodedText;

/**
 * Bytes of `s` in UTF-8, counted as TextEncoder writes it: a lone surrogate as U+FFFD (3 bytes).
 */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: two code units, four bytes
      i++;
    } else n += 2;
  }
  return n;
}

/** Rows encoded per call: one join and one native encode, not one call per row. */
const ENCODE_ROWS = 4096;
const encoder = new TextEncoder();
const ANY_SURROGATE = /[\uD800-\uDFFF]/;
/** With the u flag a pair is one code point, so only a lone surrogate is in category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Rows [from, to) into `bytes`, joined, unless a lone surrogate could pair across a join. */
function encodeRows(values: readonly string[], from: number, to: number, t: PlainText): void {
  const joined = values.slice(from, to).join('');
  if (!ANY_SURROGATE.test(joined) || !values.slice(from, to).some((v) => LONE_SURROGATE.test(v))) {
    encoder.encodeInto(joined, t.bytes.subarray(t.offsets[from]));
    return;
  }
  for (let i = from; i < to; i++) encoder.encodeInto(values[i] as string, t.bytes.subarray(t.offsets[i]));
}

export function plainText(values: readonly string[]): PlainText {
  const offsets = new Uint32Array(values.length + 1);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += utf8Length(values[i] as string);
    offsets[i + 1] = total;
  }
  const t = { offsets, bytes: new Uint8Array(total) };
  for (let i = 0; i < values.length; i += ENCODE_ROWS)
    encodeRows(values, i, Math.min(values.length, i + ENCODE_ROWS), t);
  return t;
}

/** The narrowest codes that hold `distinct` values: an empty optional column costs a byte a row. */
export function codesFor(distinct: number, rows: number): CodedText['codes'] {
  if (distinct <= 0x100) return new Uint8Array(rows);
  if (distinct <= 0x10000) return new Uint16Array(rows);
  return new Uint32Array(rows);
}

const decoder = new TextDecoder();

const plainAt = (t: PlainText, i: number) =>
  decoder.decode(t.bytes.subarray(t.offsets[i] as number, t.offsets[i + 1] as number));

/** Row i's UTF-8 bytes, undecoded (none past the end). */
export function textBytesAt(column: TextColumn, i: number): Uint8Array {
  const plain = 'codes' in column ? column.values : column;
  const row = 'codes' in column ? column.codes[i] : i;
  if (row === undefined || row + 1 >= plain.offsets.length) return plain.bytes.subarray(0, 0);
  return plain.bytes.subarray(plain.offsets[row] as number, plain.offsets[row + 1] as number);
}

/** Row i's text ('' past the end). */
export function textAt(column: TextColumn, i: number): string {
  if ('codes' in column) {
    const code = column.codes[i];
    return code === undefined ? '' : plainAt(column.values, code);
  }
  return i + 1 < column.offsets.length ? plainAt(column, i) : '';
}

export const isCoded = (column: TextColumn): column is CodedText => 'codes' in column;

/** The buffers under a column, for postMessage's transfer list. */
export function textBuffers(column: TextColumn): ArrayBuffer[] {
  const plain = isCoded(column) ? column.values : column;
  const own = [plain.offsets.buffer, plain.bytes.buffer] as ArrayBuffer[];
  return isCoded(column) ? [column.codes.buffer as ArrayBuffer, ...own] : own;
}

/** Bytes held, for the benchmarks and the tests of what coding saves. */
export const textBytes = (column: TextColumn): number =>
  textBuffers(column).reduce((n, b) => n + b.byteLength, 0);
