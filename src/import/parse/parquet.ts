// A Parquet file read with hyparquet, one row group at a time (each decoded column by column,
// then handed on row by row): a GeoParquet file through its geometry column (parquet-geo.ts),
// any other through its columns as a CSV file would be (parquet-plain.ts). Nothing here throws:
// a file hyparquet cannot make sense of is a fatal in words.
import { type AsyncBuffer, type FileMetaData, parquetMetadataAsync, parquetRead } from 'hyparquet';
import type { ImportResult, NeedsMapping } from '../types';
import { type CsvOptions, NO_ROWS } from './csv';
import { clipForMessage } from './dates';
import type { Fatal } from './importer';
import { SAMPLE_ROWS } from './papa';
import { COMPRESSORS, codecFatal, unreadableCodecs } from './parquet-codecs';
import { createGeoParquetSink } from './parquet-geo';
import { createPlainParquetSink } from './parquet-plain';
import { shapeOf } from './parquet-schema';
import { PARSERS } from './parquet-values';

export const DAMAGED = 'the Parquet file is damaged or incomplete (cut short in a download, say)';

function damaged(error: unknown): Fatal {
  const why = clipForMessage(String((error as Error)?.message ?? error), 120);
  return { fatal: `${DAMAGED}, so it cannot be read (${why}): download or export it again` };
}

/** A Blob as hyparquet reads a file: by the byte ranges it asks for, never the whole at once. */
export const blobBuffer = (blob: Blob): AsyncBuffer => ({
  byteLength: blob.size,
  slice: (start, end) => blob.slice(start, end).arrayBuffer(),
});

/**
 * Rows rowStart to rowEnd (exclusive) as arrays in column order, read one column at a time: a
 * column hyparquet fails on then fails alone, where reading all at once leaves the others'
 * failures unhandled (and it is the columnar way, a column's values decoded together).
 */
async function readRows(
  file: AsyncBuffer,
  metadata: FileMetaData,
  columns: string[],
  rowStart: number,
  rowEnd: number,
) {
  const values: unknown[][] = [];
  for (const name of columns) {
    let column: unknown[] = [];
    await parquetRead({
      file,
      metadata,
      columns: [name],
      rowStart,
      rowEnd,
      compressors: COMPRESSORS,
      parsers: PARSERS,
      rowFormat: 'array',
      onComplete: (rows) => {
        column = rows.map((r) => r[0]);
      },
    });
    values.push(column);
  }
  return Array.from({ length: values[0]?.length ?? 0 }, (_, i) => values.map((c) => c[i]));
}

async function metadataOf(file: AsyncBuffer): Promise<FileMetaData | Fatal> {
  try {
    return await parquetMetadataAsync(file, { parsers: PARSERS });
  } catch (e) {
    return damaged(e);
  }
}

/** Reads a Parquet file into events, reporting the share of its rows read as it goes. */
export async function readParquet(
  file: AsyncBuffer,
  opts: CsvOptions,
  onProgress: (fraction: number) => void,
): Promise<ImportResult | NeedsMapping | Fatal> {
  const metadata = await metadataOf(file);
  if ('fatal' in metadata) return metadata;
  const codecs = unreadableCodecs(metadata);
  if (codecs.length > 0) return codecFatal(codecs);
  const total = Number(metadata.num_rows);
  if (!(total > 0)) return { fatal: NO_ROWS };
  try {
    const shape = shapeOf(metadata);
    if ('fatal' in shape) return shape;
    const { columns, geometry } = shape;
    const sink = geometry
      ? createGeoParquetSink(columns, geometry, opts)
      : createPlainParquetSink(columns, opts);
    const question = sink.start();
    if (question) {
      for (const r of await readRows(file, metadata, columns, 0, SAMPLE_ROWS))
        question.sample.push(sink.sampleOf(r));
      return question;
    }
    let rowStart = 0;
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      const first = rowStart + 1;
      for (const [i, r] of (await readRows(file, metadata, columns, rowStart, rowEnd)).entries())
        sink.row(r, first + i);
      rowStart = rowEnd;
      onProgress(rowStart / total);
    }
    return sink.finish();
  } catch (e) {
    return damaged(e);
  }
}
