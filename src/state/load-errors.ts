// Files the page needed and could not load (a map layer's data, a font, a tile): each is said to
// the user, never silently missing. The map reports them with `reportLoadError` (its port's
// onLoadError gives `source: message`); the UI shows `loadErrors` (ui/LoadErrors.tsx).
import { signal } from '@preact/signals';
import { SOURCE, type SourceId } from '../layers/ids';
import { summarise } from './quote';

/** What failed to load, one line each, in the order it happened, each once. */
export const loadErrors = signal<readonly string[]>([]);
/** Further failures past the ones listed: a failing tile server must not grow the page without end. */
export const moreLoadErrors = signal(0);

const MAX_LISTED = 10;
/** Enough of MapLibre's message to see what failed; a data: URL in it would run to kilobytes. */
const SHOWN_CHARS = 160;

/** The map's own sources, in the user's words. A Map: a source id from a message is not a key. */
const SOURCE_NAMES = new Map<string, string>(
  Object.entries({
    [SOURCE.world]: 'The world map',
    [SOURCE.basemap]: 'The borders and coastlines',
    [SOURCE.water]: 'The lakes and rivers',
    [SOURCE.places]: 'The towns',
    [SOURCE.golan]: 'The Golan Heights',
    [SOURCE.buffer]: 'The 1974 buffer zone and Lines A and B',
    [SOURCE.limitation]: 'The Areas of Limitation',
    [SOURCE.governorates]: 'The governorates',
    [SOURCE.labels]: 'The area labels',
  } satisfies Record<SourceId, string>),
);

/** `golan: Failed to fetch` as `The Golan Heights: Failed to fetch`, cut short if long. */
export function describeLoadError(what: string): string {
  const [, source = '', message = ''] = /^([\w-]+): ([\s\S]*)$/.exec(what.trim()) ?? [];
  const name = SOURCE_NAMES.get(source);
  const text = name ? `${name}: ${message}` : what.trim() || 'Part of the map: no reason given';
  return summarise(text, SHOWN_CHARS);
}

export function reportLoadError(what: string): void {
  const line = describeLoadError(what);
  if (loadErrors.value.includes(line)) return;
  if (loadErrors.value.length >= MAX_LISTED) moreLoadErrors.value += 1;
  else loadErrors.value = [...loadErrors.value, line];
}

export function dismissLoadErrors(): void {
  loadErrors.value = [];
  moreLoadErrors.value = 0;
}
