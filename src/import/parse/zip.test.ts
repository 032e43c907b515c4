import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS } from './fuzz-support';
import { sniff } from './sniff';
import { isZip, zipEntryNames, zipFatal } from './zip';

/** A ZIP archive of stored (uncompressed) entries, as zip tools write one: local headers only. */
function zipOf(entries: [string, string][]): Uint8Array {
  const parts: number[] = [];
  for (const [name, content] of entries) {
    const [n, c] = [new TextEncoder().encode(name), new TextEncoder().encode(content)];
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint32(18, c.length, true);
    header.setUint32(22, c.length, true);
    header.setUint16(26, n.length, true);
    parts.push(...new Uint8Array(header.buffer), ...n, ...c);
  }
  return Uint8Array.from([...parts, 0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
}

describe('a ZIP archive', () => {
  it('lists the names of the files in it', () => {
    const zip = zipOf([
      ['doc.kml', '<kml/>'],
      ['files/icon.png', 'x'],
    ]);
    expect(isZip(zip)).toBe(true);
    expect(zipEntryNames(zip)).toEqual(['doc.kml', 'files/icon.png']);
  });

  it.each([
    [
      'book.xlsx',
      [['[Content_Types].xml', '']],
      /^the file is an Excel workbook \(\.xlsx\), not CSV: .*CSV UTF-8/,
    ],
    ['book.csv', [['xl/workbook.xml', '']], /^the file is an Excel workbook/],
    [
      'sheet.ods',
      [['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']],
      /^the file is an OpenDocument/,
    ],
    [
      'export.zip',
      [
        ['__MACOSX/._events.csv', ''],
        ['data/events.csv', 'a,b'],
      ],
      /^the file is a ZIP archive holding “events.csv”: unzip it/,
    ],
    [
      'export.zip',
      [['readme.md', '']],
      /^the file is a ZIP archive: unzip it and import the CSV, GeoJSON or Parquet file inside$/,
    ],
    ['export.zip', [['out/events.parquet', 'PAR1']], /^the file is a ZIP archive holding “events.parquet”/],
    // macOS's resource fork of a KML is no KML: the archive is not a KMZ.
    ['export.zip', [['__MACOSX/._doc.kml', '']], /^the file is a ZIP archive: unzip it/],
    ['empty.zip', [], /^the file is a ZIP archive: unzip it/],
  ] as const)('%s holding %j is said to be what it is', (name, entries, said) => {
    const zip = zipOf(entries.map(([n, c]) => [n, c]));
    expect(sniff(zip, name)).toEqual({ fatal: expect.stringMatching(said) });
    expect(zipFatal(zip, name)).toEqual(sniff(zip, name));
  });

  it('passes a KMZ on to be read (kmz.test.ts), by its name or the KML in it', () => {
    expect(sniff(zipOf([['doc.kml', '<kml/>']]), 'places.kmz')).toEqual({ format: 'kmz' });
    expect(sniff(zipOf([['places/doc.kml', '<kml/>']]), 'places.zip')).toEqual({ format: 'kmz' });
  });

  it('never throws on a damaged archive', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string(), (tail, name) => {
        const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail]);
        const said = sniff(bytes, name);
        // A KMZ goes on to be unzipped (kmz.test.ts fuzzes that); any other is said in words.
        if (!('format' in said && said.format === 'kmz'))
          expect(said).toEqual({ fatal: expect.stringMatching(/^the file is (a|an) /) });
      }),
      RUNS,
    );
  });
});
