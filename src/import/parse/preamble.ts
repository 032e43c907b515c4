// What may come before a CSV's header: a byte-order mark, Excel's `sep=;` line (its hint of the
// delimiter, which Excel writes and hides), blank lines and `#` comments. All are skipped; the
// delimiter hint is honoured, and the comments are said in the summary.
import { clipForMessage } from './dates';

export type Preamble = {
  /** How many characters to skip to reach the header. */
  length: number;
  /** Rows a spreadsheet shows before the header (blank and comment lines; not the sep= line). */
  rows: number;
  /** The delimiter a `sep=` line names. */
  sep?: string;
  /** What to say about it in the summary. */
  notes: string[];
};

const BOM = /^\uFEFF+/;
// Excel's own form, sometimes quoted by tools that quote every line.
const SEP_LINE = /^"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\n|\r|$)/i;
const LINE = /^([^\r\n]*)(?:\r\n|\n|\r)/;
// "# exported by …", "#", "#!": a comment. "#id,date" is a header that starts with a "#".
const COMMENT = /^[ \t]*#(?![\p{L}\p{N}_])/u;
const BLANK = /^[ \t]*$/;

const shownDelimiter = (d: string) => (d === '\t' ? 'a tab' : `“${d}”`);

function commentNote(lines: { line: number; text: string }[]): string {
  const [first] = lines;
  if (!first) return '';
  const quote = `“${clipForMessage(first.text.trim(), 60)}”`;
  if (lines.length === 1) return `Line ${first.line} (${quote}) was skipped as a comment.`;
  const last = lines[lines.length - 1]?.line ?? first.line;
  return `${lines.length} comment lines before the header (lines ${first.line} to ${last}, the first ${quote}) were skipped.`;
}

/** Reads the preamble at the start of a file's text (its first chunk). */
export function readPreamble(text: string): Preamble {
  let at = BOM.exec(text)?.[0].length ?? 0;
  const notes: string[] = [];
  let line = 1;
  let sep: string | undefined;
  const hint = SEP_LINE.exec(text.slice(at));
  if (hint) {
    sep = hint[1];
    notes.push(
      `The first line, “${hint[0].trim()}”, was read as Excel’s hint: cells are separated by ${shownDelimiter(sep ?? '')}.`,
    );
    at += hint[0].length;
    line += 1;
  }
  let rows = 0;
  const comments: { line: number; text: string }[] = [];
  for (let m = LINE.exec(text.slice(at)); m; m = LINE.exec(text.slice(at))) {
    const content = m[1] ?? '';
    if (COMMENT.test(content)) comments.push({ line, text: content });
    else if (!BLANK.test(content)) break;
    at += m[0].length;
    rows += 1;
    line += 1;
  }
  if (comments.length > 0) notes.push(commentNote(comments));
  return { length: at, rows, notes, ...(sep === undefined ? {} : { sep }) };
}
