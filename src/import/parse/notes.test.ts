import { describe, expect, it } from 'vitest';
import { parseCsvText } from './csv';
import { resultOf } from './fuzz-support';
import { parseGeoJsonText } from './geojson';
import { createNotes } from './notes';

const opts = { set: 'mine' };

describe('createNotes', () => {
  it('says each kind once, with its first row and how many more', () => {
    const notes = createNotes('feature');
    notes.add('excel-date', 3, '45853 as 2025-07-15');
    notes.add('excel-date', 5, '45854 as 2025-07-16');
    notes.say('A sentence.');
    notes.say('A sentence.');
    expect(notes.texts()).toEqual([
      'A sentence.',
      'Dates written as Excel day numbers were read as such: feature 3 (45853 as 2025-07-15) and 1 more feature.',
    ]);
    expect(createNotes('row').texts()).toEqual([]);
  });
});

describe('what the parsers note', () => {
  it('notes Excel and Unix dates and decimal commas in a CSV, by row', () => {
    const text = [
      'date;lat;lon;title',
      '45853;33,1;35,8;Excel',
      '1747180800;33.1;35.8;Seconds',
      '1747180800000;33.1;35.8;Milliseconds',
      '2025-05-14;33.1;35.8;Written',
    ].join('\n');
    const r = resultOf(parseCsvText(text, opts));
    expect(r.events.map((e) => [e.title, e.date])).toEqual([
      ['Seconds', '2025-05-14'],
      ['Milliseconds', '2025-05-14'],
      ['Written', '2025-05-14'],
      ['Excel', '2025-07-15'],
    ]);
    expect(r.notes).toEqual([
      'Coordinates written with a decimal comma were read as decimals: row 2 (“33,1” as 33.1).',
      'Dates written as Excel day numbers were read as such: row 2 (45853 as 2025-07-15).',
      'Dates written as Unix times in seconds were read as such (as days in UTC): row 3 (1747180800 as 2025-05-14).',
      'Dates written as Unix times in milliseconds were read as such (as days in UTC): row 4 (1747180800000 as 2025-05-14).',
    ]);
  });

  it('notes a GeoJSON feature’s numeric date by its feature number', () => {
    const point = (date: unknown) =>
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[35.8,33.1]},"properties":{"date":${JSON.stringify(date)}}}`;
    const text = `{"type":"FeatureCollection","features":[${point('2025-05-14')},${point(45853)}]}`;
    expect(resultOf(parseGeoJsonText(text, opts)).notes).toEqual([
      'Dates written as Excel day numbers were read as such: feature 2 (45853 as 2025-07-15).',
    ]);
  });

  it('notes nothing for a file written plainly', () => {
    expect(resultOf(parseCsvText('date,lat,lon\n2025-05-14,33.1,35.8\n', opts)).notes).toEqual([]);
  });
});
