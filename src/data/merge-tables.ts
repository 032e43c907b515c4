// Two tables of one set, each in the table's order (by day, then id), as one in that order: a
// large CSV file is read by two workers, half each, and the second half's table joins the
// first's here. The text is copied as bytes, never decoded, but for the ids of rows that share a
// day (compared as JavaScript compares strings, as table-builder.ts sorts them) and the distinct
// values of coded columns.
import { type EventNumbers, type EventTable, TEXT_NAMES } from './event-table';
import { tooMany } from './text-builder';
import {
  type CodedText,
  codesFor,
  isCoded,
  type PlainText,
  plainText,
  type TextColumn,
  textBytesAt,
} from './text-column';

/** Row r of the merged table comes from `a` when from[r] is 0, else from `b`; at[r] is its row there. */
type MergeOrder = { from: Uint8Array; at: Uint32Array };

const decoder = new TextDecoder();

/**
 * A column's rows as places in one byte buffer, read without a subarray per row: at a million
 * rows, allocating two for each comparison and copy took most of a second.
 */
type Rows = { bytes: Uint8Array; start(i: number): number; end(i: number): number };

function rowsOf(c: TextColumn): Rows {
  if (!isCoded(c))
    return { bytes: c.bytes, start: (i) => c.offsets[i] as number, end: (i) => c.offsets[i + 1] as number };
  const { codes, values } = c;
  const offsets = values.offsets;
  return {
    bytes: values.bytes,
    start: (i) => offsets[codes[i] as number] as number,
    end: (i) => offsets[(codes[i] as number) + 1] as number,
  };
}

/**
 * −1, 0 or 1 as x[xs, xe) and y[ys, ye) compare as strings. UTF-8's byte order is the order of
 * code points, which is the order of UTF-16 units unless a character past U+FFFF is involved: so
 * ASCII bytes are compared as they are, and at the first other byte both texts are decoded.
 */
function compareBytes(x: Uint8Array, [xs, xe]: [number, number], y: Uint8Array, [ys, ye]: [number, number]) {
  const n = Math.min(xe - xs, ye - ys);
  for (let k = 0; k < n; k++) {
    const p = x[xs + k] as number;
    const q = y[ys + k] as number;
    if (p >= 0x80 || q >= 0x80) {
      const [s, t] = [decoder.decode(x.subarray(xs, xe)), decoder.decode(y.subarray(ys, ye))];
      return s < t ? -1 : s > t ? 1 : 0;
    }
    if (p !== q) return p < q ? -1 : 1;
  }
  const [xn, yn] = [xe - xs, ye - ys];
  return xn === yn ? 0 : xn < yn ? -1 : 1;
}

/** Two UTF-8 texts as strings compare them. */
export const compareText = (x: Uint8Array, y: Uint8Array): number =>
  compareBytes(x, [0, x.length], y, [0, y.length]);

/** Row i of x and row j of y as compareText compares them. */
const compareRows = (x: Rows, i: number, y: Rows, j: number): number =>
  compareBytes(x.bytes, [x.start(i), x.end(i)], y.bytes, [y.start(j), y.end(j)]);

function mergeOrder(a: EventTable, b: EventTable): MergeOrder {
  const n = a.count + b.count;
  const order: MergeOrder = { from: new Uint8Array(n), at: new Uint32Array(n) };
  const [ids, otherIds] = [rowsOf(a.text.id), rowsOf(b.text.id)];
  const aFirst = (i: number, j: number) => {
    const x = a.day[i] as number;
    const y = b.day[j] as number;
    if (x !== y) return x < y;
    // On a tie the first half's row goes first, as a stable sort of the whole file would put it.
    return compareRows(ids, i, otherIds, j) <= 0;
  };
  let [i, j] = [0, 0];
  for (let r = 0; r < n; r++) {
    const takeA = j >= b.count || (i < a.count && aFirst(i, j));
    order.from[r] = takeA ? 0 : 1;
    order.at[r] = takeA ? i++ : j++;
  }
  return order;
}

function mergeNumbers<A extends Float64Array | Uint8Array>(x: A, y: A, o: MergeOrder): A {
  const out = new (x.constructor as new (n: number) => A)(o.at.length);
  for (let r = 0; r < out.length; r++) out[r] = (o.from[r] === 0 ? x : y)[o.at[r] as number] as number;
  return out;
}

/** The rows' bytes, one after the other, as a plain column. */
function mergePlain(x: TextColumn, y: TextColumn, o: MergeOrder): PlainText {
  const n = o.at.length;
  const sources = [rowsOf(x), rowsOf(y)] as const;
  const offsets = new Uint32Array(n + 1);
  for (let r = 0; r < n; r++) {
    const rows = sources[o.from[r] as 0 | 1];
    const i = o.at[r] as number;
    offsets[r + 1] = (offsets[r] as number) + rows.end(i) - rows.start(i);
  }
  const bytes = new Uint8Array(offsets[n] as number);
  for (let r = 0; r < n; r++) {
    const rows = sources[o.from[r] as 0 | 1];
    const i = o.at[r] as number;
    const [from, to] = [rows.start(i), rows.end(i)];
    // Short rows byte by byte: a subarray per row costs more than copying a few bytes.
    if (to - from > 64) bytes.set(rows.bytes.subarray(from, to), offsets[r]);
    else for (let k = from, at = offsets[r] as number; k < to; k++, at++) bytes[at] = rows.bytes[k] as number;
  }
  return { offsets, bytes };
}

/** Both coded: one list of their distinct values, each half's codes translated into it. */
function mergeCoded(x: CodedText, y: CodedText, o: MergeOrder): CodedText {
  const index = new Map<string, number>();
  const codesOf = (c: CodedText) =>
    Uint32Array.from({ length: c.values.offsets.length - 1 }, (_, k) => {
      const value = decoder.decode(textBytesAt(c.values, k));
      if (!index.has(value)) index.set(value, index.size);
      return index.get(value) as number;
    });
  const [tx, ty] = [codesOf(x), codesOf(y)];
  const merged: CodedText = {
    codes: codesFor(index.size, o.at.length),
    values: plainText([...index.keys()]),
  };
  // One value in both (an optional column no row fills, most of them): every code is 0 already.
  if (index.size <= 1) return merged;
  const { codes } = merged;
  for (let r = 0; r < codes.length; r++) {
    const at = o.at[r] as number;
    codes[r] =
      o.from[r] === 0 ? (tx[x.codes[at] as number] as number) : (ty[y.codes[at] as number] as number);
  }
  return merged;
}

function mergeText(x: TextColumn, y: TextColumn, o: MergeOrder): TextColumn {
  if (!isCoded(x) || !isCoded(y)) return mergePlain(x, y, o);
  // Coded only while the values stay few, as the builder decides for one file.
  const distinct = x.values.offsets.length + y.values.offsets.length - 2;
  return tooMany(distinct, o.at.length) ? mergePlain(x, y, o) : mergeCoded(x, y, o);
}

const NUMBERS = ['day', 'end', 'lon', 'lat', 'radiusKm', 'fatalities'] as const;
const CODES = ['kind', 'datePrecision', 'geoPrecision'] as const;

/** `a` and `b` (of one set, each by day, then id) as one table by day, then id. */
export function mergeTables(a: EventTable, b: EventTable): EventTable {
  if (b.count === 0) return a;
  if (a.count === 0) return b;
  const o = mergeOrder(a, b);
  const numbers = {} as EventNumbers;
  for (const name of NUMBERS) numbers[name] = mergeNumbers(a[name], b[name], o);
  for (const name of CODES) numbers[name] = mergeNumbers(a[name], b[name], o);
  const text = Object.fromEntries(TEXT_NAMES.map((name) => [name, mergeText(a.text[name], b.text[name], o)]));
  return { ...numbers, set: a.set, count: o.at.length, text: text as EventTable['text'] };
}
