import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates';
import { parseEvents } from './events';

const event = (props: Record<string, unknown> = {}, coordinates: unknown = [36.24, 33.51]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: {
    id: 'palace-strike',
    kind: 'strike',
    title: 'Strike near the presidential palace',
    summary: 'Israel struck near the palace.',
    actors: ['Israel'],
    date: '2025-05-02',
    date_precision: 'day',
    place: 'Damascus',
    geo_precision: 'town',
    status: 'reported',
    sources: [{ seed: '001_a.txt', outlet: 'Reuters', quote: 'a strike near the presidential palace' }],
    ...props,
  },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('parseEvents', () => {
  it('turns a valid feature into a record with calendar days and a position', () => {
    const { events, errors } = parseEvents(fc(event()));
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({
      id: 'palace-strike',
      day: parseIsoDate('2025-05-02'),
      lon: 36.24,
      lat: 33.51,
    });
    expect(events[0]?.end).toBe(events[0]?.day);
  });

  it('gives a month-precision event the whole month', () => {
    const { events } = parseEvents(fc(event({ date: '2025-07-01', date_precision: 'month' })));
    expect((events[0]?.end ?? 0) - (events[0]?.day ?? 0)).toBe(30);
  });

  it('sorts by date, then id', () => {
    const { events } = parseEvents(
      fc(
        event({ id: 'b', date: '2025-05-03' }),
        event({ id: 'c', date: '2025-05-02' }),
        event({ id: 'a', date: '2025-05-03' }),
      ),
    );
    expect(events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it.each([
    [{ date: '2025-02-30' }, /date: must be a real date/],
    [{ kind: 'rumour' }, /kind/],
    [{ status: 'denied' }, /denied_by/],
    [{ denied_by: 'someone' }, /denied_by/],
    [{ geo_precision: 'region' }, /region: is required/],
    [{ date: '2025-07-03', date_precision: 'month' }, /a month is dated by its 1st/],
    [{ date: '2025-07-09', date_precision: 'week' }, /a week is dated by its Monday/],
    [{ sources: [] }, /sources/],
    [{ sources: [{ seed: 's', outlet: 'o', quote: Array(31).fill('word').join(' ') }] }, /at most 30 words/],
    [{ id: 'Not A Slug' }, /slug/],
    [{ extra: 'field' }, /extra/],
  ])('reports %j as a bad event and keeps the good one', (props, why) => {
    const { events, errors } = parseEvents(fc(event({ id: 'good' }), event(props)));
    expect(events.map((e) => e.id)).toEqual(['good']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/event 2/);
    expect(errors[0]).toMatch(why);
  });

  it('reports a position that is not [lon, lat]', () => {
    const { errors } = parseEvents(fc(event({}, [33.51, 236.24])));
    expect(errors[0]).toMatch(/geometry\.coordinates/);
  });

  it('keeps the first of two events with one id and reports the second', () => {
    const { events, errors } = parseEvents(fc(event({ title: 'first' }), event({ title: 'second' })));
    expect(events.map((e) => e.title)).toEqual(['first']);
    expect(errors[0]).toMatch(/used twice/);
  });

  it.each([null, 42, 'text', {}, { type: 'FeatureCollection' }, []])(
    'says plainly when %j is not a collection',
    (json) => {
      const { events, errors } = parseEvents(json, 'events.geojson');
      expect(events).toEqual([]);
      expect(errors).toEqual(['events.geojson is not a GeoJSON FeatureCollection']);
    },
  );
});
