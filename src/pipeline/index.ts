// The pipeline: public steps composed into what the CLI commands and notebooks call.
export { ingestCorpus, displayPath, type FileFailure, type IngestOptions, type IngestResult } from './ingestCorpus.js';
export type { CacheStats } from '../cache/cache.js';
export { trainOnCorpusCached } from './classifierCache.js';
export { pruneCache, DEFAULT_CACHE_MAX_MB, type PruneResult } from '../cache/cacheEntries.js';
export { ingestToFile, loadCorpusFile } from './corpusIo.js';
export { loadResources, resourceDigests, type Resources } from '../resources/resources.js';
export { loadRegister } from '../resources/register.js';
export { loadCodebooks, type Codebooks } from '../resources/codebooks.js';
export { loadIssueTaxonomy } from '../resources/taxonomy.js';
export { analyse, councilNameTest, filterRecommendations, trainOnCorpus, type Analysis } from './analyse.js';
export { evaluateClassifier, evaluateHeldOut, type Evaluation } from './evaluation.js';
export { chartContext, chartsFor, drawCharts, writeCharts, type DrawnChart } from './charts.js';
export { briefingInput, writeBriefing } from './briefing.js';
export { classifierFromJson, classifierToJson } from '../resources/classifierFile.js';
export { loadAnalysis } from './loadAnalysis.js';
export { SAMPLE_GOLD } from '../resources/sample.js';
// CLI command bodies, re-exported only while src/index.ts re-exports this file whole: not pipeline steps
export {
  briefCommand, chartCommand, classifyCommand, discoverCommand, evaluateCommand, readUnitsCsv, trainCommand,
} from '../cli/commands/actions.js';
export { exportQdcCommand, exportQdpxCommand } from '../cli/commands/exportActions.js';
export { runAll, type RunOptions, type RunResult } from './runAll.js';
export { dataPackageOf, qdpxOf, readSourceTexts, type SourceTexts } from './interchange.js';
export { progressOf, readFollowUpPassages, type ProgressResult } from './progress.js';
export { loadStatusVocabulary, PACKAGE_STATUS_VOCABULARY } from '../resources/statusVocabulary.js';
export { VERSION } from '../cache/version.js';
export { agreementCommand, reviewCommand } from '../cli/commands/reviewActions.js';
export { readCorrectionFiles, type CorrectionFiles } from '../resources/correctionFiles.js';
export { reviewSheet } from './reviewSheet.js';
export type { AnalysisReview } from './corrected.js';
