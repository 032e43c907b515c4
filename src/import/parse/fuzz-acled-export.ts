// A fast-check generator of whole ACLED exports: the header acleddata.com writes, and valid rows
// with every cell filled as ACLED fills them, quoted where a cell needs it.
import fc from 'fast-check';
import Papa from 'papaparse';
import { formatDay, fromParts } from '../../data/dates';
import { coordinate } from './fuzz-support';

/** An ACLED export's header, as acleddata.com writes it. */
export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

/** ACLED's "; " lists: the sources, the associated actors, the tags. */
const list = (items: string[]) =>
  fc.uniqueArray(fc.constantFrom(...items), { minLength: 0, maxLength: 4 }).map((l) => l.join('; '));
const OUTLETS = ['SANA', 'Syrian Observatory for Human Rights', 'Al Mayadeen', 'Suwayda 24', 'Twitter'];
const ACTORS = [
  'Farmers (Syria)',
  'Women (Syria)',
  'Police Forces of Israel (2022-)',
  'Druze Militia (Syria)',
];
/** A valid ACLED row as an export has it, every cell filled as ACLED fills it. */
const acledExportRow = fc
  .record({
    day: fc.integer({ min: fromParts(2025, 1, 1), max: fromParts(2025, 12, 31) }),
    precision: fc.constantFrom('1', '2', '3'),
    assoc: list(ACTORS),
    source: list(OUTLETS).filter((s) => s !== ''),
    notes: fc.constantFrom('Clashes, shelling; no casualties.', 'On the road, "reportedly", a strike.', ''),
    tags: list(['crowd size=no report', 'local administrators']),
    lat: coordinate(90),
    lon: coordinate(180),
  })
  .map((r) => [
    ...['SYR1', formatDay(r.day), '2025', r.precision, 'Political violence', 'Battles', 'Armed clash'],
    ...['Military Forces of Israel (2022-)', r.assoc, 'External/Other forces', 'Civilians (Syria)', r.assoc],
    ...['Civilians', 'External/Other forces-Civilians', '', '760', 'Middle East', 'Syria', 'Quneitra'],
    ...['Al Quneitra', 'Khan Arnaba', 'Khan Arnabah', String(r.lat), String(r.lon), r.precision, r.source],
    ...['National-International', r.notes, '0', r.tags, '1747691234'],
  ]);
/** A whole ACLED export of valid rows, written as CSV with its quotes where cells need them. */
export const acledExport = fc
  .tuple(
    fc.array(acledExportRow, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([rows, newline, endsInNewline]) => ({
    rows: rows.length,
    text: Papa.unparse([ACLED_HEADER, ...rows], { newline }) + (endsInNewline ? newline : ''),
  }));
