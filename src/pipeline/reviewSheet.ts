import type { ChallengeRecommendation } from '../aggregate/types.js';
import type { DocumentSummary } from '../corpus/schema.js';
import type { ReviewRow } from '../export/reviewCsv.js';
import type { SheetRow } from '../review/agreement.js';
import type { Correction } from '../review/corrections.js';
import { documentKey, reviewKey } from '../review/reviewKey.js';
import { documentFramework } from '../corpus/framework.js';
import { extended } from '../objects.js';
import type { Analysis } from './analyse.js';

/**
 * The review sheet of an analysis: a row per recommendation cpc found (each once per challenge, before any
 * correction), with the researcher's columns filled from the corrections in force, then the recommendations
 * researchers added, so the sheet can be edited again and passed back to `cpc run --corrections`.
 * `found`: the documents as ingested (the analysis's own are corrected ones when corrections were applied).
 */
export function reviewSheet(analysis: Analysis, found: readonly DocumentSummary[]): ReviewRow[] {
  const byKey = analysis.review?.corrections.byKey ?? new Map<string, Correction>();
  const documents = new Map(found.map((d) => [d.id, d]));
  const rows = (analysis.review?.machine ?? analysis.recommendations).flatMap((r) => {
    const document = documents.get(r.documentIds[0] ?? '');
    const recommendation = document?.recommendations.find((x) => x.id === r.id);
    if (document === undefined || recommendation === undefined) return [];
    const key = reviewKey(document.sha256, recommendation.text);
    return [row(r, document, { key, text: recommendation.text, rule: recommendation.rule, form: recommendation.form, confidence: recommendation.confidence }, byKey.get(key))];
  });
  const addedRows = [...byKey.values()].filter((c) => c.key === null).flatMap((c) => {
    const document = found.find((d) => documentKey(d.sha256) === c.document || d.id === c.document);
    return document === undefined ? [] : [row(null, document, { key: '', text: '', rule: 'researcher', form: '', confidence: null }, c)];
  });
  return [...rows, ...addedRows];
}

function row(
  r: ChallengeRecommendation | null,
  document: DocumentSummary,
  found: { key: string; text: string; rule: string; form: string; confidence: number | null },
  correction: Correction | undefined,
): ReviewRow {
  return extended(found, {
    documentKey: documentKey(document.sha256),
    documentId: document.id,
    council: r?.council?.name ?? document.council?.name ?? null,
    year: r?.year ?? document.year,
    file: document.file,
    page: r?.sources[0]?.page ?? null,
    framework: r?.framework ?? documentFramework(document),
    modelPrimaryTheme: r?.assignment?.primaryTheme ?? '',
    modelThemes: r?.assignment?.themes ?? [],
    decision: correction?.decision ?? '',
    textCorrected: correction?.text ?? '',
    themesCorrected: correction?.themes?.join(';') ?? '',
    note: correction?.note ?? '',
  });
}

/** Review rows as agreement reads them. */
export function sheetRows(rows: readonly ReviewRow[]): SheetRow[] {
  return rows.map((r) => ({
    key: r.key,
    modelPrimaryTheme: r.modelPrimaryTheme,
    decision: r.decision,
    themesCorrected: r.themesCorrected === '' ? [] : r.themesCorrected.split(';'),
    textCorrected: r.textCorrected,
    note: r.note,
  }));
}
