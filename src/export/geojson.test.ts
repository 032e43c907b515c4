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
      status: 'reported',
      actors: ['Israel Defense Forces', 'Syrian government'],
      sources: [{ outlet: 'Reuters', quote: 'A depot was hit.', seed: 'reuters-1' }],
    });
    expect(imported?.properties).toMatchObject({
      date: '2025-01-01',
      date_precision: 'week',
      geo_precision: 'near',
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
