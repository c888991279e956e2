import { resolve } from 'node:path';
import { discoverPhrases } from '../../aggregate/discoverPhrases.js';
import type { DiscoveredPhrase } from '../../aggregate/types.js';
import type { Classifier } from '../../classify/classifier.js';
import { classify } from '../../classify/classify.js';
import { crossValidate } from '../../classify/crossValidate.js';
import type { CrossValidationReport, EvaluationReport } from '../../classify/evaluation.js';
import { formatEvaluationTable } from '../../classify/formatEvaluationTable.js';
import { parseGold } from '../../classify/parseGold.js';
import { parseLabelsCsv } from '../../classify/parseLabelsCsv.js';
import type { Assignment, Unit } from '../../classify/types.js';
import type { CorpusDocument } from '../../corpus/schema.js';
import { readCsv } from '../../csv.js';
import { CpcError } from '../../errors.js';
import { readTextFile } from '../../readTextFile.js';
import { writeFileAtomic } from '../../export/atomic.js';
import { withOutputLock } from '../../export/lock.js';
import { DEFAULT_FRAMEWORK, type Framework } from '../../vocabulary.js';
import { analyse, trainOnCorpus, type Analysis } from '../../pipeline/analyse.js';
import { briefingInput, writeBriefing } from '../../pipeline/briefing.js';
import { chartsFor, drawCharts, writeCharts } from '../../pipeline/charts.js';
import type { ChartLevel } from '../../chart/chartLevel.js';
import { trainOnCorpusCached } from '../../pipeline/classifierCache.js';
import { classifierFromJson, classifierToJson } from '../../resources/classifierFile.js';
import { loadCorpusFile } from '../../pipeline/corpusIo.js';
import { evaluateClassifier, evaluateHeldOut, type Evaluation } from '../../pipeline/evaluation.js';
import { ingestCorpus } from '../../pipeline/ingestCorpus.js';
import { loadResources, type Resources } from '../../resources/resources.js';

/** The hand annotations of the sample corpus, shipped with the package. */
export const SAMPLE_GOLD = new URL('../../data/gold/sample-annotations.json', import.meta.url).pathname;
const SAMPLE_CORPUS = new URL('../../data/sample/', import.meta.url).pathname;

/** The classifier: from a `cpc train` file when given, else trained on the corpus (or the sample corpus). */
async function classifierFor(documents: readonly CorpusDocument[], resources: Resources, model: string | undefined, cwd: string, cacheDir: string | null = null): Promise<Classifier> {
  if (model !== undefined) return classifierFromJson(await readTextFile(model, { cwd }), model, resources.codebooks.crosswalk);
  return trainOnCorpusCached(documents, resources, cacheIn(cwd, cacheDir));
}

/** A cache folder as the caller named it, resolved against `cwd`; null for none. */
function cacheIn(cwd: string, cacheDir: string | null | undefined): string | null {
  return cacheDir === undefined || cacheDir === null ? null : resolve(cwd, cacheDir);
}

/** Load a corpus file and analyse it; with a cache folder, a classifier trained before on the same inputs is reused. */
export async function loadAnalysis(corpus: string, cwd: string, model?: string, cacheDir: string | null = null): Promise<{ analysis: Analysis; resources: Resources }> {
  const [documents, resources] = await Promise.all([loadCorpusFile(corpus, cwd), loadResources()]);
  return { analysis: analyse(documents, resources, await classifierFor(documents, resources, model, cwd, cacheDir)), resources };
}

/** The corpus to train on when the user has none yet: the bundled sample. */
async function corpusOrSample(corpus: string, cwd: string, resources: Resources): Promise<CorpusDocument[]> {
  try {
    return await loadCorpusFile(corpus, cwd);
  } catch (error) {
    if (!(error instanceof CpcError) || error.code !== 'file-not-found') throw error;
    return [...(await ingestCorpus([SAMPLE_CORPUS], { cwd: SAMPLE_CORPUS, register: resources.register })).documents];
  }
}

/** Read a researcher's CSV of `id,text` rows (other columns ignored). */
export async function readUnitsCsv(file: string, cwd: string): Promise<Unit[]> {
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
    : documents.flatMap((d) => d.recommendations.map((r) => ({ id: r.id, text: r.text, framework: options.framework ?? d.framework ?? DEFAULT_FRAMEWORK })));
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
  const { analysis, resources } = await loadAnalysis(options.corpus, options.cwd, undefined, options.cacheDir);
  return discoverPhrases(analysis.documents, analysis.challenges, resources.taxonomy, { minCouncils: options.minCouncils });
}

/** The classifier against the sample annotations, held out by document (see `evaluateHeldOut`). */
async function sampleEvaluation(analysis: Analysis, resources: Resources, cacheDir: string | null): Promise<Evaluation> {
  const gold = parseGold(await readTextFile(SAMPLE_GOLD), SAMPLE_GOLD);
  return evaluateHeldOut(analysis.documents, gold, analysis.classifier, (documents) => trainOnCorpusCached(documents, resources, cacheDir));
}

/** `cpc chart`: write the named chart (or all) into `out`, all its files or none (under the output lock). */
export async function chartCommand(name: string, options: { corpus: string; out: string; cwd: string; cacheDir?: string | null; chartLevel?: ChartLevel }): Promise<string[]> {
  const cacheDir = cacheIn(options.cwd, options.cacheDir);
  const { analysis, resources } = await loadAnalysis(options.corpus, options.cwd, undefined, cacheDir);
  const { confusion } = await sampleEvaluation(analysis, resources, cacheDir);
  const charts = await drawCharts(chartsFor(analysis, resources, { name, confusion, level: options.chartLevel ?? 'auto' }), { cacheDir });
  const out = resolve(options.cwd, options.out);
  return withOutputLock(out, () => writeCharts(charts, out));
}

/** `cpc brief`: the briefing pages and the charts they show, all or none (under the output lock). */
export async function briefCommand(options: { corpus: string; out: string; cwd: string; cacheDir?: string | null; chartLevel?: ChartLevel }): Promise<string[]> {
  const cacheDir = cacheIn(options.cwd, options.cacheDir);
  const { analysis, resources } = await loadAnalysis(options.corpus, options.cwd, undefined, cacheDir);
  const evaluation = await sampleEvaluation(analysis, resources, cacheDir);
  const outDir = resolve(options.cwd, options.out);
  const charts = await drawCharts(chartsFor(analysis, resources, { confusion: evaluation.confusion, level: options.chartLevel ?? 'auto' }), { cacheDir });
  const input = briefingInput(analysis, resources, charts, { evaluation: evaluation.summary, outDir, cwd: options.cwd, corpusFile: options.corpus });
  return withOutputLock(outDir, async () => [...(await writeCharts(charts, resolve(outDir, 'charts'))), ...(await writeBriefing(input, outDir))]);
}
