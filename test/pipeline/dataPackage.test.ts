import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { parquetTables } from '../../src/export/parquet.js';
import { TABLES } from '../../src/export/tables.js';
import { cli } from '../helpers/cli.js';
import { readTyped, type Cell, type Field } from '../helpers/tableSchema.js';

/** The Data Package v2 profile, where a copy sits beside the clone (the repository does not carry it). */
const DATA_PACKAGE_PROFILE = process.env.CPC_DATAPACKAGE_PROFILE ?? new URL('../../../shared/datapackage/datapackage.json', import.meta.url).pathname;

/** `cpc run --parquet` on the sample corpus: the CSVs, datapackage.json and the Parquet files. */
const work = mkdtempSync(join(tmpdir(), 'cpc-datapackage-'));
let documents: CorpusDocument[] = [];

beforeAll(async () => {
  const { code, stderr } = await cli(['run', 'data/sample', '--out', work, '--parquet']);
  expect(code, stderr).toBe(0);
  documents = readFileSync(join(work, 'corpus.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusDocument);
}, 180_000);

it('run.json records that the run wrote Parquet (and no REFI-QDA project)', () => {
  const manifest = JSON.parse(readFileSync(join(work, 'run.json'), 'utf8')) as { options: { parquet: boolean; qdpx: boolean } };
  expect(manifest.options).toMatchObject({ parquet: true, qdpx: false });
});

interface Resource { name: string; path: string; schema: { fields: Field[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }

describe('datapackage.json beside the CSVs', () => {
  const descriptor = () => JSON.parse(readFileSync(join(work, 'datapackage.json'), 'utf8')) as { $schema: string; resources: Resource[]; licenses: unknown[]; sources: { title: string }[] };

  it('describes every CSV file the run wrote, and only those, in the Data Package v2 profile', () => {
    const d = descriptor();
    expect(d.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    const csvs = readdirSync(work).filter((f) => f.endsWith('.csv')).sort();
    expect(d.resources.map((r) => r.path).sort()).toEqual(csvs);
    expect(d.licenses.length).toBeGreaterThan(0);
    for (const document of documents) expect(d.sources.some((s) => s.title.includes(document.file))).toBe(true);
  });

  it('follows the Data Package v2 rules: names, relative paths, licences, field types, constraints, keys, dialect', () => {
    const d = descriptor() as unknown as Record<string, unknown> & { resources: (Resource & Record<string, unknown>)[]; licenses: { name?: string; path?: string }[] };
    const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'list', 'datetime', 'date', 'time', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
    const CONSTRAINTS = ['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'jsonSchema', 'pattern', 'enum'];
    const relativePath = /^((?=[^./~])(?!file:)((?!\/\.\.\/)(?!\\)(?!:\/\/).)*|(http|ftp)s?:\/\/.*)$/;
    expect(typeof d.name).toBe('string');
    for (const licence of d.licenses) expect(licence.name ?? licence.path).toBeTruthy();
    for (const licence of d.licenses) if (licence.name !== undefined) expect(licence.name).toMatch(/^([-a-zA-Z0-9._])+$/);
    expect(new Set(d.resources.map((r) => r.name)).size).toBe(d.resources.length);
    for (const r of d.resources) {
      expect(r.path).toMatch(relativePath);
      expect(r.type).toBe('table');
      const dialect = r.dialect as Record<string, unknown>;
      expect(dialect.header).toBe(true);
      expect(String(dialect.delimiter)).toHaveLength(1);
      const names = r.schema.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const f of r.schema.fields) {
        expect(TYPES, `${r.name}.${f.name}`).toContain(f.type);
        if (f.type === 'list') expect(typeof f.delimiter).toBe('string');
        for (const key of Object.keys(f.constraints ?? {})) expect(CONSTRAINTS).toContain(key);
        if (f.constraints?.pattern !== undefined) expect(() => new RegExp(f.constraints!.pattern!)).not.toThrow();
      }
      for (const key of r.schema.primaryKey ?? []) expect(names).toContain(key);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = d.resources.find((t) => t.name === fk.reference.resource)!;
        expect(target, fk.reference.resource).toBeDefined();
        for (const key of fk.fields) expect(names).toContain(key);
        for (const key of fk.reference.fields) expect(target.schema.fields.map((f) => f.name)).toContain(key);
      }
    }
  });

  it('reads every CSV with the types it declares: each cell casts, keys are unique, foreign keys resolve', () => {
    const d = descriptor();
    const tables = new Map(d.resources.map((r) => [r.name, readTyped(readFileSync(join(work, r.path), 'utf8'), r.schema.fields)]));
    for (const r of d.resources) {
      const rows = tables.get(r.name)!;
      expect(rows.length, r.name).toBeGreaterThan(0);
      const key = (row: Record<string, Cell>, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
      // A table without a primary key (the review sheet, whose added rows have no key yet) is not checked for one.
      const primaryKey = r.schema.primaryKey;
      if (primaryKey !== undefined) expect(new Set(rows.map((row) => key(row, primaryKey))).size, `${r.name} primary key`).toBe(rows.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const targets = new Set(tables.get(fk.reference.resource)!.map((row) => key(row, fk.reference.fields)));
        for (const row of rows) expect(targets.has(key(row, fk.fields)), `${r.name} ${key(row, fk.fields)}`).toBe(true);
      }
    }
    // a few typed values
    const recs = tables.get('recommendations')!;
    expect(recs.every((row) => typeof row.year === 'number')).toBe(true);
    const csvRows = parse(readFileSync(join(work, 'recommendations.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const twoIssues = csvRows.find((row) => row.issues!.includes(';'))!;
    expect(recs.find((row) => row.recommendation_id === twoIssues.recommendation_id)?.issues).toEqual(twoIssues.issues!.split(';'));
    expect(tables.get('recommendation-themes')!.filter((row) => row.primary === true)).toHaveLength(recs.filter((row) => row.primary_theme !== null).length);
  });

  it('rejects a cell of the wrong type (the reader is strict)', () => {
    const fields: Field[] = [{ name: 'n', type: 'integer' }, { name: 'b', type: 'boolean', trueValues: ['true'], falseValues: ['false'] }];
    expect(() => readTyped('n,b\n1,true\n', fields)).not.toThrow();
    expect(() => readTyped('n,b\n1.5,true\n', fields)).toThrow(/n: "1.5" is not an integer/);
    expect(() => readTyped('n,b\n1,yes\n', fields)).toThrow(/b: "yes" is not a boolean/);
    expect(() => readTyped('b,n\ntrue,1\n', fields)).toThrow(/header/);
  });

  it('validates against the official Data Package v2 JSON Schema where a copy is beside the clone', (context) => {
    if (!existsSync(DATA_PACKAGE_PROFILE)) {
      console.warn(`note: skipping Data Package v2 schema validation: no profile at ${DATA_PACKAGE_PROFILE}`);
      return context.skip();
    }
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(DATA_PACKAGE_PROFILE, 'utf8')) as object);
    expect(validate(descriptor()), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('--parquet: every table as Parquet, read back by DuckDB', () => {
  const query = async (sql: string) => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      return (await connection.runAndReadAll(sql)).getRowObjectsJS();
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  };
  const parquet = (name: string) => `'${join(work, `${name}.parquet`)}'`;

  it('has every row of every CSV', async () => {
    for (const table of Object.values(TABLES)) {
      const csvRows = (parse(readFileSync(join(work, `${table.name}.csv`), 'utf8')) as string[][]).length - 1;
      const [row] = await query(`SELECT count(*) AS n FROM read_parquet(${parquet(table.name)})`);
      expect(Number(row!.n), table.name).toBe(csvRows);
      expect(csvRows, table.name).toBeGreaterThan(0);
    }
  });

  it('types the columns as the package declares: integers, decimals, booleans, lists', async () => {
    const types = async (name: string) => Object.fromEntries((await query(`DESCRIBE SELECT * FROM read_parquet(${parquet(name)})`)).map((r) => [r.column_name, r.column_type]));
    expect(await types('recommendations')).toMatchObject({ year: 'BIGINT', number: 'BIGINT', issues: 'VARCHAR[]', themes: 'VARCHAR[]', text: 'VARCHAR', source_page: 'BIGINT' });
    expect(await types('recommendation-themes')).toMatchObject({ score: 'DOUBLE', assigned: 'BOOLEAN', primary: 'BOOLEAN' });
    expect(await types('themes-by-council')).toMatchObject({ finance: 'BIGINT', finance_share: 'DOUBLE' });
    expect(await types('documents')).toMatchObject({ year: 'BIGINT', document_date: 'DATE' });
  });

  it('holds the same values as the CSVs', async () => {
    const csv = (name: string) => parse(readFileSync(join(work, `${name}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
    const withIssues = csv('recommendations').find((row) => row.issues!.includes(';'))!;
    const [rec] = await query(`SELECT year, issues, number FROM read_parquet(${parquet('recommendations')}) WHERE recommendation_id = '${withIssues.recommendation_id}'`);
    expect(rec).toEqual({ year: BigInt(withIssues.year!), issues: withIssues.issues!.split(';'), number: BigInt(withIssues.number!) });
    const stoke = csv('documents').find((row) => row.document_id === 'stoke-on-trent-2016-feedback-report-pdf')!;
    const [doc] = await query(`SELECT recommendations, recommendations_referenced FROM read_parquet(${parquet('documents')}) WHERE document_id = 'stoke-on-trent-2016-feedback-report-pdf'`);
    expect(doc).toEqual({ recommendations: BigInt(stoke.recommendations!), recommendations_referenced: stoke.recommendations_referenced === '' ? null : BigInt(stoke.recommendations_referenced!) });
    const dated = csv('documents').filter((row) => row.document_date !== '');
    expect(dated.length).toBeGreaterThan(0);
    const dates = await query(`SELECT document_id, strftime(document_date, '%Y-%m-%d') AS d FROM read_parquet(${parquet('documents')}) WHERE document_date IS NOT NULL`);
    expect(dates).toEqual(dated.map((row) => ({ document_id: row.document_id, d: row.document_date })));
    const csvScores = (parse(readFileSync(join(work, 'recommendation-themes.csv'), 'utf8'), { columns: true }) as Record<string, string>[]).map((r) => Number(r.score));
    const parquetScores = (await query(`SELECT score FROM read_parquet(${parquet('recommendation-themes')})`)).map((r) => r.score);
    expect(parquetScores).toEqual(csvScores);
  });

  it('gives the same bytes for the same tables', async () => {
    const tables = [TABLES.documents, TABLES.recommendations].map((table) => ({ table, csv: readFileSync(join(work, `${table.name}.csv`), 'utf8') }));
    const [a, b] = [await parquetTables(tables), await parquetTables(tables)];
    for (const table of tables) expect(Buffer.from(a.get(table.table.name)!).equals(b.get(table.table.name)!)).toBe(true);
    expect(Buffer.from(a.get('documents')!).equals(readFileSync(join(work, 'documents.parquet')))).toBe(true);
  });
});
