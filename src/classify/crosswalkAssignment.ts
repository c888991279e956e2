import { THEMES, UNCLASSIFIED, frameworkOf, type Framework, type ThemeId } from '../vocabulary.js';
import type { Crosswalk } from './codebook.js';
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

/**
 * The themes of the other framework that `theme` maps to, with weights normalised to sum to 1 for `theme` (classic
 * -> current weights are as written; current -> classic ones are the same weights, normalised per current theme),
 * in the other framework's vocabulary order.
 */
export function mappedThemes(crosswalk: Crosswalk, theme: ThemeId): readonly { theme: ThemeId; weight: number }[] {
  let byTheme = MEMO.get(crosswalk);
  if (byTheme === undefined) MEMO.set(crosswalk, (byTheme = new Map()));
  let mapped = byTheme.get(theme);
  if (mapped === undefined) byTheme.set(theme, (mapped = compute(crosswalk, theme)));
  return mapped;
}

/** Results per crosswalk object (a memo: it cannot change results). */
const MEMO = new WeakMap<Crosswalk, Map<ThemeId, readonly { theme: ThemeId; weight: number }[]>>();

function compute(crosswalk: Crosswalk, theme: ThemeId): { theme: ThemeId; weight: number }[] {
  const fromClassic = frameworkOf(theme) === 'classic';
  const edges = crosswalk.mappings
    .filter((m) => (fromClassic ? m.classic : m.current) === theme)
    .map((m) => ({ theme: (fromClassic ? m.current : m.classic) as ThemeId, weight: m.weight }));
  const total = edges.reduce((sum, e) => sum + e.weight, 0);
  const order = THEMES[fromClassic ? 'current' : 'classic'];
  return edges
    .map((e) => ({ theme: e.theme, weight: e.weight / total }))
    .sort((a, b) => order.indexOf(a.theme) - order.indexOf(b.theme));
}
