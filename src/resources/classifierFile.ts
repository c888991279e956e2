import type { Classifier } from '../classify/classifier.js';
import { createClassifier } from '../classify/classifier.js';
import { modelFromJson } from '../classify/modelFromJson.js';
import { modelToJson } from '../classify/modelToJson.js';
import type { Crosswalk } from '../classify/codebook.js';
import { CpcError } from '../errors.js';
import { DEFAULT_FRAMEWORK } from '../corpus/framework.js';
import { FRAMEWORKS, isFramework } from '../vocabulary.js';

/** A trained classifier as JSON: one model per framework, each in `modelToJson`'s fixed form. */
export function classifierToJson(classifier: Classifier): string {
  const models = FRAMEWORKS.flatMap((f) => (classifier.models[f] === undefined ? [] : [JSON.parse(modelToJson(classifier.models[f]))]));
  return `${JSON.stringify({ format: 'cpc-classifier', framework: classifier.framework, models }, null, 2)}\n`;
}

/** Read a classifier file written by `cpc train`, validating each model. */
export function classifierFromJson(json: string, file: string, crosswalk: Crosswalk): Classifier {
  let value: { format?: unknown; framework?: unknown; models?: unknown };
  try {
    value = JSON.parse(json) as typeof value;
  } catch (error) {
    throw new CpcError('invalid-model', `${file}: not JSON (${(error as Error).message})`, { file });
  }
  if (value.format !== 'cpc-classifier' || !Array.isArray(value.models)) {
    throw new CpcError('invalid-model', `${file}: not a classifier written by \`cpc train\``, { file });
  }
  const models = value.models.map((m) => modelFromJson(JSON.stringify(m), file));
  return createClassifier(models, crosswalk, isFramework(value.framework) ? value.framework : DEFAULT_FRAMEWORK);
}
