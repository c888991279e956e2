import { resolve } from 'node:path';
import type { DocumentSummary } from '../corpus/schema.js';
import { CpcError, warning, type Warning } from '../errors.js';
import type { FileContent } from '../export/atomic.js';
import { dataPackageJson } from '../export/dataPackage.js';
import { parquetTables } from '../export/parquet.js';
import { csvFile, type TableSpec } from '../export/tableSchema.js';
import { TABLES } from '../export/tables.js';
import { codeSystem } from '../export/qdpx/codes.js';
import { qdpxArchive } from '../export/qdpx/archive.js';
import { qdaProject, type SourceText } from '../export/qdpx/project.js';
import type { ReadLimits } from '../limits.js';
import type { Analysis } from './analyse.js';
import { failureOf, type FileFailure } from './ingestCorpus.js';
import type { Resources } from '../resources/resources.js';
import { VERSION } from '../cache/version.js';

/** The corpus's documents with their canonical texts, and those whose text could not be had again. */
export interface SourceTexts {
  readonly sources: readonly SourceText[];
  readonly failures: readonly FileFailure[];
}

/**
 * The canonical text of each document, read again from its file (the corpus keeps offsets, not texts). A file that
 * is gone or whose bytes changed fails alone with a code; the others are returned in corpus order.
 */
export async function readSourceTexts(documents: readonly DocumentSummary[], options: { cwd: string; limits?: ReadLimits }): Promise<SourceTexts> {
  const { readDocument } = await import('../ingest/read.js');
  const sources: SourceText[] = [];
  const failures: FileFailure[] = [];
  for (const document of documents) {
    try {
      const raw = await readDocument(resolve(options.cwd, document.file), options.limits ?? {});
      if (raw.sha256 !== document.sha256) throw new CpcError('source-changed', `${document.file}: the file changed since it was read into the corpus (its SHA-256 differs); ingest it again`, { file: document.file });
      sources.push({ document, text: raw.text });
    } catch (error) {
      failures.push(failureOf(document.file, error, options.cwd));
    }
  }
  return { sources, failures };
}

/**
 * The analysis as a `.qdpx` archive: every source text, coded recommendation, council case and code; and a warning
 * for each recommendation whose words were not found in its document's text (it has no selection).
 */
export async function qdpxOf(analysis: Analysis, resources: Resources, sources: readonly SourceText[]): Promise<{ bytes: Uint8Array; warnings: readonly Warning[] }> {
  const { classic, current } = resources.codebooks;
  const project = qdaProject({
    name: 'cpc: LGA Corporate Peer Challenge recommendations',
    origin: `cpc ${VERSION}`,
    codes: codeSystem([classic, current], resources.taxonomy),
    sources,
    recommendations: analysis.recommendations,
    challenges: analysis.challenges,
  });
  const warnings = project.unplaced.map((u) => warning('recommendation-not-placed', `${u.recommendation}: its words are not in the document's text in that order, so the project has no selection for it`, u.file));
  return { bytes: await qdpxArchive(project), warnings };
}

/** Documents left out of an export (their text could not be read again), and recommendations without a selection. */
export interface ExportProblems {
  readonly failures: readonly FileFailure[];
  readonly warnings: readonly Warning[];
}

/** `datapackage.json` for the CSV tables of a run over these documents (each document is a source). */
export function dataPackageOf(documents: readonly DocumentSummary[]): string {
  const sources = documents.map((d) => ({ title: d.title === null ? d.file : `${d.title} (${d.file})`, ...(d.url === null ? {} : { path: d.url }) }));
  return dataPackageJson(Object.values(TABLES), { version: VERSION, sources });
}

/** What `cpc run` asks for beyond its CSV tables. */
export interface InterchangeOptions {
  /** Also write `project.qdpx`. */
  readonly qdpx?: boolean;
  /** Also write every table as Parquet, `<table>.parquet`. */
  readonly parquet?: boolean;
  readonly cwd: string;
  readonly limits?: ReadLimits;
}

/**
 * The interchange files of a run (name in the output folder, content): `datapackage.json` for its CSV tables
 * always, each table as Parquet and `project.qdpx` when asked; and the problems of the project.
 */
export async function interchangeFiles(analysis: Analysis, resources: Resources, csvTables: readonly (readonly [string, FileContent])[], options: InterchangeOptions): Promise<{ files: [string, FileContent][] } & ExportProblems> {
  const files: [string, FileContent][] = [['datapackage.json', dataPackageOf(analysis.documents)]];
  if (options.parquet === true) {
    const csv = new Map(csvTables);
    const csvOf = (table: TableSpec): string => {
      const content = csv.get(csvFile(table));
      if (content === undefined || content instanceof Uint8Array) throw new Error(`no CSV text for ${table.name}`);
      return typeof content === 'string' ? content : [...content].map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8'))).join('');
    };
    const parquet = await parquetTables(Object.values(TABLES).map((table) => ({ table, csv: csvOf(table) })));
    for (const [name, bytes] of parquet) files.push([`${name}.parquet`, bytes]);
  }
  if (options.qdpx !== true) return { files, failures: [], warnings: [] };
  const texts = await readSourceTexts(analysis.documents, options);
  const project = await qdpxOf(analysis, resources, texts.sources);
  files.push(['project.qdpx', project.bytes]);
  return { files, failures: texts.failures, warnings: project.warnings };
}
