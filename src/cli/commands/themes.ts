import { Option, type Command } from 'commander';
import { DEFAULT_FRAMEWORK } from '../../corpus/framework.js';
import { FRAMEWORKS, THEME_GROUPINGS, type Framework, type ThemeGrouping } from '../../vocabulary.js';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import type { Io } from '../io.js';
import { corpusOption, formatOption } from '../program.js';
import { printRows } from '../output.js';

export function registerThemes(program: Command, io: Io): void {
  addCacheOptions(program.command('themes'), BESIDE_CORPUS, ['classifiers'])
    .description('the theme table: recommendations per theme by council, year, document type, region or authority type')
    .addOption(corpusOption())
    .addOption(new Option('--by <grouping>', 'group rows by').choices(THEME_GROUPINGS).default('council'))
    .addOption(new Option('--framework <framework>', 'theme framework (the other is reached through the crosswalk)').choices(FRAMEWORKS).default(DEFAULT_FRAMEWORK))
    .addOption(formatOption())
    .addHelpText('after', `
Columns: primary = recommendations whose primary theme it is; mentions = recommendations touching it;
share = primary / the group's recommendations; councils = "N of M councils" in the group raising it.

Examples:
  $ cpc themes --by council
  $ cpc themes --by year --framework current --format csv`)
    .action(async (options: CacheFlags & { corpus: string; by: ThemeGrouping; framework: Framework; format: 'table' | 'csv' | 'json' }) => {
      const { loadAnalysis } = await import('../../pipeline/loadAnalysis.js');
      const { analysis } = await loadAnalysis(options.corpus, io.cwd, undefined, corpusCacheDir(options));
      const rows = analysis.themeRows[options.framework][options.by];
      printRows(io, options.format, rows, [
        { header: options.by, value: (r) => r.group, width: 40 },
        { header: 'theme', value: (r) => r.theme },
        { header: 'primary', value: (r) => r.primary },
        { header: 'mentions', value: (r) => r.mentions },
        { header: 'share', value: (r) => r.share },
        { header: 'councils', value: (r) => `${r.councils} of ${r.councilsInGroup}` },
        { header: 'focus_area_councils', value: (r) => r.focusAreaCouncils },
      ]);
    });
}
