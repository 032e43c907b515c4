// The benchmark's seeded ACLED-style rows as a KML file beside their CSV (what
// `npm run bench:import -- --format kml` imports): one placemark per row, as Google Earth writes
// them, with its date as a TimeStamp, its notes as an HTML description and two ExtendedData fields.
import { createWriteStream, readFileSync } from 'node:fs';
import { writeCsv } from './acled-csv.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 May 2025" → "2025-05-14". */
function isoOf(date) {
  const [d, m, y] = date.split(' ');
  return `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const placemark = (c) =>
  `<Placemark><name>${c.event_type} at ${c.location}</name>` +
  `<description><![CDATA[<p>${c.notes}</p>]]></description>` +
  `<TimeStamp><when>${isoOf(c.event_date)}</when></TimeStamp>` +
  `<ExtendedData><Data name="event_id"><value>${c.event_id_cnty}</value></Data>` +
  `<Data name="actor1"><value>${c.actor1}</value></Data></ExtendedData>` +
  `<Point><coordinates>${c.longitude},${c.latitude},0</coordinates></Point></Placemark>\n`;

/** Writes the KML of `n` rows beside their CSV (in `dir`, else the bench's own) and returns its path. */
export async function writeKml(n, dir) {
  const csv = await writeCsv(n, dir);
  const [header, ...lines] = readFileSync(csv, 'utf8').trimEnd().split('\n');
  const names = header.split(',');
  const path = csv.replace(/\.csv$/, '.kml');
  const out = createWriteStream(path);
  out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n',
  );
  for (const line of lines) {
    const cells = line.split(',');
    const row = Object.fromEntries(names.map((name, i) => [name, cells[i]]));
    if (!out.write(placemark(row))) await new Promise((ok) => out.once('drain', ok));
  }
  out.write('</Document></kml>\n');
  await new Promise((ok) => out.end(ok));
  return path;
}
