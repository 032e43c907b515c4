// A list of an event (its actors, its sources, its extra columns) as one string for a text
// column. JSON would do for all, but at a million rows JSON.stringify cost more than the rest of
// the table together; the lists imports make (plain names, sources that are only an outlet) are
// joined with a separator instead, and anything else is JSON behind a marker.
import type { Source } from './events';

/** Joins names: a control character no name from a file is expected to hold (checked anyway). */
const SEP = '\u001f';
const JSON_MARK = '\u0002';
const OUTLETS_MARK = '\u0003';

const joinable = (names: readonly unknown[]) =>
  names.length > 0 &&
  names.every((n) => typeof n === 'string' && n !== '' && !n.includes(SEP)) &&
  !(names[0] as string).startsWith(JSON_MARK) &&
  !(names[0] as string).startsWith(OUTLETS_MARK);

const onlyOutlet = (s: unknown): s is { outlet: string } => {
  if (typeof s !== 'object' || s === null) return false;
  for (const key in s) if (key !== 'outlet') return false;
  return typeof (s as Source).outlet === 'string';
};

/** '' for no list at all; a list always gives a string that reads back as it. */
export function listText(list: readonly unknown[] | undefined): string {
  if (list === undefined) return '';
  if (joinable(list)) return list.join(SEP);
  if (list.every(onlyOutlet)) {
    const outlets = list.map((s) => s.outlet);
    if (joinable(outlets)) return OUTLETS_MARK + outlets.join(SEP);
  }
  return JSON_MARK + JSON.stringify(list);
}

/** The list again, or undefined for ''. */
export function readList<T>(text: string): T[] | undefined {
  if (text === '') return undefined;
  if (text.startsWith(JSON_MARK)) return JSON.parse(text.slice(1)) as T[];
  if (text.startsWith(OUTLETS_MARK))
    return text
      .slice(1)
      .split(SEP)
      .map((outlet) => ({ outlet })) as T[];
  return text.split(SEP) as T[];
}
