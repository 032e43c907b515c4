// A ZIP archive dropped for a CSV: an Excel workbook, a spreadsheet or a zipped export. It is told
// apart by the names of the files in it, read from the archive's local headers (each starts
// "PK\3\4", its name 30 bytes on), and said in words with what to do instead. A KMZ (a .kmz, or a
// ZIP with a .kml in it) never comes here: sniff.ts sends it to be read (kmz.ts).
import { clipForMessage } from './dates';
import type { Fatal } from './importer';

const LOCAL_HEADER = 0x04034b50;
const HEADER_BYTES = 30;
const MAX_ENTRIES = 50;

/** True when the bytes open a ZIP archive: a file entry, or the end record of an empty one. */
export const isZip = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

/** The names of the first entries whose headers lie within the bytes given. */
export function zipEntryNames(b: Uint8Array): string[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const names: string[] = [];
  let at = 0;
  while (names.length < MAX_ENTRIES && at + HEADER_BYTES <= b.length) {
    if (view.getUint32(at, true) !== LOCAL_HEADER) break;
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const start = at + HEADER_BYTES;
    names.push(new TextDecoder().decode(b.subarray(start, Math.min(b.length, start + nameLength))));
    // An entry whose size follows its data (bit 3) gives 0 here: the next header is then unknown.
    if ((view.getUint16(at + 6, true) & 8) !== 0) break;
    at = start + nameLength + extraLength + compressed;
  }
  return names;
}

const XLSX =
  'the file is an Excel workbook (.xlsx), not CSV: in Excel choose File › Save As › “CSV UTF-8 (Comma delimited)” and import that file';
const ODS =
  'the file is an OpenDocument spreadsheet (.ods), not CSV: save it as “Text CSV” in UTF-8 and import that file';

/** What an archive that is not a KMZ is, in words, and what to import instead. */
export function zipFatal(bytes: Uint8Array, fileName: string): Fatal {
  const names = zipEntryNames(bytes);
  const has = (test: (n: string) => boolean) => names.some(test);
  if (/\.xlsx$/i.test(fileName) || has((n) => n.startsWith('xl/'))) return { fatal: XLSX };
  if (/\.ods$/i.test(fileName) || (has((n) => n === 'mimetype') && has((n) => n === 'content.xml')))
    return { fatal: ODS };
  const data = names.find(
    (n) => /\.(csv|tsv|txt|geojson|json|parquet)$/i.test(n) && !n.startsWith('__MACOSX/'),
  );
  if (data !== undefined) {
    const shown = clipForMessage(data.split('/').pop() ?? data, 60);
    return { fatal: `the file is a ZIP archive holding “${shown}”: unzip it and import that file` };
  }
  return { fatal: 'the file is a ZIP archive: unzip it and import the CSV, GeoJSON or Parquet file inside' };
}
