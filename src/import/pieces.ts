// Big values in IndexedDB as pieces. Chromium refuses a single value over about 127 MiB ("The
// serialized keys and/or value are too large"), which a million-row file (147 MiB) or its
// columns pass; so bytes are stored as pieces of PIECE_BYTES under keys [id, n], and a value
// holding typed arrays is stored as a skeleton that points at them.

/** Small enough for any engine's limit per value, large enough that a file is a few records. */
export const PIECE_BYTES = 32 * 2 ** 20;

/** A typed array in a skeleton: its type, and the bytes it spans in the pieces. */
type ViewRef = { $view: string; from: number; bytes: number };

const VIEWS = {
  Float64Array,
  Float32Array,
  Uint32Array,
  Int32Array,
  Uint16Array,
  Uint8Array,
} as const;
type ViewName = keyof typeof VIEWS;

/** The bytes cut into pieces (copies: the source stays usable); an empty one is one piece. */
export function cut(bytes: Uint8Array, into: ArrayBuffer[] = [], size = PIECE_BYTES): ArrayBuffer[] {
  if (bytes.byteLength === 0) into.push(new ArrayBuffer(0));
  for (let at = 0; at < bytes.byteLength; at += size)
    into.push(bytes.slice(at, at + size).buffer as ArrayBuffer);
  return into;
}

/** Pieces back as one buffer of `bytes` bytes starting at piece `from`. */
function joinPieces(pieces: readonly ArrayBuffer[], from: number, bytes: number): ArrayBuffer {
  // A view of one whole piece (most are, at PIECE_BYTES) takes the piece as it is: no copy.
  const only = pieces[from];
  if (only && only.byteLength === bytes) return only;
  const out = new Uint8Array(bytes);
  for (let at = 0, p = from; at < bytes; p++) {
    const piece = new Uint8Array(pieces[p] as ArrayBuffer);
    out.set(piece.subarray(0, bytes - at), at);
    at += piece.byteLength;
  }
  return out.buffer;
}

const viewName = (v: ArrayBufferView): ViewName | null =>
  (Object.keys(VIEWS) as ViewName[]).find((name) => v instanceof VIEWS[name]) ?? null;

/** Own string keys only; "__proto__" is defined as data, never as the prototype. */
function mapObject(value: object, each: (v: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(out, k, { value: each(v), enumerable: true, writable: true, configurable: true });
  return out;
}

/** `value` with every typed array replaced by a reference into `pieces`, which it fills. */
export function pack(value: unknown, size = PIECE_BYTES): { skeleton: unknown; pieces: ArrayBuffer[] } {
  const pieces: ArrayBuffer[] = [];
  const refTo = (bytes: Uint8Array, $view: string): ViewRef => {
    const ref = { $view, from: pieces.length, bytes: bytes.byteLength };
    cut(bytes, pieces, size);
    return ref;
  };
  const walk = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) {
      const name = viewName(v);
      return name ? refTo(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), name) : v;
    }
    if (v instanceof ArrayBuffer) return refTo(new Uint8Array(v), 'ArrayBuffer');
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x)]));
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return mapObject(v, walk);
    return v;
  };
  return { skeleton: walk(value), pieces };
}

const isRef = (v: unknown): v is ViewRef =>
  typeof v === 'object' && v !== null && typeof (v as ViewRef).$view === 'string' && 'from' in v;

/** The value `pack` was given, its typed arrays new copies of their bytes. */
export function unpack(skeleton: unknown, pieces: readonly ArrayBuffer[]): unknown {
  const walk = (v: unknown): unknown => {
    if (isRef(v)) {
      const buffer = joinPieces(pieces, v.from, v.bytes);
      return v.$view === 'ArrayBuffer' ? buffer : new VIEWS[v.$view as ViewName](buffer);
    }
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x)]));
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return mapObject(v, walk);
    return v;
  };
  return walk(skeleton);
}
