/**
 * cpc's public API: the steps a notebook or script composes, in pipeline order. Each is documented where it is
 * defined; `docs/api.md` lists them (checked by test/api.test.ts). Nothing here is a CLI internal.
 *
 *   const resources = await loadResources();
 *   const { documents } = await ingest(['reports/'], { cwd, register: resources.register });
 *   const classifier = train(documents, resources);
 *   const analysis = analyse(documents, resources, classifier);   // units -> classify -> tables
 */

// Reference data and codebooks.
export { loadResources } from './resources/resources.js';

// Ingest: files -> corpus documents.
export { ingestCorpus as ingest } from './pipeline/ingestCorpus.js';
export { loadCorpusFile } from './pipeline/corpusIo.js';

// Units: documents -> each peer recommendation of a challenge once.
export { units } from './units/units.js';

// Classify: train, classify units, evaluate against hand labels.
export { trainOnCorpus as train } from './pipeline/analyse.js';
export { classify } from './classify/classify.js';
export { parseGold } from './classify/parseGold.js';
export { parseLabelsCsv as parseLabels } from './classify/parseLabelsCsv.js';
export { evaluateClassifier as evaluate } from './pipeline/evaluation.js';
export { crossValidate } from './classify/crossValidate.js';
export { formatEvaluationTable } from './classify/formatEvaluationTable.js';

// Aggregate: units and assignments -> challenges and tables.
export { analyse } from './pipeline/analyse.js';
export { challenges } from './aggregate/challenges.js';
export { tagIssues } from './aggregate/tagIssues.js';
export { inFramework } from './aggregate/inFramework.js';
export { themeTable } from './aggregate/themeTable.js';
export { councilThemeWide } from './aggregate/councilThemeWide.js';
export { issueTable } from './aggregate/issueTable.js';
export { similarRecommendations } from './aggregate/similarRecommendations.js';
export { discoverPhrases } from './aggregate/discoverPhrases.js';

// Lineage: how far each recommendation got.
export { progressOf } from './pipeline/progress.js';

// Charts: Vega-Lite specs, drawn to SVG and PNG.
export { chartsFor, drawCharts } from './pipeline/charts.js';
export { mimeBundle } from './chart/mimeBundle.js';

// Exports: the CSV tables, the briefing, the interchange formats, and the whole run.
export { tableFiles } from './pipeline/tableFiles.js';
export { briefingInput, writeBriefing } from './pipeline/briefing.js';
export { dataPackageOf, qdpxOf, readSourceTexts } from './pipeline/interchange.js';
export { runAll } from './pipeline/runAll.js';

// Vocabularies and errors.
export { DOCUMENT_TYPES, FRAMEWORKS, THEMES, THEME_LABELS, UNCLASSIFIED } from './vocabulary.js';
export { CpcError, isCpcError } from './errors.js';

export type { CorpusDocument, Council, DocumentSummary, Recommendation, SourceLocation } from './corpus/schema.js';
export type { Resources } from './resources/resources.js';
export type { IngestOptions, IngestResult } from './pipeline/ingestCorpus.js';
export type { ChallengeFrame, CouncilRecord, RecommendationRef, RecommendationUnit, Units } from './units/types.js';
export type { Assignment, TrainingExample } from './classify/types.js';
export type { Classifier } from './classify/classifier.js';
export type { GoldItem } from './classify/gold.js';
export type { Evaluation } from './pipeline/evaluation.js';
export type { Analysis, KnownChallenges } from './pipeline/analyse.js';
export type { Challenge, ChallengeRecommendation, DiscoveredPhrase, IssueRow, IssueTag, Quote, SimilarCluster, ThemeTableRow } from './aggregate/types.js';
export type { CrossValidationReport } from './classify/evaluation.js';
export type { BuiltChart } from './chart/buildCharts.js';
export type { SourceTexts } from './pipeline/interchange.js';
export type { ProgressStatus, RecommendationProgress } from './lineage/types.js';
export type { ProgressResult } from './pipeline/progress.js';
export type { DrawnChart } from './pipeline/charts.js';
export type { RunOptions, RunResult, RunStep } from './pipeline/runAll.js';
export type { DocumentType, Framework, ThemeId, ThemeOrUnclassified } from './vocabulary.js';
export type { ErrorCode } from './errors.js';
