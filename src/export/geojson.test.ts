import { describe, expect, it } from 'vitest';
import type { RowError } from '../import/types';
import { eventsToGeoJson, rejectedToGeoJson } from './geojson';
import { acledRow, makeEvent } from './test-events';

type Collection = {
  type: string;
  features: {
    type: string;
    geometry: { type: string; coordinates: number[] } | null;
    properties: Record<string, unknown>;
  }[];
};
const read = (text: string) => JSON.parse(text) as Collection;

describe('eventsToGeoJson', () => {
  it('writes a FeatureCollection of points at [lon, lat], one feature a line', () => {
    const text = eventsToGeoJson([makeEvent(), acledRow()]);
    expect(text.split('\n')).toHaveLength(5);
    const json = read(text);
    expect(json.type).toBe('FeatureCollection');
    expect(json.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [35.824, 33.125] },
      { type: 'Point', coordinates: [36.1, 32.6] },
    ]);
  });

  it('writes the event’s fields and leaves out the ones it does not have', () => {
    const [curated, imported] = read(eventsToGeoJson([makeEvent(), acledRow()])).features;
    expect(curated?.properties).toEqual({
      id: 'strike-quneitra',
      set: 'curated',
      kind: 'strike',
      title: 'Strike near Quneitra',
      summary: 'Aircraft struck a depot.',
      date: '2025-05-14',
      date_precision: 'day',
      place: 'Quneitra',
      geo_precision: 'town',
      acled_geo_precision: 1,
      ucdp_where_prec: 1,
      status: 'reported',
      actors: ['Israel Defense Forces', 'Syrian government'],
      sources: [
        {
          headline: 'Israeli jets strike depot near Quneitra',
          outlet: 'Reuters',
          published: '2025-05-15',
          quote: 'A depot was hit.',
          seed: 'reuters-1',
        },
      ],
    });
    expect(imported?.properties).toMatchObject({
      date: '2025-01-01',
      date_precision: 'week',
      geo_precision: 'near',
      acled_geo_precision: 2,
      ucdp_where_prec: 2,
      sources: [{ outlet: 'SANA' }, { outlet: 'Enab Baladi' }],
      fatalities: 0,
      source_id: 'SYR123',
      event_type: 'Protests',
      sub_event_type: 'Peaceful protest',
      admin1: "Dar'a",
      extra: { civilian_targeting: '' },
    });
    expect(imported?.properties).not.toHaveProperty('status');
  });

  it('writes a region’s radius, and the optional notes when present', () => {
    const e = makeEvent({
      geo_precision: 'region',
      region: 'golan',
      radiusKm: 18,
      status: 'denied',
      denied_by: 'IDF',
      date_note: 'night of 13–14 May',
      note: 'Unconfirmed.',
    });
    expect(read(eventsToGeoJson([e])).features[0]?.properties).toMatchObject({
      region: 'golan',
      radius_km: 18,
      denied_by: 'IDF',
      date_note: 'night of 13–14 May',
      note: 'Unconfirmed.',
    });
  });

  it('writes each precision in ACLED’s and UCDP’s codes beside our own', () => {
    const events = [
      makeEvent({ geo_precision: 'exact' }),
      makeEvent({ geo_precision: 'region', region: 'sweida', radiusKm: 30 }),
      makeEvent({ geo_precision: 'region', region: 'buffer', radiusKm: 10 }),
      makeEvent({ geo_precision: 'region', region: 'israel', radiusKm: 40 }),
      makeEvent({ geo_precision: 'country', country: 'Syria', place: 'Syria' }),
    ];
    const props = read(eventsToGeoJson(events)).features.map((f) => f.properties);
    expect(props.map((p) => [p.geo_precision, p.acled_geo_precision, p.ucdp_where_prec])).toEqual([
      ['exact', 1, 1],
      ['region', 3, 4],
      ['region', 3, 3],
      ['region', 3, 6],
      ['country', 3, 6],
    ]);
    expect(props[4]).toMatchObject({ country: 'Syria' });
  });

  it('writes the end of a span and everything a source needs to be cited', () => {
    const source = {
      seed: '001_x.txt',
      headline: '[Live blog entry on the talks]',
      headline_note: 'The saved copy has no headline.',
      outlet: 'Ynetnews',
      outlet_note: 'Syndicated.',
      via: 'Reuters',
      published: '2025-07-20',
      published_note: 'From the page’s dateline.',
      quote: 'Fighting went on for a week.',
    };
    const e = makeEvent({ date: '2025-07-13', end_date: '2025-07-20', sources: [source] });
    const props = read(eventsToGeoJson([e])).features[0]?.properties;
    expect(props).toMatchObject({ date: '2025-07-13', end_date: '2025-07-20' });
    expect(props?.sources).toEqual([source]);
    // Citation first, in the order a citation reads; then the notes and the provenance.
    const [written] = (props?.sources ?? []) as object[];
    expect(Object.keys(written ?? {})).toEqual([
      'headline',
      'outlet',
      'via',
      'published',
      'quote',
      'headline_note',
      'outlet_note',
      'published_note',
      'seed',
    ]);
  });

  it('keeps markup and quotes as exact text', () => {
    const title = '<img src=x onerror=alert(1)> "q"\n</script>';
    const e = makeEvent({ title, summary: 'javascript:alert(1)' });
    expect(read(eventsToGeoJson([e])).features[0]?.properties).toMatchObject({
      title,
      summary: 'javascript:alert(1)',
    });
  });

  it('writes an empty collection', () => {
    expect(read(eventsToGeoJson([]))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('rejectedToGeoJson', () => {
  it('returns the raw features marked with where and why', () => {
    const bad = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [200, 0] },
      properties: { id: 'x' },
    };
    const errors: RowError[] = [
      { where: 'feature 2', reason: 'longitude out of range', raw: bad },
      { where: 'feature 3', reason: 'no properties', raw: { type: 'Feature', geometry: null } },
      { where: 'feature 4', reason: 'not an object', raw: 42 },
      { where: 'feature 5', reason: 'odd properties', raw: { type: 'Feature', properties: 'text' } },
    ];
    const [first, second, third, fourth] = read(rejectedToGeoJson(errors)).features;
    expect(first).toEqual({
      ...bad,
      properties: { id: 'x', _rejected: { where: 'feature 2', reason: 'longitude out of range' } },
    });
    expect(second?.properties).toEqual({ _rejected: { where: 'feature 3', reason: 'no properties' } });
    expect(third).toEqual({
      type: 'Feature',
      geometry: null,
      properties: { _rejected: { where: 'feature 4', reason: 'not an object' }, _raw: 42 },
    });
    expect(fourth?.properties).toMatchObject({ _properties: 'text' });
    expect(bad.properties).toEqual({ id: 'x' });
  });
});
