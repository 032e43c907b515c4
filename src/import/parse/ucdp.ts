// The UCDP Georeferenced Event Dataset (GED, ucdp.uu.se) as CSV, read into event records. Its
// columns are documented in the GED codebook: the event's two sides, its deaths (best estimate,
// low, high), when (date_start to date_end, with date_prec saying how well that is known) and
// where (latitude, longitude, with where_prec saying how well), and the news report it rests on.
import { fromParts, parseIsoDate, parts, toIsoDate } from '../../data/dates';
import type { EventRecord, GeoPrecision, Source } from '../../data/events';
import type { Kind } from '../../data/kinds';
import { clip, coordinatesText, own, type RowContext, readLatLon, rowId } from './fields';
import type { Cells } from './row';
import { type UcdpCells, ucdpCells } from './ucdp-cells';

/** Columns a GED export always has: enough to tell it from any other CSV. */
const REQUIRED = ['relid', 'side_a', 'side_b', 'where_prec', 'date_prec', 'date_start', 'date_end', 'best'];
const LOCATED = ['latitude', 'longitude'];

export function isUcdp(columns: readonly string[]): boolean {
  const have = new Set(columns.map((c) => c.trim().toLowerCase()));
  return [...REQUIRED, ...LOCATED].every((c) => have.has(c));
}

/** UCDP's three types of violence: our kind, and its own name for the card. */
const VIOLENCE: Record<string, { kind: Kind; name: string }> = {
  '1': { kind: 'clash', name: 'State-based conflict' },
  '2': { kind: 'clash', name: 'Non-state conflict' },
  '3': { kind: 'violence', name: 'One-sided violence' },
};

/** where_prec: how well the place is known, and what to say when our word says less. */
const WHERE: Record<string, { geo: GeoPrecision; note?: string }> = {
  '1': { geo: 'exact' },
  '2': { geo: 'near', note: 'UCDP where_prec 2: within about 25 km of the point' },
  '3': { geo: 'region', note: 'UCDP where_prec 3: known to the second-order administrative area' },
  '4': { geo: 'region', note: 'UCDP where_prec 4: known to the first-order administrative area' },
  '5': { geo: 'region', note: 'UCDP where_prec 5: somewhere along a line (a road, a river, a border)' },
  '6': { geo: 'country', note: 'UCDP where_prec 6: known only to the country' },
  '7': { geo: 'region', note: 'UCDP where_prec 7: in international waters or airspace' },
};

const DATE_PREC: Record<string, string> = {
  '1': 'the exact day',
  '2': 'a range of two to six days',
  '3': 'a week',
  '4': 'a month',
  '5': 'a year',
};

/** "2025-07-14" or "2025-07-14 00:00:00.000", as GED writes its dates; null when not a date. */
const gedDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}(?:[ T][\d:.]*)?$/.test(text) ? parseIsoDate(text.slice(0, 10)) : null;

type When = Pick<EventRecord, 'date' | 'date_precision' | 'date_note' | 'end_date' | 'day' | 'end'>;

/** The event's days: date_start to date_end, a month when it is one, and how well it is known. */
function whenOf(c: UcdpCells): When | string {
  const known = own(DATE_PREC, c.date_prec);
  if (!known) return `date_prec "${clip(c.date_prec, 40)}" is not 1 to 5`;
  const [start, end] = [gedDay(c.date_start), gedDay(c.date_end || c.date_start)];
  if (start === null) return `date_start "${clip(c.date_start, 40)}" is not a date written YYYY-MM-DD`;
  if (end === null) return `date_end "${clip(c.date_end, 40)}" is not a date written YYYY-MM-DD`;
  if (end < start) return `date_end ${toIsoDate(end)} is before date_start ${toIsoDate(start)}`;
  const note = c.date_prec === '1' ? {} : { date_note: `UCDP date_prec ${c.date_prec}: known to ${known}` };
  const { year, month, date } = parts(start);
  const wholeMonth = date === 1 && end === fromParts(year, month + 1, 1) - 1;
  if (wholeMonth) return { date: toIsoDate(start), date_precision: 'month', ...note, day: start, end };
  const span = end > start ? { end_date: toIsoDate(end) } : {};
  return { date: toIsoDate(start), date_precision: 'day', ...note, ...span, day: start, end };
}

const split = (text: string) => text.split(';').map((s) => s.trim());

/** The reports: offices, headlines and dates listed in the same order, "; " between them. */
function sourcesOf(c: UcdpCells): Source[] {
  const [offices, headlines, dates] = [
    split(c.source_office),
    split(c.source_headline),
    split(c.source_date),
  ];
  const aligned = (list: string[]) => list.length === offices.length;
  return offices.flatMap((outlet, i): Source[] => {
    if (outlet === '') return [];
    const headline = aligned(headlines) ? headlines[i] : undefined;
    const day = aligned(dates) ? gedDay(dates[i] ?? '') : null;
    return [
      { outlet, ...(headline ? { headline } : {}), ...(day !== null ? { published: toIsoDate(day) } : {}) },
    ];
  });
}

/** In words, from the row alone: the type of violence, the dyad, and the deaths counted. */
function summaryOf(c: UcdpCells, violence: string | undefined): string {
  const what = [violence, c.dyad_name || c.conflict_name].filter(Boolean).join(': ');
  const range =
    c.low && c.high && (c.low !== c.best || c.high !== c.best) ? ` (low ${c.low}, high ${c.high})` : '';
  const counted = c.best ? `Deaths, best estimate: ${c.best}${range}.` : '';
  return [what ? `${what}.` : '', counted].filter(Boolean).join(' ');
}

const deaths = (c: UcdpCells) => (/^\d{1,9}$/.test(c.best) ? Number(c.best) : undefined);

/** One GED row as an event, or the reason it was left out. */
export function ucdpRow(row: Cells, ctx: RowContext): EventRecord | string {
  const c = ucdpCells(row);
  const coords = readLatLon(c.latitude, c.longitude, ctx);
  if (typeof coords === 'string') return coords;
  const [lat, lon] = coords;
  const when = whenOf(c);
  if (typeof when === 'string') return when;
  const where = own(WHERE, c.where_prec);
  if (!where) return `where_prec "${clip(c.where_prec, 40)}" is not 1 to 7`;
  const violence = own(VIOLENCE, c.type_of_violence);
  const sides = [c.side_a, c.side_b].filter(Boolean);
  const place =
    [c.where_description, c.adm_1, c.country].filter(Boolean).join(', ') || coordinatesText(lat, lon);
  const fatalities = deaths(c);
  const range = c.low && c.high ? [['deaths (low–high)', `${c.low}–${c.high}`] as [string, string]] : [];
  const conflict = c.conflict_name ? [['conflict', c.conflict_name] as [string, string]] : [];
  return {
    id: rowId(ctx),
    set: ctx.set,
    kind: violence?.kind ?? 'clash',
    title: clip(sides.join(' vs ') || c.conflict_name || 'Event', 200),
    summary: summaryOf(c, violence?.name),
    actors: sides,
    ...when,
    place,
    geo_precision: where.geo,
    ...(where.geo === 'country' && c.country ? { country: c.country } : {}),
    radiusKm: 0,
    sources: sourcesOf(c),
    ...(where.note ? { note: where.note } : {}),
    ...(fatalities !== undefined ? { fatalities } : {}),
    ...(c.id ? { source_id: c.id } : {}),
    ...(violence ? { event_type: violence.name } : {}),
    ...(c.adm_1 ? { admin1: c.adm_1 } : {}),
    ...(range.length + conflict.length > 0 ? { extra: [...conflict, ...range] } : {}),
    lon,
    lat,
  };
}
