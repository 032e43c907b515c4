// A first look at a file's opening bytes, before any parsing: is it text we can read, and is it
// JSON, CSV or KML, a KMZ or a Parquet file? The content decides; the name's extension only
// breaks the tie for a leading "[" or "<".
import type { Fatal } from './importer';
import { isZip, zipEntryNames, zipFatal } from './zip';

export const SNIFF_BYTES = 64 * 1024;

export const NOT_UTF8 =
  'the file is not UTF-8 text: save it as UTF-8 (in Excel: "CSV UTF-8") and import it again';
export const BINARY = 'the file looks binary (not CSV or GeoJSON)';
export const EMPTY = 'the file is empty';

/** Parquet's magic number, "PAR1", opens (and closes) every Parquet file. */
const isParquet = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c;
// Control characters no text file has, leaving out tab, line feed, vertical tab, form feed, CR
// and ESC (ANSI colours in pasted logs); Ctrl-Z alone ends some old DOS files, so one is fine.
const isControl = (b: number) => (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;

/** A sample cut mid-character would fail UTF-8 decoding: drop the cut character's first bytes. */
function withoutCutCharacter(b: Uint8Array): Uint8Array {
  for (let i = b.length - 1; i >= Math.max(0, b.length - 3); i--) {
    const byte = b[i] ?? 0;
    if (byte < 0x80) return b;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return i + length > b.length ? b.subarray(0, i) : b;
    }
  }
  return b;
}

function isUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(withoutCutCharacter(b));
    return true;
  } catch {
    return false;
  }
}

const isAsciiText = (b: number) => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;

/** UTF-16 without a byte-order mark: mostly ASCII characters, each beside a NUL byte. */
function looksUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  let little = 0;
  let big = 0;
  for (let i = 0; i < n; i += 2) {
    const [x, y] = [b[i] ?? 0, b[i + 1] ?? 0];
    if (y === 0 && isAsciiText(x)) little++;
    if (x === 0 && isAsciiText(y)) big++;
  }
  return n >= 4 && Math.max(little, big) >= 0.6 * (n / 2);
}

function looksBinary(b: Uint8Array): boolean {
  let controls = 0;
  for (const byte of b) {
    if (byte === 0) return true;
    if (isControl(byte)) controls++;
  }
  return controls > Math.max(2, b.length / 100);
}

/** Where content starts: after whitespace and "# …" comment lines (a tool's note above its JSON). */
function contentStart(b: Uint8Array): number {
  let at = b.findIndex((byte) => !isSpace(byte));
  while (at !== -1 && b[at] === 0x23) {
    const end = b.indexOf(0x0a, at);
    if (end === -1) return at;
    const next = b.subarray(end).findIndex((byte) => !isSpace(byte));
    at = next === -1 ? -1 : end + next;
  }
  return at;
}

/** A KMZ by its name, or a ZIP of another name whose entries hold a KML. */
const isKmz = (b: Uint8Array, name: string) =>
  /\.kmz$/i.test(name) || zipEntryNames(b).some((n) => /\.kml$/i.test(n) && !n.startsWith('__MACOSX/'));

/** An XML declaration or a <kml> root (no CSV opens so): the KML reader says when it is other XML. */
const isXml = (b: Uint8Array, at: number) => {
  const head = new TextDecoder().decode(b.subarray(at, at + 5));
  return head === '<?xml' || head.startsWith('<kml');
};

type Format = 'csv' | 'json' | 'parquet' | 'kml' | 'kmz';

/** Which parser to use on a file, judged by its first SNIFF_BYTES; a fatal when it is unreadable. */
export function sniff(bytes: Uint8Array, name: string): { format: Format } | Fatal {
  let b = bytes.subarray(0, SNIFF_BYTES);
  if (isParquet(b)) return { format: 'parquet' };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return { fatal: NOT_UTF8 };
  if (isZip(b)) return isKmz(b, name) ? { format: 'kmz' } : zipFatal(b, name);
  const first = b.findIndex((byte) => !isSpace(byte));
  // Whitespace all through a full sample may go on into content further down: let the parser see.
  if (first === -1 && bytes.length < SNIFF_BYTES) return { fatal: EMPTY };
  if (looksUtf16(b)) return { fatal: NOT_UTF8 };
  if (looksBinary(b)) return { fatal: BINARY };
  if (!isUtf8(b)) return { fatal: NOT_UTF8 };
  const at = contentStart(b);
  const start = b[at];
  if (start === 0x3c && (isXml(b, at) || /\.kml$/i.test(name))) return { format: 'kml' }; // <
  if (start === 0x7b) return { format: 'json' }; // {
  // "[" opens a JSON array, but also a CSV header such as "[id],[date]": the name decides.
  if (start === 0x5b) return /\.(csv|tsv|txt)$/i.test(name) ? { format: 'csv' } : { format: 'json' };
  return { format: 'csv' };
}
