import type { ThemeSection } from '../corpus/schema.js';
import { classify } from './classify.js';
import { createClassifier } from './classifier.js';
import type { Codebook, Crosswalk } from './codebook.js';
import type { CrossValidationReport } from './evaluation.js';
import { evaluate } from './evaluate.js';
import { examplesFromSections, trainingExamples } from './trainingExamples.js';
import type { TrainOptions } from './model.js';
import { round } from './round.js';
import { trainModel } from './trainModel.js';

export interface CrossValidateOptions {
  readonly crosswalk: Crosswalk;
  readonly train?: Partial<TrainOptions>;
}

/**
 * Leave-one-document-out cross-validation over the corpus's theme sections: for each document (a section's source
 * file) with sections of the codebook's framework, train on the codebook and every other document's sections, then
 * classify the held-out document's sentences and score their primary themes against their section's theme.
 * Folds are in file-name order; the mean is over folds.
 */
export function crossValidate(sections: readonly ThemeSection[], codebook: Codebook, options: CrossValidateOptions): CrossValidationReport {
  const themes: readonly string[] = codebook.themes.map((t) => t.id);
  const documents = [...new Set(sections.filter((s) => themes.includes(s.theme)).map((s) => s.source.file))].sort();
  const folds = documents.map((document) => {
    const training = trainingExamples(sections.filter((s) => s.source.file !== document), codebook, options.crosswalk);
    const model = trainModel(training, codebook, options.train);
    const held = examplesFromSections(sections.filter((s) => s.source.file === document && themes.includes(s.theme)));
    const gold = held.map((example, i) => ({ id: `${document}#${i + 1}`, document, text: example.text, themes: [example.theme], ambiguous: false }));
    const assignments = classify(createClassifier([model], options.crosswalk), gold.map(({ id, text }) => ({ id, text })));
    const report = evaluate(assignments, gold);
    return { document, sentences: held.length, macroF1: report.strict.macroF1, accuracy: report.strict.accuracy };
  });
  const mean = folds.length === 0 ? 0 : folds.reduce((s, f) => s + f.macroF1, 0) / folds.length;
  return { folds, meanMacroF1: round(mean, 4) };
}
