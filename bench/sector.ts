/**
 * The sector benchmark of issue #17: a corpus the size of the sector's (4,000 documents about ~300 councils, PDFs
 * of 20–60 pages), generated once and cached under bench/.corpus/. Usage:
 *   npx tsx bench/sector.ts [--count 4000] [--seed 1] [--no-write]; with --render it only rewrites bench/sector.md
 *   from bench/sector-results.json.
 *
 * Phases: generate (or reuse) count + 10 documents of real length -> split them by hard links into the corpus and
 * the 10 to add -> build the CLI -> `cpc run` cold and again unchanged -> `cpc run` with the 10 added, into the same
 * output folder -> `cpc run` on the 10 alone, three times (the baseline of the peak RSS's growth) -> chart sizes and the briefing page in headless Chromium -> every stage in process -> pdftotext on
 * the same PDFs -> targets -> print, and (unless --no-write) write bench/sector-results.json and bench/sector.md.
 * Exits 1 when a stage fails, never because a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadApi } from './lib/api.js';
import { stageRunner, type StageFailure } from './lib/attempt.js';
import { buildPackage } from './lib/builtCli.js';
import { checked, timeCliRuns } from './lib/cliRuns.js';
import { CORPUS_FORMATS } from './lib/corpus/formats.js';
import { generateCorpus, type GeneratedFile } from './lib/corpus/generateCorpus.js';
import { machine } from './lib/machine.js';
import { runMeasured, type ProcessRun } from './lib/measure.js';
import { chartSizes, openBriefing } from './lib/outputChecks.js';
import { timePdftotext, type PdftotextFigures } from './lib/pdftotext.js';
import { renderSectorReport, sectorTargets, type SectorResults } from './lib/sectorResults.js';
import { timeStages } from './lib/stages.js';

/** Documents added to the cached corpus for the last run. */
const ADDED = 10;
/**
 * Times the run with the documents added is measured, each into its own copy of the output folder as the rerun left
 * it (the same cache each time): the median counts. On this shared machine one run's wall time varies by a second
 * either way.
 */
const ADD_RUNS = 3;
/**
 * Times the 10 alone are run cold, each into a fresh output folder and cache: the run with the median peak RSS
 * counts. One run's peak moves by 15-30 MiB from run to run here, up to 0.007 MB a document of growth.
 */
const SMALL_RUNS = 3;
const RUNS = join(tmpdir(), 'cpc-bench-sector');
const log = (line: string): void => console.error(line);
const failures: StageFailure[] = [];

const attempt = stageRunner(failures, log);

function parseOptions(): { count: number; seed: number; write: boolean; render: boolean } {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '4000' }, seed: { type: 'string', default: '1' }, 'no-write': { type: 'boolean', default: false }, render: { type: 'boolean', default: false } },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 5) throw new Error(`--count must be an integer of at least 5, not "${values.count}"`);
  if (!Number.isInteger(seed) || seed < 1) throw new Error(`--seed must be a positive integer, not "${values.seed}"`);
  return { count, seed, write: !values['no-write'], render: values.render };
}

/**
 * A copy of the folder `from` as `to`, its files' times kept (the cache orders its entries by them), then written out
 * to the disk (`sync`), so that the run timed next does not share the disk with the copy's writing.
 */
function copyFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, preserveTimestamps: true });
  spawnSync('sync');
}

/** The run with the median `measure` (the higher of the middle two of an even count), or null for none. */
function medianBy(runs: readonly ProcessRun[], measure: (run: ProcessRun) => number): ProcessRun | null {
  return runs.length === 0 ? null : [...runs].sort((a, b) => measure(a) - measure(b))[Math.floor(runs.length / 2)]!;
}

/** Hard links of `files` (from `from`) in a fresh folder `to`. */
async function linkFolder(files: readonly GeneratedFile[], from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const f of files) await link(join(from, f.file), join(to, f.file));
}

async function main(): Promise<number> {
  const { count, seed, write, render } = parseOptions();
  if (render) {
    await writeFile('bench/sector.md', renderSectorReport(JSON.parse(await readFile('bench/sector-results.json', 'utf8')) as SectorResults));
    log('wrote bench/sector.md from bench/sector-results.json');
    return 0;
  }
  const loadStart = loadavg()[0] ?? 0;
  const cwd = process.cwd();
  const dir = `bench/.corpus/sector-n${count + ADDED}-s${seed}`;
  log(`corpus: ${count} + ${ADDED} documents of real length, seed ${seed} -> ${dir} (generated once, then reused)`);
  const generated = await generateCorpus({ count: count + ADDED, seed, lengths: 'real' }, dir, log);
  const files = generated.manifest.files;
  const [base, added] = [files.slice(0, count), files.slice(count)];
  const baseDir = `${dir}-split/corpus`;
  const addedDir = `${dir}-split/added`;
  await linkFolder(base, dir, baseDir);
  await linkFolder(added, dir, addedDir);
  await rm(RUNS, { recursive: true, force: true });
  await mkdir(RUNS, { recursive: true });

  log('build the CLI (tsc)');
  const built = await buildPackage(join(RUNS, 'pkg'), cwd);
  log('cpc run (cold), then again unchanged');
  const cli = await attempt('cpc run', () => timeCliRuns(built.bin, baseDir, join(RUNS, 'cli'), cwd, { coldRuns: 1, reruns: 1, helpRuns: 1 }));
  const out = join(RUNS, 'cli', 'run-0');
  const env = { ...process.env, XDG_CACHE_HOME: join(RUNS, 'cli', 'xdg-cache-0') };
  const addRuns: ProcessRun[] = [];
  for (let i = 0; i < ADD_RUNS; i++) {
    log(`cpc run with ${ADDED} documents added (${i + 1} of ${ADD_RUNS}, into a copy of the output folder)`);
    const copy = `${out}-add-${i}`;
    const run = await attempt('cpc run (10 added)', async () => {
      copyFolder(out, copy);
      return checked('run', await runMeasured(process.execPath, [built.bin, 'run', baseDir, addedDir, '--out', copy], { cwd, env, gnuTime: true }));
    });
    if (run !== null) addRuns.push(run);
  }
  const addTen = medianBy(addRuns, (r) => r.wallMs);
  const smallRuns: ProcessRun[] = [];
  for (let i = 0; i < SMALL_RUNS; i++) {
    log(`cpc run on the ${ADDED} added documents alone, cold (${i + 1} of ${SMALL_RUNS}: the baseline of the peak RSS's growth a document)`);
    const smallOut = join(RUNS, `small-${i}`);
    const smallEnv = { ...process.env, XDG_CACHE_HOME: join(RUNS, `small-${i}-xdg-cache`) };
    const run = await attempt('cpc run (10 alone)', async () => checked('run', await runMeasured(process.execPath, [built.bin, 'run', addedDir, '--out', smallOut], { cwd, env: smallEnv, gnuTime: true })));
    if (run !== null) smallRuns.push(run);
  }
  const small = medianBy(smallRuns, (r) => r.peakRssMiB ?? 0);
  // the charts and briefing of a run with the documents added
  const addedOut = addRuns.length === 0 ? out : `${out}-add-0`;
  const charts = (await attempt('chart sizes', () => chartSizes(addedOut))) ?? [];
  log('briefing page in headless Chromium');
  const briefing = (await attempt('briefing page', () => openBriefing(addedOut))) ?? { bytes: 0, skipped: 'failed (see above)' };

  log('stages (in process)');
  const { api } = await loadApi(join(RUNS, 'pkg'));
  const byFormat = new Map(CORPUS_FORMATS.map((f) => [f, base.filter((x) => x.format === f).map((x) => join(baseDir, x.file))]));
  const stages = (await attempt('stages', () => timeStages(api, baseDir, byFormat, join(RUNS, 'stages-out'), cwd, log)))?.timings ?? null;
  log('pdftotext reference');
  const pdfs = base.filter((f) => f.format === 'pdf').length;
  const pdftotext: PdftotextFigures = (await attempt('pdftotext', () => timePdftotext(baseDir, pdfs, join(RUNS, 'pdftotext'), cwd))) ?? { skipped: 'failed (see above)' };
  const cpcPdfMs = stages?.ingestByFormat.find((f) => f.format === 'pdf')?.ms ?? null;

  const figures = (run: { wallMs: number; peakRssMiB: number | null } | null | undefined) => ({ wallMs: Math.round(run?.wallMs ?? 0), peakRssMiB: run?.peakRssMiB ?? null });
  const partial: Omit<SectorResults, 'targets'> = {
    date: new Date().toISOString(),
    command: `npx tsx bench/sector.ts --count ${count} --seed ${seed}`,
    machine: machine(),
    load: { start: Math.round(loadStart * 100) / 100, end: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
    corpus: {
      dir,
      documents: count,
      added: ADDED,
      councils: new Set(base.map((f) => f.gssCode)).size,
      files: Object.fromEntries(CORPUS_FORMATS.map((f) => [f, base.filter((x) => x.format === f).length])),
      pdfPages: stages?.ingestByFormat.find((f) => f.format === 'pdf')?.pages ?? null,
      generatedInS: generated.reused ? null : Math.round(generated.manifest.generatedInMs / 1000),
    },
    run: figures(cli?.run),
    rerun: figures(cli?.rerun),
    addTen: { ...figures(addTen), runsMs: addRuns.map((r) => Math.round(r.wallMs)) },
    small: { ...figures(small), runsPeakRssMiB: smallRuns.map((r) => r.peakRssMiB) },
    stages,
    pdfReference: { cpcIngestPdfMs: cpcPdfMs, reader: api.ingestStage.pdfEngineId(), pdftotext, ratio: cpcPdfMs !== null && 'ms' in pdftotext ? cpcPdfMs / pdftotext.ms : null },
    charts,
    briefing,
    failures,
  };
  const results: SectorResults = { ...partial, targets: sectorTargets(partial) };
  for (const t of results.targets) console.log(`  ${t.pass === null ? 'n/a ' : t.pass ? 'pass' : 'MISS'}  ${t.label}: ${t.value} (goal ${t.target})`);
  if (write) {
    await writeFile('bench/sector-results.json', `${JSON.stringify(results, null, 2)}\n`);
    await writeFile('bench/sector.md', renderSectorReport(results));
    log('wrote bench/sector-results.json and bench/sector.md');
  }
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
