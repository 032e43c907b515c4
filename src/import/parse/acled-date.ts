// ACLED's event_date and time_precision as our date fields. A file repeats its dates across
// thousands of rows, so each distinct pair is read once; only the notes are per row.
import { type DatePrecision, fromParts, parts, weekStart } from '../../data/dates';
import { type NumericDate, parseLooseDate } from './dates';
import { clip, dateFields, noteNumericDate, own, type RowContext } from './fields';
import { memoText } from './memo';

const TIME_PRECISION: Record<string, DatePrecision> = { '': 'day', '1': 'day', '2': 'week', '3': 'month' };

type AcledDate = ReturnType<typeof dateFields> & { date_note?: string };
/** A date's fields and, for a date written as a number, how it was read (noted row by row). */
type ReadDate = { fields: AcledDate; read?: NumericDate } | string;

/** The date fields, or the reason the row's date cannot be used: pure, so read once per text. */
function readAcledDate(precisionText: string, written: string): ReadDate {
  const given = own(TIME_PRECISION, precisionText);
  if (!given) return `time_precision "${clip(precisionText, 40)}" is not 1, 2 or 3`;
  const parsed = parseLooseDate(written);
  if ('error' in parsed) return parsed.error.replace(/^date/, 'event_date');
  const read = parsed.read ? { read: parsed.read } : {};
  // A date written as a month ("2025-05") is only known to the month, whatever time_precision says.
  const precision = parsed.precision === 'month' ? 'month' : given;
  if (precision === 'day') return { fields: dateFields(parsed.day, 'day'), ...read };
  const { year, month } = parts(parsed.day);
  const day = precision === 'week' ? weekStart(parsed.day) : fromParts(year, month, 1);
  const note = `ACLED event_date ${written}, time_precision ${precisionText || '1'} (${given})`;
  return { fields: { ...dateFields(day, precision), date_note: note }, ...read };
}

/** One cache per time_precision text (there are three), each keyed by the written date. */
const datesByPrecision = new Map<string, (written: string) => ReadDate>();

/** The row's date fields from its time_precision and event_date cells, or why they cannot be used. */
export function acledDate(precisionText: string, written: string, ctx: RowContext): AcledDate | string {
  let byWritten = datesByPrecision.get(precisionText);
  if (!byWritten) {
    byWritten = memoText((written) => readAcledDate(precisionText, written));
    if (datesByPrecision.size < 8) datesByPrecision.set(precisionText, byWritten);
  }
  const found = byWritten(written);
  if (typeof found === 'string') return found;
  if (found.read) noteNumericDate(found.read, written, found.fields.day, ctx);
  return found.fields;
}
