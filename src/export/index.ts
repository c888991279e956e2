/** The export stage: tables, specs and briefings -> files under output/ (the only stage that writes). */
export { writeFileAtomic, type FileContent } from './atomic.js';
export { toCsv, neutralise, type CsvOptions } from './csv.js';
export { documentsCsv, issuesByCouncilCsv, recommendationsCsv, recommendationThemesCsv, themesByCouncilCsv } from './csvTables.js';
export { REVIEW_COLUMNS, reviewCsv, type ReviewRow } from './reviewCsv.js';
export { withOutputLock } from './lock.js';
export type * from './briefingTypes.js';
export { renderBriefingHtml } from './briefingHtml.js';
export { renderBriefingMarkdown } from './briefingMarkdown.js';
export { loadBriefingAssets } from './briefingAssets.js';
export { TABLES } from './tables.js';
export type { FieldSpec, FieldType, TableSpec } from './tableSchema.js';
export { dataPackageJson } from './dataPackage.js';
export { dataDictionaryMarkdown } from './dataDictionary.js';
export { parquetTables } from './parquet.js';
export * as qdpx from './qdpx/index.js';
export { evidenceText, implementationCsv, PROGRESS_COLUMNS, recommendationProgressCsv, type ProgressColumn } from './progressCsv.js';
