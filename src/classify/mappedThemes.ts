import { THEMES, frameworkOf, type ThemeId } from '../vocabulary.js';
import type { Crosswalk } from './codebook.js';

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
