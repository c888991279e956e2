import { CLASSIC_THEMES, CURRENT_THEMES, type Framework, type ThemeId } from '../vocabulary.js';
import type { IssueTaxonomy } from './issueTaxonomy.js';
import { matchPhrases } from './matchPhrases.js';
import { phraseMatcher, type PhraseEntry } from './phraseMatcher.js';
import type { Challenge } from './types.js';

/** The part of a theme codebook used here: each theme's phrases (a `Codebook` from src/classify fits). */
export interface ThemePhrases {
  readonly framework: Framework;
  readonly themes: readonly { readonly id: ThemeId; readonly phrases: readonly string[] }[];
}

/** Why a theme or issue counts as asked about: the focus area and the phrase it matched. */
export interface FocusMatch {
  readonly focusArea: string;
  readonly kind: 'issue' | 'theme';
  readonly id: string;
  readonly phrase: string;
}

/** What a challenge's council asked the peers to look at, as issues and themes (both frameworks). */
export interface ChallengeFocus {
  readonly challengeId: string;
  /** Issue ids, in taxonomy order. */
  readonly issues: readonly string[];
  /** Themes of both frameworks, classic first, in vocabulary order. */
  readonly themes: readonly ThemeId[];
  readonly matches: readonly FocusMatch[];
}

const THEME_ORDER: readonly ThemeId[] = [...CLASSIC_THEMES, ...CURRENT_THEMES];

/**
 * Scope: match each challenge's requested focus areas against the issue taxonomy (an issue also marks its
 * `themes`) and against the codebooks' theme phrases, so tables can tell what councils asked about from what
 * peers raised unprompted. Simple phrase matching, as in `tagIssues`.
 */
export function challengeFocus(challenges: readonly Challenge[], taxonomy: IssueTaxonomy, codebooks: readonly ThemePhrases[] = []): ChallengeFocus[] {
  const issueMatcher = phraseMatcher(taxonomy.issues);
  const issueThemes = new Map(taxonomy.issues.map((i) => [i.id, i.themes]));
  const issueOrder = taxonomy.issues.map((i) => i.id);
  const themeEntries: PhraseEntry[] = codebooks.flatMap((c) => c.themes.map((t) => ({ id: t.id, phrases: t.phrases })));
  const themeMatcher = phraseMatcher(themeEntries);
  return challenges.map((challenge) => {
    const matches: FocusMatch[] = [];
    for (const focusArea of challenge.focusAreas) {
      for (const [kind, matcher] of [['issue', issueMatcher], ['theme', themeMatcher]] as const) {
        for (const m of matchPhrases(focusArea, matcher)) {
          if (m.id !== null) matches.push({ focusArea, kind, id: m.id, phrase: focusArea.slice(m.start, m.end) });
        }
      }
    }
    const issues = new Set(matches.filter((m) => m.kind === 'issue').map((m) => m.id));
    const themes = new Set<string>(matches.filter((m) => m.kind === 'theme').map((m) => m.id));
    for (const issue of issues) for (const theme of issueThemes.get(issue) ?? []) themes.add(theme);
    return {
      challengeId: challenge.id,
      issues: issueOrder.filter((id) => issues.has(id)),
      themes: THEME_ORDER.filter((id) => themes.has(id)),
      matches,
    };
  });
}
