import type { TopLevelSpec } from 'vega-lite';
import type { ChartBundle, ChartContext } from './types.js';
import { chartDetail, type ChartDetail, type ChartLevel } from './chartLevel.js';
import { confusionMatrix } from './confusionMatrix.js';
import { issueCooccurrence } from './issueCooccurrence.js';
import { progressByTheme } from './progressByTheme.js';
import { recommendationsHistogram } from './recommendationsHistogram.js';
import { recommendationsPerDocument } from './recommendationsPerDocument.js';
import { recurringIssues } from './recurringIssues.js';
import { themeByAuthorityType } from './themeByAuthorityType.js';
import { themeCouncilExtremes } from './themeCouncilExtremes.js';
import { themeCouncilHeatmap } from './themeCouncilHeatmap.js';
import { themeRegionHeatmap } from './themeRegionHeatmap.js';
import { themeShareByCouncil } from './themeShareByCouncil.js';
import { themeShareByYear } from './themeShareByYear.js';

/**
 * Every chart cpc draws, in the order a briefing shows them. The two council charts draw one row per council; with
 * more councils than that reads for (see `ChartLevel`), the region heatmap and the councils at either end of each
 * theme are drawn in their place.
 */
export const CHARTS = [
  'theme-council-heatmap',
  'theme-region-heatmap',
  'theme-share-by-council',
  'theme-council-extremes',
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

/** The charts of each detail: one row per council, or the sector view in their place. */
const COUNCIL_CHARTS: readonly ChartName[] = ['theme-council-heatmap', 'theme-share-by-council'];
const SECTOR_CHARTS: readonly ChartName[] = ['theme-region-heatmap', 'theme-council-extremes'];

const BUILDERS: Readonly<Record<ChartName, (bundle: ChartBundle, context: ChartContext, detail: ChartDetail) => TopLevelSpec>> = {
  'theme-council-heatmap': (b, c) => themeCouncilHeatmap(b.themeRows.council ?? [], c),
  'theme-region-heatmap': (b, c) => themeRegionHeatmap(b.themeRows.region ?? [], c),
  'theme-share-by-council': (b, c) => themeShareByCouncil(b.themeRows.council ?? [], c),
  'theme-council-extremes': (b, c) => themeCouncilExtremes(b.themeRows.council ?? [], c),
  'recurring-issues': (b, c) => recurringIssues(b.issueRows, c),
  'theme-share-by-year': (b, c) => themeShareByYear(b.themeRows.year ?? [], c),
  'theme-by-authority-type': (b, c) => themeByAuthorityType(b.themeRows['authority-type'] ?? [], c),
  'issue-cooccurrence': (b, c) => issueCooccurrence(b.issuePairs, c),
  'recommendations-per-document': (b, c, d) => (d.documents ? recommendationsPerDocument(b.documentRows, c) : recommendationsHistogram(b.documentRows, c)),
  'progress-by-theme': (b, c) => progressByTheme(b.progressRows ?? [], c),
  'confusion-matrix': (b, c) => confusionMatrix(b.confusion ?? [], c),
};

/**
 * The charts of `level` for this bundle, in CHARTS order: the council charts or their sector views (`auto`: by the
 * number of councils), and every other chart. `recommendations-per-document` draws one bar per document or, at
 * sector level, the spread of counts.
 */
export function chartsOfLevel(bundle: ChartBundle, level: ChartLevel): ChartName[] {
  const detail = detailOf(bundle, level);
  return CHARTS.filter((name) => !(detail.councils ? SECTOR_CHARTS : COUNCIL_CHARTS).includes(name));
}

function detailOf(bundle: ChartBundle, level: ChartLevel): ChartDetail {
  const councils = new Set((bundle.themeRows.council ?? []).map((row) => row.group)).size;
  return chartDetail(level, councils, bundle.documentRows.length);
}

/**
 * Build every chart the bundle has data for, in CHARTS order: those of `level` (default `auto`, see
 * `chartsOfLevel`), or the ones named. A chart left with no data (no rows, or only rows that count nothing, which
 * the builders drop) is skipped rather than drawn empty.
 */
export function buildCharts(bundle: ChartBundle, context: ChartContext, options: { readonly names?: readonly ChartName[]; readonly level?: ChartLevel } = {}): BuiltChart[] {
  const level = options.level ?? 'auto';
  const names = options.names ?? chartsOfLevel(bundle, level);
  const detail = detailOf(bundle, level);
  return CHARTS.filter((name) => names.includes(name)).flatMap((name) => {
    const spec = BUILDERS[name](bundle, context, detail);
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
