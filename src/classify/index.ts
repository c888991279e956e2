/**
 * The classify stage: corpus -> theme assignments with scores and evidence; codebooks; evaluation against gold.
 * Each verb is a file of this folder; `model/` holds the model's internals (grouping examples, logistic
 * regression, calibration, scoring, hashing). Words, stems and TF-IDF come from the text toolkit (`src/text`).
 *
 *   codebooks     parseCodebook, parseCrosswalk                    (YAML text -> validated data)
 *   training data examplesFromSections, examplesFromCodebook, examplesThroughCrosswalk, trainingExamples,
 *                 SectionSample (section sentences gathered a document at a time, capped per theme)
 *                 (the default set; all in trainingExamples.ts), parseLabelsCsv (a researcher's labels),
 *                 mergeExamples (add or replace with the labels); each example has a typed `kind` that sets its weight
 *   model         trainModel, modelToJson, modelFromJson
 *   classify      createClassifier, classify, crosswalkAssignment, assignmentIn (an assignment read in a framework); trainClassifier (all training steps in one)
 *   evaluation    parseGold, evaluate, crossValidate, formatEvaluationTable
 *   agreement     cohenKappa, kappaOfMatrix, krippendorffAlpha (nominal), bootstrap (seeded 95% interval)
 *   benchmark     benchmarkClassifier
 */
export type { Assignment, Evidence, ExampleKind, FrameworkAssignment, NameTest, ThemeScore, TrainingExample, Unit } from './types.js';
export type { Codebook, CodebookTheme, Crosswalk, CrosswalkMapping } from './codebook.js';
export type { Model, TrainOptions } from './model.js';
export type { Classifier } from './classifier.js';
export type { ClassifyOptions } from './classify.js';
export type { GoldItem } from './gold.js';
export type { ConfusionMatrix, CrossValidationReport, EvaluationReport, Scores, ThemeMetrics } from './evaluation.js';
export type { CrossValidateOptions } from './crossValidate.js';
export type { MergeMode } from './mergeExamples.js';
export type { BenchmarkInput, BenchmarkResult } from './benchmarkClassifier.js';
export type { TrainClassifierInput } from './trainClassifier.js';
export { EXAMPLE_KINDS } from './types.js';
export { MODEL_FORMAT, MODEL_FORMAT_VERSION } from './model.js';
export { parseCodebook } from './parseCodebook.js';
export { parseCrosswalk } from './parseCrosswalk.js';
export { examplesFromCodebook, examplesFromSections, examplesThroughCrosswalk, trainingExamples, trainingExamplesFrom } from './trainingExamples.js';
export { MAX_SECTION_SENTENCES_PER_THEME, SectionSample, sampledSectionExamples } from './sectionSample.js';
export { parseLabelsCsv } from './parseLabelsCsv.js';
export { mergeExamples } from './mergeExamples.js';
/** The text toolkit's sentence splitter, which training uses on theme sections. */
export { splitSentences } from '../text/index.js';
export { DEFAULT_TRAIN_OPTIONS, trainModel } from './trainModel.js';
export { modelToJson } from './modelToJson.js';
export { modelFromJson } from './modelFromJson.js';
export { createClassifier } from './classifier.js';
export { trainClassifier } from './trainClassifier.js';
export { classify } from './classify.js';
export { crosswalkAssignment } from './crosswalkAssignment.js';
export { assignmentIn } from './assignmentIn.js';
export { parseGold } from './parseGold.js';
export { evaluate } from './evaluate.js';
export { crossValidate } from './crossValidate.js';
export { formatEvaluationTable } from './formatEvaluationTable.js';
export { benchmarkClassifier } from './benchmarkClassifier.js';
export { bootstrap, cohenKappa, kappaOfMatrix, krippendorffAlpha, type Estimate } from './agreement.js';
