// The browser test imports these files: they must be what parquet-fixtures.ts writes, so the unit
// tests' expectations hold for them too. `PARQUET_FIXTURES=write` writes them anew.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoPointsFile, latLonTimestampFile } from './parquet-fixtures';

const DIR = new URL('../../../tests/fixtures/imports/', import.meta.url);
const FILES = { 'geo-points.parquet': geoPointsFile, 'latlon-timestamp.parquet': latLonTimestampFile };

describe('Parquet fixtures', () => {
  it.each(Object.entries(FILES))('%s is what parquet-fixtures.ts writes', (name, write) => {
    const url = new URL(name, DIR);
    if (process.env.PARQUET_FIXTURES === 'write') writeFileSync(url, write());
    expect(Buffer.from(readFileSync(url)).equals(Buffer.from(write()))).toBe(true);
  });
});
