import type { Command } from 'commander';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import type { Io } from '../io.js';
import { chartLevelOption, corpusOption } from '../program.js';
import type { ChartLevel } from '../../vocabulary.js';

export function registerChart(program: Command, io: Io): void {
  const command = program.command('chart');
  addCacheOptions(command, BESIDE_CORPUS, ['classifiers', 'charts'])
    .description('render charts as Vega-Lite spec, SVG and PNG')
    .argument('<name>', 'a chart name, or "all" (see the list below)')
    .addOption(corpusOption())
    .addOption(chartLevelOption())
    .option('-o, --out <dir>', 'folder for the chart files', 'output/charts')
    .addHelpText('after', `
Examples:
  $ cpc chart all
  $ cpc chart theme-by-council --out briefing/charts`)
    .action(async (name: string, options: CacheFlags & { corpus: string; out: string; chartLevel: ChartLevel }) => {
      const { chartCommand } = await import('./actions.js');
      const written = await chartCommand(name, { corpus: options.corpus, out: options.out, cwd: io.cwd, cacheDir: corpusCacheDir(options), chartLevel: options.chartLevel });
      for (const file of written) io.stdout(`${file}\n`);
    });
}
