import { join, resolve } from 'node:path';
import { parseGold } from '../classify/parseGold.js';
import { readTextFile } from '../readTextFile.js';
import { startFileAtomic, writeFileAtomic, type PendingFile } from '../export/atomic.js';
import { ensureOutputFolder, withOutputLock } from '../export/lock.js';
import { pdfEngineId } from '../ingest/pdfEngine.js';
import type { ReadLimits } from '../limits.js';
import { progressSummary } from '../lineage/progressSummary.js';
import { analyse, type Analysis } from './analyse.js';
import { briefingInput, writeBriefing } from './briefing.js';
import { chartsFor, inChartOrder, startDrawingCharts, writeCharts } from './charts.js';
import { ChartThread } from '../chart/chartThread.js';
import type { ChartLevel } from '../chart/chartLevel.js';
import { trainOnCorpusCached } from './classifierCache.js';
import { SAMPLE_GOLD } from '../resources/sample.js';
import { evaluateHeldOut, type Evaluation } from './evaluation.js';
import { ingestSummaries, type IngestResult } from './ingestCorpus.js';
import { interchangeFiles, type ExportProblems } from './interchange.js';
import { progressOf, type ProgressResult } from './progress.js';
import { correctionsManifest, readCorrectionFiles, type CorrectionFiles } from '../resources/correctionFiles.js';
import { loadResources, resourceDigests, type Resources } from '../resources/resources.js';
import type { Classifier } from '../classify/classifier.js';
import type { Correction } from '../review/corrections.js';
import type { TrainingExample } from '../classify/types.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { collectGarbage } from './collectGarbage.js';
import { challengeCache } from './challengeCache.js';
import { CorpusSpool } from './corpusSpool.js';
import type { LineCopy } from './copyLines.js';
import { machineAgreement } from '../review/agreement.js';
import { tableFiles } from './tableFiles.js';
import { correctionLabels, heldOutAssignments, withHeldOut } from './learnFromCorrections.js';
import { reviewSheet, sheetRows } from './reviewSheet.js';
import { VERSION } from '../cache/version.js';

/** The steps of `cpc run` after ingestion (which reports through `onProgress`), in the order they run. */
export const RUN_STEPS = ['train', 'analyse', 'evaluate', 'trace-progress', 'draw-charts', 'review-sheet', 'write'] as const;
export type RunStep = (typeof RUN_STEPS)[number];

export interface RunOptions {
  readonly cwd: string;
  readonly out: string;
  readonly excel: boolean;
  /** Hand labels to report the classifier's accuracy against (default: the sample corpus's annotations). */
  readonly gold?: string;
  /** Per-file, per-archive-entry and text-length limits (safe defaults when absent). */
  readonly limits?: ReadLimits;
  readonly onProgress?: (done: number, total: number) => void;
  /** Called as each step after ingestion begins: at a few thousand documents each takes some seconds. */
  readonly onStep?: (step: RunStep) => void;
  /**
   * Folder of the cache (parsed documents, trained classifiers, drawn charts): default `<out>/.cache`; null for
   * none (every file parsed, the classifier trained and every chart drawn again).
   */
  readonly cacheDir?: string | null;
  /** Processes reading files (0: none, read in this process without the memory and time limits); default every core. */
  readonly workers?: number;
  /** Also write the corpus as a REFI-QDA project, `project.qdpx`. */
  readonly qdpx?: boolean;
  /** Also write every table as Parquet (`<table>.parquet`, through DuckDB). */
  readonly parquet?: boolean;
  /** One row per council in the charts, the sector views, or chosen from the data (default `auto`). */
  readonly chartLevel?: ChartLevel;
  /** Filled review sheets to apply before aggregation (several: a later file's row for a recommendation wins). */
  readonly corrections?: readonly string[];
  /**
   * Train the classifier with the corrected themes as labels too (as `cpc train --labels` would); agreement on
   * the corrected items then uses held-out (cross-fitted) model themes, never a model that learned their label.
   */
  readonly learnFromCorrections?: boolean;
  /** Follow symbolic links that lead outside the paths given. */
  readonly followLinks?: boolean;
}

export interface RunResult {
  readonly ingest: IngestResult<DocumentSummary>;
  readonly analysis: Analysis;
  readonly evaluation: Evaluation;
  /** Documents left out of `project.qdpx` (their text could not be read again), recommendations without a selection. */
  readonly exportProblems: ExportProblems;
  /** How far each recommendation got; `failures` are follow-up files that could not be read again. */
  readonly progress: ProgressResult;
  /** Corrections that could not be applied (unreadable rows, rows matching no recommendation), each by file and line. */
  readonly corrections: ReturnType<typeof correctionsManifest>;
  /** Files written, relative to the working directory. */
  readonly written: readonly string[];
  /** What the run did besides: rolling back an earlier run's half-done commit, in a sentence. */
  readonly notes: readonly string[];
}

/**
 * `cpc run`: ingest -> analyse -> evaluate the classifier -> trace progress -> CSV tables, charts, briefings, run manifest, every
 * file written atomically under one output lock.
 */
export async function runAll(inputs: readonly string[], options: RunOptions): Promise<RunResult> {
  const out = resolve(options.cwd, options.out);
  await ensureOutputFolder(out);
  // The documents' full records wait on disk; the run holds their summaries (memory flat in the documents' length).
  const spool = await CorpusSpool.open(out);
  try {
    return await runSpooled(inputs, options, spool, out);
  } finally {
    await spool.close();
  }
}

async function runSpooled(inputs: readonly string[], options: RunOptions, spool: CorpusSpool, out: string): Promise<RunResult> {
  const resources = await loadResources();
  const cacheDir = options.cacheDir === undefined ? join(out, '.cache') : options.cacheDir === null ? null : resolve(options.cwd, options.cacheDir);
  const ingest = await ingestSummaries(inputs, {
    cwd: options.cwd,
    register: resources.register,
    limits: options.limits ?? {},
    onProgress: options.onProgress,
    ...(cacheDir === null ? {} : { cacheDir }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    exclude: [out],
    followLinks: options.followLinks === true,
  }, spool);
  // The corpus file is copied out of the spool on another core while the run goes on; it is put in place with the
  // other outputs at the end.
  const corpusFile = await startFileAtomic(join(out, 'corpus.jsonl'));
  const corpusCopy = spool.copyLines(ingest.documents, corpusFile.temporary);
  try {
    return await analyseAndWrite(inputs, options, { spool, out, resources, cacheDir, ingest, corpusFile, corpusCopy });
  } finally {
    await corpusCopy.stop();
    corpusFile.discard();
  }
}

/** What `runSpooled` has done when it hands over to `analyseAndWrite`. */
interface Ingested {
  readonly spool: CorpusSpool;
  readonly out: string;
  readonly resources: Resources;
  readonly cacheDir: string | null;
  readonly ingest: IngestResult<DocumentSummary>;
  /** The corpus file's temporary file, and its copy from the spool under way. */
  readonly corpusFile: PendingFile;
  readonly corpusCopy: LineCopy;
}

async function analyseAndWrite(inputs: readonly string[], options: RunOptions, { spool, out, resources, cacheDir, ingest, corpusFile, corpusCopy }: Ingested): Promise<RunResult> {
  // Collected after training, the analysis and progress (each left some 80 MB of garbage on 4,000 documents), not
  // after ingestion or the review sheet (11 and 17 MB, for 70 and 160 ms of this thread).
  const step = options.onStep ?? (() => undefined);
  step('train');
  const sheets: CorrectionFiles = await readCorrectionFiles(options.corrections ?? [], options.cwd);
  const learning = options.learnFromCorrections === true ? correctionLabels(ingest.documents, sheets.corrections) : null;
  const train = (documents: readonly DocumentSummary[], examples: readonly TrainingExample[] | undefined = learning?.labels) => trainOnCorpusCached(spool.trainingCorpus(documents), resources, cacheDir, examples === undefined ? {} : { examples });
  const classifier = await train(ingest.documents);
  collectGarbage();
  step('analyse');
  const analysis = await analyseCached(ingest.documents, resources, classifier, options.corrections === undefined ? undefined : sheets.corrections, cacheDir);
  collectGarbage();
  const corrections = correctionsManifest(sheets, analysis.review);
  const goldFile = options.gold === undefined ? SAMPLE_GOLD : resolve(options.cwd, options.gold);
  const gold = parseGold(await readTextFile(goldFile, { what: 'the gold file' }), goldFile);
  step('evaluate');
  const evaluation = await evaluateHeldOut(ingest.documents, gold, analysis.classifier, (documents) => train(documents), (document) => spool.givesTrainingText(document));
  // The charts are drawn on a thread of their own while this one traces progress and makes the review sheet: first
  // those the analysis and evaluation make, then the progress chart. The thread is ended once they are drawn (its
  // memory is not held while the tables are written), or on a failure.
  const chartThread = new ChartThread();
  const { progress, sheet, agreement, summary, charts } = await (async () => {
    try {
      const level = options.chartLevel ?? 'auto';
      const first = await startDrawingCharts(chartsFor(analysis, resources, { confusion: evaluation.confusion, level }), { cacheDir, thread: chartThread });
      step('trace-progress');
      const progress = await progressOf(analysis, { cwd: options.cwd, limits: options.limits ?? {}, cacheDir });
      collectGarbage();
      step('draw-charts');
      const last = await startDrawingCharts(chartsFor(analysis, resources, { name: 'progress-by-theme', progressRows: progress.tables['theme-classic'], level }), { cacheDir, thread: chartThread });
      step('review-sheet');
      const held = learning === null ? null : await heldOutAssignments(learning.items, (labels) => train(ingest.documents, labels));
      const sheet = held === null ? reviewSheet(analysis, ingest.documents) : withHeldOut(reviewSheet(analysis, ingest.documents), held);
      const agreement = analysis.review === undefined ? null : machineAgreement(sheetRows(sheet));
      const summary = agreement === null ? evaluation.summary : { ...evaluation.summary, review: { n: agreement.themes.n, kappa: agreement.themes.kappa, alpha: agreement.themes.alpha, ...agreement.extraction } };
      const charts = inChartOrder((await Promise.all([first.drawn, last.drawn])).flat());
      return { progress, sheet, agreement, summary, charts };
    } finally {
      await chartThread.close();
    }
  })();
  step('write');
  const tables = tableFiles(analysis, { found: ingest.documents, progress, sheet, excel: options.excel });
  const interchange = await interchangeFiles(analysis, resources, tables, { qdpx: options.qdpx === true, parquet: options.parquet === true, cwd: options.cwd, ...(options.limits === undefined ? {} : { limits: options.limits }) });
  tables.push(...interchange.files);
  const data = await resourceDigests();
  const notes: string[] = [];
  const written = await withOutputLock(out, async () => {
    const corpusSha256 = await corpusCopy.digest;
    corpusFile.place();
    const manifest = runManifest(ingest, analysis, evaluation, { corpusSha256, inputs, excel: options.excel, qdpx: options.qdpx === true, parquet: options.parquet === true, gold: options.gold ?? 'data/gold/sample-annotations.json', limits: options.limits ?? {}, followLinks: options.followLinks === true, data, corrections: { ...corrections, agreement, learnedLabels: learning === null ? null : learning.labels.length } });
    const paths: string[] = [join(out, 'corpus.jsonl')];
    for (const [name, content] of [...tables, ['run.json', manifest] as const]) {
      await writeFileAtomic(join(out, name), content);
      paths.push(join(out, name));
    }
    paths.push(...(await writeCharts(charts, join(out, 'charts'))));
    const input = briefingInput(analysis, resources, charts, { evaluation: summary, outDir: out, cwd: options.cwd, corpusFile: join(options.out, 'corpus.jsonl') });
    const generatedFrom = { ...input.generatedFrom, codebook: `${input.generatedFrom.codebook ?? ''}, progress ${progress.vocabularyVersion}` };
    return [...paths, ...(await writeBriefing({ ...input, generatedFrom, progress: progressSummary(progress.progress, analysis.documents) }, out))];
  }, { onRecovered: (note) => notes.push(note) });
  return { ingest, analysis, evaluation, exportProblems: { failures: interchange.failures, warnings: interchange.warnings }, progress, corrections, written: written.map((p) => p.replace(`${options.cwd}/`, '')), notes };
}

/**
 * `analyse`, with what the last run made of the challenges whose documents have not changed (`challengeCache`; not
 * with a researcher's corrections, nor without a cache), and what it makes of the others kept for the next.
 */
async function analyseCached(documents: readonly DocumentSummary[], resources: Resources, classifier: Classifier, corrections: readonly Correction[] | undefined, cacheDir: string | null): Promise<Analysis> {
  // no output of the run shows the terms behind each theme (`cpc classify` does): none are kept
  if (cacheDir === null || corrections !== undefined) return analyse(documents, resources, classifier, corrections, { maxEvidence: 0 });
  const cache = await challengeCache(cacheDir, documents, resources);
  const analysis = analyse(documents, resources, classifier, undefined, { known: cache.known, maxEvidence: 0 });
  await cache.keep(analysis);
  return analysis;
}

/** What a run read and with what: enough to tell whether two runs should agree. No clock, so reruns are identical. */
function runManifest(ingest: IngestResult<DocumentSummary>, analysis: Analysis, evaluation: Evaluation, options: { corpusSha256: string; inputs: readonly string[]; excel: boolean; qdpx: boolean; parquet: boolean; gold: string; limits: ReadLimits; followLinks: boolean; data: Record<string, string>; corrections: ReturnType<typeof correctionsManifest> & { agreement: unknown; learnedLabels: number | null } }): string {
  const models = Object.values(analysis.classifier.models).map((m) => ({ framework: m.framework, hash: m.hash, codebookVersion: m.codebookVersion, trainingTexts: m.training.texts }));
  const manifest = {
    tool: { name: 'cpc', version: VERSION, pdfReader: pdfEngineId() },
    options: { inputs: options.inputs, excel: options.excel, qdpx: options.qdpx, parquet: options.parquet, gold: options.gold, limits: options.limits, followLinks: options.followLinks },
    inputs: ingest.documents.map((d) => ({ file: d.file, sha256: d.sha256, bytes: d.bytes, format: d.format })),
    failures: ingest.failures,
    data: options.data,
    models,
    evaluation: { items: evaluation.report.items, measuredOn: evaluation.summary.measuredOn, lenient: pick(evaluation.report.lenient), strict: pick(evaluation.report.strict), inSample: evaluation.summary.inSample },
    ...(options.corrections.files.length === 0 ? {} : { corrections: options.corrections }),
    corpusSha256: options.corpusSha256,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function pick(scores: { macroF1: number; accuracy: number; kappa: number }) {
  return { macroF1: scores.macroF1, accuracy: scores.accuracy, kappa: scores.kappa };
}
