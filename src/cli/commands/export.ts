import type { Command } from 'commander';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import { EXIT, type Io } from '../io.js';
import { addLimitOptions, limitsOf, type LimitFlags } from '../limits.js';
import { corpusOption, setExit } from '../program.js';
import { reportFailures, reportWarnings } from '../report.js';

export function registerExport(program: Command, io: Io): void {
  const exportCommand = program
    .command('export')
    .description('write the results for other tools: a REFI-QDA project (qdpx) or codebook (qdc)');

  const qdpx = exportCommand
    .command('qdpx')
    .description('the corpus as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA or QualCoder')
    .addOption(corpusOption())
    .option('-o, --out <file>', 'project file to write', 'output/project.qdpx');
  addCacheOptions(addLimitOptions(qdpx), BESIDE_CORPUS, ['classifiers'])
    .addHelpText('after', `
Every document as a text source, councils as cases (GSS code, authority type, region, challenge years), the
theme and issue codebooks as codes, every peer recommendation as a selection on its words, coded with its themes
and issues (a recommendation whose words are not in its document's text gets a warning and no selection).
The documents are read again for their text: one that is gone or has changed since it was ingested gets a
one-line error and is left out (exit code 1).

Example:
  $ cpc export qdpx --out results/peer-challenges.qdpx`)
    .action(async (options: LimitFlags & CacheFlags & { corpus: string; out: string }, command: Command) => {
      const { exportQdpxCommand } = await import('./exportActions.js');
      const result = await exportQdpxCommand({ corpus: options.corpus, out: options.out, cwd: io.cwd, cacheDir: corpusCacheDir(options), limits: limitsOf(options) });
      io.stdout(`${result.written}\n`);
      reportFailures(io, result.failures);
      reportWarnings(io, result.warnings);
      if (result.failures.length > 0) setExit(command, EXIT.someFailed);
    });

  exportCommand
    .command('qdc')
    .description("cpc's theme and issue codebooks as a REFI-QDA codebook, to code by hand in another tool")
    .option('-o, --out <file>', 'codebook file to write', 'output/codebook.qdc')
    .addHelpText('after', `
Example:
  $ cpc export qdc --out cpc-codebook.qdc`)
    .action(async (options: { out: string }) => {
      const { exportQdcCommand } = await import('./exportActions.js');
      io.stdout(`${await exportQdcCommand({ out: options.out, cwd: io.cwd })}\n`);
    });
}
