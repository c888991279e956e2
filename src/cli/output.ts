import type { CouncilRecord } from '../units/types.js';
import { toCsv, type CsvCell } from '../export/csv.js';
import type { OutputFormat } from '../vocabulary.js';
import type { Io } from './io.js';

/** A column of a listing: header and how to read the cell from a row. */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvCell;
  /** Widest a table cell may be before it is cut with "…" (CSV and JSON are never cut). */
  readonly width?: number;
}

/**
 * Print rows as an aligned text table, CSV, or JSON. JSON prints `json` (the stable machine interface) when given,
 * else the rows themselves.
 */
export function printRows<Row>(io: Io, format: OutputFormat, rows: readonly Row[], columns: readonly Column<Row>[], json?: unknown): void {
  if (format === 'json') {
    io.stdout(`${JSON.stringify(json ?? rows, null, 2)}\n`);
    return;
  }
  const headers = columns.map((c) => c.header);
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  if (format === 'csv') {
    io.stdout(toCsv(headers, cells));
    return;
  }
  io.stdout(formatTable(headers, cells.map((row) => row.map((cell, i) => cut(text(cell), columns[i]!.width)))));
}

function text(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' && !Number.isInteger(cell)) return cell.toFixed(2);
  return String(cell).replace(/\s+/g, ' ');
}

function cut(value: string, width = 60): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value;
}

/** An aligned plain-text table with a header rule. */
function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/**
 * JSON on stdout is the machine interface and keeps its shape: a row's council record is written as the flat
 * fields it has always had (`council` the official name, `gssCode`, `authorityType`, `region`; all null when no
 * council is named), in its place, with the register's short name and the country added beside them.
 */
export function withFlatCouncil<Row extends { readonly council: CouncilRecord | null }>(row: Row): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(row)) {
    if (key !== 'council') {
      flat[key] = field;
      continue;
    }
    const c = row.council;
    Object.assign(flat, {
      council: c?.name ?? null, gssCode: c?.gssCode ?? null, authorityType: c?.authorityType ?? null, region: c?.region ?? null,
      councilShortName: c?.shortName ?? null, country: c?.country ?? null,
    });
  }
  return flat;
}
