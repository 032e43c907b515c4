// Event records for the export tests: one curated-looking event and one imported ACLED-looking row.
import Papa from 'papaparse';
import { expect } from 'vitest';
import { parseIsoDate } from '../data/dates';
import type { EventRecord } from '../data/events';

export function makeEvent(over: Partial<EventRecord> = {}): EventRecord {
  const date = over.date ?? '2025-05-14';
  const day = parseIsoDate(date) as number;
  return {
    id: 'strike-quneitra',
    set: 'curated',
    kind: 'strike',
    title: 'Strike near Quneitra',
    summary: 'Aircraft struck a depot.',
    actors: ['Israel Defense Forces', 'Syrian government'],
    date,
    date_precision: 'day',
    place: 'Quneitra',
    geo_precision: 'town',
    radiusKm: 0,
    status: 'reported',
    sources: [
      {
        seed: 'reuters-1',
        headline: 'Israeli jets strike depot near Quneitra',
        outlet: 'Reuters',
        published: '2025-05-15',
        quote: 'A depot was hit.',
      },
    ],
    day,
    end: day,
    lon: 35.824,
    lat: 33.125,
    ...over,
  };
}

export const acledRow = (): EventRecord =>
  makeEvent({
    id: 'u7k3p-syr123',
    set: 'u7k3p',
    kind: 'protest',
    title: 'Protest in Daraa',
    summary: 'Residents gathered, chanting "no", then left',
    actors: ['Protesters (Syria)'],
    date: '2025-01-01',
    date_precision: 'week',
    place: 'Daraa',
    geo_precision: 'near',
    status: undefined,
    sources: [{ outlet: 'SANA' }, { outlet: 'Enab Baladi' }],
    fatalities: 0,
    source_id: 'SYR123',
    event_type: 'Protests',
    sub_event_type: 'Peaceful protest',
    admin1: "Dar'a",
    extra: [['civilian_targeting', '']],
    lon: 36.1,
    lat: 32.6,
  });

/** A CSV export read back by its header, failing the test on any parse error. */
export function parseCsv(csv: string) {
  const result = Papa.parse<Record<string, string>>(csv, { header: true });
  expect(result.errors).toEqual([]);
  return result;
}
