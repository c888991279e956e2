import { Option, type Command } from 'commander';
import { FRAMEWORKS, type Framework } from '../../vocabulary.js';
import type { Io } from '../io.js';
import { corpusOption } from '../program.js';

export function registerTrain(program: Command, io: Io): void {
  program
    .command('train')
    .description('train the theme classifier with your own labelled examples')
    .requiredOption('-l, --labels <csv>', 'a CSV with columns text,theme (several rows per text allowed)')
    .addOption(new Option('--mode <mode>', 'add to the default training data, or replace it').choices(['add', 'replace']).default('add'))
    .addOption(new Option('--framework <framework>', 'framework of the labels').choices(FRAMEWORKS).default('classic'))
    .addOption(corpusOption())
    .option('-o, --out <file>', 'model file to write', 'output/model.json')
    .addHelpText('after', `
Then classify with it: cpc classify --model output/model.json

Examples:
  $ cpc train --labels my-labels.csv
  $ cpc train --labels my-labels.csv --mode replace --out models/mine.json`)
    .action(async (options: { labels: string; mode: 'add' | 'replace'; framework: Framework; corpus: string; out: string }) => {
      const { trainCommand } = await import('../../pipeline/index.js');
      const summary = await trainCommand({ ...options, cwd: io.cwd });
      io.stderr(`trained on ${summary.examples} examples (${summary.labelled} yours) -> ${options.out}\n`);
    });
}
