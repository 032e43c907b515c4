// geo/events.geojson against the event schema and against the articles it cites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvents } from '../src/data/events';
import { GEO_DIR } from './load';

const json = JSON.parse(readFileSync(join(GEO_DIR, 'events.geojson'), 'utf8'));
const { events, errors } = parseEvents(json, 'geo/events.geojson');
const SEEDS_DIR = join(GEO_DIR, '../../shared/seeds');
const seedNames: string[] = JSON.parse(
  readFileSync(join(GEO_DIR, '../tests/fixtures/seeds.json'), 'utf8'),
).seeds;

describe('geo/events.geojson', () => {
  it('passes the event schema, every feature', () => {
    expect(errors).toEqual([]);
    expect(events.length).toBe(json.features.length);
  });

  it('has unique ids, and each feature id matches its properties id', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const f of json.features) if (f.id !== undefined) expect(f.id).toBe(f.properties.id);
  });

  it('cites every seed article at least once, and only those', () => {
    const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.seed)));
    expect([...cited].sort()).toEqual([...seedNames].sort());
  });

  it('explains every date that is not stated outright', () => {
    for (const e of events) if (e.date_precision !== 'day') expect(e.date_note, e.id).toBeTruthy();
  });

  it('covers the turning points the story needs', () => {
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of [
      'strike',
      'meeting',
      'clash',
      'deployment',
      'statement',
      'agreement',
      'gesture',
      'sanctions',
    ]) {
      expect(kinds, k).toContain(k);
    }
    expect(events.some((e) => e.status === 'denied' && e.denied_by)).toBe(true);
  });
});

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const haveSeeds = existsSync(SEEDS_DIR);

describe.skipIf(!haveSeeds)('quotes against ../shared/seeds', () => {
  it('lists the same articles as the fixture', () => {
    expect(
      readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual([...seedNames].sort());
  });

  it.each(events.flatMap((e) => e.sources.map((s, i) => [`${e.id} #${i + 1}`, s] as const)))(
    '%s quotes its article verbatim',
    (_, source) => {
      const text = collapse(readFileSync(join(SEEDS_DIR, source.seed), 'utf8'));
      expect(text.includes(collapse(source.quote)), `${source.seed}: “${source.quote}”`).toBe(true);
    },
  );
});

if (!haveSeeds) {
  it.skip(`SKIPPED: the verbatim-quote check needs the articles in ${SEEDS_DIR}, which is not there`, () => {});
  console.warn(`geo/events-data.test.ts: skipped the verbatim-quote check: ${SEEDS_DIR} not found`);
}
