import type { DocumentRow, ThemeTableRow } from '../../src/aggregate/types.js';
import type { ChartBundle, ChartContext } from '../../src/chart/types.js';
import { seededRandom } from '../../src/classify/seededRandom.js';
import { CLASSIC_THEMES, THEME_LABELS, UNCLASSIFIED, type ThemeOrUnclassified } from '../../src/vocabulary.js';

const REGIONS = ['East Midlands', 'East of England', 'London', 'North East', 'North West', 'South East', 'South West', 'West Midlands', 'Yorkshire and The Humber'];
const THEMES: readonly ThemeOrUnclassified[] = [...CLASSIC_THEMES, UNCLASSIFIED];

function row(grouping: ThemeTableRow['grouping'], group: string, theme: ThemeOrUnclassified, primary: number, total: number, councils: number): ThemeTableRow {
  return {
    grouping,
    group,
    framework: 'classic',
    theme,
    themeLabel: theme === UNCLASSIFIED ? 'Unclassified' : THEME_LABELS[theme],
    primary,
    mentions: primary,
    groupRecommendations: total,
    share: total === 0 ? 0 : primary / total,
    councils: primary > 0 ? Math.min(primary, councils) : 0,
    councilsInGroup: councils,
    focusAreaCouncils: 0,
  };
}

/**
 * A made-up sector of `councils` councils (long names, nine regions) and `documents` documents, seeded: council and
 * region theme rows in the classic framework, and document rows with 0–45 recommendations.
 */
export function scaleBundle(councils: number, documents: number, seed = 7): ChartBundle & { readonly context: ChartContext } {
  const random = seededRandom(seed);
  const councilRows: ThemeTableRow[] = [];
  const regionCounts = new Map<string, { counts: number[]; councils: number }>();
  for (let c = 0; c < councils; c++) {
    const name = `Metropolitan Borough Council of Somewhere ${String(c).padStart(3, '0')}`;
    const counts = THEMES.map(() => Math.floor(random() * 8));
    const total = counts.reduce((a, b) => a + b, 0);
    THEMES.forEach((theme, i) => councilRows.push(row('council', name, theme, counts[i]!, total, 1)));
    const region = REGIONS[c % REGIONS.length]!;
    const entry = regionCounts.get(region) ?? { counts: THEMES.map(() => 0), councils: 0 };
    regionCounts.set(region, { counts: entry.counts.map((n, i) => n + counts[i]!), councils: entry.councils + 1 });
  }
  const regionRows = [...regionCounts.entries()].flatMap(([region, { counts, councils: n }]) => {
    const total = counts.reduce((a, b) => a + b, 0);
    return THEMES.map((theme, i) => row('region', region, theme, counts[i]!, total, n));
  });
  const documentRows: DocumentRow[] = Array.from({ length: documents }, (_, d) => {
    const recommendations = Math.floor(random() * 46);
    const stated = random() < 0.3 ? null : recommendations + Math.floor(random() * 3) - 1;
    return {
      documentId: `doc-${d}`,
      file: `reports/doc-${d}.pdf`,
      council: `Metropolitan Borough Council of Somewhere ${String(d % Math.max(1, councils)).padStart(3, '0')}`,
      gssCode: null,
      year: 2014 + (d % 12),
      documentDate: null,
      documentType: 'feedback-report',
      programme: 'corporate-peer-challenge',
      recommendations,
      recommendationsReferenced: stated,
      committeeRecommendations: 0,
    };
  });
  return {
    themeRows: { council: councilRows, region: regionRows },
    issueRows: [],
    issuePairs: [],
    documentRows,
    confusion: null,
    context: { councils, documents, yearFrom: 2014, yearTo: 2025, framework: 'classic' },
  };
}
