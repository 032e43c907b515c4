// A file's bytes as UTF-8 text, decided for the whole file and not from its opening: one byte
// that is not UTF-8 anywhere (a Windows-1252 "é" a megabyte down) stops the import with the line
// it is on, rather than turning into "�" while the summary says every row was read. Windows-1252
// is not tried instead: a Hebrew or Arabic file saved by Excel is Windows-1255 or -1256, and read
// as Windows-1252 it would turn into Latin letters without a word of warning.
import type { Fatal } from './parse/importer';

/** 1 MiB at a time: progress moves often and memory stays flat, whatever the file's size. */
export const CHUNK_BYTES = 1 << 20;

export const notUtf8At = (line: number) =>
  `line ${line} is not UTF-8 text (the lines above it are): save the file as UTF-8 ` +
  '(in Excel: "CSV UTF-8") and import it again';

const bytesOf = async (file: Blob, start: number, end: number) =>
  new Uint8Array(await file.slice(start, end).arrayBuffer());

/**
 * Reads the file as UTF-8 text, a chunk at a time, each handed to `onText` with the bytes read so
 * far; a character cut between two chunks arrives whole. `onText` returns false to stop reading.
 * A byte-order mark is dropped. Null when done or stopped; a fatal at the first byte that is not
 * UTF-8. Given `[from, to)`, only those bytes are read (`from` at a character's start; the byte
 * counts and the line in a fatal are still the file's); `to` may be asked again at every chunk,
 * for an end that is learnt while reading.
 */
export async function readUtf8(
  file: Blob,
  onText: (text: string, bytesRead: number) => boolean,
  chunkBytes = CHUNK_BYTES,
  [from, to]: [number, number | (() => number)] = [0, file.size],
): Promise<Fatal | null> {
  const end = typeof to === 'number' ? () => to : to;
  // A byte-order mark is one only at the file's start: further on it is a character of a cell.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: from > 0 });
  let at = from;
  while (at < end()) {
    const upTo = Math.min(end(), at + chunkBytes);
    let text: string;
    try {
      text = decoder.decode(await bytesOf(file, at, upTo), { stream: true });
    } catch {
      return { fatal: notUtf8At(await lineAt(file, await firstBadByte(file, at, upTo))) };
    }
    at = upTo;
    if (!onText(text, upTo)) return null;
  }
  try {
    decoder.decode(); // a character the file's last bytes began and never finished
  } catch {
    return { fatal: notUtf8At(await lineAt(file, at)) };
  }
  return null;
}

/** The whole file as UTF-8 text, or the fatal readUtf8 gives. */
export async function readAllUtf8(file: Blob): Promise<string | Fatal> {
  const parts: string[] = [];
  const fatal = await readUtf8(file, (text) => {
    parts.push(text);
    return true;
  });
  return fatal ?? parts.join('');
}

const isContinuation = (byte: number) => byte >= 0x80 && byte < 0xc0;

/**
 * Where the first byte that is not UTF-8 is, knowing that all before `at` decoded (up to the
 * start of a character left open) and the error is before `end`. The decoder does not say where
 * it failed; a strict decoder that waits for cut-off characters fails on a prefix from that byte
 * on, so the longest prefix it accepts ends there.
 */
async function firstBadByte(file: Blob, at: number, end: number): Promise<number> {
  // A character left open began in the 3 bytes before `at`: start after the ones before it.
  const from = Math.max(0, at - 3);
  const bytes = await bytesOf(file, from, end);
  let start = 0;
  while (start < at - from && isContinuation(bytes[start] ?? 0)) start++;
  const accepts = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let [good, bad] = [0, bytes.length - start]; // accepts(good), and not accepts(bad)
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (accepts(mid)) good = mid;
    else bad = mid;
  }
  return from + start + good;
}

/** The line a byte is on, counted from 1, for files whose lines end in LF, CR LF or CR alone. */
async function lineAt(file: Blob, offset: number): Promise<number> {
  let [lf, cr] = [0, 0];
  for (let at = 0; at < offset; at += CHUNK_BYTES) {
    const bytes = await bytesOf(file, at, Math.min(offset, at + CHUNK_BYTES));
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) lf++;
    for (let i = bytes.indexOf(0x0d); i !== -1; i = bytes.indexOf(0x0d, i + 1)) cr++;
  }
  return (lf > 0 ? lf : cr) + 1;
}
