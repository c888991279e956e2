import type { IssueTagger } from '../aggregate/groupChallenges.js';
import { groupChallenges } from '../aggregate/groupChallenges.js';
import type { Challenge, ChallengeRecommendation } from '../aggregate/types.js';
import type { Classifier } from '../classify/classifier.js';
import { classify } from '../classify/classify.js';
import type { Assignment, Unit } from '../classify/types.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { applyCorrections, type CorrectedCorpus } from '../review/applyCorrections.js';
import type { Correction } from '../review/corrections.js';
import { personAssignment } from '../review/personAssignment.js';
import { rowKeys } from '../review/reviewKey.js';

/** A researcher's corrections as applied to one analysis. */
export interface AnalysisReview {
  readonly corrections: CorrectedCorpus;
  /** What cpc found before the corrections, each recommendation once with the model's themes: the review sheet's rows. */
  readonly machine: readonly ChallengeRecommendation[];
}

/** Whether a document's recommendations are counted: only Corporate Peer Challenges' (others stay listed in documents.csv). */
export const isCounted = (d: CorpusDocument): boolean => d.programme === 'corporate-peer-challenge';

/** Every recommendation of the documents as a unit to classify, in its document's framework. */
export function recommendationUnits(documents: readonly CorpusDocument[]): Unit[] {
  return documents.flatMap((d) => d.recommendations.map((r) => ({ id: r.id, text: r.text, framework: d.framework ?? 'classic' })));
}

/**
 * The corpus and assignments with a researcher's corrections applied. Phases: classify what cpc found -> group it
 * as the review sheet shows it (the rows' keys) -> apply the corrections -> classify only re-worded and added
 * texts -> a person's themes replace the model's.
 */
export function correctedCorpus(
  documents: readonly CorpusDocument[],
  classifier: Classifier,
  corrections: readonly Correction[],
  tagger: IssueTagger,
): { documents: readonly CorpusDocument[]; assignments: Assignment[]; review: AnalysisReview } {
  const model = classify(classifier, recommendationUnits(documents));
  const machine = groupChallenges(documents.filter(isCounted), model, tagger).flatMap((c) => c.recommendations);
  const applied = applyCorrections(documents, corrections, rowKeys(documents, machine));
  const units = recommendationUnits(applied.documents);
  const byId = new Map(model.map((a) => [a.id, a]));
  const fresh = classify(classifier, units.filter((u) => applied.provenance.get(u.id)?.text === 'person'));
  for (const a of fresh) byId.set(a.id, a);
  const assignments = units.map((u) => {
    const assignment = byId.get(u.id)!;
    const themes = applied.themes.get(u.id);
    return themes === undefined ? assignment : personAssignment(assignment, themes, classifier.crosswalk);
  });
  return { documents: applied.documents, assignments, review: { corrections: applied, machine } };
}

/**
 * The documents and theme-table council groups whose rows a person changed (a recommendation in them corrected,
 * added or dropped), for the `source` column of the aggregate tables.
 */
export function touchedByReview(analysis: { readonly review?: AnalysisReview; readonly documents: readonly CorpusDocument[]; readonly challenges: readonly Challenge[] }, found: readonly CorpusDocument[]): { documents: Set<string>; councils: Set<string> } {
  const documents = new Set<string>();
  const review = analysis.review;
  if (review === undefined) return { documents, councils: new Set() };
  const person = [...review.corrections.provenance].filter(([, p]) => p.added || p.text === 'person' || p.themes === 'person').map(([id]) => id);
  const changed = new Set([...person, ...review.corrections.dropped]);
  for (const d of [...found, ...analysis.documents]) if (d.recommendations.some((r) => changed.has(r.id))) documents.add(d.id);
  const councils = new Set(analysis.challenges
    .filter((c) => c.documentIds.some((id) => documents.has(id)))
    .map((c) => c.council ?? `(council not named: ${c.id})`));
  return { documents, councils };
}
