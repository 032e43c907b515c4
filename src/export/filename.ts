// Names for downloaded files: readable, safe on every file system, and dated by calendar day so
// two exports of different days do not overwrite each other.
import { type Day, toIsoDate } from '../data/dates';

/**
 * Lower-case words joined by hyphens. Letters of any script are kept, so Arabic or Hebrew names
 * survive; only accents on Latin letters are dropped (é → e), as other scripts' marks are spelling.
 */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point, not UTF-16 unit, so a long name never ends in half a character.
  return [...words].slice(0, 80).join('').replace(/-+$/, '');
}

/** `exportName('Golan map events', day, 'geojson')` → `golan-map-events-2025-05-14.geojson`. */
export function exportName(base: string, day: Day, ext: string): string {
  const extension = ext.replace(/^\.+/, '');
  return `${slug(base) || 'export'}-${toIsoDate(day)}.${extension}`;
}
