import type { TopLevelSpec } from 'vega-lite';
import type { ChartBundle, ChartContext } from './types.js';
import { confusionMatrix } from './confusionMatrix.js';
import { issueCooccurrence } from './issueCooccurrence.js';
import { progressByTheme } from './progressByTheme.js';
import { recommendationsPerDocument } from './recommendationsPerDocument.js';
import { recurringIssues } from './recurringIssues.js';
import { themeByAuthorityType } from './themeByAuthorityType.js';
import { themeCouncilHeatmap } from './themeCouncilHeatmap.js';
import { themeShareByCouncil } from './themeShareByCouncil.js';
import { themeShareByYear } from './themeShareByYear.js';

/** Every chart cpc draws, in the order a briefing shows them. */
export const CHARTS = [
  'theme-council-heatmap',
  'theme-share-by-council',
  'recurring-issues',
  'theme-share-by-year',
  'theme-by-authority-type',
  'issue-cooccurrence',
  'recommendations-per-document',
  'progress-by-theme',
  'confusion-matrix',
] as const;
export type ChartName = (typeof CHARTS)[number];
export const isChartName = (value: unknown): value is ChartName => typeof value === 'string' && (CHARTS as readonly string[]).includes(value);

/** A built chart: its name, its title (for headings and file names) and its Vega-Lite spec. */
export interface BuiltChart {
  readonly name: ChartName;
  readonly title: string;
  readonly spec: TopLevelSpec;
  /** Charts with the council filter parameter (the briefing's council select drives them). */
  readonly councilFilter: boolean;
}

const BUILDERS: Readonly<Record<ChartName, (bundle: ChartBundle, context: ChartContext) => TopLevelSpec>> = {
  'theme-council-heatmap': (b, c) => themeCouncilHeatmap(b.themeRows.council ?? [], c),
  'theme-share-by-council': (b, c) => themeShareByCouncil(b.themeRows.council ?? [], c),
  'recurring-issues': (b, c) => recurringIssues(b.issueRows, c),
  'theme-share-by-year': (b, c) => themeShareByYear(b.themeRows.year ?? [], c),
  'theme-by-authority-type': (b, c) => themeByAuthorityType(b.themeRows['authority-type'] ?? [], c),
  'issue-cooccurrence': (b, c) => issueCooccurrence(b.issuePairs, c),
  'recommendations-per-document': (b, c) => recommendationsPerDocument(b.documentRows, c),
  'progress-by-theme': (b, c) => progressByTheme(b.progressRows ?? [], c),
  'confusion-matrix': (b, c) => confusionMatrix(b.confusion ?? [], c),
};

/**
 * Build every chart the bundle has data for, in CHARTS order (or only `names`). A chart left with no data (no rows,
 * or only rows that count nothing, which the builders drop) is skipped rather than drawn empty.
 */
export function buildCharts(bundle: ChartBundle, context: ChartContext, names: readonly ChartName[] = CHARTS): BuiltChart[] {
  return CHARTS.filter((name) => names.includes(name)).flatMap((name) => {
    const spec = BUILDERS[name](bundle, context);
    if (!hasData(spec)) return [];
    return [{ name, title: titleOf(spec), spec, councilFilter: 'params' in spec && spec.params !== undefined && spec.params.length > 0 }];
  });
}

/** True when the spec's inline data has at least one row. */
function hasData(spec: TopLevelSpec): boolean {
  return 'data' in spec && spec.data !== undefined && spec.data !== null && 'values' in spec.data && Array.isArray(spec.data.values) && spec.data.values.length > 0;
}

function titleOf(spec: TopLevelSpec): string {
  const title = 'title' in spec ? spec.title : undefined;
  if (typeof title === 'string') return title;
  if (title !== undefined && typeof title === 'object' && !Array.isArray(title) && typeof title.text === 'string') return title.text;
  return '';
}
