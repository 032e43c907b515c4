// The URL hash: `#map=9/33.05/35.85&layers=golan,buffer&t=2025-05-14&mode=window&win=30&
// event=riyadh-trump-sharaa&kinds=strike,meeting`. Pure parse/format; nothing here touches
// `location`. Bad parts are reported and replaced by defaults, never thrown; what is quoted from
// the link is summarised (state/quote.ts), so a 1 MB link gives a short message.
import { type Day, parseIsoDate, toIsoDate } from '../data/dates';
import { isKind, KINDS, type Kind } from '../data/kinds';
import { EVENT_ID } from '../data/schema';
import { DEFAULT_VISIBLE, isToggleId, TOGGLES, type ToggleId } from '../layers/ids';
import { MAX_WINDOW_DAYS, type Mode } from '../timeline/visibility';
import { quoted, quotedList, summarise } from './quote';
import { formatStoryLink, readStoryLink, STORY_KEYS, type StoryLink } from './story-link';

/** The camera. `bearing` is not in the link (its `map=` is zoom/lat/lon); a story step keeps it. */
export type View = { zoom: number; lat: number; lon: number; bearing?: number };

export type HashState = {
  /** Absent when the hash has no usable viewport: the app opens on its default framing. */
  view?: View;
  /** Absent when the hash does not mention layers: the defaults apply. */
  layers?: ToggleId[];
  time?: Day;
  mode?: Mode;
  windowDays?: number;
  event?: string;
  /** Absent: every kind of event is shown. */
  kinds?: Kind[];
} & StoryLink;

export type Parsed = HashState & { problems: string[] };

const MAX_ZOOM = 22;
/** The keys this map writes; any other is reported, not silently dropped. */
const KEYS = ['map', 'layers', 't', 'mode', 'win', 'event', 'kinds', ...STORY_KEYS];
/** This map's own links are a few hundred characters: a longer one is said to be so. */
const LONG_LINK = 2000;

export function parseView(text: string): View | string {
  const parts = text.split('/');
  const map = `map=${summarise(text)}`;
  if (parts.length !== 3) return `${map}: expected zoom/latitude/longitude`;
  const [zoom, lat, lon] = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p))) as [
    number,
    number,
    number,
  ];
  if (!Number.isFinite(zoom) || zoom < 0 || zoom > MAX_ZOOM) return `${map}: zoom must be 0–${MAX_ZOOM}`;
  if (!Number.isFinite(lat) || Math.abs(lat) > 85) return `${map}: latitude must be −85 to 85`;
  if (!Number.isFinite(lon) || Math.abs(lon) > 180) return `${map}: longitude must be −180 to 180`;
  return { zoom, lat, lon };
}

export function parseLayers(text: string): { layers: ToggleId[]; unknown: string[] } {
  const names = text.split(',').filter((s) => s !== '');
  const layers = TOGGLES.filter((t) => names.includes(t));
  return { layers, unknown: unique(names.filter((n) => !isToggleId(n))) };
}

/**
 * `layers=` as given when every name is known (empty: none). With an unknown name the link was
 * not meant as it reads (a typo, a newer version's layer), so the known ones are shown with the
 * defaults for the rest, rather than everything else hidden, and the notice says exactly that.
 */
function readLayers(text: string, out: Parsed): void {
  const { layers: ok, unknown } = parseLayers(text);
  if (unknown.length === 0) {
    out.layers = ok;
    return;
  }
  const rest = DEFAULT_VISIBLE.filter((t) => !ok.includes(t));
  out.layers = TOGGLES.filter((t) => ok.includes(t) || rest.includes(t));
  const shown = [
    ok.length ? `the known ${ok.join(', ')}` : '',
    rest.length ? `the defaults for the rest (${rest.join(', ')})` : '',
  ].filter(Boolean);
  out.problems.push(
    `layers: unknown ${quotedList(unknown)}; showing ${shown.join(' and ') || 'no overlays'}`,
  );
}

const unique = (items: readonly string[]) => [...new Set(items)];

function params(text: string): URLSearchParams | null {
  try {
    return new URLSearchParams(text);
  } catch {
    return null;
  }
}

/** Keys this map does not write, and keys given more than once (the first one counts). */
function keyProblems(p: URLSearchParams): string[] {
  const counts = new Map<string, number>();
  for (const [key, value] of p) if (key !== '' || value !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  const unknown = [...counts.keys()].filter((k) => !KEYS.includes(k));
  const repeated = KEYS.filter((k) => (counts.get(k) ?? 0) > 1);
  return [
    ...(unknown.length ? [`not part of this map's links: ${quotedList(unknown)}`] : []),
    ...repeated.map((k) => `${k}= is given ${counts.get(k)} times: only the first is used`),
  ];
}

export function parseHash(hash: string): Parsed {
  const text = hash.replace(/^#/, '');
  const out: Parsed = { problems: [] };
  if (text.length > LONG_LINK)
    out.problems.push(`the link is far longer than this map's links: ${quoted(text)}`);
  const p = params(text);
  if (!p) return { problems: ['the link could not be read'] };
  const map = p.get('map');
  if (map !== null) {
    const view = parseView(map);
    if (typeof view === 'string') out.problems.push(view);
    else out.view = view;
  }
  const layers = p.get('layers');
  if (layers !== null) readLayers(layers, out);
  parseTimeline(p, out);
  Object.assign(out, readStoryLink(p, out.problems));
  out.problems.push(...keyProblems(p));
  return out;
}

/** The time slider's part of the link: t, mode, win, event, kinds. */
function parseTimeline(p: URLSearchParams, out: Parsed): void {
  const t = p.get('t');
  if (t !== null) {
    const day = parseIsoDate(t);
    if (day === null) out.problems.push(`t=${summarise(t)}: expected a date written YYYY-MM-DD`);
    else out.time = day;
  }
  const mode = p.get('mode');
  if (mode === 'cumulative' || mode === 'window') out.mode = mode;
  else if (mode !== null) out.problems.push(`mode=${summarise(mode)}: expected “cumulative” or “window”`);
  const win = p.get('win');
  if (win !== null) {
    const n = Number(win);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_WINDOW_DAYS) out.windowDays = n;
    else out.problems.push(`win=${summarise(win)}: expected a whole number of days, 1–${MAX_WINDOW_DAYS}`);
  }
  const event = p.get('event');
  if (event !== null) {
    if (EVENT_ID.test(event)) out.event = event;
    else out.problems.push(`event=${summarise(event)}: not an event id`);
  }
  const kinds = p.get('kinds');
  if (kinds !== null) {
    const names = kinds.split(',').filter((k) => k !== '');
    out.kinds = KINDS.filter((k) => names.includes(k));
    const unknown = unique(names.filter((n) => !isKind(n)));
    if (unknown.length) out.problems.push(`kinds: unknown ${quotedList(unknown)}`);
  }
}

/** Enough decimals to place the centre to about a pixel at this zoom (as MapLibre's own hash). */
export const viewDecimals = (zoom: number) =>
  Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));

export function formatView({ zoom, lat, lon }: View): string {
  const d = viewDecimals(zoom);
  const z = Math.round(zoom * 100) / 100;
  return `${z}/${lat.toFixed(d)}/${lon.toFixed(d)}`;
}

/** Commas and slashes stay readable: URLSearchParams would percent-encode them. */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.layers) parts.push(`layers=${TOGGLES.filter((t) => state.layers?.includes(t)).join(',')}`);
  if (state.time !== undefined) parts.push(`t=${toIsoDate(state.time)}`);
  if (state.mode) parts.push(`mode=${state.mode}`);
  if (state.mode === 'window' && state.windowDays !== undefined) parts.push(`win=${state.windowDays}`);
  if (state.event) parts.push(`event=${state.event}`);
  if (state.kinds && state.kinds.length < KINDS.length) {
    parts.push(`kinds=${KINDS.filter((k) => state.kinds?.includes(k)).join(',')}`);
  }
  parts.push(...formatStoryLink(state));
  return parts.join('&');
}
