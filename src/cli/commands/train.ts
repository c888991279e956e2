import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { corpusOption } from '../program.js';

export function registerTrain(program: Command, io: Io): void {
  program
    .command('train')
    .description('train the theme classifier with your own labelled examples')
    .requiredOption('-l, --labels <csv>', 'a CSV with columns text,theme: a theme id or label of either framework (several rows per text, or several themes separated by ;)')
    .addOption(new Option('--mode <mode>', 'add to the default training data, or replace it').choices(['add', 'replace']).default('add'))
    .addOption(corpusOption())
    .option('-o, --out <file>', 'model file to write', 'output/model.json')
    .addHelpText('after', `
Then classify with it: cpc classify --model output/model.json

Examples:
  $ cpc train --labels my-labels.csv
  $ cpc train --labels my-labels.csv --mode replace --out models/mine.json`)
    .action(async (options: { labels: string; mode: 'add' | 'replace'; corpus: string; out: string }) => {
      const { trainCommand } = await import('./actions.js');
      const summary = await trainCommand({ ...options, cwd: io.cwd });
      io.stderr(`trained on ${summary.examples} examples (${summary.labelled} yours) -> ${options.out}\n`);
    });
}
