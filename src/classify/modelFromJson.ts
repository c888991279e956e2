import { CpcError } from '../errors.js';
import { THEMES } from '../vocabulary.js';
import { describeIssue } from './describeIssue.js';
import { ModelSchema, type Model } from './model.js';
import { modelHash } from './model/modelHash.js';

/**
 * Parse and check a model saved by `modelToJson`: the schema, the framework's five themes, consistent array
 * lengths, sorted unique terms, and the hash. A failure is a `CpcError('invalid-model')` naming the field.
 */
export function modelFromJson(json: string, file = 'model.json'): Model {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    throw new CpcError('invalid-model', `${file}: not valid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = ModelSchema.safeParse(input);
  if (!parsed.success) throw new CpcError('invalid-model', describeIssue(parsed.error, input, file), { file });
  const model = parsed.data;
  const fail = (message: string): never => {
    throw new CpcError('invalid-model', `${file}: ${message}`, { file });
  };
  const expected = THEMES[model.framework];
  if (model.themes.length !== expected.length || !expected.every((t) => model.themes.includes(t))) {
    fail(`themes: expected the ${model.framework} themes ${expected.join(', ')} (got ${model.themes.join(', ')})`);
  }
  const n = model.terms.length;
  if (model.idf.length !== n) fail(`idf: ${model.idf.length} values for ${n} terms`);
  for (const [field, length] of [['bias', model.bias.length], ['weights', model.weights.length], ['calibration', model.calibration.length]] as const) {
    if (length !== model.themes.length) fail(`${field}: ${length} entries for ${model.themes.length} themes`);
  }
  model.weights.forEach((w, k) => {
    if (w.length !== n) fail(`weights.${k}: ${w.length} values for ${n} terms`);
  });
  for (let j = 1; j < n; j++) {
    if (!(model.terms[j - 1]! < model.terms[j]!)) fail(`terms.${j}: "${model.terms[j]}" is out of order or repeated`);
  }
  const hash = modelHash(model);
  if (hash !== model.hash) fail(`hash: the content hashes to ${hash}, not ${model.hash} (edited or corrupted)`);
  return model;
}
