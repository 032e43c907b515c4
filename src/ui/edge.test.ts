import { describe, expect, it } from 'vitest';
import { edgeLabel, edgeMarkers, project } from './edge';

const view = { zoom: 8, lat: 33, lon: 36 };
const size = { width: 1000, height: 600 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('project', () => {
  it('puts the view centre in the middle of the map', () => {
    const p = project(view, size, 36, 33);
    expect(p.x).toBeCloseTo(500);
    expect(p.y).toBeCloseTo(300);
  });

  it('puts east to the right and north up', () => {
    expect(project(view, size, 36.5, 33).x).toBeGreaterThan(500);
    expect(project(view, size, 36, 33.5).y).toBeLessThan(300);
  });

  it('matches Web Mercator: one degree of longitude at zoom 8 is 512·256/360 px', () => {
    expect(project(view, size, 37, 33).x - 500).toBeCloseTo((512 * 256) / 360);
  });
});

describe('edgeMarkers', () => {
  const targets = [
    { key: 'quneitra', label: 'Quneitra', lon: 35.82, lat: 33.13 },
    { key: 'baku', label: 'Baku', lon: 49.87, lat: 40.4 },
    { key: 'riyadh', label: 'Riyadh', lon: 46.7, lat: 24.7 },
  ];

  it('marks only the targets outside the view', () => {
    expect(edgeMarkers(view, size, none, targets).map((m) => m.key)).toEqual(['baku', 'riyadh']);
  });

  it('pins each marker on the edge, pointing towards its target', () => {
    const [baku, riyadh] = edgeMarkers(view, size, none, targets);
    // Baku: north-east and, in Web Mercator at 33–40° N, steeper than the box: the top edge.
    expect(baku?.y).toBeCloseTo(0);
    expect(baku?.x).toBeGreaterThan(500);
    expect(baku?.angle).toBeLessThan(0);
    expect(riyadh?.y).toBeCloseTo(600); // Riyadh: south-east, leaves by the bottom
    expect(riyadh?.angle).toBeGreaterThan(0);
  });

  it('pins markers a margin inside the edge, so their labels stay on screen', () => {
    const [baku] = edgeMarkers(view, size, none, targets, 40);
    expect(baku?.y).toBeCloseTo(40);
  });

  it('respects the inset (panels over the map)', () => {
    const inset = { top: 0, right: 0, bottom: 0, left: 600 };
    const markers = edgeMarkers(view, size, inset, targets);
    expect(markers.map((m) => m.key)).toContain('quneitra');
    for (const m of markers) expect(m.x).toBeGreaterThanOrEqual(600);
  });
});

describe('edgeLabel', () => {
  it('names a country-level event by its country, every other event by its place', () => {
    expect(edgeLabel({ place: 'Posted on X (no place)', geo_precision: 'country', country: 'Syria' })).toBe(
      'Syria',
    );
    expect(edgeLabel({ place: 'Sweida', geo_precision: 'town' })).toBe('Sweida');
    expect(edgeLabel({ place: 'Sweida governorate', geo_precision: 'region', country: 'Syria' })).toBe(
      'Sweida governorate',
    );
  });
});
