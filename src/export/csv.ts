import { stringify } from 'csv-stringify/sync';

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel shows £ and ’ correctly. */
  readonly bom?: boolean;
}

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Rows to CSV text with a fixed column order, LF line ends, and every cell that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) neutralised with a leading apostrophe.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = stringify([columns.map(neutralise), ...rows.map((row) => row.map(cellText).map(neutralise))], {
    record_delimiter: '\n',
    quoted_match: /^[\s]|[\s]$/,
  });
  return (options.bom === true ? '\ufeff' : '') + body;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : cell.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return String(cell);
}

/** Defuse spreadsheet formula injection: a cell that starts like a formula gets a leading apostrophe. */
export function neutralise(value: string): string {
  if (value === '') return value;
  if (/^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value)) return `'${value}`;
  return value;
}
