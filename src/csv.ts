/**
 * cpc's one CSV reader (csv-parse underneath): text with a header row -> rows as `column -> value`, each with its
 * line in the file, or typed rows checked against a zod schema. Every failure is a `CpcError` whose message starts
 * `<file>:<line>:` and names the column and its value.
 */
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { CpcError, type ErrorCode } from './errors.js';

/** A CSV row as `column -> value`, with its line number in the file (the last line of a row that spans lines). */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A header cell as a column name: trimmed, lower-cased, spaces and hyphens as underscores (`Document Type` -> `document_type`). */
export function columnName(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * CSV text (a byte-order mark, blank lines and short rows allowed; cells trimmed) -> its rows, keyed by the header's
 * column names (see `columnName`). A file that is not CSV, or whose header lacks one of `columns` (others are kept,
 * not required), throws `code` naming the line.
 */
export function readCsv(text: string, file: string, columns: readonly string[] = [], code: ErrorCode = 'invalid-input'): CsvRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (cause) {
    const line = (cause as { lines?: number }).lines;
    throw new CpcError(code, `${file}${line === undefined ? '' : `:${line}`}: not valid CSV: ${(cause as Error).message}`, { file, cause });
  }
  const [header, ...rows] = records;
  const names = (header?.record ?? []).map(columnName);
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const found = names.length === 0 ? 'an empty file' : `columns ${names.join(',')}`;
    throw new CpcError(code, `${file}:${header?.info.lines ?? 1}: header: needs columns ${columns.join(',')} (missing ${missing.join(',')}; got ${found})`, { file });
  }
  return rows.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(names.map((name, i) => [name, record[i] ?? ''])),
  }));
}

/** A CSV row checked against a schema: its typed value and its line. */
export interface TypedCsvRow<T> {
  readonly line: number;
  readonly row: T;
}

/**
 * CSV text -> typed rows: each row checked against `schema` (a zod object over the column names), the first
 * problem of a bad row thrown as `<file>:<line>: <column> ("<value>"): <message>`.
 */
export function readCsvRows<T>(text: string, file: string, schema: z.ZodType<T>, columns: readonly string[] = [], code: ErrorCode = 'invalid-input'): TypedCsvRow<T>[] {
  return readCsv(text, file, columns, code).map(({ line, values }) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { line, row: parsed.data };
    const issue = parsed.error.issues[0];
    const column = String(issue?.path[0] ?? '');
    const value = column === '' ? '' : ` (${JSON.stringify(values[column] ?? '')})`;
    throw csvError(file, line, `${column || 'row'}${value}: ${issue?.message ?? 'invalid row'}`, code);
  });
}

/** A failure at one line of a CSV file: `<file>:<line>: <message>`. */
export function csvError(file: string, line: number, message: string, code: ErrorCode = 'invalid-input'): CpcError {
  return new CpcError(code, `${file}:${line}: ${message}`, { file });
}
