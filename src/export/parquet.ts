import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CpcError } from '../errors.js';
import { LIST_SEPARATOR, type FieldType, type TableSpec } from './tableSchema.js';

/** How DuckDB stores each column type of the tables' description. */
const PARQUET_TYPES: Readonly<Record<FieldType, string>> = {
  string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', list: 'VARCHAR[]',
};

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The query that reads a table's CSV with the types its description declares (nothing guessed): empty cells are
 * missing values, list columns are split on `;` into lists of strings.
 */
export function typedCsvQuery(table: TableSpec, csvPath: string): string {
  const columns = table.fields.map((f) => `${literal(f.name)}: ${literal(f.type === 'list' ? 'VARCHAR' : PARQUET_TYPES[f.type])}`).join(', ');
  const select = table.fields.map((f) => (f.type === 'list' ? `string_split(${identifier(f.name)}, ${literal(LIST_SEPARATOR)}) AS ${identifier(f.name)}` : identifier(f.name))).join(', ');
  return `SELECT ${select} FROM read_csv(${literal(csvPath)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, nullstr = '', columns = {${columns}})`;
}

/**
 * Each table's CSV -> the same table as Parquet (integers, decimals, booleans and lists typed), through DuckDB, in
 * one thread so rows keep their order and the same CSV gives the same bytes. DuckDB is an optional dependency:
 * without it this fails with a usage error naming the package.
 */
export async function parquetTables(tables: readonly { readonly table: TableSpec; readonly csv: string }[]): Promise<Map<string, Uint8Array>> {
  const duckdb = await import('@duckdb/node-api').catch((cause: unknown) => {
    throw new CpcError('usage', 'Parquet needs the optional package @duckdb/node-api, which is not installed here (npm ci installs it where DuckDB publishes a build)', { cause });
  });
  const dir = await mkdtemp(join(tmpdir(), 'cpc-parquet-'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    const out = new Map<string, Uint8Array>();
    for (const { table, csv } of tables) {
      const csvPath = join(dir, `${table.name}.csv`);
      const parquetPath = join(dir, `${table.name}.parquet`);
      await writeFile(csvPath, csv.replace(/^\ufeff/, ''));
      await connection.run(`COPY (${typedCsvQuery(table, csvPath)}) TO ${literal(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`);
      out.set(table.name, await readFile(parquetPath));
    }
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(dir, { recursive: true, force: true });
  }
}
