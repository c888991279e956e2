import type { Framework, ThemeId, ThemeOrUnclassified } from '../vocabulary.js';

/** Precision, recall and F1 of one theme as a primary theme. */
export interface ThemeMetrics {
  readonly theme: ThemeId;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Items whose actual primary theme it is. */
  readonly support: number;
  /** Items predicted with it as primary. */
  readonly predicted: number;
}

/** Confusion matrix: `matrix[r][c]` counts items of actual `labels[r]` predicted `labels[c]`. */
export interface ConfusionMatrix {
  readonly labels: readonly ThemeOrUnclassified[];
  readonly matrix: readonly (readonly number[])[];
}

/** One way of scoring (strict or lenient). */
export interface Scores {
  readonly perTheme: readonly ThemeMetrics[];
  /** Mean F1 over the themes that occur as actual or predicted. */
  readonly macroF1: number;
  readonly accuracy: number;
  /** Cohen's kappa between actual and predicted primary themes. */
  readonly kappa: number;
  readonly confusion: ConfusionMatrix;
}

/** `evaluate`'s answer: plain data, numbers rounded to 4 decimals. */
export interface EvaluationReport {
  readonly framework: Framework;
  readonly items: number;
  /** Items predicted unclassified. */
  readonly unclassified: number;
  /** Gold ids with no assignment (scored as unclassified). */
  readonly missing: readonly string[];
  /** The primary theme must be the first listed gold theme. */
  readonly strict: Scores;
  /** Any listed gold theme counts; a hit is scored with that theme as the actual one. */
  readonly lenient: Scores;
}

/** `crossValidate`'s answer. */
export interface CrossValidationReport {
  readonly folds: readonly { readonly document: string; readonly sentences: number; readonly macroF1: number; readonly accuracy: number }[];
  readonly meanMacroF1: number;
}
