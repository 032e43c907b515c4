import { describe, expect, it } from 'vitest';
import { fromParts } from '../../data/dates';
import { readKmlTime, whenOfKml } from './kml-time';

const d = fromParts;

describe('readKmlTime', () => {
  it.each([
    ['2025', d(2025, 1, 1), d(2025, 12, 31), 'year'],
    ['2024-02', d(2024, 2, 1), d(2024, 2, 29), 'month'],
    [' 2025-07-14 ', d(2025, 7, 14), d(2025, 7, 14), 'day'],
    ['2025-07-14T00:30:00+01:00', d(2025, 7, 13), d(2025, 7, 13), 'day'],
    ['2025-07-14T22:00-0430', d(2025, 7, 15), d(2025, 7, 15), 'day'],
    ['2025-12-31T23:59:59.999Z', d(2025, 12, 31), d(2025, 12, 31), 'day'],
  ])('reads %j', (text, first, last, unit) => {
    expect(readKmlTime(text)).toMatchObject({ first, last, unit });
  });

  it.each([
    '2025-13',
    '2025-02-30',
    '14/07/2025',
    'July 2025',
    '2025-07-14T25:00Z',
    '2025-07-14T10:00+15:00',
    '',
  ])('cannot read %j', (text) => {
    expect(readKmlTime(text)).toBeNull();
  });
});

describe('whenOfKml', () => {
  it('is null without a time, and reads a span from a month to a day, or with one end only', () => {
    expect(whenOfKml({ when: null, begin: null, end: null })).toBeNull();
    expect(whenOfKml({ when: '  ', begin: null, end: null })).toBeNull();
    expect(whenOfKml({ when: null, begin: '2025-07', end: '2025-08-03' })).toMatchObject({
      date: '2025-07-01',
      end_date: '2025-08-03',
      date_precision: 'day',
    });
    expect(whenOfKml({ when: null, begin: '2025-07', end: '2025-07' })).toMatchObject({
      date_precision: 'month',
    });
    expect(whenOfKml({ when: null, begin: '2025-07-14', end: null })).toMatchObject({
      date: '2025-07-14',
      date_note: 'its TimeSpan has no end: dated by its begin',
    });
  });
});
