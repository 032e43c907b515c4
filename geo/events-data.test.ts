// geo/events.geojson against the event schema and against the articles it cites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvents } from '../src/data/events';
import { isDescribedHeadline } from '../src/data/schema';
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

  it('cites each article the same way wherever it is quoted', () => {
    const byArticle = new Map<string, string>();
    for (const e of events) {
      for (const s of e.sources) {
        const key = `${s.seed} ${s.headline}`;
        const citation = JSON.stringify([
          s.outlet,
          s.outlet_note,
          s.published,
          s.published_note,
          s.headline_note,
        ]);
        expect(byArticle.get(key) ?? citation, `${e.id}: ${key}`).toBe(citation);
        byArticle.set(key, citation);
      }
    }
  });

  it('names the publisher, never a wire agency or a channel it quotes, as the outlet', () => {
    const notPublishers = /^(Reuters|AFP|AP|Kan|Ekhbariya|Al-Ikhbariya|Haaretz)$/;
    for (const e of events) for (const s of e.sources) expect(s.outlet, e.id).not.toMatch(notPublishers);
  });

  it('gives a span of days only to events that last, and says where its days come from', () => {
    for (const e of events.filter((x) => x.end_date !== undefined)) {
      expect(e.end_date, e.id).not.toBe(e.date);
      expect(e.date_note, e.id).toBeTruthy();
    }
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

  const headlines = new Map(events.flatMap((e) => e.sources.map((s) => [`${s.seed} ${s.headline}`, s])));
  it.each([...headlines.values()].map((s) => [s.headline, s] as const))(
    'the headline %s is the article’s own, or a [description] when its copy has none',
    (_, source) => {
      const text = collapse(readFileSync(join(SEEDS_DIR, source.seed), 'utf8'));
      const headline = source.headline ?? '';
      if (isDescribedHeadline(headline)) expect(source.headline_note).toBeTruthy();
      else expect(text.includes(collapse(headline)), `${source.seed}: “${headline}”`).toBe(true);
    },
  );
});

if (!haveSeeds) {
  it.skip(`SKIPPED: the verbatim-quote check needs the articles in ${SEEDS_DIR}, which is not there`, () => {});
  console.warn(`geo/events-data.test.ts: skipped the verbatim-quote check: ${SEEDS_DIR} not found`);
}
