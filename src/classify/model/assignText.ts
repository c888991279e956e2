import { UNCLASSIFIED, type ThemeId } from '../../vocabulary.js';
import type { Crosswalk } from '../codebook.js';
import { crosswalkAssignment } from '../crosswalkAssignment.js';
import { scoreText, type PreparedModel } from './scoreText.js';
import { round } from '../round.js';
import type { Assignment, Evidence, FrameworkAssignment, ThemeScore } from '../types.js';

/**
 * One text's assignment: calibrated scores -> themes at or above their thresholds, best first (primary first, or
 * unclassified) -> evidence: for each assigned theme, the terms with the largest positive contributions
 * (TF-IDF value x weight), as spans of the text -> the crosswalked assignment in the other framework.
 */
export function assignText(prepared: PreparedModel, id: string, text: string, crosswalk: Crosswalk, maxEvidence: number): Assignment {
  const { model, weights } = prepared;
  const { scores, features } = scoreText(prepared, text);
  const all: ThemeScore[] = model.themes.map((theme, k) => ({ theme, score: round(scores[k]!, 4) }));
  const passing = model.themes
    .map((theme, k) => ({ theme, k, score: scores[k]! }))
    .filter((t) => t.score >= model.calibration[t.k]!.threshold)
    .sort((x, y) => y.score - x.score || x.k - y.k);
  const evidence: Evidence[] = maxEvidence <= 0 ? [] : passing.flatMap(({ theme, k }) => evidenceFor(theme, weights[k]!, features, text, maxEvidence));
  const own: FrameworkAssignment = {
    framework: model.framework,
    primaryTheme: passing[0]?.theme ?? UNCLASSIFIED,
    themes: passing.map((t) => all[t.k]!),
  };
  return { id, ...own, scores: all, evidence, crosswalk: crosswalkAssignment(own, crosswalk) };
}

function evidenceFor(
  theme: ThemeId,
  w: Float64Array,
  features: ReturnType<typeof scoreText>['features'],
  text: string,
  limit: number,
): Evidence[] {
  return features
    .map((f) => ({ f, weight: f.value * w[f.j]! }))
    .filter((c) => c.weight > 0)
    .sort((x, y) => y.weight - x.weight || x.f.start - y.f.start || x.f.end - y.f.end)
    .slice(0, limit)
    .map(({ f, weight }) => ({ theme, term: text.slice(f.start, f.end), start: f.start, end: f.end, weight: round(weight, 4) }));
}
