// A KML file (Google Earth, My Maps, most field teams' mapping apps), read one placemark at a
// time (kml-stream.ts): its geometry by toGeoJSON (kml-geometry.ts), and what it says (name,
// description, time, ExtendedData, folders) off its own tree (kml-placemark.ts). Dated placemarks
// become events on the time slider; undated ones are drawn at every date; a bad one is said with
// its number and name, and the rest are kept.
import type { AreaFeature } from '../../data/areas';
import { tableBuilder } from '../../data/table-builder';
import type { ImportResult, RowError } from '../types';
import type { CsvOptions } from './csv';
import { clipForMessage } from './dates';
import type { Fatal } from './importer';
import { placemarkOutcome, placemarkWhere } from './kml-event';
import { geometryReader } from './kml-geometry';
import { type PlacemarkText, placemarkText } from './kml-placemark';
import { escapeBareAmpersands } from './kml-repair';
import { type KmlNode, NOT_XML, type StreamOptions, streamKml } from './kml-stream';
import { createNotes } from './notes';
import { outliersOf, outsideOf } from './outliers';

/** The columns a rejected placemark is written out with, to be fixed and imported again. */
export const KML_COLUMNS = ['placemark', 'name', 'when', 'begin', 'end', 'folder'];

const rawOf = (n: number, t: PlacemarkText) => ({
  placemark: String(n),
  name: t.name,
  when: t.time.when ?? '',
  begin: t.time.begin ?? '',
  end: t.time.end ?? '',
  folder: t.folder,
});

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const SHAPE_WORDS: Record<string, string> = {
  Point: 'point',
  MultiPoint: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
};
const shapeWord = (a: AreaFeature) =>
  Object.hasOwn(SHAPE_WORDS, a.geometry.type) ? (SHAPE_WORDS[a.geometry.type] as string) : 'shape';

/** "3 placemarks have no time …: 2 points, 1 line": what is drawn at every date. */
function undatedNote(undated: AreaFeature[]): string | null {
  if (undated.length === 0) return null;
  const byShape = new Map<string, number>();
  for (const a of undated) byShape.set(shapeWord(a), (byShape.get(shapeWord(a)) ?? 0) + 1);
  const shapes = [...byShape].map(([word, n]) => count(n, word)).join(', ');
  const have = undated.length === 1 ? '1 placemark has' : `${count(undated.length, 'placemark')} have`;
  return `${have} no time (no TimeStamp or TimeSpan): drawn at every date, as ${undated.length === 1 ? 'it is' : 'they are'} (${shapes}).`;
}

type Read = {
  table: ReturnType<typeof tableBuilder>;
  areas: AreaFeature[];
  undated: AreaFeature[];
  errors: RowError[];
  datedShapes: number;
  timeDropped: boolean;
  /** How many "&"s written bare were read as text (kml-repair.ts). */
  bareAmpersands: number;
};

function emptyRead(set: string): Read {
  return {
    table: tableBuilder(set),
    areas: [],
    undated: [],
    errors: [],
    datedShapes: 0,
    timeDropped: false,
    bareAmpersands: 0,
  };
}

/** Reads each placemark as it is streamed into `read`: an event or more, a static feature, or an error. */
function placemarkReader(read: Read, opts: CsvOptions) {
  const geometryOf = geometryReader();
  const outside = opts.datesWithin ? outsideOf(opts.datesWithin) : () => null;
  let n = 0;
  return (placemark: KmlNode, folder: string) => {
    n++;
    const t = placemarkText(placemark, folder);
    const found = placemarkOutcome(t, geometryOf(placemark), { set: opts.set, rowNumber: n });
    const first = 'events' in found ? found.events[0] : undefined;
    const reason = 'reason' in found ? found.reason : first ? outside(first) : null;
    if (reason !== null) {
      read.errors.push({ where: placemarkWhere(n, t.name), reason, raw: rawOf(n, t) });
    } else if ('undated' in found) {
      read.areas.push(found.undated);
      read.undated.push(found.undated);
    } else if ('events' in found) {
      for (const e of found.events) read.table.add(e);
      if (found.shape) read.areas.push(found.shape);
      if (found.shape) read.datedShapes++;
      if (first?.date_note?.includes('in UTC')) read.timeDropped = true;
    }
  };
}

function notesOf(read: Read): string[] {
  const notes = createNotes('feature');
  const undated = undatedNote(read.undated);
  if (undated) notes.say(undated);
  if (read.datedShapes > 0)
    notes.say(
      `${count(read.datedShapes, 'dated line or polygon', 'dated lines and polygons')} each stand on the time slider as an event at the shape’s centre, the shape drawn while that event is shown.`,
    );
  if (read.bareAmpersands > 0)
    notes.say(
      `${count(read.bareAmpersands, '“&”', '“&”s')} written bare, which XML does not allow, ${read.bareAmpersands === 1 ? 'was' : 'were'} read as text.`,
    );
  if (read.timeDropped)
    notes.say(
      'Times of day were dropped: each placemark is dated by its day in UTC, its time as written kept in its date note.',
    );
  return notes.texts();
}

/** The file read, and read again with its bare "&"s escaped when it is not XML only for them. */
function readAll(text: string, opts: CsvOptions, stream: StreamOptions) {
  const read = emptyRead(opts.set);
  const streamed = streamKml(text, placemarkReader(read, opts), stream);
  if (!('fatal' in streamed && streamed.fatal.startsWith(NOT_XML))) return { read, streamed };
  const mended = escapeBareAmpersands(text);
  if (mended.count === 0) return { read, streamed };
  const again = emptyRead(opts.set);
  again.bareAmpersands = mended.count;
  return { read: again, streamed: streamKml(mended.text, placemarkReader(again, opts), stream) };
}

function readKml(
  text: string,
  opts: CsvOptions,
  format: 'kml' | 'kmz',
  stream: StreamOptions,
): ImportResult | Fatal {
  const { read, streamed } = readAll(text, opts, stream);
  if ('fatal' in streamed) return streamed;
  if (read.table.count + read.areas.length + read.errors.length === 0) {
    const overlays = streamed.groundOverlays;
    const more =
      overlays > 0 ? ` (only ${count(overlays, 'ground overlay')}, images this map does not draw)` : '';
    return { fatal: `the KML has no placemarks${more}` };
  }
  const table = read.table.finish('by-day');
  const outliers = outliersOf(table, 'feature');
  const { areas, errors } = read;
  return { format, table, areas, errors, columns: KML_COLUMNS, notes: notesOf(read), ...outliers };
}

/**
 * The file's events and static features; a fatal when it is not KML or holds no placemark.
 * `stream.progress` hears the share of the text read.
 */
export function parseKmlText(
  text: string,
  opts: CsvOptions,
  format: 'kml' | 'kmz' = 'kml',
  stream: StreamOptions = {},
): ImportResult | Fatal {
  try {
    return readKml(text, opts, format, stream);
  } catch (e) {
    // Neither library is known to throw past the XML check; a file that makes one (or nests
    // elements deeper than the stack goes) still gets a message rather than a stuck import.
    return { fatal: `the KML could not be read: ${clipForMessage(String((e as Error)?.message ?? e), 120)}` };
  }
}
