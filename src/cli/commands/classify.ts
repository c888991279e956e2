import { Option, type Command } from 'commander';
import { DEFAULT_FRAMEWORK } from '../../corpus/framework.js';
import { FRAMEWORKS, type Framework } from '../../vocabulary.js';
import type { Io } from '../io.js';
import { corpusOption, formatOption } from '../program.js';
import { printRows } from '../output.js';

export function registerClassify(program: Command, io: Io): void {
  program
    .command('classify')
    .description('assign themes (with scores and evidence) to the corpus recommendations, or to a CSV of your own texts')
    .addOption(corpusOption())
    .option('-i, --input <csv>', 'a CSV with columns id,text to classify instead of the corpus')
    .addOption(new Option('--framework <framework>', `framework to classify every text in (default: each document's own, else ${DEFAULT_FRAMEWORK}; ${DEFAULT_FRAMEWORK} for --input); the other is given through the crosswalk`).choices(FRAMEWORKS))
    .option('-m, --model <file>', 'a model written by `cpc train` (default: trained from the codebooks and corpus theme sections)')
    .addOption(formatOption())
    .addHelpText('after', `
JSON output: an array of { id, primaryTheme, themes: [{ theme, score }], evidence: [{ theme, term, start, end, weight }],
framework, crosswalk: { framework, primaryTheme, themes } }.

Examples:
  $ cpc classify --input my-recommendations.csv --format json
  $ cpc classify --framework current --format csv`)
    .action(async (options: { corpus: string; input?: string; framework?: Framework; model?: string; format: 'table' | 'csv' | 'json' }) => {
      const { classifyCommand } = await import('./actions.js');
      const assignments = await classifyCommand({ ...options, cwd: io.cwd });
      printRows(io, options.format, assignments, [
        { header: 'id', value: (a) => a.id, width: 44 },
        { header: 'primaryTheme', value: (a) => a.primaryTheme },
        { header: 'themes', value: (a) => a.themes.map((t) => `${t.theme}:${t.score.toFixed(2)}`).join(';'), width: 70 },
        { header: 'crosswalk', value: (a) => a.crosswalk.primaryTheme },
        { header: 'evidence', value: (a) => a.evidence.slice(0, 4).map((e) => e.term).join('; '), width: 50 },
      ], assignments);
    });
}
