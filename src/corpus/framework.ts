import type { Framework } from '../vocabulary.js';
import { CLASSIC_THEMES, CURRENT_THEMES } from '../vocabulary.js';
import { documentText, type Block } from './blocks.js';
import { themesNamed } from './themeHeadings.js';

/**
 * Which five-theme framework a document quotes: the one with at least three of its themes named.
 * Null when the document quotes neither (a committee paper that never lists the themes).
 */
export function detectFramework(blocks: readonly Block[]): Framework | null {
  const named = themesNamed(documentText(blocks));
  const classic = CLASSIC_THEMES.filter((t) => named.has(t)).length;
  const current = CURRENT_THEMES.filter((t) => named.has(t)).length;
  if (classic < 3 && current < 3) return null;
  return current > classic ? 'current' : 'classic';
}

/** The framework a document's recommendations are read in: the one it names, else the classic one. */
export const DEFAULT_FRAMEWORK: Framework = 'classic';

/** The one place that decides which framework a document's recommendations are classified and reviewed in. */
export function documentFramework(document: { readonly framework: Framework | null }): Framework {
  return document.framework ?? DEFAULT_FRAMEWORK;
}
