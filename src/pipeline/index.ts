// The pipeline: public steps composed into what the CLI commands and notebooks call.
export { ingestCorpus, displayPath, type FileFailure, type IngestOptions, type IngestResult } from './ingestCorpus.js';
export { ingestToFile, loadCorpusFile } from './corpusIo.js';
