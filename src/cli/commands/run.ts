import type { Command } from 'commander';
import { join } from 'node:path';
import { addCacheOptions, cacheDirOf, type CacheFlags } from '../cache.js';
import { EXIT, type Io } from '../io.js';
import { addLimitOptions, limitsOf, PDF_READER_HELP, type LimitFlags } from '../limits.js';
import { setExit } from '../program.js';
import { reportBatch } from '../report.js';
import { oneLine } from '../terminal.js';
import { progressBar } from '../progress.js';

export function registerRun(program: Command, io: Io): void {
  const command = program
    .command('run')
    .description('ingest, classify, aggregate, chart and brief in one go')
    .argument('[paths...]', 'files, folders or globs', ['data/sample'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--excel', 'start CSV files with a byte-order mark for Excel')
    .option('-g, --gold <file>', 'hand labels to report the classifier against (default: the sample annotations)');
  addCacheOptions(addLimitOptions(command), '<out>/.cache', { workers: true })
    .addHelpText('after', `
Writes the corpus, CSV tables, charts, briefing pages and run.json into the output folder; the briefing
reports the classifier's accuracy against --gold. A file that cannot be read gets a one-line error and the
rest are processed (exit code 1). An interrupted run leaves the earlier outputs as they were.
${PDF_READER_HELP}

Examples:
  $ cpc run data/sample
  $ cpc run reports/ --out results/ --excel`)
    .action(async (paths: string[], options: LimitFlags & CacheFlags & { out: string; excel?: boolean; gold?: string }, command: Command) => {
      const { runAll } = await import('../../pipeline/index.js');
      const result = await runAll(paths, { cwd: io.cwd, out: options.out, excel: options.excel === true, limits: limitsOf(options), cacheDir: cacheDirOf(options, join(options.out, '.cache')), ...(options.workers === undefined ? {} : { workers: options.workers }), ...(options.gold === undefined ? {} : { gold: options.gold }), followLinks: options.followLinks === true, onProgress: progressBar(io, 'ingest') });
      for (const note of result.notes) io.stderr(`note: ${oneLine(note)}\n`);
      for (const file of result.written) io.stdout(`${file}\n`);
      if (reportBatch(io, result.ingest, null) > 0) setExit(command, EXIT.someFailed);
    });
}
