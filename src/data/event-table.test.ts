import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordAt, tableBuffers } from './event-table';
import { type EventRecord, parseEvents } from './events';
import { KINDS } from './kinds';
import { tableOf } from './table-builder';

const curated = parseEvents(JSON.parse(readFileSync('geo/events.geojson', 'utf8'))).events;

const imported = (over: Partial<EventRecord> = {}): EventRecord => ({
  id: 'acled-1-r2',
  set: 'acled-1',
  kind: 'strike',
  title: 'Air/drone strike in Khan Arnabah',
  summary: 'On 14 May 2025, a drone struck a car — “near” the town.',
  actors: ['Military Forces of Israel (2022-)', 'Civilians (Syria)'],
  date: '2025-05-14',
  date_precision: 'day',
  place: 'Khan Arnabah, Quneitra',
  geo_precision: 'near',
  radiusKm: 0,
  sources: [{ outlet: 'SANA' }],
  fatalities: 0,
  source_id: 'SYR123456',
  extra: [
    ['__proto__', 'x'],
    ['constructor', 'y'],
  ],
  day: 20222,
  end: 20222,
  lon: 35.8911,
  lat: 33.1862,
  ...over,
});

const rows = (t: ReturnType<typeof tableOf>) => Array.from({ length: t.count }, (_, i) => recordAt(t, i));

describe('event tables', () => {
  it('give back every curated event as it was parsed', () => {
    expect(curated.length).toBeGreaterThan(40);
    expect(rows(tableOf(curated, 'curated'))).toEqual(curated);
  });

  it('give back imported rows, zero fatalities and "__proto__" attributes included', () => {
    const list = [imported(), imported({ id: 'acled-1-r3', fatalities: undefined, extra: undefined })];
    const back = rows(tableOf(list, 'acled-1'));
    expect(back[0]).toEqual(list[0]);
    expect(back[1]).not.toHaveProperty('fatalities');
    expect(back[1]).not.toHaveProperty('extra');
    expect(({} as { x?: unknown }).x).toBeUndefined();
  });

  it('give back any text the parsers may hand them', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const record = fc.record({
      title: text,
      summary: text,
      place: text,
      actors: fc.array(text, { maxLength: 3 }),
      kind: fc.constantFrom(...KINDS),
      admin1: fc.option(
        text.filter((s) => s !== ''),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (over) => {
        const list = over.map((o, i) => {
          const { admin1, ...rest } = o;
          return imported({ ...rest, id: `r${i}`, ...(admin1 === undefined ? {} : { admin1 }) });
        });
        expect(rows(tableOf(list, 'acled-1'))).toEqual(list);
      }),
      { numRuns: 100 },
    );
  });

  it('lists its buffers once each, so they can all be transferred', () => {
    const buffers = tableBuffers(tableOf(curated, 'curated'));
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
  });
});
