import { CpcError } from '../errors.js';
import { THEMES, UNCLASSIFIED, frameworkOf, type ThemeOrUnclassified } from '../vocabulary.js';
import type { EvaluationReport } from './evaluation.js';
import type { GoldItem } from './gold.js';
import { assignmentIn } from './assignmentIn.js';
import { scores } from './scores.js';
import type { Assignment } from './types.js';

/**
 * Score assignments against gold items (joined by id) in the gold's framework: an assignment in the other
 * framework is read through its crosswalk. Strict: the primary must be the first gold theme. Lenient: any gold
 * theme counts, and a hit is recorded with the matched theme as the actual one. A missing assignment counts as
 * unclassified and is listed.
 */
export function evaluate(assignments: readonly Assignment[], gold: readonly GoldItem[]): EvaluationReport {
  const first = gold[0]?.themes[0];
  if (first === undefined) throw new CpcError('invalid-input', 'no gold items to evaluate against');
  const framework = frameworkOf(first);
  const mixed = gold.find((item) => item.themes.some((t) => frameworkOf(t) !== framework));
  if (mixed !== undefined) throw new CpcError('invalid-input', `gold item ${mixed.id} is not of the ${framework} framework like the others`);
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const missing: string[] = [];
  const predictedOf = (item: GoldItem): ThemeOrUnclassified => {
    const assignment = byId.get(item.id);
    if (assignment === undefined) {
      missing.push(item.id);
      return UNCLASSIFIED;
    }
    return assignmentIn(assignment, framework).primaryTheme;
  };
  const rows = gold.map((item) => ({ item, predicted: predictedOf(item) }));
  const themes = THEMES[framework];
  const strict = scores(rows.map(({ item, predicted }) => ({ actual: item.themes[0]!, predicted })), themes);
  const lenient = scores(
    rows.map(({ item, predicted }) => ({
      actual: predicted !== UNCLASSIFIED && item.themes.includes(predicted) ? predicted : item.themes[0]!,
      predicted,
    })),
    themes,
  );
  return {
    framework,
    items: gold.length,
    unclassified: rows.filter((r) => r.predicted === UNCLASSIFIED).length,
    missing,
    strict,
    lenient,
  };
}
