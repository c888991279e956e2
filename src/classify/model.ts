import { z } from 'zod';
import { CLASSIC_THEMES, CURRENT_THEMES, FRAMEWORKS } from '../vocabulary.js';

/**
 * A trained theme model as plain data: the TF-IDF feature space, one logistic-regression weight vector per theme,
 * and each theme's calibration. Saved as JSON by `modelToJson`, checked on load by `modelFromJson`.
 */

export const MODEL_FORMAT = 'cpc-theme-model';
export const MODEL_FORMAT_VERSION = 1;

export const TrainOptionsSchema = z.strictObject({
  /** L2 penalty of the logistic regression. */
  l2: z.number().positive(),
  /** Most passes of stochastic gradient descent. */
  epochs: z.number().int().positive(),
  /** Training stops once a pass lowers the mean loss by less than this. */
  tolerance: z.number().nonnegative(),
  seed: z.number().int().nonnegative(),
  /** Folds of the out-of-fold predictions the calibration is fitted on. */
  folds: z.number().int().min(2),
  /** Weight of a codebook seed example relative to a sentence (1). */
  seedWeight: z.number().positive(),
  /** Weight of a researcher's labelled example relative to a sentence (1). */
  labelWeight: z.number().positive(),
  balanced: z.boolean(),
  /** Lowest threshold a theme may get from calibration. */
  minThreshold: z.number().min(0).max(0.95),
  /** A term must occur in at least this many training texts. */
  minDf: z.number().int().positive(),
});
export type TrainOptions = z.infer<typeof TrainOptionsSchema>;

const Finite = z.number().finite();

export const ModelSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  formatVersion: z.literal(MODEL_FORMAT_VERSION),
  /** First 16 hex digits of the SHA-256 of the model's canonical JSON without this field. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  framework: z.enum(FRAMEWORKS),
  codebookVersion: z.string(),
  /** The framework's themes in codebook order: the order of `bias`, `weights` and `calibration`. */
  themes: z.array(z.enum([...CLASSIC_THEMES, ...CURRENT_THEMES])),
  options: TrainOptionsSchema,
  training: z.strictObject({
    /** Distinct training texts after grouping examples by text. */
    texts: z.number().int().nonnegative(),
    /** Examples per kind (`section`, `codebook`, `labels`, `corrections`); those relabelled through the crosswalk as `crosswalk`. */
    origins: z.record(z.string(), z.number().int().nonnegative()),
  }),
  /** Feature keys (stems and stem pairs), sorted. */
  terms: z.array(z.string()),
  idf: z.array(Finite),
  bias: z.array(Finite),
  /** `weights[k][j]`: weight of term j for theme k. */
  weights: z.array(z.array(Finite)),
  calibration: z.array(z.strictObject({ a: Finite, b: Finite, threshold: Finite })),
});
/** A trained model. Its numbers are rounded at training time, so a saved and reloaded model classifies identically. */
export type Model = z.infer<typeof ModelSchema>;
