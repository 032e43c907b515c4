// The stories in geo/stories, against the events the map carries: every step rests on events
// that are on the map at its date, cites only sources those events carry, quotes only what they
// quote, and frames them. The seed articles are not needed: the events hold the quotes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { type EventRecord, parseEvents } from '../data/events';
import { KINDS } from '../data/kinds';
import { DEFAULT_WINDOW_DAYS, isShown } from '../timeline/visibility';
import { CATALOG_IDS, catalogStory } from './story-catalog';
import type { Step, Story } from './story-schema';

const GEO = new URL('../../geo/', import.meta.url);
const { events, errors } = parseEvents(JSON.parse(readFileSync(new URL('events.geojson', GEO), 'utf8')));
const byId = new Map(events.map((e) => [e.id, e]));
const files = readdirSync(new URL('stories/', GEO)).filter((f) => f.endsWith('.json'));

function load(id: string): Story {
  const found = catalogStory(id);
  if ('problems' in found) throw new Error(found.problems.join('; '));
  return found.story;
}

const highlighted = (step: Step) => step.highlight.map((id) => byId.get(id) as EventRecord);

/** Where a place lands, in css px from the centre of a map at this camera (Web Mercator, 512 px tiles). */
function offsetPx(step: Step, lon: number, lat: number): { x: number; y: number } {
  const scale = (512 * 2 ** step.camera.zoom) / (2 * Math.PI);
  const y = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
  const [clon, clat] = step.camera.center;
  return { x: ((lon - clon) * Math.PI * scale) / 180, y: -(y(lat) - y(clat)) * scale };
}

/** The part of a 1280 × 800 map the side panel (340 px), the time bar (150 px) and the zoom buttons leave clear. */
const CLEAR = { left: -640 + 340, right: 640 - 60, top: -400 + 30, bottom: 400 - 150 };

describe('the stories that ship with the map', () => {
  it('are every file in geo/stories, each named by its id', () => {
    expect(errors).toEqual([]);
    expect(CATALOG_IDS).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const id of CATALOG_IDS) expect(load(id).id).toBe(id);
  });

  it('include “The 2025 security track”: at least 8 steps, from the fall of Assad to Sweida in July 2025', () => {
    const story = load('security-2025');
    expect(story.title).toBe('The 2025 security track');
    expect(story.steps.length).toBeGreaterThanOrEqual(8);
    expect(story.steps[0]?.highlight).toContain('assad-falls');
    expect(story.steps.at(-1)?.date.startsWith('2025-07')).toBe(true);
    expect(story.steps.some((s) => s.highlight.includes('sweida-clashes-july'))).toBe(true);
  });

  describe.each(CATALOG_IDS)('%s', (id) => {
    const story = load(id);
    const steps = story.steps.map((step, i) => [i + 1, step] as const);

    it('has its steps in date order', () => {
      const days = story.steps.map((s) => parseIsoDate(s.date) as number);
      expect(days).toEqual([...days].sort((a, b) => a - b));
    });

    it.each(steps)('step %i highlights events that exist and are on the map at its date', (_, step) => {
      expect(step.highlight.length).toBeGreaterThan(0);
      expect(step.highlight.filter((e) => !byId.has(e))).toEqual([]);
      const at = {
        time: parseIsoDate(step.date) as number,
        mode: step.mode ?? 'cumulative',
        windowDays: step.window_days ?? DEFAULT_WINDOW_DAYS,
        kinds: new Set(step.kinds ?? KINDS),
      };
      expect(
        highlighted(step)
          .filter((e) => !isShown(e, at))
          .map((e) => e.id),
      ).toEqual([]);
    });

    it.each(steps)('step %i cites only sources of its highlighted events', (_, step) => {
      expect(step.sources.length).toBeGreaterThan(0);
      const carried = highlighted(step).flatMap((e) => e.sources);
      for (const source of step.sources) expect(carried).toContainEqual(source);
    });

    it.each(steps)('step %i quotes only words its sources quote', (_, step) => {
      const quoted = [...step.caption.matchAll(/“([^”]+)”/g)].map((m) => m[1] as string);
      const said = step.sources.map((s) => (s.quote ?? '').replace(/["“”]/g, ''));
      for (const words of quoted)
        expect(
          said.some((q) => q.includes(words)),
          words,
        ).toBe(true);
    });

    it.each(steps)('step %i frames its placed events clear of the panels at 1280 × 800', (_, step) => {
      expect(step.camera.zoom).toBeGreaterThanOrEqual(2);
      // A country-level event sits at a token point of the country: the camera need not show it.
      const placed = highlighted(step).filter((e) => e.geo_precision !== 'country');
      const outside = placed.filter((e) => {
        const { x, y } = offsetPx(step, e.lon, e.lat);
        return x < CLEAR.left || x > CLEAR.right || y < CLEAR.top || y > CLEAR.bottom;
      });
      expect(outside.map((e) => e.id)).toEqual([]);
    });
  });
});
