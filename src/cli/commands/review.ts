import type { Command } from 'commander';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import type { Io } from '../io.js';
import { corpusOption } from '../program.js';

export function registerReview(program: Command, io: Io): void {
  addCacheOptions(program.command('review'), BESIDE_CORPUS, ['classifiers'])
    .description('write the review sheet: one row per recommendation for a researcher to keep, drop, correct or add to')
    .addOption(corpusOption())
    .option('-o, --out <file>', 'sheet to write', 'output/review.csv')
    .option('--excel', 'start the sheet with a byte-order mark for Excel')
    .option('--corrections <file>', 'an earlier filled sheet whose answers to carry over; repeat for several, a later file wins', (file: string, files: string[] = []) => [...files, file])
    .addHelpText('after', `
Fill in decision (keep or drop), text_corrected, themes_corrected (theme ids or labels, ';'-separated, the
first primary) and note; add a row with document_key, text_corrected and themes_corrected for a
recommendation cpc missed. Then: cpc run <paths> --corrections review.csv. Keys are the document's content hash
and the recommendation's normalised text, so they survive reruns and renamed files.

Examples:
  $ cpc review
  $ cpc review --excel --out review.csv
  $ cpc review --corrections old-review.csv --out review.csv`)
    .action(async (options: CacheFlags & { corpus: string; out: string; excel?: boolean; corrections?: string[] }) => {
      const { reviewCommand } = await import('./reviewActions.js');
      const result = await reviewCommand({ ...options, excel: options.excel === true, cwd: io.cwd, cacheDir: corpusCacheDir(options) });
      for (const p of result.problems) io.stderr(`warning [${p.code}] ${p.at}: ${p.message}\n`);
      io.stderr(`${result.rows} recommendations -> ${options.out}\n`);
    });
}
