/** Test helper: the shipped codebooks, the Stoke sections, and a classic model trained once per test file. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCodebook } from '../../src/classify/parseCodebook.js';
import { parseCrosswalk } from '../../src/classify/parseCrosswalk.js';
import { trainingExamples } from '../../src/classify/trainingExamples.js';
import { trainModel } from '../../src/classify/trainModel.js';
import type { Model } from '../../src/classify/model.js';
import { stokeSections } from './stokeSections.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const readRoot = (path: string): string => readFileSync(`${ROOT}${path}`, 'utf8');

export const classic = parseCodebook(readRoot('data/codebooks/classic.yaml'), 'classic.yaml');
export const current = parseCodebook(readRoot('data/codebooks/current.yaml'), 'current.yaml');
export const crosswalk = parseCrosswalk(readRoot('data/codebooks/crosswalk.yaml'), 'crosswalk.yaml');
export const sections = stokeSections(classic);
export const GOLD_FILE = 'test/fixtures/gold/sample-annotations.json';

let classicModel: Model | undefined;
export function classicDefaultModel(): Model {
  classicModel ??= trainModel(trainingExamples(sections, classic, crosswalk), classic);
  return classicModel;
}
