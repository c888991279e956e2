// The pipeline: public steps composed into what the CLI commands and notebooks call.
export { ingestCorpus, displayPath, type FileFailure, type IngestOptions, type IngestResult } from './ingestCorpus.js';
export { ingestToFile, loadCorpusFile } from './corpusIo.js';
export { analyse, classifyUnits, filterRecommendations, trainModels, trainingExamples, type Analysis } from './analyse.js';
export { chartContext, chartsFor, writeCharts } from './charts.js';
export { chartCommand, classifyCommand, loadAnalysis, readUnitsCsv } from './commands.js';
export { runAll, type RunOptions, type RunResult } from './runAll.js';
