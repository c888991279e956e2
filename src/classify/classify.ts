import { CpcError } from '../errors.js';
import type { Framework } from '../vocabulary.js';
import { assignText } from './model/assignText.js';
import type { Classifier } from './classifier.js';
import { preparedModel } from './model/scoreText.js';
import type { Assignment, Unit } from './types.js';

export interface ClassifyOptions {
  /** Framework of units that name none (default: the classifier's). */
  readonly framework?: Framework;
  /** Evidence terms per assigned theme (default 5; 0 for none, where nothing will show them). */
  readonly maxEvidence?: number;
}

/**
 * Assign themes to units, each in its own framework (else the option's, else the classifier's), with the same
 * assignment in the other framework through the crosswalk. Pure: same classifier and units, same output.
 */
export function classify(classifier: Classifier, units: readonly Unit[], options: ClassifyOptions = {}): Assignment[] {
  const maxEvidence = options.maxEvidence ?? 5;
  return units.map((unit) => {
    const framework = unit.framework ?? options.framework ?? classifier.framework;
    const model = classifier.models[framework];
    if (model === undefined) throw new CpcError('invalid-model', `no model for the ${framework} framework (unit ${unit.id})`);
    return assignText(preparedModel(model), unit.id, unit.text, classifier.crosswalk, maxEvidence);
  });
}
