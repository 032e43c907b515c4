// A Parquet file without geometries, read as a CSV file with the same columns would be: ACLED and
// UCDP column sets recognised, other files through a column mapping (guessed, or asked for),
// each value as the text of its cell (parquet-values.ts).
import type { NeedsMapping } from '../types';
import { guessMapping } from './columns';
import { type CsvOptions, createCsvImporter } from './csv';
import { sampleRow } from './papa';
import type { ParquetSink } from './parquet-sink';
import { cellText } from './parquet-values';

const NO_PLACE =
  'The file has no geometry column, and no column is named as latitude or longitude: choose the columns that hold them.';

/** Said in the dialog when nothing in the file looks like a place, so the question is clear. */
function withProblem(question: NeedsMapping | null, columns: string[]): NeedsMapping | null {
  if (!question) return null;
  const { mapping } = guessMapping(columns, 'csv');
  return mapping.lat && mapping.lon ? question : { ...question, problem: NO_PLACE };
}

export function createPlainParquetSink(columns: string[], opts: CsvOptions): ParquetSink {
  const importer = createCsvImporter(opts);
  return {
    start: () => withProblem(importer.start(columns), columns),
    sampleOf: (values) => sampleRow(columns, values.map(cellText)),
    row: (values, rowNumber) => importer.row(values.map(cellText), rowNumber),
    finish() {
      const result = importer.finish();
      return 'table' in result && result.format === 'csv' ? { ...result, format: 'parquet' } : result;
    },
  };
}
