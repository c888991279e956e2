import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseGold } from '../classify/parseGold.js';
import { corpusLines } from '../corpus/corpusFile.js';
import { writeFileAtomic } from '../export/atomic.js';
import { documentsCsv, issuesByCouncilCsv, recommendationsCsv, recommendationThemesCsv, themesByCouncilCsv } from '../export/csvTables.js';
import { ensureOutputFolder, withOutputLock } from '../export/lock.js';
import { pdfEngineId } from '../ingest/pdfEngine.js';
import type { ReadLimits } from '../limits.js';
import { analyse, type Analysis } from './analyse.js';
import { briefingInput, writeBriefing } from './briefing.js';
import { chartsFor, drawCharts, writeCharts } from './charts.js';
import { trainOnCorpusCached } from './classifierCache.js';
import { SAMPLE_GOLD } from './commands.js';
import { evaluateClassifier, type Evaluation } from './evaluation.js';
import { hashingPieces } from './fingerprint.js';
import { ingestCorpus, type IngestResult } from './ingestCorpus.js';
import { loadResources, resourceDigests } from './resources.js';
import { VERSION } from './version.js';

export interface RunOptions {
  readonly cwd: string;
  readonly out: string;
  readonly excel: boolean;
  /** Hand labels to report the classifier's accuracy against (default: the sample corpus's annotations). */
  readonly gold?: string;
  /** Per-file, per-archive-entry and text-length limits (safe defaults when absent). */
  readonly limits?: ReadLimits;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Folder of the cache (parsed documents, trained classifiers, drawn charts): default `<out>/.cache`; null for
   * none (every file parsed, the classifier trained and every chart drawn again).
   */
  readonly cacheDir?: string | null;
  /** Processes reading files (0: none, read in this process without the memory and time limits); default every core. */
  readonly workers?: number;
  /** Follow symbolic links that lead outside the paths given. */
  readonly followLinks?: boolean;
}

export interface RunResult {
  readonly ingest: IngestResult;
  readonly analysis: Analysis;
  readonly evaluation: Evaluation;
  /** Files written, relative to the working directory. */
  readonly written: readonly string[];
  /** What the run did besides: rolling back an earlier run's half-done commit, in a sentence. */
  readonly notes: readonly string[];
}

/**
 * `cpc run`: ingest -> analyse -> evaluate the classifier -> CSV tables, charts, briefings, run manifest, every
 * file written atomically under one output lock.
 */
export async function runAll(inputs: readonly string[], options: RunOptions): Promise<RunResult> {
  const out = resolve(options.cwd, options.out);
  await ensureOutputFolder(out);
  const resources = await loadResources();
  const cacheDir = options.cacheDir === undefined ? join(out, '.cache') : options.cacheDir === null ? null : resolve(options.cwd, options.cacheDir);
  const ingest = await ingestCorpus(inputs, {
    cwd: options.cwd,
    register: resources.register,
    limits: options.limits ?? {},
    onProgress: options.onProgress,
    ...(cacheDir === null ? {} : { cacheDir }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    exclude: [out],
    followLinks: options.followLinks === true,
  });
  const analysis = analyse(ingest.documents, resources, await trainOnCorpusCached(ingest.documents, resources, cacheDir));
  const goldFile = options.gold === undefined ? SAMPLE_GOLD : resolve(options.cwd, options.gold);
  const evaluation = evaluateClassifier(analysis.classifier, parseGold(await readFile(goldFile, 'utf8'), goldFile));
  const charts = await drawCharts(chartsFor(analysis, resources, { confusion: evaluation.confusion }), { cacheDir });
  const csv = { bom: options.excel };
  const tables: [string, string][] = [
    ['recommendations.csv', recommendationsCsv(analysis.recommendations, csv)],
    ['recommendation-themes.csv', recommendationThemesCsv(analysis.recommendations, csv)],
    ['themes-by-council.csv', themesByCouncilCsv(analysis.themeRows.classic.council, 'classic', csv)],
    ['themes-by-council-current.csv', themesByCouncilCsv(analysis.themeRows.current.council, 'current', csv)],
    ['issues-by-council.csv', issuesByCouncilCsv(analysis.recommendations, csv)],
    ['documents.csv', documentsCsv(analysis.documentRows, csv)],
  ];
  const data = await resourceDigests();
  const notes: string[] = [];
  const written = await withOutputLock(out, async () => {
    // The corpus goes out a document at a time, hashed as it goes: it is never one string, however large.
    const corpus = hashingPieces(corpusLines(ingest.documents));
    await writeFileAtomic(join(out, 'corpus.jsonl'), corpus.pieces);
    const manifest = runManifest(ingest, analysis, evaluation, { corpusSha256: corpus.digest(), inputs, excel: options.excel, gold: options.gold ?? 'data/gold/sample-annotations.json', limits: options.limits ?? {}, followLinks: options.followLinks === true, data });
    const paths: string[] = [join(out, 'corpus.jsonl')];
    for (const [name, content] of [...tables, ['run.json', manifest] as const]) {
      await writeFileAtomic(join(out, name), content);
      paths.push(join(out, name));
    }
    paths.push(...(await writeCharts(charts, join(out, 'charts'))));
    const input = briefingInput(analysis, resources, charts, { evaluation: evaluation.summary, outDir: out, cwd: options.cwd, corpusFile: join(options.out, 'corpus.jsonl') });
    return [...paths, ...(await writeBriefing(input, out))];
  }, { onRecovered: (note) => notes.push(note) });
  return { ingest, analysis, evaluation, written: written.map((p) => p.replace(`${options.cwd}/`, '')), notes };
}

/** What a run read and with what: enough to tell whether two runs should agree. No clock, so reruns are identical. */
function runManifest(ingest: IngestResult, analysis: Analysis, evaluation: Evaluation, options: { corpusSha256: string; inputs: readonly string[]; excel: boolean; gold: string; limits: ReadLimits; followLinks: boolean; data: Record<string, string> }): string {
  const models = Object.values(analysis.classifier.models).map((m) => ({ framework: m.framework, hash: m.hash, codebookVersion: m.codebookVersion, trainingTexts: m.training.texts }));
  const manifest = {
    tool: { name: 'cpc', version: VERSION, pdfReader: pdfEngineId() },
    options: { inputs: options.inputs, excel: options.excel, gold: options.gold, limits: options.limits, followLinks: options.followLinks },
    inputs: ingest.documents.map((d) => ({ file: d.file, sha256: d.sha256, bytes: d.bytes, format: d.format })),
    failures: ingest.failures,
    data: options.data,
    models,
    evaluation: { items: evaluation.report.items, lenient: pick(evaluation.report.lenient), strict: pick(evaluation.report.strict) },
    corpusSha256: options.corpusSha256,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function pick(scores: { macroF1: number; accuracy: number; kappa: number }) {
  return { macroF1: scores.macroF1, accuracy: scores.accuracy, kappa: scores.kappa };
}
