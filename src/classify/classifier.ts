import { CpcError } from '../errors.js';
import type { Framework } from '../vocabulary.js';
import type { Crosswalk } from './codebook.js';
import type { Model } from './model.js';

/** What `classify` needs: a model per framework it classifies in, and the crosswalk to the other framework. */
export interface Classifier {
  readonly models: Readonly<Partial<Record<Framework, Model>>>;
  readonly crosswalk: Crosswalk;
  /** The framework of units that name none. */
  readonly framework: Framework;
}

/** A classifier from one model per framework (one or two); the default framework is the first model's. */
export function createClassifier(models: readonly Model[], crosswalk: Crosswalk, framework?: Framework): Classifier {
  const byFramework: Partial<Record<Framework, Model>> = {};
  for (const model of models) {
    if (byFramework[model.framework] !== undefined) {
      throw new CpcError('invalid-model', `two models for the ${model.framework} framework (${byFramework[model.framework]!.hash}, ${model.hash})`);
    }
    byFramework[model.framework] = model;
  }
  const chosen = framework ?? models[0]?.framework;
  if (chosen === undefined) throw new CpcError('invalid-model', 'a classifier needs at least one model');
  if (byFramework[chosen] === undefined) throw new CpcError('invalid-model', `no model for the ${chosen} framework`);
  return { models: byFramework, crosswalk, framework: chosen };
}
