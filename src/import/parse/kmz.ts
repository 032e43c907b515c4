// A KMZ (a zipped KML, as Google Earth saves places): unzipped by fflate, its KML taken as Google
// Earth does (doc.kml at the top, else the first .kml in it) and read as UTF-8 text. Only that
// one entry is inflated, and one that would unzip beyond MAX_KML_BYTES is refused before it is.
import { unzipSync } from 'fflate';
import type { ImportResult } from '../types';
import type { CsvOptions } from './csv';
import { clipForMessage } from './dates';
import type { Fatal } from './importer';
import { parseKmlText } from './kml';

/** Larger than any KML a browser tab could hold as a document. */
export const MAX_KML_BYTES = 512 * 1024 * 1024;

export const NO_KML = 'the KMZ holds no KML file (no doc.kml, no .kml at all): it cannot be read as places';
export const KML_NOT_UTF8 = 'the KML inside the KMZ is not UTF-8 text: save it again as UTF-8 and import it';

const isKml = (name: string) => /\.kml$/i.test(name) && !name.startsWith('__MACOSX/');

/** The entry to read: doc.kml when there is one, else the first .kml in the archive's order. */
function pick(names: string[]): string | undefined {
  return names.find((n) => n.toLowerCase() === 'doc.kml') ?? names.find(isKml);
}

/** The KML inside a KMZ as text, or why there is none to read. */
export function kmlOfKmz(bytes: Uint8Array): { text: string; entry: string } | Fatal {
  const names: string[] = [];
  let tooBig = '';
  try {
    // A first pass lists the names and inflates nothing; the second inflates the one picked.
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
    const entry = pick(names);
    if (entry === undefined) return { fatal: NO_KML };
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== entry) return false;
        if (f.originalSize > MAX_KML_BYTES) tooBig = f.name;
        return tooBig === '';
      },
    });
    if (tooBig !== '')
      return { fatal: `the KML inside the KMZ (“${clipForMessage(tooBig, 60)}”) is too large to read here` };
    const data = files[entry];
    if (!data) return { fatal: NO_KML };
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), entry };
  } catch (e) {
    if (e instanceof TypeError) return { fatal: KML_NOT_UTF8 };
    return {
      fatal: `the KMZ could not be unzipped: ${clipForMessage(String((e as Error)?.message ?? e), 120)}`,
    };
  }
}

/** A KMZ's places, read as its KML's are; `progress` hears the share of its KML read. */
export function parseKmz(
  bytes: Uint8Array,
  opts: CsvOptions,
  progress?: (fraction: number) => void,
): ImportResult | Fatal {
  const kml = kmlOfKmz(bytes);
  return 'fatal' in kml ? kml : parseKmlText(kml.text, opts, 'kmz', { progress });
}
