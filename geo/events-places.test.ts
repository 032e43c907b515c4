// Where the curated events are drawn, against the map's own geography: a country-level place
// lies inside that country, nothing falls in the West Bank or Gaza unless it happened there, and
// a region circle holds the places its own words name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, distance, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseEvents } from '../src/data/events';
import { REGIONS } from '../src/data/kinds';
import { allCountries } from './lib/world.mjs';
import { type Area, byId, GEO_DIR, readLayer } from './load';

const { events } = parseEvents(JSON.parse(readFileSync(join(GEO_DIR, 'events.geojson'), 'utf8')));
/** Natural Earth 1:10m via world-atlas: the data the basemap and the coarse world are cut from. */
const countries = new Map(
  (allCountries() as Feature<Polygon | MultiPolygon, { name: string }>[]).map((f) => [f.properties.name, f]),
);
const basemap = readLayer('basemap');
const palestine = byId<MultiPolygon>(basemap, 'palestine') as Area;
const golan = readLayer('golan-heights').features[0] as Area;
const places = readLayer('places').features.filter((f) => f.properties?.kind === 'place');
const at = (e: { lon: number; lat: number }) => point([e.lon, e.lat]);

const countryLevel = events.filter((e) => e.geo_precision === 'country');

describe('country-level events', () => {
  it('exist: places the articles give only as a country are not pinned to a town', () => {
    expect(countryLevel.length).toBeGreaterThan(5);
  });

  it.each(countryLevel.map((e) => [e.id, e] as const))('%s lies inside its country', (_, e) => {
    const country = countries.get(e.country ?? '');
    expect(country, `Natural Earth has no country named ${e.country}`).toBeDefined();
    expect(booleanPointInPolygon(at(e), country as Area)).toBe(true);
  });

  it('an Israel-level point lies in Israel proper, not in the occupied Golan', () => {
    for (const e of countryLevel.filter((x) => x.country === 'Israel')) {
      expect(booleanPointInPolygon(at(e), golan), e.id).toBe(false);
    }
  });
});

describe('no event in the West Bank or Gaza unless its place is there', () => {
  const saysPalestine = /West Bank|Gaza|Palestin/;
  it.each(events.map((e) => [e.id, e] as const))('%s', (_, e) => {
    if (saysPalestine.test(e.place)) return;
    expect(booleanPointInPolygon(at(e), palestine)).toBe(false);
  });
});

describe('precision words', () => {
  // "Near the palace", "the environs", "just outside": the article does not give the site.
  const NOT_EXACT = /\b(near|nearby|vicinity|environs|outskirts|just outside|around)\b/i;
  it.each(events.filter((e) => e.geo_precision === 'exact').map((e) => [e.id, e] as const))(
    '%s, drawn as exact, is never described as near something',
    (_, e) => {
      expect(e.place).not.toMatch(NOT_EXACT);
      for (const s of e.sources) expect(s.quote, s.seed).not.toMatch(NOT_EXACT);
    },
  );
});

describe('region circles', () => {
  const regionEvents = events.filter((e) => e.geo_precision === 'region');
  it.each(regionEvents.map((e) => [e.id, e] as const))(
    '%s holds every mapped place its place and note name',
    (_, e) => {
      const words = `${e.place} ${e.note ?? ''}`;
      for (const p of places) {
        const name = String(p.properties?.name ?? '');
        if (!name || !new RegExp(`\\b${name}\\b`).test(words)) continue;
        const km = distance(at(e), p as Feature<never>, { units: 'kilometers' });
        expect(km, `${name} is ${km.toFixed(1)} km from the centre`).toBeLessThanOrEqual(e.radiusKm);
      }
    },
  );

  it.each(regionEvents.map((e) => [e.id, e] as const))('%s has a radius from its region', (_, e) => {
    expect(e.radiusKm).toBe(REGIONS[e.region as keyof typeof REGIONS].radiusKm);
  });
});
