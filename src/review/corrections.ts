import { readCsv } from '../csv.js';
import { readThemes } from '../classify/readThemes.js';
import { isCpcError } from '../errors.js';
import type { ThemeId } from '../vocabulary.js';
import type { SheetRow } from './agreement.js';

/** What a researcher decided about a recommendation. */
export const DECISIONS = ['keep', 'drop'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Columns of the review sheet the researcher fills in. */
export const RESEARCHER_COLUMNS = ['decision', 'text_corrected', 'themes_corrected', 'note'] as const;

/** One filled row of a review sheet: a correction of a recommendation cpc found, or one it missed. */
export interface Correction {
  /** The recommendation's review key; null for a recommendation the researcher adds. */
  readonly key: string | null;
  /** For an added recommendation: the document's key (`d` + hash) or id. */
  readonly document: string | null;
  readonly decision: Decision | null;
  readonly text: string | null;
  readonly themes: readonly ThemeId[] | null;
  readonly note: string;
  /** Where it was read: `<file>:<line>`. */
  readonly at: string;
}

/** Why a correction was not applied. */
export const CORRECTION_PROBLEMS = ['correction-invalid', 'correction-unmatched'] as const;
export type CorrectionProblemCode = (typeof CORRECTION_PROBLEMS)[number];

export interface CorrectionProblem {
  readonly code: CorrectionProblemCode;
  /** `<file>:<line>` of the correction. */
  readonly at: string;
  readonly message: string;
}

/** A spreadsheet cell back to its value: trimmed, and the apostrophe that defused a formula-like cell removed. */
function cell(values: Readonly<Record<string, string>>, column: string): string {
  const value = (values[column] ?? '').trim();
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * A review sheet (CSV with at least `key` and the researcher's columns) -> its corrections. Rows the researcher
 * left blank are not corrections. A row that cannot be read (unknown decision or theme, an added row without text
 * or document) is a problem naming its line; the other rows still count.
 */
export function parseCorrections(text: string, file: string): { readonly corrections: Correction[]; readonly problems: CorrectionProblem[] } {
  const corrections: Correction[] = [];
  const problems: CorrectionProblem[] = [];
  for (const { line, values } of readCsv(text, file, ['key', ...RESEARCHER_COLUMNS])) {
    const at = `${file}:${line}`;
    const [decision, corrected, themes, note] = RESEARCHER_COLUMNS.map((c) => cell(values, c)) as [string, string, string, string];
    const key = cell(values, 'key');
    const added = key === '';
    if (!added && decision === '' && corrected === '' && themes === '' && note === '') continue;
    const invalid = (message: string) => problems.push({ code: 'correction-invalid', at, message });
    const lower = decision.toLowerCase();
    if (lower !== '' && lower !== 'keep' && lower !== 'drop') {
      invalid(`decision: "${decision}" is not keep or drop`);
      continue;
    }
    let themeIds: ThemeId[] | null = null;
    try {
      themeIds = themes === '' ? null : readThemes(themes, 'themes_corrected', file);
    } catch (error) {
      if (!isCpcError(error)) throw error;
      invalid(error.message);
      continue;
    }
    const document = cell(values, 'document_key') || cell(values, 'document_id');
    const addedText = corrected || cell(values, 'text');
    if (added && (addedText === '' || document === '')) {
      if (decision !== '' || corrected !== '' || themes !== '') invalid('an added recommendation needs document_key (or document_id) and its text');
      continue;
    }
    corrections.push({
      key: added ? null : key,
      document: added ? document : null,
      decision: lower === '' ? null : (lower as Decision),
      text: added ? addedText.replace(/\s+/g, ' ') : corrected === '' ? null : corrected.replace(/\s+/g, ' '),
      themes: themeIds,
      note,
      at,
    });
  }
  return { corrections, problems };
}

/** A review sheet's rows as agreement reads them (themes as written when they are not valid ids or labels). */
export function parseReviewSheet(text: string, file: string): SheetRow[] {
  return readCsv(text, file, ['key', 'model_primary_theme', ...RESEARCHER_COLUMNS]).map(({ values }) => {
    const themes = cell(values, 'themes_corrected');
    let themesCorrected: readonly string[] = [];
    try {
      themesCorrected = themes === '' ? [] : readThemes(themes, 'themes_corrected', file);
    } catch (error) {
      if (!isCpcError(error)) throw error;
      themesCorrected = themes.split(';').map((t) => t.trim()).filter((t) => t !== '');
    }
    return {
      key: cell(values, 'key'),
      modelPrimaryTheme: cell(values, 'model_primary_theme'),
      decision: cell(values, 'decision'),
      themesCorrected,
      textCorrected: cell(values, 'text_corrected'),
      note: cell(values, 'note'),
    };
  });
}
