/**
 * The one description of cpc's output tables: each CSV file's columns in order, with their types, meanings and
 * units, and the keys between the tables. The CSV writers take their columns from it, `datapackage.json` and the
 * Parquet files their types, and output/README.md its column tables, so none of them can drift from the others.
 */

/** Column types, as the Frictionless Table Schema (v2) names them. */
export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'list'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** What the column holds, for a reader of the data dictionary (Markdown). */
  readonly description: string;
  /** The unit of a number ("recommendations", "share of the council's recommendations, 0 to 1"). */
  readonly unit?: string;
  /** The closed set of values of a string column. */
  readonly values?: readonly string[];
  /** A regular expression every non-empty value matches. */
  readonly pattern?: string;
  /** Never empty. */
  readonly required?: boolean;
}

export interface ForeignKey {
  readonly fields: readonly string[];
  /** The table (by name) and its columns that the fields refer to. */
  readonly table: string;
  readonly reference: readonly string[];
}

export interface TableSpec {
  /** Resource name: the file name without `.csv`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly FieldSpec[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

/** The separator of a list column's items. */
export const LIST_SEPARATOR = ';';

/** A table's file name in the output folder. */
export function csvFile(table: TableSpec): string {
  return `${table.name}.csv`;
}

/** A table's column names, in order: the CSV header. */
export function columnNames(table: TableSpec): string[] {
  return table.fields.map((f) => f.name);
}

/** The table of that name (a programming error if there is none). */
export function tableNamed(tables: readonly TableSpec[], name: string): TableSpec {
  const table = tables.find((t) => t.name === name);
  if (table === undefined) throw new Error(`no table named ${name}`);
  return table;
}
