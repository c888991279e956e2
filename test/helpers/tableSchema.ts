import { parse } from 'csv-parse/sync';

/**
 * A reader of CSV files by their Frictionless Table Schema, for the tests: each cell cast to its field's declared
 * type and checked against its constraints, as a Data Package tool (frictionless, pandas with the schema) would.
 */
export interface Field {
  name: string;
  type: string;
  delimiter?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export type Cell = string | number | boolean | string[] | null;

/** One cell cast to its field's type; throws naming the column and value when it is not one. */
export function castCell(field: Field, raw: string): Cell {
  const fail = (why: string) => new Error(`${field.name}: ${JSON.stringify(raw)} ${why}`);
  if (raw === '') {
    if (field.constraints?.required === true) throw fail('is empty but required');
    return null;
  }
  const c = field.constraints;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) throw fail('is not an integer');
      return Number(raw);
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(raw)) throw fail('is not a number');
      return Number(raw);
    case 'boolean':
      if (field.trueValues?.includes(raw) === true) return true;
      if (field.falseValues?.includes(raw) === true) return false;
      throw fail('is not a boolean');
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw fail('is not a date');
      return raw;
    case 'list':
      return raw.split(field.delimiter ?? ',');
    case 'string':
      if (c?.enum !== undefined && !c.enum.includes(raw)) throw fail(`is not one of ${c.enum.join(', ')}`);
      if (c?.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`).test(raw)) throw fail(`does not match ${c.pattern}`);
      return raw;
    default:
      throw fail(`has a type cpc does not write (${field.type})`);
  }
}

/** A CSV file's rows, each cell cast by the schema; the header must be the fields' names in order. */
export function readTyped(csv: string, fields: readonly Field[]): Record<string, Cell>[] {
  const [header, ...rows] = parse(csv.replace(/^\ufeff/, '')) as string[][];
  if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) throw new Error(`header ${header?.join(',')} is not the schema's fields`);
  return rows.map((row) => Object.fromEntries(fields.map((f, i) => [f.name, castCell(f, row[i] ?? '')])));
}
