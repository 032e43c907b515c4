// What each toggle is called and how it is drawn (label, note, swatch), in the map's own colours:
// data, read by the layer panel and by the snapshot's legend alike.
import type { ToggleId } from './ids';
import { COLOR } from './theme';

export type Swatch = {
  fill: string;
  line: string;
  dashed?: boolean;
  lines?: { color: string; dashed?: boolean }[];
};
export type LegendEntry = { label: string; note: string; swatch: Swatch };

export const LEGEND: Record<ToggleId, LegendEntry> = {
  golan: {
    label: 'Golan Heights',
    note: 'Israeli-held since 1967; claimed by Syria. East edge is Line A.',
    swatch: { fill: COLOR.golan, line: COLOR.golan },
  },
  buffer: {
    label: '1974 buffer zone',
    note: 'UNDOF Area of Separation between Line A (Alpha, red) and Line B (Bravo, blue dashed).',
    swatch: {
      fill: COLOR.aos,
      line: COLOR.aos,
      lines: [{ color: COLOR.lineA }, { color: COLOR.lineB, dashed: true }],
    },
  },
  limitation: {
    label: 'Areas of Limitation',
    note: 'Approximate 10 / 20 / 25 km bands behind each line (computed, not surveyed).',
    swatch: { fill: COLOR.limitationIsraeli, line: COLOR.limitationSyrian, dashed: true },
  },
  quneitra: {
    label: 'Quneitra governorate',
    note: 'Syrian-administered part only, east of Line A.',
    swatch: { fill: COLOR.quneitra, line: COLOR.quneitra, dashed: true },
  },
  sweida: {
    label: 'Sweida governorate',
    note: 'As-Suwayda; Druze-majority.',
    swatch: { fill: COLOR.sweida, line: COLOR.sweida, dashed: true },
  },
  daraa: {
    label: 'Daraa governorate',
    note: 'Outline simplified from UN OCHA data.',
    swatch: { fill: COLOR.daraa, line: COLOR.daraa, dashed: true },
  },
};
