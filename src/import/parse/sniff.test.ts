import { describe, expect, it } from 'vitest';
import { BINARY, EMPTY, NOT_UTF8, SNIFF_BYTES, sniff } from './sniff';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

describe('sniff', () => {
  it.each([
    ['{"type":"FeatureCollection"}', 'x.csv', 'json'],
    ['  \n\t[{"a":1}]', 'data.geojson', 'json'],
    ['[id],[date]\n1,2', 'export.csv', 'csv'],
    ['[1,2]', 'noname', 'json'],
    ['lat,lon,date\n1,2,3', 'x.json', 'csv'],
    ['\uFEFFevent_date,latitude\n', 'acled.csv', 'csv'],
    ['\uFEFF{"type":"Feature"}', 'x', 'json'],
    ['città,data\nRoma,2025-05-14 “quoted”', 'it.csv', 'csv'],
    ['# made by a script\n\n{"type":"Point"}', 'x.geojson', 'json'],
    ['#id,date\n1,2', 'x.csv', 'csv'],
    ['# only a comment', 'x.csv', 'csv'],
  ])('reads %j (%s) as %s', (text, name, format) => {
    expect(sniff(utf8(text), name)).toEqual({ format });
  });

  it.each([
    ['nothing', new Uint8Array(0)],
    ['whitespace', utf8(' \r\n\t ')],
    ['a byte-order mark', utf8('\uFEFF')],
  ])('calls a file of %s empty', (_, bytes) => {
    expect(sniff(bytes, 'x.csv')).toEqual({ fatal: EMPTY });
  });

  it('does not call a sample of whitespace empty when the file goes on', () => {
    expect(sniff(new Uint8Array(SNIFF_BYTES + 10).fill(0x20), 'x.csv')).toEqual({ format: 'csv' });
  });

  it.each([
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['control characters', utf8('a,b\n\x01\x02\x03\x04\x05,\x06')],
  ])('calls %s binary', (_, bytes) => {
    expect(sniff(bytes, 'x.csv')).toEqual({ fatal: BINARY });
  });

  it('says what a ZIP archive is rather than calling it binary (zip.test.ts has the kinds)', () => {
    // "Binary" until issue 12.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0]);
    expect(sniff(zip, 'x.csv')).toEqual({
      fatal: expect.stringMatching(/^the file is a ZIP archive: unzip it/),
    });
  });

  it('reads KML by its XML declaration or <kml> root, or by its name; a KMZ by its name or the KML in it', () => {
    expect(sniff(utf8('<?xml version="1.0"?>\n<kml>'), 'places')).toEqual({ format: 'kml' });
    expect(sniff(utf8('\uFEFF  <kml xmlns="http://www.opengis.net/kml/2.2">'), 'x.txt')).toEqual({
      format: 'kml',
    });
    expect(sniff(utf8('<Document>'), 'Places.KML')).toEqual({ format: 'kml' });
    expect(sniff(utf8('<id>,date\n1,2'), 'x.csv')).toEqual({ format: 'csv' });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0]);
    expect(sniff(zip, 'Places.kmz')).toEqual({ format: 'kmz' });
    const header = new Uint8Array(30 + 7);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    header[26] = 7;
    header.set(utf8('doc.kml'), 30);
    expect(sniff(header, 'download.zip')).toEqual({ format: 'kmz' });
  });

  it('knows a Parquet file by its magic number, whatever its name', () => {
    const parquet = new Uint8Array([0x50, 0x41, 0x52, 0x31, 0x15, 0x04, 0, 0]);
    expect(sniff(parquet, 'events.bin')).toEqual({ format: 'parquet' });
    expect(sniff(utf8('PAR,lat,lon\n1,2,3'), 'x.csv')).toEqual({ format: 'csv' });
  });

  it('lets a stray control character or two through', () => {
    expect(sniff(utf8(`lat,lon\n${'1,2\n'.repeat(50)}\x1a`), 'x.csv')).toEqual({ format: 'csv' });
  });

  it.each([
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, ...utf16le('lat,lon\n1,2')])],
    ['UTF-16 big-endian with a BOM', new Uint8Array([0xfe, 0xff, 0, 0x6c])],
    ['UTF-16 without a BOM', utf16le('lat,lon,date\n1,2,3\n')],
    ['Latin-1', new Uint8Array([...utf8('place\nK'), 0xf6, ...utf8('ln\n')])],
  ])('says %s is not UTF-8 and how to fix it', (_, bytes) => {
    expect(sniff(bytes, 'x.csv')).toEqual({ fatal: NOT_UTF8 });
    expect(NOT_UTF8).toMatch(/save it as UTF-8/);
  });

  it('forgives a character cut off at the end of the sample', () => {
    const full = utf8(`${'a'.repeat(SNIFF_BYTES - 1)}é`);
    expect(full.length).toBe(SNIFF_BYTES + 1);
    expect(sniff(full, 'x.csv')).toEqual({ format: 'csv' });
    expect(sniff(utf8('a,b\n€').subarray(0, 5), 'x.csv')).toEqual({ format: 'csv' });
  });
});
