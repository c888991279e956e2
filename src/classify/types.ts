import type { Framework, ThemeId, ThemeOrUnclassified } from '../vocabulary.js';

/**
 * What a training example is evidence of, which sets its weight in training: a sentence of a report's theme
 * section (1), a codebook seed (`seedWeight`), a researcher's labels file or corrections (`labelWeight`).
 */
export const EXAMPLE_KINDS = ['section', 'codebook', 'labels', 'corrections'] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];

/** A text to classify: a corpus recommendation or a row of a researcher's spreadsheet. */
export interface Unit {
  readonly id: string;
  readonly text: string;
  /** The framework to classify in; defaults to the classifier's option. */
  readonly framework?: Framework;
}

/** A labelled training text (theme-section sentences, codebook phrases, a researcher's labels). */
export interface TrainingExample {
  readonly text: string;
  readonly theme: ThemeId;
  readonly kind: ExampleKind;
  /** The file it came from: a section's source file (cross-validation leaves one out), a labels CSV. */
  readonly file?: string;
  /** The framework its theme was given in, when it was relabelled into this one through the crosswalk. */
  readonly crosswalkedFrom?: Framework;
}

/** Whether a run of capitalised words is a name (a council's, say): training texts that differ only in names group as one. */
export type NameTest = (run: string) => boolean;

export interface ThemeScore {
  readonly theme: ThemeId;
  /** Calibrated probability-like score in [0, 1]. */
  readonly score: number;
}

/** A span of the unit's text that pushed it towards a theme. */
export interface Evidence {
  readonly theme: ThemeId;
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

/** A unit's themes in one framework. */
export interface FrameworkAssignment {
  readonly framework: Framework;
  readonly primaryTheme: ThemeOrUnclassified;
  /** Every theme above its threshold, best first. */
  readonly themes: readonly ThemeScore[];
}

/** The classifier's answer for one unit. */
export interface Assignment extends FrameworkAssignment {
  readonly id: string;
  /** Scores of all five themes of the framework, in codebook order. */
  readonly scores: readonly ThemeScore[];
  readonly evidence: readonly Evidence[];
  /** The same assignment in the other framework, through the crosswalk. */
  readonly crosswalk: FrameworkAssignment;
}
