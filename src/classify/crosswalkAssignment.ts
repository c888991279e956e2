import { THEMES, UNCLASSIFIED, type Framework, type ThemeId } from '../vocabulary.js';
import type { Crosswalk } from './codebook.js';
import { mappedThemes } from './mappedThemes.js';
import { round } from './round.js';
import type { FrameworkAssignment, ThemeScore } from './types.js';

/**
 * An assignment carried into the other framework through the crosswalk. Each assigned theme with score s sends
 * s * w to every theme it maps to (w normalised per source theme); contributions to one target combine as a
 * noisy-or, 1 - prod(1 - s * w), so scores stay in [0, 1]. Targets reaching `crosswalk.threshold` times the best
 * are kept, best first (ties in vocabulary order); unclassified stays unclassified.
 */
export function crosswalkAssignment(assignment: FrameworkAssignment, crosswalk: Crosswalk): FrameworkAssignment {
  const framework: Framework = assignment.framework === 'classic' ? 'current' : 'classic';
  if (assignment.primaryTheme === UNCLASSIFIED) return { framework, primaryTheme: UNCLASSIFIED, themes: [] };
  const miss = new Map<ThemeId, number>();
  for (const { theme, score } of assignment.themes) {
    for (const target of mappedThemes(crosswalk, theme)) {
      miss.set(target.theme, (miss.get(target.theme) ?? 1) * (1 - score * target.weight));
    }
  }
  const order = THEMES[framework];
  const scored: ThemeScore[] = [...miss]
    .map(([theme, m]) => ({ theme, score: round(1 - m, 4) }))
    .sort((x, y) => y.score - x.score || order.indexOf(x.theme) - order.indexOf(y.theme));
  const best = scored[0]?.score ?? 0;
  const themes = scored.filter((t) => t.score > 0 && t.score >= crosswalk.threshold * best);
  return { framework, primaryTheme: themes[0]?.theme ?? UNCLASSIFIED, themes };
}
