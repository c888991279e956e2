import { contentTerms, textSimilarity } from '../text/index.js';
import type { FollowUpPassage, LinkMethod } from './types.js';

/** How alike a restatement and an original must be to link by wording (see `textSimilarity`). */
export const LINK_THRESHOLD = 0.3;

/** An original recommendation as linking sees it. */
export interface LinkTarget {
  readonly id: string;
  readonly number: number;
  readonly terms: ReadonlySet<string>;
}

export interface PassageLink {
  readonly passage: FollowUpPassage;
  readonly targetId: string;
  readonly method: LinkMethod;
  readonly score: number;
}

/** An original's terms for linking. */
export function linkTarget(id: string, number: number, text: string): LinkTarget {
  return { id, number, terms: new Set(contentTerms(text)) };
}

/**
 * One document's passages -> links to the originals. A passage that names a number the originals have links to
 * that one, unless its restatement plainly matches another (at least 0.5 against under 0.2: the document numbers
 * its own way). Otherwise it links to the original it is most alike, at or above `threshold`; a short restatement
 * (a heading) is read with the start of its report. A passage links to at most one original.
 */
export function linkPassages(passages: readonly FollowUpPassage[], targets: readonly LinkTarget[], threshold: number = LINK_THRESHOLD): PassageLink[] {
  const links: PassageLink[] = [];
  for (const passage of passages) {
    const text = passage.restated.split(/\s+/).length < 8 ? `${passage.restated} ${passage.report.slice(0, 300)}` : passage.restated;
    const terms = new Set(contentTerms(text));
    const scored = targets.map((target) => ({ target, score: textSimilarity(target.terms, terms) }));
    const best = scored.reduce<(typeof scored)[number] | null>((a, b) => (a === null || b.score > a.score ? b : a), null);
    const numbered = passage.number === null ? undefined : scored.find((s) => s.target.number === passage.number);
    const wordingWins = best !== null && best.score >= 0.5 && numbered !== undefined && numbered.score < 0.2 && terms.size >= 4;
    if (numbered !== undefined && !wordingWins) {
      links.push({ passage, targetId: numbered.target.id, method: 'number', score: round(terms.size === 0 ? 1 : numbered.score) });
    } else if (best !== null && best.score >= threshold) {
      links.push({ passage, targetId: best.target.id, method: 'wording', score: round(best.score) });
    }
  }
  return links;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
