import type { ThemeScore } from '../classify/types.js';
import { RESEARCHER_COLUMNS } from '../review/corrections.js';
import { csvPieces, rowsOf, type CsvOptions, type CsvPieces } from './csv.js';

/** One row of the review sheet: what cpc found about a recommendation, and what a researcher said about it. */
export interface ReviewRow {
  /** The review key (document hash + normalised text); empty for a recommendation a researcher added. */
  readonly key: string;
  readonly documentKey: string;
  readonly documentId: string;
  readonly council: string | null;
  readonly year: number | null;
  readonly file: string;
  readonly page: number | null;
  readonly framework: string;
  /** The text as cpc found it (empty for an added one: its text is in `textCorrected`). */
  readonly text: string;
  /** The layout rule that found it, its form and that rule's confidence. */
  readonly rule: string;
  readonly form: string;
  readonly confidence: number | null;
  readonly modelPrimaryTheme: string;
  readonly modelThemes: readonly ThemeScore[];
  readonly decision: string;
  readonly textCorrected: string;
  readonly themesCorrected: string;
  readonly note: string;
}

/** The sheet's columns, in order: cpc's, then the researcher's (`decision`, `text_corrected`, `themes_corrected`, `note`). */
export const REVIEW_COLUMNS = [
  'key', 'document_key', 'document_id', 'council', 'year', 'document', 'page', 'framework', 'text', 'found_by', 'form',
  'confidence', 'model_primary_theme', 'model_themes', ...RESEARCHER_COLUMNS,
] as const;

/**
 * The review sheet as CSV: one flat row per recommendation, no formulas, no merged cells, so it sorts and filters
 * in a spreadsheet; formula-like cells are defused by `csvPieces` (and restored by `parseCorrections`).
 */
export function reviewCsv(rows: readonly ReviewRow[], options: CsvOptions = {}): CsvPieces {
  return csvPieces(REVIEW_COLUMNS, rowsOf(rows, (r) => [[
    r.key, r.documentKey, r.documentId, r.council, r.year, r.file, r.page, r.framework, r.text, r.rule, r.form,
    r.confidence, r.modelPrimaryTheme, r.modelThemes.map((t) => `${t.theme}:${t.score.toFixed(3)}`).join(';'),
    r.decision, r.textCorrected, r.themesCorrected, r.note,
  ]]), options);
}
