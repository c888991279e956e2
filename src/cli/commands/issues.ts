import { InvalidArgumentError, type Command } from 'commander';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import type { Io } from '../io.js';
import { corpusOption, formatOption } from '../program.js';
import { printRows, withFlatCouncil } from '../output.js';

function atLeastOne(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
}

export function registerIssues(program: Command, io: Io): void {
  addCacheOptions(program.command('issues'), BESIDE_CORPUS, ['classifiers'])
    .description('recurring issues across councils (finance, narrative, partnerships...), with the quotes behind them')
    .addOption(corpusOption())
    .option('--discover', 'propose recurring phrases that the issue taxonomy does not cover yet')
    .option('--min-councils <n>', 'with --discover: phrases found in at least this many councils', atLeastOne, 2)
    .addOption(formatOption())
    .addHelpText('after', `
The taxonomy is data/codebooks/issues.yaml; add phrases there.

Examples:
  $ cpc issues
  $ cpc issues --format json | jq '.[] | {issue, councils}'
  $ cpc issues --discover --format json`)
    .action(async (options: CacheFlags & { corpus: string; discover?: boolean; minCouncils: number; format: 'table' | 'csv' | 'json' }) => {
      const [{ loadAnalysis }, { discoverCommand }] = await Promise.all([import('../../pipeline/loadAnalysis.js'), import('./actions.js')]);
      if (options.discover === true) {
        const phrases = await discoverCommand({ corpus: options.corpus, minCouncils: options.minCouncils, cwd: io.cwd, cacheDir: corpusCacheDir(options) });
        printRows(io, options.format, phrases, [
          { header: 'phrase', value: (p) => p.phrase, width: 40 },
          { header: 'councils', value: (p) => p.councils },
          { header: 'documents', value: (p) => p.documents },
          { header: 'occurrences', value: (p) => p.occurrences },
          { header: 'distinctiveness', value: (p) => p.distinctiveness },
          { header: 'example', value: (p) => p.quotes[0]?.text ?? '', width: 70 },
        ], phrases.map((p) => ({ ...p, quotes: p.quotes.map(withFlatCouncil) })));
        return;
      }
      const { analysis } = await loadAnalysis(options.corpus, io.cwd, undefined, corpusCacheDir(options));
      printRows(io, options.format, analysis.issues, [
        { header: 'issue', value: (r) => r.issue },
        { header: 'councils', value: (r) => `${r.councils} of ${r.councilsTotal}` },
        { header: 'recommendations', value: (r) => r.recommendations },
        { header: 'asked_about', value: (r) => r.focusAreaCouncils },
        { header: 'councils_named', value: (r) => r.councilNames.join('; '), width: 60 },
      ], analysis.issues.map((r) => ({ ...r, quotes: r.quotes.map(withFlatCouncil) })));
    });
}
