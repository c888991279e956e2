import type { Command } from 'commander';
import { join } from 'node:path';
import { addCacheOptions, cacheDirOf, type CacheFlags } from '../cache.js';
import { EXIT, type Io } from '../io.js';
import { addLimitOptions, limitsOf, PDF_READER_HELP, type LimitFlags } from '../limits.js';
import { chartLevelOption, setExit } from '../program.js';
import type { ChartLevel } from '../../vocabulary.js';
import { reportBatch, reportFailures, reportWarnings } from '../report.js';
import { oneLine } from '../terminal.js';
import { progressBar, stepLine } from '../progress.js';
import type { RunStep } from '../../pipeline/runAll.js';

/** What the terminal shows while each step after ingestion runs (at a few thousand documents, some seconds each). */
const STEP_LABELS: Readonly<Record<RunStep, string>> = {
  train: 'training the theme classifier',
  analyse: 'classifying and aggregating the recommendations',
  evaluate: 'scoring the classifier against the hand labels',
  'trace-progress': 'following the recommendations into the follow-up documents',
  'draw-charts': 'drawing the charts',
  'review-sheet': 'making the review sheet',
  write: 'writing the tables, charts and briefing',
};

export function registerRun(program: Command, io: Io): void {
  const command = program
    .command('run')
    .description('ingest, classify, aggregate, chart and brief in one go')
    .argument('[paths...]', 'files, folders or globs', ['data/sample'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--excel', 'start CSV files with a byte-order mark for Excel')
    .option('-g, --gold <file>', 'hand labels to report the classifier against (default: the sample annotations)')
    .option('--qdpx', 'also write project.qdpx, a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA or QualCoder')
    .option('--parquet', 'also write every table as Parquet (<table>.parquet), typed as datapackage.json declares')
    .addOption(chartLevelOption())
    .option('--corrections <file>', 'a filled review sheet (review.csv) to apply before aggregation; repeat it for several, a later file wins', (file: string, files: string[] = []) => [...files, file])
    .option('--learn-from-corrections', 'also train the classifier on the corrected themes (agreement then scores them held out)');
  addCacheOptions(addLimitOptions(command), '<out>/.cache', ['documents', 'classifiers', 'charts', 'passages'], { workers: true })
    .addHelpText('after', `
Writes the corpus, CSV tables, charts, briefing pages and run.json into the output folder; the briefing
reports the classifier's accuracy against --gold. A file that cannot be read gets a one-line error and the
rest are processed (exit code 1). An interrupted run leaves the earlier outputs as they were.
${PDF_READER_HELP}

Examples:
  $ cpc run data/sample
  $ cpc run reports/ --out results/ --excel
  $ cpc run reports/ --qdpx --parquet
  $ cpc run reports/ --corrections mine.csv --corrections colleague.csv`)
    .action(async (paths: string[], options: LimitFlags & CacheFlags & { out: string; excel?: boolean; gold?: string; qdpx?: boolean; parquet?: boolean; chartLevel: ChartLevel; corrections?: string[]; learnFromCorrections?: boolean }, command: Command) => {
      const { runAll } = await import('../../pipeline/runAll.js');
      const steps = stepLine(io, STEP_LABELS);
      const result = await runAll(paths, { cwd: io.cwd, out: options.out, excel: options.excel === true, qdpx: options.qdpx === true, parquet: options.parquet === true, limits: limitsOf(options), cacheDir: cacheDirOf(options, join(options.out, '.cache')), ...(options.workers === undefined ? {} : { workers: options.workers }), ...(options.gold === undefined ? {} : { gold: options.gold }), chartLevel: options.chartLevel, ...(options.corrections === undefined ? {} : { corrections: options.corrections }), learnFromCorrections: options.learnFromCorrections === true, followLinks: options.followLinks === true, onProgress: progressBar(io, 'ingest'), ...(steps.step === undefined ? {} : { onStep: steps.step }) }).finally(steps.done);
      for (const note of result.notes) io.stderr(`note: ${oneLine(note)}\n`);
      for (const file of result.written) io.stdout(`${file}\n`);
      for (const p of result.corrections.problems) io.stderr(`warning [${p.code}] ${p.at}: ${p.message}\n`);
      reportFailures(io, result.exportProblems.failures);
      reportWarnings(io, result.exportProblems.warnings);
      for (const f of result.progress.failures) io.stderr(`error [${f.code}] ${f.file}: ${f.message.replace(`${f.file}: `, '')}\n`);
      if (reportBatch(io, result.ingest, null) + result.exportProblems.failures.length + result.progress.failures.length > 0) setExit(command, EXIT.someFailed);
    });
}
