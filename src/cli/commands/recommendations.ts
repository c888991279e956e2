import type { Command } from 'commander';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import type { Io } from '../io.js';
import { corpusOption, formatOption } from '../program.js';
import { printRows, withFlatCouncil } from '../output.js';

export function registerRecommendations(program: Command, io: Io): void {
  addCacheOptions(program.command('recommendations'), BESIDE_CORPUS, ['classifiers'])
    .description('list peer recommendations with council, year, document and themes')
    .addOption(corpusOption())
    .option('--council <name>', 'only councils whose name or GSS code contains this')
    .option('--theme <id>', 'only recommendations touching this theme (e.g. finance, governance-culture)')
    .option('--year <year>', 'only this challenge year')
    .addOption(formatOption())
    .addHelpText('after', `
Examples:
  $ cpc recommendations --council stockton
  $ cpc recommendations --theme finance --format csv > finance.csv
  $ cpc recommendations --year 2016 --format json`)
    .action(async (options: CacheFlags & { corpus: string; council?: string; theme?: string; year?: string; format: 'table' | 'csv' | 'json' }) => {
      const [{ loadAnalysis }, { filterRecommendations }] = await Promise.all([import('../../pipeline/loadAnalysis.js'), import('../../pipeline/analyse.js')]);
      const { analysis } = await loadAnalysis(options.corpus, io.cwd, undefined, corpusCacheDir(options));
      const rows = filterRecommendations(analysis.recommendations, options);
      printRows(io, options.format, rows, [
        { header: 'id', value: (r) => r.id, width: 44 },
        { header: 'council', value: (r) => r.council?.name ?? '(not named)', width: 36 },
        { header: 'year', value: (r) => r.year },
        { header: 'document', value: (r) => r.documentType },
        { header: 'kind', value: (r) => r.kind },
        { header: 'primary', value: (r) => r.assignment?.primaryTheme ?? '' },
        { header: 'themes', value: (r) => r.assignment?.themes.map((t) => t.theme).join(';') ?? '' },
        { header: 'heading', value: (r) => r.heading, width: 70 },
      ], rows.map(withFlatCouncil));
    });
}
