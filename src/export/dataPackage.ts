import { csvFile, LIST_SEPARATOR, type FieldSpec, type TableSpec } from './tableSchema.js';

/** A source of the data: a document read, or the reference data the council columns come from. */
export interface DataSource {
  readonly title: string;
  /** Where it is published (a URL), when known. */
  readonly path?: string;
}

export interface DataPackageOptions {
  /** cpc's version, the package's version. */
  readonly version: string;
  readonly sources: readonly DataSource[];
}

/** Licences of the data behind the tables: the council register's (ONS, mySociety) and the sample corpus's. */
const LICENSES = [
  { name: 'OGL-UK-3.0', title: 'Open Government Licence v3.0', path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 (mySociety council names and codes)', path: 'https://creativecommons.org/licenses/by/4.0/' },
];

const REFERENCE_SOURCES: readonly DataSource[] = [
  { title: 'ONS Open Geography Portal: local authority districts, counties and regions (GSS codes)', path: 'https://geoportal.statistics.gov.uk/' },
  { title: 'mySociety: UK Local Authority Names and Codes', path: 'https://github.com/mysociety/uk_local_authority_names_and_codes' },
];

/** Frictionless Data Package v2 profile. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/**
 * `datapackage.json`: the tables as a Frictionless Data Package (v2) beside the CSVs: every resource with its
 * fields' types, descriptions and units, its primary and foreign keys, the licences and the sources of the data.
 * Built from the tables' one description, so it says exactly what the CSV writers write. No dates: the same run
 * gives the same file.
 */
export function dataPackageJson(tables: readonly TableSpec[], options: DataPackageOptions): string {
  const descriptor = {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'cpc-peer-challenges',
    title: 'LGA Corporate Peer Challenges compared across councils',
    description: "Peer recommendations from LGA Corporate Peer Challenge documents, their themes (the LGA's five core themes, classic and current frameworks) and recurring issues, by council. Made by cpc; text quoted from a document stays under that document's licence (the bundled sample corpus: Open Government Licence v3.0).",
    version: options.version,
    licenses: LICENSES,
    sources: [...REFERENCE_SOURCES, ...options.sources].map((s) => (s.path === undefined || !/^https?:\/\/\S+$/.test(s.path) ? { title: s.title } : { title: s.title, path: s.path })),
    resources: tables.map(resource),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

function resource(table: TableSpec) {
  return {
    name: table.name,
    type: 'table',
    path: csvFile(table),
    scheme: 'file',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: table.title,
    description: table.description,
    dialect: { header: true, delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true },
    schema: {
      fields: table.fields.map(field),
      missingValues: [''],
      ...(table.primaryKey.length === 0 ? {} : { primaryKey: table.primaryKey }),
      ...(table.foreignKeys.length === 0 ? {} : {
        foreignKeys: table.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.table, fields: k.reference } })),
      }),
    },
  };
}

function field(f: FieldSpec) {
  const constraints = {
    ...(f.required === true ? { required: true } : {}),
    ...(f.values === undefined ? {} : { enum: f.values }),
    ...(f.pattern === undefined ? {} : { pattern: f.pattern }),
  };
  return {
    name: f.name,
    type: f.type,
    ...(f.type === 'list' ? { delimiter: LIST_SEPARATOR, itemType: 'string' } : {}),
    ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description: f.description,
    ...(f.unit === undefined ? {} : { unit: f.unit }),
    ...(Object.keys(constraints).length === 0 ? {} : { constraints }),
  };
}
