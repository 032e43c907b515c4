import { describe, expect, it } from 'vitest';
import type { EdgeMarker } from './edge';
import { edgeChips as chipsIn, chipText, type PlaceTarget } from './edge-chips';

const screen = { x0: 0, y0: 0, x1: 1280, y1: 660 };
const edgeChips = (markers: EdgeMarker<PlaceTarget>[]) => chipsIn(markers, screen);

const marker = (label: string, x: number, y: number, angle: number, day: number, count = 1) =>
  ({
    key: label,
    label,
    lon: 0,
    lat: 0,
    x,
    y,
    angle,
    day,
    count,
    id: `${label}-event`,
  }) as EdgeMarker<PlaceTarget>;

describe('edgeChips', () => {
  it('merges the places in one direction into one chip named after the newest', () => {
    const chips = edgeChips([
      marker('Abu Dhabi', 900, 560, 30, 5, 2),
      marker('Qatar', 880, 575, 32, 9),
      marker('Baku', 700, 40, -40, 3),
    ]);
    expect(chips).toHaveLength(2);
    const se = chips.find((c) => c.direction === 'south-east');
    expect(se).toMatchObject({ label: 'Qatar', places: ['Qatar', 'Abu Dhabi'], count: 3, id: 'Qatar-event' });
    expect(se && chipText(se)).toBe('Qatar +1');
  });

  it('merges neighbours whose chips would still overlap, and keeps apart those that do not', () => {
    const touching = edgeChips([marker('Syria', 1120, 48, -44, 2), marker('Azerbaijan', 1180, 48, -25, 4)]);
    expect(touching).toHaveLength(1);
    expect(touching[0]?.places).toEqual(['Azerbaijan', 'Syria']);
    const apart = edgeChips([marker('Antalya', 400, 48, -120, 2), marker('Paris', 380, 300, -170, 4)]);
    expect(apart).toHaveLength(2);
  });

  it('leaves no two chips overlapping, however many places crowd one edge', () => {
    const crowd = Array.from({ length: 30 }, (_, i) =>
      marker(`Place ${i}`, 300 + i * 30, 590, 60 + i * 4, i),
    );
    const chips = edgeChips(crowd);
    for (const [i, a] of chips.entries())
      for (const b of chips.slice(i + 1)) {
        const apart =
          Math.abs(a.x - b.x) * 2 >= 60 + 6.6 * (chipText(a).length + chipText(b).length) ||
          Math.abs(a.y - b.y) >= 26;
        expect(apart, `${chipText(a)} and ${chipText(b)}`).toBe(true);
      }
    expect(chips.reduce((n, c) => n + c.count, 0)).toBe(30);
  });

  it('keeps a wide chip whole inside the free part of the map, clear of the side panel', () => {
    const free = { x0: 350, y0: 0, x1: 1240, y1: 660 };
    const [chip] = chipsIn([marker('United States of America', 398, 300, 178, 1)], free);
    const half = (30 + 6.6 * 'United States of America'.length) / 2;
    expect(chip?.x).toBeGreaterThanOrEqual(350 + half);
  });
});
