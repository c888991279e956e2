import { resolve } from 'node:path';
import { discoverPhrases } from '../../aggregate/discoverPhrases.js';
import type { DiscoveredPhrase } from '../../aggregate/types.js';
import type { ChartLevel } from '../../chart/chartLevel.js';
import { classify } from '../../classify/classify.js';
import { crossValidate } from '../../classify/crossValidate.js';
import type { CrossValidationReport, EvaluationReport } from '../../classify/evaluation.js';
import { formatEvaluationTable } from '../../classify/formatEvaluationTable.js';
import { parseGold } from '../../classify/parseGold.js';
import { parseLabelsCsv } from '../../classify/parseLabelsCsv.js';
import type { Assignment, Unit } from '../../classify/types.js';
import { readCsv } from '../../csv.js';
import { writeFileAtomic } from '../../export/atomic.js';
import { withOutputLock } from '../../export/lock.js';
import { trainOnCorpus } from '../../pipeline/analyse.js';
import { briefingInput, writeBriefing } from '../../pipeline/briefing.js';
import { chartsFor, drawCharts, writeCharts } from '../../pipeline/charts.js';
import { loadCorpusFile } from '../../pipeline/corpusIo.js';
import { evaluateClassifier } from '../../pipeline/evaluation.js';
import { cacheIn, classifierFor, corpusOrSample, loadAnalysis, sampleEvaluation } from '../../pipeline/loadAnalysis.js';
import { readTextFile } from '../../readTextFile.js';
import { classifierToJson } from '../../resources/classifierFile.js';
import { loadResources } from '../../resources/resources.js';
import { DEFAULT_FRAMEWORK, documentFramework } from '../../corpus/framework.js';
import type { Framework } from '../../vocabulary.js';

/**
 * The bodies of the CLI's commands (loaded only when a command runs, so `cpc --help` loads no stage): each reads its
 * files, calls the pipeline's steps and returns plain data for the command to print or write.
 */

/** Read a researcher's CSV of `id,text` rows (other columns ignored). */
async function readUnitsCsv(file: string, cwd: string): Promise<Unit[]> {
  return readCsv(await readTextFile(file, { cwd }), file, ['id', 'text']).map(({ values }) => ({ id: values.id ?? '', text: values.text ?? '' }));
}

/**
 * `cpc classify`: the corpus recommendations (each in `framework` when given, else its document's own), or the rows of
 * `input` (in `framework`, default classic).
 */
export async function classifyCommand(options: { corpus: string; input?: string; framework?: Framework; model?: string; cwd: string }): Promise<Assignment[]> {
  const resources = await loadResources();
  const documents = options.input === undefined ? await loadCorpusFile(options.corpus, options.cwd) : await corpusOrSample(options.corpus, options.cwd, resources);
  const classifier = await classifierFor(documents, resources, options.model, options.cwd);
  const units = options.input !== undefined
    ? await readUnitsCsv(options.input, options.cwd)
    : documents.flatMap((d) => d.recommendations.map((r) => ({ id: r.id, text: r.text, framework: options.framework ?? documentFramework(d) })));
  return classify(classifier, units, { framework: options.framework ?? DEFAULT_FRAMEWORK });
}

/** `cpc train`: the default training data plus (or replaced by) the researcher's labels, saved as a classifier file. */
export async function trainCommand(options: { labels: string; mode: 'add' | 'replace'; corpus: string; out: string; cwd: string }): Promise<{ examples: number; labelled: number }> {
  const resources = await loadResources();
  const labels = parseLabelsCsv(await readTextFile(options.labels, { cwd: options.cwd }), options.labels);
  const documents = await corpusOrSample(options.corpus, options.cwd, resources);
  const classifier = trainOnCorpus(documents, resources, { examples: labels, mode: options.mode });
  await writeFileAtomic(resolve(options.cwd, options.out), classifierToJson(classifier));
  const examples = classifier.models.classic?.training.texts ?? 0;
  return { examples, labelled: labels.length };
}

/**
 * `cpc evaluate`: the classifier against hand labels (never trained on them), and optionally leave-one-document-out
 * cross-validation over the corpus's theme sections.
 */
export async function evaluateCommand(options: { gold: string; model?: string; corpus: string; crossValidate?: boolean; cwd: string }): Promise<{
  report: EvaluationReport;
  crossValidation: CrossValidationReport | null;
  table: string;
}> {
  const resources = await loadResources();
  const gold = parseGold(await readTextFile(options.gold, { cwd: options.cwd }), options.gold);
  const documents = options.model === undefined || options.crossValidate === true ? await corpusOrSample(options.corpus, options.cwd, resources) : [];
  const { report } = evaluateClassifier(await classifierFor(documents, resources, options.model, options.cwd), gold);
  const { classic, crosswalk } = resources.codebooks;
  const crossValidation = options.crossValidate === true ? crossValidate(documents.flatMap((d) => d.themeSections), classic, { crosswalk }) : null;
  return { report, crossValidation, table: formatEvaluationTable(report, crossValidation ?? undefined) };
}

/** `cpc issues --discover`: recurring phrases the taxonomy does not cover yet. */
export async function discoverCommand(options: { corpus: string; minCouncils: number; cwd: string; cacheDir?: string | null }): Promise<DiscoveredPhrase[]> {
  const { analysis, resources, documents } = await loadAnalysis(options.corpus, options.cwd, undefined, options.cacheDir);
  return discoverPhrases(documents, analysis.challenges, resources.taxonomy, { minCouncils: options.minCouncils });
}

/** `cpc chart`: write the named chart (or all) into `out`, all its files or none (under the output lock). */
export async function chartCommand(name: string, options: { corpus: string; out: string; cwd: string; cacheDir?: string | null; chartLevel?: ChartLevel }): Promise<string[]> {
  const cacheDir = cacheIn(options.cwd, options.cacheDir);
  const { analysis, resources, documents } = await loadAnalysis(options.corpus, options.cwd, undefined, cacheDir);
  const { confusion } = await sampleEvaluation(documents, analysis.classifier, resources, cacheDir);
  const charts = await drawCharts(chartsFor(analysis, resources, { name, confusion, level: options.chartLevel ?? 'auto' }), { cacheDir });
  const out = resolve(options.cwd, options.out);
  return withOutputLock(out, () => writeCharts(charts, out));
}

/** `cpc brief`: the briefing pages and the charts they show, all or none (under the output lock). */
export async function briefCommand(options: { corpus: string; out: string; cwd: string; cacheDir?: string | null; chartLevel?: ChartLevel }): Promise<string[]> {
  const cacheDir = cacheIn(options.cwd, options.cacheDir);
  const { analysis, resources, documents } = await loadAnalysis(options.corpus, options.cwd, undefined, cacheDir);
  const evaluation = await sampleEvaluation(documents, analysis.classifier, resources, cacheDir);
  const outDir = resolve(options.cwd, options.out);
  const charts = await drawCharts(chartsFor(analysis, resources, { confusion: evaluation.confusion, level: options.chartLevel ?? 'auto' }), { cacheDir });
  const input = briefingInput(analysis, resources, charts, { evaluation: evaluation.summary, outDir, cwd: options.cwd, corpusFile: options.corpus });
  return withOutputLock(outDir, async () => [...(await writeCharts(charts, resolve(outDir, 'charts'))), ...(await writeBriefing(input, outDir))]);
}
