/**
 * The scale benchmark of issue #8. Usage: npx tsx bench/run.ts [--count 1000] [--seed 1] [--no-write]; with
 * --render it only rewrites bench/README.md from bench/results.json.
 *
 * Phases: generate (or reuse) the corpus -> `cpc run` twice and `cpc --help` as subprocesses -> every stage in
 * process -> pdftotext on the same PDFs -> scikit-learn on the same training sentences and texts -> targets ->
 * print, and (unless --no-write) write bench/results.json and bench/README.md. Exits 1 when a stage fails, never
 * because a target is missed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCorpusDir } from './generate.js';
import { loadApi } from './lib/api.js';
import { stageRunner } from './lib/attempt.js';
import { compareClassifiers, type ClassifierComparison } from './lib/classifierBench.js';
import { buildPackage } from './lib/builtCli.js';
import { CPC_BIN, cliMode, timeCliRuns, type CliFigures } from './lib/cliRuns.js';
import { CORPUS_FORMATS } from './lib/corpus/formats.js';
import { generateCorpus } from './lib/corpus/generateCorpus.js';
import { machine } from './lib/machine.js';
import { timePdftotext, type PdftotextFigures } from './lib/pdftotext.js';
import { writeReadme } from './lib/readme.js';
import { corpusFigures, runFigures, targets, type BenchResults } from './lib/results.js';
import { timeStages } from './lib/stages.js';
import type { CorpusDocument } from '../src/index.js';

const CLASSIFY_TEXTS = 10_000;
/** Cold `cpc run`s per CLI; the fastest counts (the bench machine may be shared with other work). */
const COLD_RUNS = 2;
/** Outputs of the runs and the built CLI: outside the checkout, so neither tsc (bench/ is in tsconfig) nor eslint sees them. */
const RUNS = join(tmpdir(), 'cpc-bench');

interface Options {
  readonly count: number;
  readonly seed: number;
  readonly write: boolean;
  /** Only rewrite bench/README.md from bench/results.json. */
  readonly render: boolean;
}

const failures: { stage: string; error: string }[] = [];
/** The machine's load average through the benchmark, so a busy machine shows in the record. */
const load: { at: string; oneMinute: number; fiveMinutes: number }[] = [];

function loadNow(at: string): (typeof load)[number] {
  const [oneMinute = 0, fiveMinutes = 0] = loadavg();
  return { at, oneMinute: Math.round(oneMinute * 100) / 100, fiveMinutes: Math.round(fiveMinutes * 100) / 100 };
}

/** Run a stage; a failure is recorded (and fails the benchmark) and the stages that do not need it go on. */
const attempt = stageRunner(failures);

/** A reference that could not run: a note, or on CI (`CI` set, where .ci/run installs every tool) a failure. */
function missingReference(name: string, why: string, log: (line: string) => void): void {
  if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
    failures.push({ stage: `${name} reference`, error: why });
    log(`FAILED ${name} reference (CI installs it): ${why}`);
  } else {
    log(`  note: ${name} reference skipped: ${why}`);
  }
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, 'no-write': { type: 'boolean', default: false }, render: { type: 'boolean', default: false } },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 5) throw new Error(`--count must be an integer of at least 5, not "${values.count}"`);
  if (!Number.isInteger(seed) || seed < 1) throw new Error(`--seed must be a positive integer, not "${values.seed}"`);
  return { count, seed, write: !values['no-write'], render: values.render };
}

/** The built CLI (built here, outside the checkout's dist/), then the checkout's bin/cpc.js as it stands. */
async function timeClis(dir: string, runs: string, cwd: string, log: (line: string) => void): Promise<{ clis: CliFigures[]; build: BenchResults['build']; packageDir: string | null }> {
  log('build the CLI (tsc) into ' + join(runs, 'pkg'));
  const built = await attempt('build', () => buildPackage(join(runs, 'pkg'), cwd));
  if (built?.typeErrors != null) log(`  note: tsc reported errors but emitted: ${built.typeErrors.split('\n')[0]}`);
  const clis: CliFigures[] = [];
  for (const bin of [built?.bin, CPC_BIN].filter((b): b is string => b !== undefined)) {
    const mode = cliMode(bin);
    log(`cpc run (${mode}, subprocess), rerun, --help`);
    load.push(loadNow(`before cpc run (${mode})`));
    const figures = await attempt(`cpc run (${mode})`, () => timeCliRuns(bin, dir, join(runs, `${mode}-out`), cwd, { coldRuns: COLD_RUNS }));
    if (figures === null) continue;
    log(`  runs ${figures.coldRunsMs.map((ms) => (ms / 1000).toFixed(1)).join(' and ')} s, peak ${figures.run.peakRssMiB} MiB; rerun ${(figures.rerun.wallMs / 1000).toFixed(1)} s; --help ${Math.round(figures.help.medianMs)} ms`);
    clis.push(figures);
  }
  const build = built === null ? null : { ms: Math.round(built.buildMs), typeErrors: built.typeErrors };
  return { clis, build, packageDir: built === null ? null : join(runs, 'pkg') };
}

const log = (line: string): void => console.error(line);

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.render) {
    await writeReadme();
    log('wrote bench/README.md from bench/results.json');
    return 0;
  }
  const cwd = process.cwd();
  const dir = defaultCorpusDir(options);

  load.push(loadNow('start'));
  log(`corpus: ${options.count} documents, seed ${options.seed} -> ${dir}`);
  const generated = await generateCorpus(options, dir, log);
  const corpus = corpusFigures(generated.manifest, dir, generated.reused);
  log(`  ${generated.reused ? 'reused' : `generated in ${corpus.generatedInS} s`}: ${CORPUS_FORMATS.map((f) => `${corpus.files[f]} ${f}`).join(', ')}`);
  const filesByFormat = new Map(CORPUS_FORMATS.map((f) => [f, generated.manifest.files.filter((x) => x.format === f).map((x) => join(dir, x.file))]));
  const runs = join(RUNS, `n${options.count}-s${options.seed}`);
  await rm(runs, { recursive: true, force: true });
  await mkdir(runs, { recursive: true });

  const { clis, build, packageDir } = await timeClis(dir, runs, cwd, log);
  const { api, source } = await loadApi(packageDir);

  load.push(loadNow('before the stages'));
  log(`stages (in process, the API from ${source === 'dist' ? 'the built package' : 'src/ through tsx'})`);
  const staged = await attempt('stages', () => timeStages(api, dir, filesByFormat, join(runs, 'stages-out'), cwd, log));
  const stages = staged?.timings ?? null;
  for (const f of stages?.ingestByFormat ?? []) if (f.failures > 0) failures.push({ stage: `ingest ${f.format}`, error: `${f.failures} files failed` });

  log('pdftotext reference');
  const pdftotext: PdftotextFigures = (await attempt('pdftotext', () => timePdftotext(dir, corpus.files.pdf, join(runs, 'pdftotext'), cwd))) ?? { skipped: 'failed (see above)' };
  if ('skipped' in pdftotext) missingReference('pdftotext', pdftotext.skipped, log);
  const cpcPdfMs = stages?.ingestByFormat.find((f) => f.format === 'pdf')?.ms ?? null;
  const ratio = cpcPdfMs !== null && 'ms' in pdftotext ? cpcPdfMs / pdftotext.ms : null;

  log('classifier vs scikit-learn');
  const documents: readonly CorpusDocument[] = staged?.documents ?? [];
  const classifier: ClassifierComparison | null = await attempt('classifier comparison', () => compareClassifiers(api, documents, CLASSIFY_TEXTS, `bench/work/classify-n${options.count}-s${options.seed}.json`));
  if (classifier !== null && 'skipped' in classifier.sklearn) missingReference('scikit-learn', classifier.sklearn.skipped, log);

  load.push(loadNow('end'));
  const partial: Omit<BenchResults, 'targets'> = {
    date: new Date().toISOString(),
    command: `npx tsx bench/run.ts --count ${options.count} --seed ${options.seed}`,
    machine: machine(),
    load,
    corpus,
    runs: clis.map((cli) => runFigures(cli, stages)),
    build,
    stagesApi: source,
    stages,
    pdfReference: { cpcIngestPdfMs: cpcPdfMs, reader: api.ingestStage.pdfEngineId(), pdftotext, ratio },
    classifier,
    failures,
  };
  const results: BenchResults = { ...partial, targets: targets(partial) };
  printSummary(results);
  if (options.write) {
    await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    await writeReadme();
    log('wrote bench/results.json and bench/README.md');
  } else {
    log('--no-write: bench/results.json and bench/README.md left as they are');
  }
  return failures.length === 0 ? 0 : 1;
}

function printSummary(results: BenchResults): void {
  console.log(`\ncpc benchmark, ${results.corpus.count} documents (${results.machine.cores} cores, ${results.machine.cpuModel})`);
  for (const t of results.targets) console.log(`  ${t.pass === null ? 'n/a ' : t.pass ? 'pass' : 'MISS'}  ${t.label}: ${t.value} (goal ${t.target})`);
  if (results.corpus.count < 1000) console.log('  (targets are set for 1,000 documents; on a smaller corpus they are indicative only)');
  console.log(results.failures.length === 0 ? 'every stage ran' : `${results.failures.length} stage(s) failed: ${results.failures.map((f) => f.stage).join(', ')}`);
}

process.exitCode = await main();
