import type { BriefingSummary } from './briefingSummary.js';
import type { BriefingInput } from './briefingTypes.js';

/**
 * What the briefing's council picker shows of every council, as compact plain data: theme and issue labels once,
 * each council's counts by theme (in `themes` order) and the indices of the recurring issues raised for it.
 */
export interface CouncilProfiles {
  readonly themes: readonly string[];
  readonly issues: readonly string[];
  readonly councils: readonly {
    readonly name: string;
    readonly recommendations: number;
    readonly counts: readonly number[];
    readonly issues: readonly number[];
  }[];
}

/** The picker's data: every council of the summary, in its order, with its theme counts and recurring issues. */
export function councilProfiles(input: BriefingInput, summary: BriefingSummary): CouncilProfiles {
  const cells = new Map<string, { primary: number; total: number }>();
  for (const row of input.themeRows) {
    if (row.grouping === 'council' && row.framework === input.corpus.framework) cells.set(`${row.group}\u0000${row.theme}`, { primary: row.primary, total: row.groupRecommendations });
  }
  const issues = [...input.issueRows].filter((row) => row.councils > 0).sort((a, b) => b.councils - a.councils || (a.label < b.label ? -1 : 1));
  const raised = new Map<string, number[]>();
  issues.forEach((row, index) => {
    for (const name of row.councilNames) raised.set(name, [...(raised.get(name) ?? []), index]);
  });
  return {
    themes: summary.themes.map((t) => t.label),
    issues: issues.map((row) => row.label),
    councils: summary.councils.map((name) => {
      const own = summary.themes.map((t) => cells.get(`${name}\u0000${t.theme}`));
      return {
        name,
        recommendations: own.find((cell) => cell !== undefined)?.total ?? 0,
        counts: own.map((cell) => cell?.primary ?? 0),
        issues: raised.get(name) ?? [],
      };
    }),
  };
}
