// What a PNG snapshot says beside the map, as data: the title, the date, one legend line per
// shown layer, kind and import, and the credits as plain text. Pure, so it is unit-tested.
import { formatDay } from '../data/dates';
import { KIND_INFO, KINDS, type Kind } from '../data/kinds';
import { TOGGLES, type ToggleId } from '../layers/ids';
import { LEGEND } from '../layers/legend';
import { ATTRIBUTION } from '../layers/style';
import type { Mode } from '../timeline/visibility';

export type LegendLine = { color: string; label: string; shape: 'area' | 'dot' | 'square' };
export type SnapshotText = { title: string; date: string; lines: LegendLine[]; credits: string };

export type SnapshotState = {
  time: number;
  mode: Mode;
  windowDays: number;
  layers: ReadonlySet<ToggleId>;
  kinds: ReadonlySet<Kind>;
  presentKinds: ReadonlySet<Kind>;
  imports: readonly { name: string; color: string; visible: boolean }[];
  shown: number;
};

/** Credits are written as HTML for the map's control; the picture needs just their words. */
export const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function snapshotText(s: SnapshotState): SnapshotText {
  const day = formatDay(s.time);
  const date = s.mode === 'window' ? `${s.windowDays} days up to ${day}` : `Up to ${day}`;
  const lines: LegendLine[] = [
    ...TOGGLES.filter((t) => s.layers.has(t)).map((t) => ({
      color: LEGEND[t].swatch.line,
      label: LEGEND[t].label,
      shape: 'area' as const,
    })),
    ...KINDS.filter((k) => s.kinds.has(k) && s.presentKinds.has(k)).map((k) => ({
      color: KIND_INFO[k].color,
      label: KIND_INFO[k].plural,
      shape: 'dot' as const,
    })),
    ...s.imports
      .filter((d) => d.visible)
      .map((d) => ({ color: d.color, label: d.name, shape: 'square' as const })),
  ];
  return {
    title: 'Golan Heights & southern Syria',
    date: `${date} · ${s.shown.toLocaleString('en')} events`,
    lines,
    credits: `${Object.values(ATTRIBUTION).map(plainText).join(' · ')} · MapLibre`,
  };
}
