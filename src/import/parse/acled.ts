// ACLED's CSV export (acleddata.com) read into event records. Its columns are documented in the
// ACLED codebook; REQUIRED are the ones a header must have, acled-row.ts reads the rest.
import type { Kind } from '../../data/kinds';
import { own } from './fields';

const REQUIRED = ['event_date', 'latitude', 'longitude', 'event_type'];

/** A header name as acledRow reads it: ACLED's names, whatever case the file wrote them in. */
export const acledName = (column: string) => column.trim().toLowerCase();

/** True when the header has the columns an ACLED export always has, in any case. */
export function isAcled(columns: readonly string[]): boolean {
  const have = new Set(columns.map(acledName));
  return REQUIRED.every((c) => have.has(c));
}

const DELIMITERS = [',', ';', '\t', '|'];
const FIRST_LINE = /^[^\r\n]*\S[^\r\n]*/m;
const unquote = (name: string) => name.trim().replace(/^"(.*)"$/, '$1');

/**
 * The delimiter that splits the file's first line into an ACLED header, if one does. It is taken
 * from the header because ACLED's own cells hold "; " lists (sources, associated actors), which
 * can make a guess from the first rows take the file for semicolon-separated.
 */
export function acledDelimiter(text: string): string | undefined {
  // A byte-order mark needs no care: trim() takes it off the first name.
  const line = FIRST_LINE.exec(text)?.[0] ?? '';
  return DELIMITERS.find((d) => isAcled(line.split(d).map(unquote)));
}

const KIND_BY_EVENT_TYPE: Record<string, Kind> = {
  battles: 'clash',
  'explosions/remote violence': 'strike',
  'violence against civilians': 'violence',
  protests: 'protest',
  riots: 'protest',
  'protests and riots': 'protest',
};

const KIND_BY_STRATEGIC_SUB_TYPE: Record<string, Kind> = {
  agreement: 'agreement',
  'headquarters or base established': 'deployment',
  'non-violent transfer of territory': 'deployment',
};

/** Our kind for ACLED's event type (and, for strategic developments, its sub-type). */
export function acledKind(eventType: string, subEventType = ''): Kind | undefined {
  const type = eventType.trim().toLowerCase();
  if (type === 'strategic developments') {
    return own(KIND_BY_STRATEGIC_SUB_TYPE, subEventType.trim().toLowerCase()) ?? 'other';
  }
  return own(KIND_BY_EVENT_TYPE, type);
}
