/** The chart stage: aggregate rows -> Vega-Lite specs (pure builders), and rendering to SVG/PNG. */
export type { ChartBundle, ChartContext, ConfusionRow } from './types.js';
export { CHARTS, buildCharts, isChartName } from './buildCharts.js';
export type { BuiltChart, ChartName } from './buildCharts.js';
export { themeCouncilHeatmap } from './themeCouncilHeatmap.js';
export { themeShareByCouncil } from './themeShareByCouncil.js';
export { recurringIssues } from './recurringIssues.js';
export { themeShareByYear } from './themeShareByYear.js';
export { themeByAuthorityType } from './themeByAuthorityType.js';
export { issueCooccurrence } from './issueCooccurrence.js';
export { recommendationsPerDocument } from './recommendationsPerDocument.js';
export { confusionMatrix } from './confusionMatrix.js';
export { THEME_COLOURS, UNCLASSIFIED_COLOUR, themeColourScale } from './palette.js';
export { COUNCIL_FILTER_PARAM, FONT, corpusSubtitle } from './layout.js';
export { compileChart } from './compileChart.js';
export type { CompiledChart } from './compileChart.js';
export { renderChart } from './renderChart.js';
export { mimeBundle } from './mimeBundle.js';
export type { RenderedChart, RenderOptions } from './renderChart.js';
