// Where a large CSV file can be cut in two for two workers to read half each: at the start of a
// line near the middle that is not inside a quoted cell, found by counting quotes from the
// start (a quoted cell holds its own quotes doubled, so an even count means outside). The count
// is a guess for a file whose quotes are broken; the first worker checks it when it reaches the
// cut (csv-file.ts), and reads on past it itself when the cut was not a row's start after all.

/** Bytes read at a time. */
const SCAN_BYTES = 1 << 22;
const QUOTE = 0x22;
const LF = 0x0a;

/** Byte `at` starts a line; `lines` line ends outside quotes come before it (its row number − 1). */
export type CsvCut = { at: number; lines: number };

/** Line ends in bytes[from, to), none inside quotes; searched within the range only. */
function countLines(bytes: Uint8Array, from: number, to: number): number {
  const range = bytes.subarray(from, to);
  let n = 0;
  for (let i = range.indexOf(LF); i !== -1; i = range.indexOf(LF, i + 1)) n++;
  return n;
}

type ScanState = { quoted: boolean; lines: number; cut?: CsvCut };

/** Line ends of bytes[from, to) outside quotes: counted, up to the first from `near` (the cut). */
function unquoted(
  bytes: Uint8Array,
  offset: number,
  near: number,
  [from, to]: [number, number],
  s: ScanState,
) {
  const start = Math.min(to, Math.max(from, near - offset));
  s.lines += countLines(bytes, from, start);
  if (start === to) return;
  const found = bytes.subarray(start, to).indexOf(LF);
  if (found === -1) return;
  const lf = start + found;
  s.lines += 1;
  s.cut = { at: offset + lf + 1, lines: s.lines };
}

/** Scans one piece of the file, at `offset` in it, going on from the state the pieces before left. */
function scan(bytes: Uint8Array, offset: number, near: number, s: ScanState): void {
  for (let i = 0; i < bytes.length && !s.cut; ) {
    const quote = bytes.indexOf(QUOTE, i);
    const end = quote === -1 ? bytes.length : quote;
    if (!s.quoted) unquoted(bytes, offset, near, [i, end], s);
    if (quote === -1) return;
    s.quoted = !s.quoted;
    i = quote + 1;
  }
}

/**
 * The first line start outside quotes from byte `near` on, with the line ends before it; null
 * when there is none before the end. Lines end in LF (or CR LF); a file of CR alone has no cut.
 */
export async function findCut(file: Blob, near: number): Promise<CsvCut | null> {
  const state: ScanState = { quoted: false, lines: 0 };
  for (let at = 0; at < file.size && !state.cut; at += SCAN_BYTES) {
    const bytes = new Uint8Array(await file.slice(at, Math.min(file.size, at + SCAN_BYTES)).arrayBuffer());
    scan(bytes, at, near, state);
  }
  return state.cut && state.cut.at < file.size ? state.cut : null;
}
