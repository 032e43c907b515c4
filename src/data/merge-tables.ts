// Two tables of one set, each in the table's order (by day, then id), as one in that order: a
// large CSV file is read by two workers, half each, and the second half's table joins the
// first's here. The text is copied as bytes, never decoded, but for the ids of rows that share a
// day (compared as JavaScript compares strings, as table-builder.ts sorts them) and the distinct
// values of coded columns.
import { type EventNumbers, type EventTable, TEXT_NAMES } from './event-table';
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
const bytesAt = textBytesAt;

/**
 * −1, 0 or 1 as the two texts compare as strings. UTF-8's byte order is the order of code
 * points, which is the order of UTF-16 units unless a character past U+FFFF is involved: so
 * ASCII bytes are compared as they are, and at the first other byte both texts are decoded.
 */
export function compareText(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const [p, q] = [x[i] as number, y[i] as number];
    if (p >= 0x80 || q >= 0x80) {
      const [s, t] = [decoder.decode(x), decoder.decode(y)];
      return s < t ? -1 : s > t ? 1 : 0;
    }
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

function mergeOrder(a: EventTable, b: EventTable): MergeOrder {
  const n = a.count + b.count;
  const order: MergeOrder = { from: new Uint8Array(n), at: new Uint32Array(n) };
  const aFirst = (i: number, j: number) => {
    const [x, y] = [a.day[i] as number, b.day[j] as number];
    if (x !== y) return x < y;
    // On a tie the first half's row goes first, as a stable sort of the whole file would put it.
    return compareText(bytesAt(a.text.id, i), bytesAt(b.text.id, j)) <= 0;
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
  const offsets = new Uint32Array(n + 1);
  const slice = (r: number) => bytesAt(o.from[r] === 0 ? x : y, o.at[r] as number);
  for (let r = 0; r < n; r++) offsets[r + 1] = (offsets[r] as number) + slice(r).length;
  const bytes = new Uint8Array(offsets[n] as number);
  for (let r = 0; r < n; r++) bytes.set(slice(r), offsets[r]);
  return { offsets, bytes };
}

/** Both coded: one list of their distinct values, each half's codes translated into it. */
function mergeCoded(x: CodedText, y: CodedText, o: MergeOrder): CodedText {
  const index = new Map<string, number>();
  const codesOf = (c: CodedText) =>
    Array.from({ length: c.values.offsets.length - 1 }, (_, k) => {
      const value = decoder.decode(bytesAt(c.values, k));
      if (!index.has(value)) index.set(value, index.size);
      return index.get(value) as number;
    });
  const [tx, ty] = [codesOf(x), codesOf(y)];
  const codes = codesFor(index.size, o.at.length);
  for (let r = 0; r < codes.length; r++) {
    const at = o.at[r] as number;
    codes[r] =
      o.from[r] === 0 ? (tx[x.codes[at] as number] as number) : (ty[y.codes[at] as number] as number);
  }
  return { codes, values: plainText([...index.keys()]) };
}

function mergeText(x: TextColumn, y: TextColumn, o: MergeOrder): TextColumn {
  if (!isCoded(x) || !isCoded(y)) return mergePlain(x, y, o);
  // Coded only while the values stay few, as the builder decides for one file.
  const distinct = x.values.offsets.length + y.values.offsets.length - 2;
  return distinct > Math.max(16, o.at.length / 4) ? mergePlain(x, y, o) : mergeCoded(x, y, o);
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
