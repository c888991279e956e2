import { classify } from './classify.js';
import { createClassifier } from './classifier.js';
import type { Codebook, Crosswalk } from './codebook.js';
import type { Model, TrainOptions } from './model.js';
import { trainModel } from './trainModel.js';
import type { NameTest, TrainingExample } from './types.js';

export interface BenchmarkInput {
  readonly examples: readonly TrainingExample[];
  readonly texts: readonly string[];
  readonly codebook: Codebook;
  readonly crosswalk: Crosswalk;
  /** The clock, in milliseconds (e.g. `performance.now`): passed in so the stage stays free of hidden inputs. */
  readonly now: () => number;
  readonly options?: Partial<TrainOptions>;
  /** Names to group training sentences across, as `trainModel` takes them. */
  readonly isName?: NameTest;
  /** Training runs and classification passes (after one warm-up pass) to time (default 3); the fastest counts. */
  readonly repeats?: number;
}

export interface BenchmarkResult {
  readonly examples: number;
  readonly texts: number;
  readonly features: number;
  /** Fastest training time, calibration folds included. */
  readonly trainMs: number;
  /** The first training run's time: loading natural and compiling the code included. */
  readonly coldTrainMs: number;
  readonly classifyMs: number;
  readonly textsPerSecond: number;
  readonly modelHash: string;
  /** Texts per primary theme, for a sanity check. */
  readonly primaryCounts: Readonly<Record<string, number>>;
}

/** Train on the examples, then classify the texts (evidence and crosswalk included), timing both. */
export function benchmarkClassifier(input: BenchmarkInput): BenchmarkResult {
  const repeats = Math.max(1, input.repeats ?? 3);
  const trainTimes: number[] = [];
  let model: Model | undefined;
  for (let r = 0; r < repeats; r++) {
    const t0 = input.now();
    model = trainModel(input.examples, input.codebook, input.options, input.isName);
    trainTimes.push(input.now() - t0);
  }
  const classifier = createClassifier([model!], input.crosswalk);
  const units = input.texts.map((text, i) => ({ id: String(i), text }));
  let assignments = classify(classifier, units);
  let classifyMs = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t1 = input.now();
    assignments = classify(classifier, units);
    classifyMs = Math.min(classifyMs, input.now() - t1);
  }
  const primaryCounts: Record<string, number> = {};
  for (const a of assignments) primaryCounts[a.primaryTheme] = (primaryCounts[a.primaryTheme] ?? 0) + 1;
  return {
    examples: input.examples.length,
    texts: units.length,
    features: model!.terms.length,
    trainMs: Math.min(...trainTimes),
    coldTrainMs: trainTimes[0]!,
    classifyMs,
    textsPerSecond: units.length / (classifyMs / 1000),
    modelHash: model!.hash,
    primaryCounts,
  };
}
