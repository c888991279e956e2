import type { Command } from 'commander';
import type { Io } from '../io.js';
import { corpusOption, formatOption } from '../program.js';

export function registerEvaluate(program: Command, io: Io): void {
  program
    .command('evaluate')
    .description('measure the classifier against hand labels: precision, recall, F1, macro-F1, accuracy, Cohen\'s kappa, confusion matrix')
    .requiredOption('-g, --gold <file>', 'gold annotations: the sample-annotations JSON format, or a CSV text,themes (themes ;-separated)')
    .option('-m, --model <file>', 'a model written by `cpc train`')
    .addOption(corpusOption())
    .option('--cross-validate', 'also run leave-one-document-out cross-validation over the corpus\'s theme sections')
    .addOption(formatOption())
    .addHelpText('after', `
Strict scoring: the primary theme must be the first listed gold theme. Lenient: any listed theme counts.
The classifier is trained on the corpus's theme sections and the codebooks (the bundled sample corpus
when there is no corpus yet), or loaded from --model; the gold texts are never used for training.

Examples:
  $ cpc evaluate --gold test/fixtures/gold/sample-annotations.json
  $ cpc evaluate --gold my-labels.csv --format json`)
    .action(async (options: { gold: string; model?: string; corpus: string; crossValidate?: boolean; format: 'table' | 'csv' | 'json' }) => {
      const { evaluateCommand } = await import('./actions.js');
      const result = await evaluateCommand({ ...options, cwd: io.cwd });
      io.stdout(options.format === 'json' ? `${JSON.stringify(result.crossValidation === null ? result.report : { ...result.report, crossValidation: result.crossValidation }, null, 2)}\n` : result.table);
    });
}
