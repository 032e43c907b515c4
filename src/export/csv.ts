// Events and rejected rows out as CSV. Event columns follow ACLED's names where they mean the same,
// so an export opens in tools built for ACLED data; the app's own fields follow.
import Papa from 'papaparse';
import type { EventRecord, Source } from '../data/events';
import type { Kind } from '../data/kinds';
import { acledGeoPrecision, ucdpWherePrec } from '../data/precision';
import type { RowError } from '../import/types';

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe. Papa's own
 * `escapeFormulae: true` pattern is `^[=+\-@\t\r].*$`, which misses a formula followed by a line
 * break ("=HYPERLINK(…)\nx"), so only the first character is tested here. Plain numbers such as
 * "-33.5" are left alone: they are harmless and a rejected row must import again once fixed.
 */
export const FORMULA = /^(?![-+]?(\d+\.?\d*|\.\d+)$)[=+\-@\t\r]/;

const CONFIG = { escapeFormulae: FORMULA, newline: '\r\n' };

/** With no rows, Papa would write an empty row after the header: write the header alone. */
const unparse = (fields: string[], data: unknown[][]) =>
  data.length > 0 ? Papa.unparse({ fields, data }, CONFIG) : Papa.unparse([fields], CONFIG);

export const EVENT_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'id',
  'set',
  'kind',
  'title',
  'date_note',
  'quote',
  'end_date',
  'place_precision',
  'ucdp_where_prec',
  'source_headline',
  'source_via',
  'source_published',
];

const TIME_PRECISION = { day: 1, week: 2, month: 3 } as const;
/** ACLED's event type for a kind; kinds ACLED has no type for are its "Strategic developments". */
const ACLED_TYPE: Partial<Record<Kind, string>> = {
  strike: 'Explosions/Remote violence',
  clash: 'Battles',
  violence: 'Violence against civilians',
  protest: 'Protests',
};

/** The year as written in the date: a calendar date, never shifted by the viewer's time zone. */
const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * One field of every source in one cell, in the sources' order, joined by "; " as ACLED joins
 * its sources. A value's own ";" is written "\;" and its "\" as "\\", so every unescaped ";"
 * separates two sources; a source without the field keeps its (empty) place, so the n-th part
 * of every such cell is the same source. A field no source has is an empty cell.
 */
export function perSource(sources: readonly Source[], field: (s: Source) => string | undefined): string {
  const values = sources.map((s) => field(s) ?? '');
  if (values.every((v) => v === '')) return '';
  return values.map((v) => v.replace(/[\\;]/g, (c) => `\\${c}`)).join('; ');
}

function eventRow(e: EventRecord): unknown[] {
  const each = (field: (s: Source) => string | undefined) => perSource(e.sources, field);
  return [
    e.source_id ?? e.id,
    e.date,
    yearOf(e.date),
    TIME_PRECISION[e.date_precision],
    '',
    e.event_type ?? ACLED_TYPE[e.kind] ?? 'Strategic developments',
    e.sub_event_type ?? '',
    e.actors[0] ?? '',
    e.actors[1] ?? '',
    e.admin1 ?? '',
    e.place,
    e.lat,
    e.lon,
    acledGeoPrecision(e),
    each((s) => s.outlet),
    e.summary,
    e.fatalities ?? '',
    e.id,
    e.set,
    e.kind,
    e.title,
    e.date_note ?? '',
    each((s) => s.quote),
    e.end_date ?? '',
    e.geo_precision,
    ucdpWherePrec(e),
    each((s) => s.headline),
    each((s) => s.via),
    each((s) => s.published),
  ];
}

/**
 * The events' own further fields (a KML placemark's folder and ExtendedData, a file's columns
 * the app has no name for), in the order first met: each a column after the event columns, under
 * its own name, or "extra: name" where that is taken, so nothing an import kept is lost here.
 */
function extraColumns(events: readonly EventRecord[]): { names: string[]; headers: string[] } {
  const names = [...new Set(events.flatMap((e) => (e.extra ?? []).map(([name]) => name)))];
  const taken = new Set<string>(EVENT_COLUMNS);
  const headers = names.map((name) => {
    let header = taken.has(name) ? `extra: ${name}` : name;
    for (let n = 2; taken.has(header); n++) header = `extra: ${name} (${n})`;
    taken.add(header);
    return header;
  });
  return { names, headers };
}

export function eventsToCsv(events: readonly EventRecord[]): string {
  const extra = extraColumns(events);
  const rows = events.map((e) => {
    const own = new Map(e.extra ?? []);
    return [...eventRow(e), ...extra.names.map((name) => own.get(name) ?? '')];
  });
  return unparse([...EVENT_COLUMNS, ...extra.headers], rows);
}

/** A cell as text: objects as JSON rather than "[object Object]". */
function cell(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

/** "row 17" → 17, so the column sorts as numbers; any other place is written as it is. */
const rowNumber = (where: string) => {
  const m = /^row (\d+)$/.exec(where);
  return m ? Number(m[1]) : where;
};

/** A rejected row's cells past the header's (recordOf names them "(extra field 1)", …), in order. */
const surplusOf = (record: Record<string, unknown>, columns: ReadonlySet<string>) =>
  Object.keys(record).flatMap((k) => (columns.has(k) ? [] : [cell(record[k])]));

/**
 * The rejected rows with the file's own columns, after `row` and `reason`, so the user can fix
 * them in a spreadsheet and import the file again. Rows are written as arrays, not objects, so a
 * file that has its own `row` or `reason` column keeps it. A row with more cells than the header
 * keeps them all, after its columns and with no name above them, as it was in the file: that it
 * has too many is what the user has to fix.
 */
export function rejectedToCsv(errors: readonly RowError[], columns: readonly string[]): string {
  const named = new Set(columns);
  const rows = errors.map(({ where, reason, raw }) => {
    const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    // Own properties only: a column named "constructor" must not read Object's.
    const value = (c: string) => (Object.hasOwn(record, c) ? record[c] : undefined);
    return [rowNumber(where), reason, ...columns.map((c) => cell(value(c))), ...surplusOf(record, named)];
  });
  // Arrays with no `fields`: papaparse then writes each row whole, however long.
  return Papa.unparse([['row', 'reason', ...columns], ...rows], CONFIG);
}
