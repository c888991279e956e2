import { parse } from 'csv-parse/sync';
import { CpcError } from '../errors.js';

/** A CSV row as `column -> value` (header names lower-cased and trimmed), with its line number in the file. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Parse CSV text with a header row that must include `columns`; a failure is a `CpcError('invalid-input')`. */
export function readCsv(text: string, file: string, columns: readonly string[]): CsvRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    throw new CpcError('invalid-input', `${file}: not valid CSV: ${(error as Error).message}`, { file, cause: error });
  }
  const [header, ...rows] = records;
  const names = (header?.record ?? []).map((name) => name.trim().toLowerCase());
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const found = names.length === 0 ? 'an empty file' : `columns ${names.join(',')}`;
    throw new CpcError('invalid-input', `${file}: header: needs columns ${columns.join(',')} (missing ${missing.join(',')}; got ${found})`, { file });
  }
  return rows.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(names.map((name, i) => [name, record[i] ?? ''])),
  }));
}
