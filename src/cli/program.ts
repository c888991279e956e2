import { Command, CommanderError, Option } from 'commander';
import { isCpcError, systemReason } from '../errors.js';
import { CHART_LEVELS, OUTPUT_FORMATS } from '../vocabulary.js';
import { VERSION } from '../cache/version.js';
import { forgetUsedCaches, tidyCaches } from './cache.js';
import { EXIT, type Io } from './io.js';
import { registerAgreement } from './commands/agreement.js';
import { oneLine } from './terminal.js';
import { registerBrief } from './commands/brief.js';
import { registerChart } from './commands/chart.js';
import { registerClassify } from './commands/classify.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerIssues } from './commands/issues.js';
import { registerProgress } from './commands/progress.js';
import { registerRecommendations } from './commands/recommendations.js';
import { registerReview } from './commands/review.js';
import { registerRun } from './commands/run.js';
import { registerThemes } from './commands/themes.js';
import { registerTrain } from './commands/train.js';


/** Codes of errors that mean the user asked for something impossible (exit 2), not that a file failed. */
const USAGE_CODES = new Set(['usage', 'file-not-found', 'invalid-input', 'invalid-codebook', 'invalid-model', 'invalid-corpus', 'invalid-manifest', 'locked', 'write-failed']);

/** The `cpc` program. Commands load their stages lazily, so `cpc --help` loads none of pdf.js, vega or the model. */
export function buildProgram(io: Io): Command {
  const program = new Command('cpc')
    .description('Compare the findings of LGA Corporate Peer Challenges across councils: ingest reports, classify recommendations into themes, aggregate, publish.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .addHelpText('after', `
Exit codes: 0 all ok, 1 some files failed (the rest were processed), 2 usage error.
Run \`cpc <command> --help\` for a command's options and examples.`);
  // Keep the caches a command used to their size cap once it has finished: entries the command used are newer
  // than its start (`pruneCache` allows for file systems whose timestamps lag the clock). Not a second before it:
  // what an earlier command in this process used in that second (a test's first run) is not this one's.
  let started = 0;
  program
    .hook('preAction', () => {
      started = Date.now();
      forgetUsedCaches();
    })
    .hook('postAction', (_, action) => tidyCaches(io.cwd, action.opts(), started, action.getOptionValueSource('cacheMaxMb') === 'cli'));
  for (const register of [registerRun, registerIngest, registerRecommendations, registerClassify, registerTrain, registerThemes, registerIssues, registerProgress, registerChart, registerBrief, registerEvaluate, registerExport, registerReview, registerAgreement]) {
    register(program, io);
  }
  return program;
}

/** Run the CLI on `args` (without node and script), returning the exit code. Never calls process.exit. */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  program.commands.forEach((command) => command.exitOverride());
  try {
    await program.parseAsync([...args], { from: 'user' });
    return lastExit(program);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (isCpcError(error)) {
      io.stderr(`cpc: ${oneLine(error.message)}${error.code === 'usage' ? '' : ` [${error.code}]`}\n`);
      return USAGE_CODES.has(error.code) ? EXIT.usage : EXIT.someFailed;
    }
    if (isSystemError(error)) {
      // the machine, not cpc: a full disk, a permission, a read-only file system... one line with the cause
      const path = error.path === undefined ? '' : ` ${error.path}`;
      io.stderr(`cpc: cannot ${error.syscall}${oneLine(path)} (${systemReason(error)}) [write-failed]\n`);
      return EXIT.usage;
    }
    io.stderr(`cpc: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.someFailed;
  }
}

/** An error from the operating system (Node's system errors carry the failing call and an errno code). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException & { syscall: string } {
  const e = error as NodeJS.ErrnoException | null;
  return typeof e?.code === 'string' && typeof e.syscall === 'string';
}

const exits = new WeakMap<Command, number>();

/** Commands report "some files failed" through this, not process.exitCode, so in-process runs stay independent. */
export function setExit(command: Command, code: number): void {
  let root: Command = command;
  while (root.parent !== null) root = root.parent;
  exits.set(root, Math.max(exits.get(root) ?? 0, code));
}

function lastExit(program: Command): number {
  return exits.get(program) ?? EXIT.ok;
}

/** The `--format table|csv|json` option, the same on every listing command. */
export function formatOption(defaultFormat: 'table' | 'json' = 'table'): Option {
  return new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default(defaultFormat);
}

/** The `--chart-level` option of commands that draw charts. */
export function chartLevelOption(): Option {
  return new Option('--chart-level <level>', 'council: one row per council and document; sector: themes by region, the councils at either end of each theme, the spread per document; auto: council up to 30 rows')
    .choices(CHART_LEVELS)
    .default('auto');
}

/** The `--corpus <file>` option of commands that read a corpus. */
export function corpusOption(): Option {
  return new Option('-c, --corpus <file>', 'corpus file written by `cpc ingest`').default('output/corpus.jsonl');
}
