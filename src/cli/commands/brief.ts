import type { Command } from 'commander';
import type { Io } from '../io.js';
import { corpusOption } from '../program.js';

export function registerBrief(program: Command, io: Io): void {
  program
    .command('brief')
    .description('write the briefing page (self-contained HTML) and its Markdown version')
    .addOption(corpusOption())
    .option('-o, --out <dir>', 'output folder', 'output')
    .addHelpText('after', `
Writes <out>/briefing.html (opens from disk, no network), <out>/briefing.md and the charts it shows.

Example:
  $ cpc brief && open output/briefing.html`)
    .action(async (options: { corpus: string; out: string }) => {
      const { briefCommand } = await import('../../pipeline/index.js');
      const written = await briefCommand({ ...options, cwd: io.cwd });
      for (const file of written) io.stdout(`${file}\n`);
    });
}
