import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvImporter, parseCsvText } from './csv';
import { readBack, resultOf } from './fuzz-support';
import { createCsvFeed } from './papa';

const opts = { set: 'mine' };
const TEXT = 'lat,lon,date,title\n1,2,2025-05-14,a\n\n3,4,bad,b\n5,6,2025-05-01,"c\nd"\n7,8,2025-05-02,e\n';

describe('createCsvFeed', () => {
  it('gives the same result whatever the chunk size', () => {
    for (const chunkSize of [7, 64, 1 << 20]) {
      const importer = createCsvImporter(opts);
      const feed = createCsvFeed(importer);
      Papa.parse<string[]>(TEXT, { ...feed.configFor(TEXT), chunkSize });
      expect(feed.needsMapping).toBeNull();
      expect(readBack(importer.finish())).toEqual(readBack(parseCsvText(TEXT, opts)));
    }
  });

  it('numbers rows after blank lines above the header', () => {
    const r = parseCsvText(`\uFEFF\n \n${TEXT}`, opts);
    expect('errors' in r && r.errors.map((e) => e.where)).toEqual(['row 6']);
  });

  it('skips rows of empty cells, even with surplus empty cells', () => {
    const r = resultOf(parseCsvText('lat,lon,date\n,,,,\n1,2,2025-05-14\n', opts));
    expect(r).toMatchObject({ errors: [], events: [{ id: 'mine-3' }] });
  });

  it('stops after five sample rows when it must ask, clipping long cells', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},${'x'.repeat(300)}`);
    const q = parseCsvText(`a,b\n${rows.join('\n')}`, opts);
    expect(q).toMatchObject({ columns: ['a', 'b'], required: ['lat', 'lon', 'date'] });
    const sample = 'sample' in q ? q.sample : [];
    expect(sample.map((s) => s.get('a'))).toEqual(['0', '1', '2', '3', '4']);
    expect(sample[0]?.get('b')).toHaveLength(200);
  });

  it('works as the worker uses it: one complete, after the question or at the end', () => {
    for (const [text, asks] of [
      [`a,b\n${'1,2\n'.repeat(20)}`, true],
      [TEXT, false],
    ] as const) {
      const importer = createCsvImporter(opts);
      const feed = createCsvFeed(importer);
      const outcomes: unknown[] = [];
      Papa.parse<string[]>(text, {
        ...feed.configFor(text),
        chunkSize: 16,
        complete: () => outcomes.push(feed.needsMapping ?? importer.finish()),
      });
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]).toHaveProperty(asks ? 'sample' : 'table');
    }
  });
});
