// The edge markers merged into chips that never overlap: one per compass direction, and two
// neighbours whose chips would still touch merged into one. Pure, so it is tested as data.
import type { EdgeMarker, Target } from './edge';

/** A place off the map with its newest revealed event there. */
export type PlaceTarget = Target & { count: number; id: string; day: number };
export type Chip = {
  key: string;
  x: number;
  y: number;
  angle: number;
  /** The newest place's name: what the chip says, with "+N" for the other places. */
  label: string;
  /** Every place in it, newest first. */
  places: readonly string[];
  /** Events at those places. */
  count: number;
  /** The newest event: where a click flies. */
  id: string;
  day: number;
  direction: string;
};

const DIRECTIONS = ['east', 'south-east', 'south', 'south-west', 'west', 'north-west', 'north', 'north-east'];
/** About the chip's size in css px (11.5 px text, an arrow, padding): enough to keep them apart. */
const CHAR_PX = 6.6;
const CHIP_HEIGHT = 26;
const GAP = 4;

export const chipText = (c: Pick<Chip, 'label' | 'places'>) =>
  c.places.length > 1 ? `${c.label} +${c.places.length - 1}` : c.label;

const width = (c: Chip) => 30 + CHAR_PX * chipText(c).length;

function overlap(a: Chip, b: Chip): boolean {
  const dx = Math.abs(a.x - b.x) * 2 - (width(a) + width(b));
  const dy = Math.abs(a.y - b.y) - CHIP_HEIGHT;
  return dx < 2 * GAP && dy < GAP;
}

/** The newer chip keeps its place and name; the other's places and events join it. */
function merge(a: Chip, b: Chip): Chip {
  const [newer, older] = a.day >= b.day ? [a, b] : [b, a];
  return { ...newer, places: [...newer.places, ...older.places], count: a.count + b.count };
}

const asChip = (m: EdgeMarker<PlaceTarget>): Chip => ({
  key: m.key,
  x: m.x,
  y: m.y,
  angle: m.angle,
  label: m.label,
  places: [m.label],
  count: m.count,
  id: m.id,
  day: m.day,
  direction: DIRECTIONS[(Math.round(m.angle / 45) + 8) % 8] ?? 'east',
});

/** The part of the map a chip must stay inside, whole: clear of the panels and the map's buttons. */
export type Bounds = { x0: number; y0: number; x1: number; y1: number };

/** Moves a chip's centre so all of it is inside `b` (a wide label pinned at a corner pokes out). */
function clampTo(c: Chip, b: Bounds): Chip {
  const half = width(c) / 2 + GAP;
  const x = Math.min(Math.max(c.x, b.x0 + half), Math.max(b.x0 + half, b.x1 - half));
  const y = Math.min(Math.max(c.y, b.y0 + CHIP_HEIGHT / 2), b.y1 - CHIP_HEIGHT / 2);
  return { ...c, x, y };
}

export function edgeChips(markers: readonly EdgeMarker<PlaceTarget>[], bounds: Bounds): Chip[] {
  const bySector = new Map<string, Chip>();
  for (const m of [...markers].sort((a, b) => b.day - a.day)) {
    const chip = asChip(m);
    const there = bySector.get(chip.direction);
    bySector.set(chip.direction, there ? merge(there, chip) : chip);
  }
  const chips = [...bySector.values()].map((c) => clampTo(c, bounds));
  for (let i = 0; i < chips.length; i++) {
    for (let j = i + 1; j < chips.length; j++) {
      const [a, b] = [chips[i] as Chip, chips[j] as Chip];
      if (!overlap(a, b)) continue;
      chips.splice(j, 1);
      chips[i] = clampTo(merge(a, b), bounds);
      i = -1; // a merged chip is wider: look again from the start
      break;
    }
  }
  return chips;
}
