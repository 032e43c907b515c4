// Any bytes, and any damage to a real Parquet file, give a result, a question or a fatal in
// words: readParquet never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutcome, RUNS } from './fuzz-support';
import { readParquet } from './parquet';
import { geoPointsFile, latLonTimestampFile } from './parquet-fixtures';

const MAGIC = [0x50, 0x41, 0x52, 0x31];
const files = [geoPointsFile(), latLonTimestampFile()];

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  // Magic at both ends, so the footer is parsed
  fc.uint8Array({ maxLength: 400 }).map((b) => Uint8Array.from([...MAGIC, ...b, ...MAGIC])),
  // A real file with bytes changed, or cut short
  fc
    .record({
      file: fc.constantFrom(...files),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      cut: fc.option(fc.nat()),
    })
    .map(({ file, edits, cut }) => {
      const b = Uint8Array.from(file);
      for (const [at, value] of edits) b[at % b.length] = value;
      return cut === null ? b : b.subarray(0, cut % b.length);
    }),
);

describe('fuzz', () => {
  it('readParquet never throws, on any bytes or a damaged file', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        const buffer = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
        checkOutcome(await readParquet(buffer, { set: 'fz' }, () => {}));
      }),
      RUNS,
    );
    expect(files.every((f) => f.length > 100)).toBe(true);
  });
});
