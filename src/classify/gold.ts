import type { ThemeId } from '../vocabulary.js';

/** A hand-labelled text: its themes, the primary first. */
export interface GoldItem {
  /** `<file stem>#<n>` for the gold JSON, the `id` column or `<file>:<line>` for CSV. */
  readonly id: string;
  /** The stem of the corpus file it was annotated in (`stoke-2016`), when known: for holding its document out. */
  readonly document: string | null;
  readonly text: string;
  readonly themes: readonly ThemeId[];
  /** Two careful readers could pick a different primary theme. */
  readonly ambiguous: boolean;
}
