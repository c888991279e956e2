import type { Model } from './model.js';

/**
 * A model as JSON text, keys in a fixed order and numbers as trained (already rounded), ending in a newline:
 * the same model always gives the same bytes.
 */
export function modelToJson(model: Model): string {
  const ordered: Model = {
    format: model.format,
    formatVersion: model.formatVersion,
    hash: model.hash,
    framework: model.framework,
    codebookVersion: model.codebookVersion,
    themes: model.themes,
    options: {
      l2: model.options.l2,
      epochs: model.options.epochs,
      tolerance: model.options.tolerance,
      seed: model.options.seed,
      folds: model.options.folds,
      seedWeight: model.options.seedWeight,
      labelWeight: model.options.labelWeight,
      balanced: model.options.balanced,
      minThreshold: model.options.minThreshold,
      minDf: model.options.minDf,
    },
    training: { texts: model.training.texts, origins: model.training.origins },
    terms: model.terms,
    idf: model.idf,
    bias: model.bias,
    weights: model.weights,
    calibration: model.calibration.map((c) => ({ a: c.a, b: c.b, threshold: c.threshold })),
  };
  return `${JSON.stringify(ordered)}\n`;
}
