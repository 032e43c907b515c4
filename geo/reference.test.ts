// The shipped geometry against the reference figures (tests/fixtures/geography.json, copied
// from the project's geography reference with its sources).
import {
  area,
  booleanPointInPolygon,
  distance,
  featureCollection,
  intersect,
  lineString,
  point,
  pointToLineDistance,
} from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type Area, byId, lineCoords, readLayer, reference } from './load';

const km2 = (f: Feature<Polygon | MultiPolygon>) => area(f) / 1e6;
const buffer = readLayer('buffer-zone-1974');
const golan = readLayer('golan-heights').features[0] as Area;
const aos = byId<Polygon>(buffer, 'area-of-separation');
const lineA = lineCoords(buffer, 'line-a');
const lineB = lineCoords(buffer, 'line-b');
const governorates = readLayer('governorates');
const gov = (id: string) => byId<Polygon | MultiPolygon>(governorates, id);

const overlapKm2 = (a: Area, b: Area) => {
  const both = intersect(featureCollection([a, b]));
  return both ? km2(both) : 0;
};
const vertexSet = (f: Feature<Polygon>) => new Set(f.geometry.coordinates.flat().map((p) => p.join()));
const largest = (f: Area): Feature<Polygon> =>
  f.geometry.type === 'Polygon'
    ? (f as Feature<Polygon>)
    : { ...f, geometry: { type: 'Polygon', coordinates: f.geometry.coordinates[0] ?? [] } };
const everyVertexOn = (line: Position[], f: Feature<Polygon>) => {
  const set = vertexSet(f);
  return line.filter((p) => !set.has(p.join()));
};

describe('Line A and Line B', () => {
  it.each(reference.lineA.points)('Line A passes within 0.5 km of reference point %s,%s', (lon, lat) => {
    const d = pointToLineDistance(point([lon, lat]), lineString(lineA), { units: 'kilometers' });
    expect(d).toBeLessThan(reference.lineA.toleranceKm);
  });

  it.each(reference.lineB.points)('Line B passes within 1 km of reference point %s,%s', (lon, lat) => {
    const d = pointToLineDistance(point([lon, lat]), lineString(lineB), { units: 'kilometers' });
    expect(d).toBeLessThan(reference.lineB.toleranceKm);
  });

  it('run north to south and are labelled as the agreement names them', () => {
    expect(lineA[0]?.[1]).toBeGreaterThan(lineA.at(-1)?.[1] ?? 99);
    expect(lineB[0]?.[1]).toBeGreaterThan(lineB.at(-1)?.[1] ?? 99);
    const names = buffer.features.map((f) => f.properties?.name);
    expect(names).toContain('Line A (Alpha)');
    expect(names).toContain('Line B (Bravo)');
  });
});

describe('shared edges', () => {
  it('the Area of Separation is bounded by every vertex of Line A and of Line B', () => {
    expect(everyVertexOn(lineA, aos)).toEqual([]);
    expect(everyVertexOn(lineB, aos)).toEqual([]);
  });

  it("the Golan's east edge is Line A, vertex for vertex", () => {
    expect(everyVertexOn(lineA, golan as Feature<Polygon>)).toEqual([]);
  });

  it("Quneitra's west edge is Line A, vertex for vertex, along the governorate's length", () => {
    // Quneitra runs along Line A from about 32.78° N to 33.33° N (the reference outline).
    const along = lineA.filter(([, lat]) => (lat as number) > 32.8 && (lat as number) < 33.3);
    expect(along.length).toBeGreaterThanOrEqual(20);
    expect(everyVertexOn(along, largest(gov('quneitra')))).toEqual([]);
  });
});

function checkArea(name: string, f: Area, spec: typeof reference.golan) {
  it(`${name}: area within ${spec.areaKm2.join('–')} km²`, () => {
    const a = km2(f);
    expect(a).toBeGreaterThanOrEqual(spec.areaKm2[0]);
    expect(a).toBeLessThanOrEqual(spec.areaKm2[1]);
  });
  it.each(Object.entries(spec.inside))(`${name} contains %s`, (_, at) => {
    expect(booleanPointInPolygon(at, f)).toBe(true);
  });
  it.each(Object.entries(spec.outside))(`${name} does not contain %s`, (_, at) => {
    expect(booleanPointInPolygon(at, f)).toBe(false);
  });
}

describe('authored polygons', () => {
  checkArea('Golan Heights', golan, reference.golan);
  checkArea('Area of Separation', aos, reference.areaOfSeparation);
});

describe('governorates', () => {
  const spec = reference.governorates;
  it.each(['quneitra', 'sweida', 'daraa'] as const)('%s: area within 5% of the reference', (id) => {
    const want = spec[id].areaKm2;
    expect(Math.abs(km2(gov(id)) - want) / want).toBeLessThan(spec.toleranceFraction);
  });

  it.each(
    (['quneitra', 'sweida', 'daraa'] as const).flatMap((id) =>
      Object.entries(spec[id].inside).map(([place, at]) => [id, place, at] as const),
    ),
  )('%s contains %s', (id, _, at) => {
    expect(booleanPointInPolygon(at, gov(id))).toBe(true);
  });

  it('have the ids and names the app uses', () => {
    expect(governorates.features.map((f) => f.properties?.id).sort()).toEqual([
      'daraa',
      'quneitra',
      'sweida',
    ]);
    for (const f of governorates.features) expect(typeof f.properties?.name).toBe('string');
  });
});

describe('no two area polygons overlap', () => {
  // The Area of Separation is Syrian territory east of Line A, so it lies inside Quneitra
  // governorate (and, at its southern tip by the Yarmouk, Daraa): containments, not overlaps.
  const areas: [string, Area][] = [
    ['golan', golan],
    ['area of separation', aos],
    ['quneitra', gov('quneitra')],
    ['sweida', gov('sweida')],
    ['daraa', gov('daraa')],
  ];
  const pairs = areas.flatMap((a, i) => areas.slice(i + 1).map((b) => [a, b] as const));
  const contains = (a: string, b: string) =>
    a === 'area of separation' && (b === 'quneitra' || b === 'daraa');
  const checked = pairs.filter(([[a], [b]]) => !contains(a, b));
  it.each(checked.map(([[a, fa], [b, fb]]) => [a, b, fa, fb] as const))(
    '%s and %s overlap by under 0.5 km²',
    (_a, _b, fa, fb) => {
      expect(overlapKm2(fa, fb)).toBeLessThan(reference.maxOverlapKm2);
    },
  );
});

describe('Areas of Limitation', () => {
  const bands = readLayer('areas-of-limitation').features as Area[];
  it('has 10, 20 and 25 km bands on each side, labelled approximate', () => {
    const keys = bands.map((f) => `${f.properties?.side}-${f.properties?.to_km}`).sort();
    expect(keys).toEqual(['israeli-10', 'israeli-20', 'israeli-25', 'syrian-10', 'syrian-20', 'syrian-25']);
    for (const f of bands) expect(f.properties?.name).toMatch(/approx/);
  });

  it('keeps each band on its own side of the zone', () => {
    for (const f of bands) {
      const other = f.properties?.side === 'israeli' ? gov('quneitra') : golan;
      expect(overlapKm2(f, other)).toBeLessThan(reference.maxOverlapKm2);
      expect(overlapKm2(f, aos)).toBeLessThan(reference.maxOverlapKm2);
    }
  });

  it('reaches no further from its line than its distance', () => {
    for (const f of bands) {
      const line = lineString(f.properties?.side === 'israeli' ? lineA : lineB) as Feature<LineString>;
      const far = f.geometry.coordinates
        .flat(f.geometry.type === 'Polygon' ? 1 : 2)
        .map((p) => pointToLineDistance(point(p as Position), line, { units: 'kilometers' }));
      expect(Math.max(...far)).toBeLessThan((f.properties?.to_km as number) + 0.5);
    }
  });
});

describe('places', () => {
  const places = readLayer('places');
  const { points, far, toleranceKm, farToleranceKm } = reference.places;
  it.each(Object.entries(points))('%s is near the reference position', (id, at) => {
    const f = byId<{ type: 'Point'; coordinates: Position }>(places, id);
    const km = distance(f.geometry.coordinates, at, { units: 'kilometers' });
    expect(km).toBeLessThan(far.includes(id) ? farToleranceKm : toleranceKm);
  });

  it('names every place in English and, where it has one, a local script', () => {
    for (const f of places.features) {
      expect(f.properties?.name).toMatch(/^[A-Z]/);
      if (f.properties?.country === 'SY' || f.properties?.country === 'IL') {
        expect(f.properties?.local).toMatch(/[\u0590-\u05FF\u0600-\u06FF]/);
      }
    }
  });
});
