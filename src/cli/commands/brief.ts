import type { Command } from 'commander';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import type { Io } from '../io.js';
import { chartLevelOption, corpusOption } from '../program.js';
import type { ChartLevel } from '../../vocabulary.js';

export function registerBrief(program: Command, io: Io): void {
  const command = program.command('brief');
  addCacheOptions(command, BESIDE_CORPUS, ['classifiers', 'charts'])
    .description('write the briefing page (self-contained HTML) and its Markdown version')
    .addOption(corpusOption())
    .addOption(chartLevelOption())
    .option('-o, --out <dir>', 'output folder', 'output')
    .addHelpText('after', `
Writes <out>/briefing.html (opens from disk, no network), <out>/briefing.md and the charts it shows.

Example:
  $ cpc brief && open output/briefing.html`)
    .action(async (options: CacheFlags & { corpus: string; out: string; chartLevel: ChartLevel }) => {
      const { briefCommand } = await import('./actions.js');
      const written = await briefCommand({ corpus: options.corpus, out: options.out, cwd: io.cwd, cacheDir: corpusCacheDir(options), chartLevel: options.chartLevel });
      for (const file of written) io.stdout(`${file}\n`);
    });
}
