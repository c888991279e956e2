import { challenges as withAssignments, type IssueTagger } from '../aggregate/challenges.js';
import type { Challenge, ChallengeRecommendation } from '../aggregate/types.js';
import type { Classifier } from '../classify/classifier.js';
import { classify } from '../classify/classify.js';
import type { Assignment } from '../classify/types.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { applyCorrections, type CorrectedCorpus } from '../review/applyCorrections.js';
import type { Correction } from '../review/corrections.js';
import { personAssignment } from '../review/personAssignment.js';
import { rowKeys } from '../review/reviewKey.js';
import { units } from '../units/units.js';
import type { Units } from '../units/types.js';

/** A researcher's corrections as applied to one analysis. */
export interface AnalysisReview {
  readonly corrections: CorrectedCorpus;
  /** What cpc found before the corrections, each recommendation once with the model's themes: the review sheet's rows. */
  readonly machine: readonly ChallengeRecommendation[];
}

/** Whether a document's recommendations are counted: only Corporate Peer Challenges' (others stay listed in documents.csv). */
export const isCounted = (d: DocumentSummary): boolean => d.programme === 'corporate-peer-challenge';

/**
 * The corpus and assignments with a researcher's corrections applied. Phases: the units cpc found, each classified
 * once -> the review sheet's rows (their keys) -> apply the corrections -> the corrected documents' units ->
 * classify only re-worded texts and units that were not units before -> a person's themes replace the model's.
 */
export function correctedCorpus(
  documents: readonly DocumentSummary[],
  classifier: Classifier,
  corrections: readonly Correction[],
  tagger: IssueTagger,
): { documents: readonly DocumentSummary[]; units: Units; assignments: Assignment[]; review: AnalysisReview } {
  const found = units(documents.filter(isCounted));
  const model = classify(classifier, found.units);
  const machine = withAssignments(found, model, tagger).flatMap((c) => c.recommendations);
  const applied = applyCorrections(documents, corrections, rowKeys(documents, machine));
  const corrected = units(applied.documents.filter(isCounted));
  const byId = new Map(model.map((a) => [a.id, a]));
  const fresh = classify(classifier, corrected.units.filter((u) => applied.provenance.get(u.id)?.text === 'person' || !byId.has(u.id)));
  for (const a of fresh) byId.set(a.id, a);
  const assignments = corrected.units.map((u) => {
    const assignment = byId.get(u.id)!;
    const themes = applied.themes.get(u.id);
    return themes === undefined ? assignment : personAssignment(assignment, themes, classifier.crosswalk);
  });
  return { documents: applied.documents, units: corrected, assignments, review: { corrections: applied, machine } };
}

/**
 * The documents and theme-table council groups whose rows a person changed (a recommendation in them corrected,
 * added or dropped), for the `source` column of the aggregate tables.
 */
export function touchedByReview(analysis: { readonly review?: AnalysisReview; readonly documents: readonly DocumentSummary[]; readonly challenges: readonly Challenge[] }, found: readonly DocumentSummary[]): { documents: Set<string>; councils: Set<string> } {
  const documents = new Set<string>();
  const review = analysis.review;
  if (review === undefined) return { documents, councils: new Set() };
  const person = [...review.corrections.provenance].filter(([, p]) => p.added || p.text === 'person' || p.themes === 'person').map(([id]) => id);
  const changed = new Set([...person, ...review.corrections.dropped]);
  for (const d of [...found, ...analysis.documents]) if (d.recommendations.some((r) => changed.has(r.id))) documents.add(d.id);
  const councils = new Set(analysis.challenges
    .filter((c) => c.documentIds.some((id) => documents.has(id)))
    .map((c) => c.council?.name ?? `(council not named: ${c.id})`));
  return { documents, councils };
}
