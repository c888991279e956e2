import type { Command } from 'commander';
import { resolve } from 'node:path';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import { EXIT, type Io } from '../io.js';
import { addLimitOptions, limitsOf, PDF_READER_HELP, type LimitFlags } from '../limits.js';
import { formatOption, setExit } from '../program.js';
import { printRows } from '../output.js';
import { reportBatch } from '../report.js';
import { progressBar } from '../progress.js';
import { extractionReport, formatExtractionReport } from '../../corpus/extractionReport.js';

export function registerIngest(program: Command, io: Io): void {
  const command = program
    .command('ingest')
    .description('read PDF, Word, HTML and text reports into a corpus file')
    .argument('<paths...>', 'files, folders (read recursively) or globs')
    .option('-o, --out <file>', 'corpus file to write', 'output/corpus.jsonl')
    .addOption(formatOption());
  addCacheOptions(addLimitOptions(command), BESIDE_CORPUS, ['documents'], { workers: true })
    .addHelpText('after', `
A manifest.csv beside the documents (file,council,date,url,document_type) overrides what is inferred.
${PDF_READER_HELP}

Examples:
  $ cpc ingest data/sample
  $ cpc ingest "reports/**/*.pdf" --out output/corpus.jsonl
  $ cpc ingest data/sample --format json | jq '.[].council'`)
    .action(async (paths: string[], options: LimitFlags & CacheFlags & { out: string; format: 'table' | 'csv' | 'json' }, command: Command) => {
      const { ingestToFile } = await import('../../pipeline/corpusIo.js');
      const result = await ingestToFile(paths, {
        cwd: io.cwd,
        out: options.format === 'json' ? null : options.out,
        limits: limitsOf(options),
        followLinks: options.followLinks === true,
        ...cacheAndWorkers(options, io.cwd),
        onProgress: progressBar(io, 'ingest'),
      });
      const documents = result.documents;
      printRows(io, options.format, documents, [
        { header: 'file', value: (d) => d.file, width: 50 },
        { header: 'council', value: (d) => d.council?.name ?? '(not named)', width: 40 },
        { header: 'gss', value: (d) => d.council?.gssCode ?? '' },
        { header: 'type', value: (d) => d.documentType },
        { header: 'stage', value: (d) => d.stage },
        { header: 'year', value: (d) => d.year },
        { header: 'programme', value: (d) => d.programme },
        { header: 'recs', value: (d) => d.recommendations.length },
        { header: 'stated', value: (d) => d.recommendationsReferenced ?? '' },
        { header: 'warnings', value: (d) => d.warnings.length },
      ], documents);
      const failed = reportBatch(io, result, options.format === 'json' ? null : options.out);
      for (const line of formatExtractionReport(extractionReport(documents))) io.stderr(`${line}\n`);
      if (failed > 0) setExit(command, EXIT.someFailed);
    });
}

/** The ingestion's cache folder (beside the corpus file) and worker count, as the flags ask. */
function cacheAndWorkers(options: CacheFlags & { out: string }, cwd: string): { cacheDir?: string; workers?: number } {
  const cacheDir = corpusCacheDir({ ...options, corpus: options.out });
  return {
    ...(cacheDir === null ? {} : { cacheDir: resolve(cwd, cacheDir) }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
  };
}
