import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CorpusDocument } from '../../src/index.js';
import { CLASSIC_THEMES } from '../../src/vocabulary.js';
import type { Cpc } from './api.js';
import { pythonWithSklearn } from './python.js';

/** One classifier's figures on the shared inputs. */
export interface ClassifierFigures {
  readonly trainMs: number;
  readonly classifyMs: number;
  readonly textsPerSecond: number;
  /** Macro-F1 over the five classic themes on the gold recommendations, one yardstick for both classifiers. */
  readonly goldStrictMacroF1: number;
  readonly goldLenientMacroF1: number;
  readonly features: number;
}

export interface ClassifierComparison {
  readonly trainingExamples: number;
  readonly texts: number;
  readonly goldItems: number;
  readonly cpc: ClassifierFigures & { readonly coldTrainMs: number; readonly evaluateStrictMacroF1: number; readonly evaluateLenientMacroF1: number };
  /** scikit-learn's figures, or why they are missing. */
  readonly sklearn: (ClassifierFigures & { readonly python: string; readonly version: string }) | { readonly skipped: string };
}

/**
 * cpc's classifier and scikit-learn's TF-IDF + logistic regression on the same inputs: trained on the classic
 * training sentences cpc draws from the corpus (theme sections + codebook seeds), classifying the same `textCount`
 * recommendation texts of the corpus (cycled when it has fewer), scored on the gold annotations. The shared inputs
 * are written to `dataFile` (JSON: train, texts, gold) for the Python side.
 */
export async function compareClassifiers(api: Cpc, documents: readonly CorpusDocument[], textCount: number, dataFile: string): Promise<ClassifierComparison> {
  const { codebooks, register } = await api.loadResources();
  const { classic, crosswalk } = codebooks;
  // sentences that differ only in council names train as one, as `cpc run` trains them
  const isName = api.councilNameTest(register);
  const examples = api.classifyStage.trainingExamples(documents.flatMap((d) => d.themeSections), classic, crosswalk);
  const recommendations = documents.flatMap((d) => d.recommendations.map((r) => r.text));
  if (recommendations.length === 0) throw new Error('the corpus has no recommendations to classify');
  const texts = Array.from({ length: textCount }, (_, i) => recommendations[i % recommendations.length]!);
  const gold = api.classifyStage.parseGold(readFileSync(api.SAMPLE_GOLD, 'utf8'), api.SAMPLE_GOLD);

  const result = api.classifyStage.benchmarkClassifier({ examples, texts, codebook: classic, crosswalk, isName, now: () => performance.now() });
  const model = api.classifyStage.trainModel(examples, classic, {}, isName);
  const assignments = api.classify(api.classifyStage.createClassifier([model], crosswalk), gold.map(({ id, text }) => ({ id, text })));
  const report = api.classifyStage.evaluate(assignments, gold);
  const cpcPredictions = assignments.map((a) => a.primaryTheme as string);
  const goldThemes = gold.map((g) => g.themes as readonly string[]);

  mkdirSync(dirname(dataFile), { recursive: true });
  writeFileSync(dataFile, JSON.stringify({ train: examples.map(({ text, theme }) => ({ text, theme })), texts, gold: gold.map(({ text, themes }) => ({ text, themes })) }));
  return {
    trainingExamples: examples.length,
    texts: texts.length,
    goldItems: gold.length,
    cpc: {
      trainMs: result.trainMs,
      coldTrainMs: result.coldTrainMs,
      classifyMs: result.classifyMs,
      textsPerSecond: result.textsPerSecond,
      features: result.features,
      ...macroF1s(goldThemes, cpcPredictions),
      evaluateStrictMacroF1: report.strict.macroF1,
      evaluateLenientMacroF1: report.lenient.macroF1,
    },
    sklearn: runSklearn(goldThemes, dataFile),
  };
}

interface SklearnOutput {
  readonly version: string;
  readonly features: number;
  readonly trainMs: number;
  readonly classifyMs: number;
  readonly textsPerSecond: number;
  readonly goldPredictions: readonly string[];
}

function runSklearn(goldThemes: readonly (readonly string[])[], dataFile: string): ClassifierComparison['sklearn'] {
  const found = pythonWithSklearn();
  if ('missing' in found) return { skipped: found.missing };
  const run = spawnSync(found.python, ['bench/classify-sklearn.py', dataFile, '--repeats', '3'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) return { skipped: `classify-sklearn.py failed: ${(run.stderr || run.error?.message || '').trim().split('\n').pop()}` };
  const out = JSON.parse(run.stdout) as SklearnOutput;
  return {
    python: found.python,
    version: out.version,
    trainMs: out.trainMs,
    classifyMs: out.classifyMs,
    textsPerSecond: out.textsPerSecond,
    features: out.features,
    ...macroF1s(goldThemes, out.goldPredictions),
  };
}

/** Strict (primary = first gold theme) and lenient (any gold theme) macro-F1 over the classic themes. */
export function macroF1s(goldThemes: readonly (readonly string[])[], predicted: readonly string[]): { goldStrictMacroF1: number; goldLenientMacroF1: number } {
  const strict = goldThemes.map((themes) => themes[0]!);
  const lenient = goldThemes.map((themes, i) => (themes.includes(predicted[i]!) ? predicted[i]! : themes[0]!));
  return { goldStrictMacroF1: macroF1(strict, predicted), goldLenientMacroF1: macroF1(lenient, predicted) };
}

function macroF1(actual: readonly string[], predicted: readonly string[]): number {
  const scores: number[] = [];
  for (const label of CLASSIC_THEMES) {
    const tp = actual.filter((a, i) => a === label && predicted[i] === label).length;
    const support = actual.filter((a) => a === label).length;
    const guessed = predicted.filter((p) => p === label).length;
    if (support === 0 && guessed === 0) continue;
    const precision = guessed === 0 ? 0 : tp / guessed;
    const recall = support === 0 ? 0 : tp / support;
    scores.push(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
  }
  return scores.length === 0 ? 0 : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10000) / 10000;
}
