import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { exportName } from './filename';

const may14 = parseIsoDate('2025-05-14') as number;

describe('exportName', () => {
  it('slugifies the base and adds the calendar date', () => {
    expect(exportName('Golan map events', may14, 'geojson')).toBe('golan-map-events-2025-05-14.geojson');
    expect(exportName('golan-map-events', may14, '.csv')).toBe('golan-map-events-2025-05-14.csv');
  });

  it('keeps letters, drops accents and anything unsafe in a file name', () => {
    expect(exportName('Événements: Quneitra/Daraa (rejected)', may14, 'csv')).toBe(
      'evenements-quneitra-daraa-rejected-2025-05-14.csv',
    );
    expect(exportName('../../etc/passwd', may14, 'csv')).toBe('etc-passwd-2025-05-14.csv');
    expect(exportName('أحداث الجولان', may14, 'csv')).toBe('أحداث-الجولان-2025-05-14.csv');
  });

  it('dates a moment within a day by that day, in any time zone', () => {
    expect(exportName('golan-map', may14 + 0.99, 'png')).toBe('golan-map-2025-05-14.png');
  });

  it('falls back to a name when nothing is left', () => {
    expect(exportName('***', may14, 'geojson')).toBe('export-2025-05-14.geojson');
  });

  it('keeps long names short', () => {
    const name = exportName('a'.repeat(300), may14, 'csv');
    expect(name).toBe(`${'a'.repeat(80)}-2025-05-14.csv`);
  });
});
