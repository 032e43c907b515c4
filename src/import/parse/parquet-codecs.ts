// The compression codecs a Parquet file may use, and what to say of one we cannot read. The
// decompressors come from hyparquet-compressors' own modules, not its index: the index also
// builds a WebAssembly snappy as it loads, which the Content-Security-Policy refuses (it allows
// no wasm-unsafe-eval), and that would stop the whole import worker. Snappy is hyparquet's own
// JavaScript one, used when no other is given.
import { decompress as zstd } from 'fzstd';
import type { CompressionCodec, Compressors, FileMetaData } from 'hyparquet';
import { decompressBrotli } from 'hyparquet-compressors/src/brotli.js';
import { gunzip } from 'hyparquet-compressors/src/gzip.js';
import { decompressLz4, decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';

export const COMPRESSORS: Compressors = {
  GZIP: (input, length) => gunzip(input, new Uint8Array(length)),
  BROTLI: decompressBrotli,
  ZSTD: (input) => zstd(input),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
};

const READ: ReadonlySet<string> = new Set<CompressionCodec>([
  'UNCOMPRESSED',
  'SNAPPY',
  ...(Object.keys(COMPRESSORS) as CompressionCodec[]),
]);

/** The codecs the file's columns use that cannot be read, each once, in file order. */
export function unreadableCodecs(metadata: FileMetaData): string[] {
  const found = new Set<string>();
  for (const group of metadata.row_groups)
    for (const chunk of group.columns) {
      const codec = chunk.meta_data?.codec;
      if (codec !== undefined && !READ.has(codec)) found.add(String(codec));
    }
  return [...found];
}

/** The fatal for a file compressed with codecs we cannot read, naming them and what to do. */
export const codecFatal = (codecs: string[]) => ({
  fatal: `the Parquet file is compressed with ${codecs.join(' and ')}, which this importer cannot read: save it again with snappy, zstd, gzip, brotli or LZ4 compression (or none) and import it again`,
});
