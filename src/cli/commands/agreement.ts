import { Option, type Command } from 'commander';
import type { Io } from '../io.js';

export function registerAgreement(program: Command, io: Io): void {
  program
    .command('agreement')
    .description("agreement between the model and a researcher's review sheet, or between two researchers")
    .argument('<sheet>', 'a filled review sheet (review.csv)')
    .option('--with <sheet>', "a second researcher's sheet of the same run: inter-coder agreement")
    .option('--seed <n>', 'seed of the bootstrap', (v) => Number.parseInt(v, 10), 1)
    .option('--samples <n>', 'bootstrap resamples', (v) => Number.parseInt(v, 10), 1000)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', `
Reports Cohen's kappa and Krippendorff's alpha (nominal) on the primary theme, each with a seeded bootstrap
95% interval, per-theme precision and recall, n, and the shares of recommendations kept, dropped and added.
A reviewed row (any researcher column filled) whose themes were left alone accepts the model's themes; dropped
rows are left out of the theme statistics.

Examples:
  $ cpc agreement output/review.csv
  $ cpc agreement alice.csv --with bob.csv --format json`)
    .action(async (sheet: string, options: { with?: string; seed: number; samples: number; format: 'table' | 'json' }) => {
      const { agreementCommand } = await import('./reviewActions.js');
      const result = await agreementCommand({ sheet, ...(options.with === undefined ? {} : { other: options.with }), seed: options.seed, samples: options.samples, cwd: io.cwd });
      io.stdout(options.format === 'json' ? `${JSON.stringify(result.report, null, 2)}\n` : result.text);
    });
}
