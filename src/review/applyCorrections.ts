import type { DocumentSummary, Recommendation } from '../corpus/schema.js';
import { documentFramework } from '../corpus/framework.js';
import { THEMES, type ThemeId } from '../vocabulary.js';
import type { Correction, CorrectionProblem } from './corrections.js';
import { documentKey, reviewKey } from './reviewKey.js';

/** Who a value came from. */
export const SOURCES = ['model', 'person'] as const;
export type Source = (typeof SOURCES)[number];

/** What a person changed about one recommendation. */
export interface Provenance {
  readonly text: Source;
  readonly themes: Source;
  readonly added: boolean;
}

/** Counts of what was applied. */
export interface AppliedCounts {
  /** Corrections in force after later files overrode earlier ones. */
  readonly corrections: number;
  readonly kept: number;
  readonly dropped: number;
  readonly textCorrected: number;
  readonly themesCorrected: number;
  readonly added: number;
}

/** `applyCorrections`'s answer. */
export interface CorrectedCorpus {
  /** The documents with dropped recommendations removed, corrected texts in place and added ones appended. */
  readonly documents: DocumentSummary[];
  /** A person's themes, by corpus recommendation id (they replace the model's). */
  readonly themes: ReadonlyMap<string, readonly ThemeId[]>;
  /** What a person changed, by corpus recommendation id; a recommendation not listed is all the model's. */
  readonly provenance: ReadonlyMap<string, Provenance>;
  /** Ids of the corpus recommendations a person dropped. */
  readonly dropped: readonly string[];
  /** The correction in force for each review key (added recommendations under their own key). */
  readonly byKey: ReadonlyMap<string, Correction>;
  readonly applied: AppliedCounts;
  /** Corrections that could not be applied, each named by file and line: never silently ignored. */
  readonly problems: readonly CorrectionProblem[];
}

/**
 * Apply a researcher's corrections (several sheets' rows in order: a later row for the same key wins) to the
 * corpus. Phases: resolve the rows in force -> walk every document's recommendations, matching each by its review
 * key or the key of the sheet row it was merged into (`rowKeys`, by corpus recommendation id) -> drop, re-word and
 * re-theme -> append added recommendations to their documents -> report rows that matched nothing.
 * Pure: the same documents and rows give the same answer.
 */
export function applyCorrections(
  documents: readonly DocumentSummary[],
  rows: readonly Correction[],
  rowKeys: ReadonlyMap<string, string> = new Map(),
): CorrectedCorpus {
  const problems: CorrectionProblem[] = [];
  const byDocument = new Map(documents.flatMap((d) => [[documentKey(d.sha256), d], [d.id, d]] as const));
  const byKey = new Map<string, Correction>();
  for (const row of rows) {
    if (row.key !== null) byKey.set(row.key, row);
    else {
      const document = byDocument.get(row.document ?? '');
      if (document === undefined) problems.push({ code: 'correction-unmatched', at: row.at, message: `added recommendation: no document ${row.document ?? ''} in the corpus (it changed or left the folder)` });
      else byKey.set(reviewKey(document.sha256, row.text ?? ''), row);
    }
  }
  const matched = new Set<string>();
  const themes = new Map<string, readonly ThemeId[]>();
  const provenance = new Map<string, Provenance>();
  const counts = { kept: 0, dropped: 0, textCorrected: 0, themesCorrected: 0, added: 0 };
  const dropped: string[] = [];
  const corrected = documents.map((document): DocumentSummary => {
    const framework = documentFramework(document);
    const recommendations: Recommendation[] = [];
    for (const recommendation of document.recommendations) {
      const own = reviewKey(document.sha256, recommendation.text);
      const key = [rowKeys.get(recommendation.id), own].find((k) => k !== undefined && byKey.get(k)?.key != null);
      const row = key === undefined ? undefined : byKey.get(key);
      if (key === undefined || row === undefined) {
        recommendations.push(recommendation);
        continue;
      }
      const first = !matched.has(key);
      matched.add(key);
      const count = (field: keyof typeof counts) => {
        if (first) counts[field]++;
      };
      if (row.decision === 'drop') {
        count('dropped');
        dropped.push(recommendation.id);
        continue;
      }
      if (row.decision === 'keep') count('kept');
      const personThemes = row.themes !== null && themesFit(row, framework, first ? problems : []);
      if (personThemes) {
        themes.set(recommendation.id, row.themes!);
        count('themesCorrected');
      }
      if (row.text !== null) count('textCorrected');
      provenance.set(recommendation.id, { text: row.text === null ? 'model' : 'person', themes: personThemes ? 'person' : 'model', added: false });
      recommendations.push(row.text === null ? recommendation : reword(recommendation, row.text));
    }
    return { ...document, recommendations: [...recommendations, ...added(document, byKey, matched, themes, provenance, problems, counts)] };
  });
  for (const [key, row] of byKey) {
    if (row.key !== null && !matched.has(key)) problems.push({ code: 'correction-unmatched', at: row.at, message: unmatchedMessage(key, byDocument) });
  }
  return { documents: corrected, themes, provenance, dropped, byKey, applied: { corrections: byKey.size, ...counts }, problems };
}

/** The document's added recommendations, numbered after its own. */
function added(
  document: DocumentSummary,
  byKey: ReadonlyMap<string, Correction>,
  matched: Set<string>,
  themes: Map<string, readonly ThemeId[]>,
  provenance: Map<string, Provenance>,
  problems: CorrectionProblem[],
  counts: { added: number },
): Recommendation[] {
  const own = new Set(document.recommendations.map((r) => reviewKey(document.sha256, r.text)));
  const result: Recommendation[] = [];
  let number = Math.max(0, ...document.recommendations.map((r) => r.number));
  for (const [key, row] of byKey) {
    if (row.key !== null || row.decision === 'drop' || !key.startsWith(`${documentKey(document.sha256)}-`)) continue;
    matched.add(key);
    if (own.has(key)) {
      problems.push({ code: 'correction-invalid', at: row.at, message: `added recommendation: cpc already found it (key ${key}); correct that row instead` });
      continue;
    }
    const text = row.text ?? '';
    const id = `${document.id}#added-${key.slice(-12)}`;
    const personThemes = row.themes !== null && themesFit(row, documentFramework(document), problems);
    if (personThemes) themes.set(id, row.themes!);
    provenance.set(id, { text: 'person', themes: personThemes ? 'person' : 'model', added: true });
    counts.added++;
    result.push({
      id, kind: 'key-recommendation', number: ++number, heading: headingOf(text), text, form: 'listed', rule: 'researcher', confidence: 1, count: 1,
      // A researcher's addition has no place in the canonical text: the location names only the file.
      source: { file: document.file, page: null, line: 1, start: 0, end: 0 },
      repeats: [],
    });
  }
  return result;
}

/** Whether the row's themes belong to the document's framework; a problem when not. */
function themesFit(row: Correction, framework: keyof typeof THEMES, problems: CorrectionProblem[]): boolean {
  const foreign = (row.themes ?? []).filter((t) => !THEMES[framework].includes(t));
  if (foreign.length === 0) return true;
  problems.push({ code: 'correction-invalid', at: row.at, message: `themes_corrected: ${foreign.join(';')} not of the document's ${framework} framework (themes left to the model)` });
  return false;
}

function reword(recommendation: Recommendation, text: string): Recommendation {
  return { ...recommendation, text, heading: headingOf(text) };
}

/** The first sentence, as a heading. */
function headingOf(text: string): string {
  return text.split(/(?<=[.!?])\s+/)[0] ?? text;
}

function unmatchedMessage(key: string, byDocument: ReadonlyMap<string, DocumentSummary>): string {
  const document = byDocument.get(key.split('-')[0] ?? '');
  return document === undefined
    ? `no recommendation has key ${key}: its document is no longer in the corpus (it changed or left the folder)`
    : `no recommendation has key ${key}: ${document.file} no longer has that text (the document or the extraction changed)`;
}
