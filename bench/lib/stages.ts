import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Analysis, CorpusDocument, Resources } from '../../src/index.js';
import type { Cpc } from './api.js';
import type { CorpusFormat } from './corpus/formats.js';
import { timed } from './measure.js';

/** One format's ingestion through the public `ingestCorpus` (whatever parallelism it has). */
export interface FormatIngest {
  readonly format: CorpusFormat;
  readonly files: number;
  readonly documents: number;
  readonly failures: number;
  /** PDF pages read (PDF only). */
  readonly pages: number | null;
  readonly recommendations: number;
  readonly ms: number;
  readonly documentsPerSecond: number;
  readonly pagesPerSecond: number | null;
}

/** The library's stages timed in this process, on the whole corpus. */
export interface StageTimings {
  readonly ingestByFormat: readonly FormatIngest[];
  readonly ingestAll: { readonly ms: number; readonly documents: number; readonly failures: number; readonly pages: number; readonly recommendations: number };
  readonly trainMs: number;
  readonly classifyMs: number;
  readonly recommendationsPerSecond: number;
  /** `analyse` (classify + grouping, tables, issues) minus its classify pass. */
  readonly aggregateMs: number;
  readonly evaluateMs: number;
  readonly chartsMs: number;
  readonly csvMs: number;
  readonly briefingMs: number;
}

/** Ingest one format's files, timed. */
export async function ingestFormat(api: Cpc, format: CorpusFormat, files: readonly string[], resources: Resources, cwd: string): Promise<FormatIngest> {
  const { ms, value } = await timed(() => api.ingest(files.map((f) => resolve(cwd, f)), { cwd, register: resources.register }));
  const pages = format === 'pdf' ? sumPages(value.documents) : null;
  return {
    format,
    files: files.length,
    documents: value.documents.length,
    failures: value.failures.length,
    pages,
    recommendations: sumRecommendations(value.documents),
    ms,
    documentsPerSecond: value.documents.length / (ms / 1000),
    pagesPerSecond: pages === null ? null : pages / (ms / 1000),
  };
}

/**
 * Every stage on the whole corpus, in `cpc run`'s order: ingest (each format apart, then all together) -> train ->
 * classify -> analyse (aggregate) -> evaluate on gold -> charts (build, render, write) -> CSV and corpus file ->
 * briefing. Outputs go to `outDir`.
 */
export async function timeStages(api: Cpc, corpusDir: string, filesByFormat: ReadonlyMap<CorpusFormat, readonly string[]>, outDir: string, cwd: string, log: (line: string) => void): Promise<{ timings: StageTimings; documents: readonly CorpusDocument[]; analysis: Analysis }> {
  const resources = await api.loadResources();
  const ingestByFormat: FormatIngest[] = [];
  for (const [format, files] of filesByFormat) {
    if (files.length === 0) continue;
    // twice, the faster counting: the machine may be shared
    const first = await ingestFormat(api, format, files, resources, cwd);
    const second = await ingestFormat(api, format, files, resources, cwd);
    const result = second.ms < first.ms ? second : first;
    log(`  ingest ${format}: ${result.files} files in ${(result.ms / 1000).toFixed(2)} s`);
    ingestByFormat.push(result);
  }
  const all = await timed(() => api.ingest([corpusDir], { cwd, register: resources.register }));
  const documents = all.value.documents;
  log(`  ingest all: ${documents.length} documents in ${(all.ms / 1000).toFixed(2)} s`);
  const train = await timed(() => api.train(documents, resources));
  // as analyse does: the counted documents' units, each classified once in its framework
  const units = api.units(documents.filter((d) => d.programme === 'corporate-peer-challenge')).units;
  const classified = await timed(() => api.classify(train.value, units));
  const analysed = await timed(() => api.analyse(documents, resources, train.value));
  const analysis = analysed.value;
  const gold = api.classifyStage.parseGold(await readFile(api.SAMPLE_GOLD, 'utf8'), api.SAMPLE_GOLD);
  const evaluated = await timed(() => api.evaluate(analysis.classifier, gold));
  const charts = await timed(async () => {
    const drawn = await api.drawCharts(api.chartsFor(analysis, resources, { confusion: evaluated.value.confusion }));
    await mkdir(join(outDir, 'charts'), { recursive: true });
    await api.writeCharts(drawn, join(outDir, 'charts'));
    return drawn;
  });
  const csv = await timed(() => writeTables(api, documents, analysis, outDir));
  const briefing = await timed(() => api.writeBriefing(api.briefingInput(analysis, resources, charts.value, { evaluation: evaluated.value.summary, outDir, cwd }), outDir));
  const timings: StageTimings = {
    ingestByFormat,
    ingestAll: { ms: all.ms, documents: documents.length, failures: all.value.failures.length, pages: sumPages(documents), recommendations: sumRecommendations(documents) },
    trainMs: train.ms,
    classifyMs: classified.ms,
    recommendationsPerSecond: units.length / (classified.ms / 1000),
    aggregateMs: Math.max(0, analysed.ms - classified.ms),
    evaluateMs: evaluated.ms,
    chartsMs: charts.ms,
    csvMs: csv.ms,
    briefingMs: briefing.ms,
  };
  return { timings, documents, analysis };
}

/** The CSV tables and the corpus file, as `cpc run` writes them. */
async function writeTables(api: Cpc, documents: readonly CorpusDocument[], analysis: Analysis, outDir: string): Promise<void> {
  const options = { bom: false };
  const files: [string, string | Iterable<string>][] = [
    ['corpus.jsonl', api.corpus.corpusToJsonl(documents)],
    ['recommendations.csv', api.exportStage.recommendationsCsv(analysis.recommendations, options)],
    ['recommendation-themes.csv', api.exportStage.recommendationThemesCsv(analysis.recommendations, options)],
    ['themes-by-council.csv', api.exportStage.themesByCouncilCsv(analysis.themeRows.classic.council, 'classic', options)],
    ['themes-by-council-current.csv', api.exportStage.themesByCouncilCsv(analysis.themeRows.current.council, 'current', options)],
    ['issues-by-council.csv', api.exportStage.issuesByCouncilCsv(analysis.recommendations, options)],
    ['documents.csv', api.exportStage.documentsCsv(analysis.documentRows, options)],
  ];
  for (const [name, content] of files) await writeFile(join(outDir, name), content);
}

function sumPages(documents: readonly CorpusDocument[]): number {
  return documents.reduce((sum, d) => sum + (d.pageCount ?? 0), 0);
}

function sumRecommendations(documents: readonly CorpusDocument[]): number {
  return documents.reduce((sum, d) => sum + d.recommendations.length, 0);
}
