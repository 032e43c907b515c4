import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates';
import { parseEvents } from './events';

const source = (fields: Record<string, unknown> = {}) => ({
  seed: '001_a.txt',
  headline: 'Israel strikes near Damascus palace',
  outlet: 'Ynetnews',
  published: '2025-05-15',
  quote: 'a strike near the presidential palace',
  ...fields,
});

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
    sources: [source()],
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
    [{ sources: [source({ quote: Array(31).fill('word').join(' ') })] }, /at most 30 words/],
    [{ end_date: '2025-05-01' }, /end_date: must not be before date \(2025-05-02\)/],
    [{ end_date: '2025-05-32' }, /end_date: must be a real date/],
    [{ geo_precision: 'somewhere' }, /geo_precision/],
    [{ geo_precision: 'country' }, /country: is required when/],
    [{ country: 'Syria' }, /country: is required when/],
    [{ sources: [source({ headline: undefined })] }, /sources\.0\.headline/],
    [{ sources: [source({ published: undefined })] }, /sources\.0\.published/],
    [{ sources: [source({ published: 'May 2025' })] }, /sources\.0\.published: must be a real date/],
    [{ sources: [source({ headline: '[untitled]' })] }, /headline_note: is required/],
    [{ sources: [source({ agency: 'Reuters' })] }, /agency/],
    [{ id: 'Not A Slug' }, /slug/],
    [{ extra: 'field' }, /extra/],
  ])('reports %j as a bad event and keeps the good one', (props, why) => {
    const { events, errors } = parseEvents(fc(event({ id: 'good' }), event(props)));
    expect(events.map((e) => e.id)).toEqual(['good']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/event 2/);
    expect(errors[0]).toMatch(why);
  });

  it('gives a span of days its first and last day, and a country-level place its country', () => {
    const { events, errors } = parseEvents(
      fc(
        event({ id: 'span', date: '2025-07-13', end_date: '2025-07-19' }),
        event({ id: 'one-day', end_date: '2025-05-02' }),
        event({ id: 'land', geo_precision: 'country', country: 'Israel', place: 'Israel' }),
      ),
    );
    expect(errors).toEqual([]);
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(byId.get('span')?.day).toBe(parseIsoDate('2025-07-13'));
    expect(byId.get('span')?.end).toBe(parseIsoDate('2025-07-19'));
    expect(byId.get('one-day')?.end).toBe(byId.get('one-day')?.day);
    expect(byId.get('land')).toMatchObject({ geo_precision: 'country', country: 'Israel', radiusKm: 0 });
  });

  it('keeps a week-precision span to whichever ends later, the week or the end_date', () => {
    const { events } = parseEvents(
      fc(
        event({
          id: 'short',
          date: '2025-07-07',
          date_precision: 'week',
          date_note: 'n',
          end_date: '2025-07-08',
        }),
        event({
          id: 'long',
          date: '2025-07-07',
          date_precision: 'week',
          date_note: 'n',
          end_date: '2025-07-20',
        }),
      ),
    );
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(byId.get('short')?.end).toBe(parseIsoDate('2025-07-13'));
    expect(byId.get('long')?.end).toBe(parseIsoDate('2025-07-20'));
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
