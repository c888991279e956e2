import { CpcError } from '../errors.js';
import { terms, tfidfVectors, type SparseVector } from '../text/index.js';
import type { Codebook } from './codebook.js';
import { calibrate } from './model/calibrate.js';
import { fitLogistic, type LinearModel } from './model/fitLogistic.js';
import { groupExamples, NO_NAMES } from './model/groupExamples.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, type Model, type TrainOptions } from './model.js';
import { modelHash } from './model/modelHash.js';
import { round } from './round.js';
import { seededRandom, shuffled } from './seededRandom.js';
import type { NameTest, TrainingExample } from './types.js';

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  l2: 1e-4,
  epochs: 20,
  tolerance: 1e-3,
  seed: 1,
  folds: 5,
  seedWeight: 1,
  labelWeight: 1,
  balanced: true,
  minThreshold: 0.1,
  minDf: 1,
};

/**
 * Train a theme model for the codebook's framework from examples of that framework (put other-framework examples
 * through `examplesThroughCrosswalk` first). Deterministic for the same examples, codebook and options.
 */
export function trainModel(examples: readonly TrainingExample[], codebook: Codebook, options: Partial<TrainOptions> = {}, isName: NameTest = NO_NAMES): Model {
  // Phases: group examples by text -> TF-IDF feature space and vectors -> out-of-fold margins (k seeded folds)
  // -> Platt calibration and F1 threshold per theme -> fit on everything -> round, hash.
  const opts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const themes = codebook.themes.map((t) => t.id);
  examples.forEach((example, i) => {
    if (!themes.includes(example.theme)) {
      const from = example.file === undefined ? example.kind : `${example.kind} ${example.file}`;
      const message = `examples[${i}].theme: "${example.theme}" is not a theme of the ${codebook.framework} codebook (${from})`;
      throw new CpcError('invalid-input', message);
    }
  });
  const texts = groupExamples(examples, { seed: opts.seedWeight, label: opts.labelWeight }, isName);
  if (texts.length < opts.folds) {
    throw new CpcError('invalid-input', `${texts.length} distinct training texts: at least ${opts.folds} are needed`);
  }
  const { space, vectors } = tfidfVectors(texts.map((t) => terms(t.text).map((term) => term.key)), { minDf: opts.minDf });
  const labels = texts.map((t) => Uint8Array.from(themes, (theme) => (t.themes.includes(theme) ? 1 : 0)));
  const sampleWeights = Float64Array.from(texts, (t) => t.weight);
  const fit = (rows: readonly number[], seed: number): LinearModel =>
    fitLogistic(rows.map((i) => vectors[i]!), rows.map((i) => labels[i]!), Float64Array.from(rows, (i) => sampleWeights[i]!), space.terms.length, themes.length, { ...opts, seed });

  const margins = themes.map(() => new Float64Array(texts.length));
  const order = shuffled(texts.length, seededRandom(opts.seed));
  for (let fold = 0; fold < opts.folds; fold++) {
    const held = [...order].filter((_, position) => position % opts.folds === fold);
    const heldSet = new Set(held);
    const model = fit([...order].filter((i) => !heldSet.has(i)), opts.seed + fold + 1);
    for (const i of held) themes.forEach((_, k) => (margins[k]![i] = marginOf(model, k, vectors[i]!)));
  }
  const calibration = themes.map((_, k) => {
    const c = calibrate(margins[k]!, Uint8Array.from(labels, (l) => l[k]!), opts.minThreshold);
    return { a: round(c.a, 6), b: round(c.b, 6), threshold: round(c.threshold, 6) };
  });
  const final = fit(texts.map((_, i) => i), opts.seed);

  const origins: Record<string, number> = {};
  for (const example of examples) {
    const kind = example.crosswalkedFrom === undefined ? example.kind : 'crosswalk';
    origins[kind] = (origins[kind] ?? 0) + 1;
  }
  const content: Omit<Model, 'hash'> = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    framework: codebook.framework,
    codebookVersion: codebook.version,
    themes,
    options: opts,
    training: { texts: texts.length, origins: Object.fromEntries(Object.entries(origins).sort(([a], [b]) => (a < b ? -1 : 1))) },
    terms: [...space.terms],
    idf: Array.from(space.idf, (v) => round(v, 6)),
    bias: Array.from(final.bias, (v) => round(v, 6)),
    weights: final.weights.map((w) => Array.from(w, (v) => round(v, 6))),
    calibration,
  };
  const { format, formatVersion, ...rest } = content;
  return { format, formatVersion, hash: modelHash(content), ...rest };
}

function marginOf(model: LinearModel, k: number, vector: SparseVector): number {
  const w = model.weights[k]!;
  let dot = model.bias[k]!;
  for (let n = 0; n < vector.indices.length; n++) dot += w[vector.indices[n]!]! * vector.values[n]!;
  return dot;
}
