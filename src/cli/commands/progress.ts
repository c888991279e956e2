import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { addCacheOptions, BESIDE_CORPUS, corpusCacheDir, type CacheFlags } from '../cache.js';
import { EXIT, type Io } from '../io.js';
import { corpusOption, formatOption, setExit } from '../program.js';
import { printRows, withFlatCouncil } from '../output.js';
import { PROGRESS_STATUSES } from '../../lineage/types.js';

type Options = CacheFlags & { corpus: string; council?: string; status?: string; vocabulary?: string; format: 'table' | 'csv' | 'json' };

export function registerProgress(program: Command, io: Io): void {
  addCacheOptions(program.command('progress'), BESIDE_CORPUS, ['classifiers', 'passages'])
    .description('how far each recommendation got: links to later action plans and progress reviews, status with quotes')
    .addOption(corpusOption())
    .option('--council <name>', 'only councils whose name or GSS code contains this')
    .addOption(new Option('--status <status>', 'only recommendations at this latest status').choices(PROGRESS_STATUSES))
    .option('--vocabulary <file>', 'status vocabulary (default data/codebooks/progress-status.yaml)')
    .addOption(formatOption())
    .addHelpText('after', `
Statuses are read from explicit words only (data/codebooks/progress-status.yaml): completed, on-track,
some-progress, limited-progress, not-started; no-evidence when a follow-up document says nothing of a
recommendation, no-follow-up when the corpus holds none. The follow-up documents are read from their files once, then from the cache.

Examples:
  $ cpc progress
  $ cpc progress --council ashfield --format csv > ashfield-progress.csv
  $ cpc progress --status no-follow-up --format json`)
    .action(async (options: Options, command: Command) => {
      const { loadAnalysis } = await import('../../pipeline/loadAnalysis.js');
      const { loadStatusVocabulary } = await import('../../resources/statusVocabulary.js');
      const { progressOf } = await import('../../pipeline/progress.js');
      const { PROGRESS_COLUMNS } = await import('../../export/progressCsv.js');
      const vocabulary = await loadStatusVocabulary(options.vocabulary === undefined ? undefined : resolve(io.cwd, options.vocabulary));
      const cacheDir = corpusCacheDir(options);
      const { analysis } = await loadAnalysis(options.corpus, io.cwd, undefined, cacheDir);
      const result = await progressOf(analysis, { cwd: io.cwd, vocabulary, cacheDir: cacheDir === null ? null : resolve(io.cwd, cacheDir) });
      for (const f of result.failures) io.stderr(`error [${f.code}] ${f.file}: ${f.message.replace(`${f.file}: `, '')}\n`);
      if (result.failures.length > 0) setExit(command, EXIT.someFailed);
      const council = options.council?.toLowerCase();
      const rows = result.progress.filter((p) =>
        (council === undefined || `${p.council?.name ?? ''} ${p.council?.gssCode ?? ''}`.toLowerCase().includes(council)) &&
        (options.status === undefined || p.status === options.status));
      const brief = ['recommendation_id', 'council', 'challenge_year', 'status', 'peer_status', 'council_status', 'text'];
      printRows(io, options.format, rows, options.format === 'table' ? PROGRESS_COLUMNS.filter((c) => brief.includes(c.header)) : PROGRESS_COLUMNS, rows.map(withFlatCouncil));
    });
}
