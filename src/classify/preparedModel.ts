import type { Model } from './model.js';
import { wordStem } from './wordStem.js';

/** A word that is a stop word (skipped, transparent to bigrams) or unknown to the model (breaks bigrams). */
export const STOP = -2;
export const UNKNOWN = -1;

/**
 * A model in the form scoring reads fast: stems numbered, unigram and bigram features looked up by stem number
 * (no string building per text), weights in typed arrays, and a memo of word -> stem number.
 */
export interface PreparedModel {
  readonly model: Model;
  /** Stem number -> unigram feature index, or -1 when the stem occurs only in bigrams. */
  readonly unigram: Int32Array;
  /** First stem number -> second stem number -> bigram feature index. */
  readonly bigram: ReadonlyMap<number, ReadonlyMap<number, number>>;
  readonly idf: Float64Array;
  readonly weights: readonly Float64Array[];
  /** Stem number of a word as it appears in a text, `STOP` or `UNKNOWN` (filled as words are met). */
  readonly wordIds: Map<string, number>;
  readonly stemIds: ReadonlyMap<string, number>;
}

const PREPARED = new WeakMap<Model, PreparedModel>();

/** The prepared form of a model, built once per model object (a memo: it cannot change results). */
export function preparedModel(model: Model): PreparedModel {
  const cached = PREPARED.get(model);
  if (cached !== undefined) return cached;
  const stemIds = new Map<string, number>();
  const idOf = (stem: string): number => {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    return id;
  };
  const unigrams: [number, number][] = [];
  const bigram = new Map<number, Map<number, number>>();
  model.terms.forEach((term, j) => {
    const space = term.indexOf(' ');
    if (space < 0) {
      unigrams.push([idOf(term), j]);
      return;
    }
    const first = idOf(term.slice(0, space));
    const second = idOf(term.slice(space + 1));
    let inner = bigram.get(first);
    if (inner === undefined) bigram.set(first, (inner = new Map()));
    inner.set(second, j);
  });
  const unigram = new Int32Array(stemIds.size).fill(-1);
  for (const [id, j] of unigrams) unigram[id] = j;
  const prepared: PreparedModel = {
    model,
    unigram,
    bigram,
    idf: Float64Array.from(model.idf),
    weights: model.weights.map((w) => Float64Array.from(w)),
    wordIds: new Map(),
    stemIds,
  };
  PREPARED.set(model, prepared);
  return prepared;
}

/** The stem number of a word of a text for this model: `STOP`, `UNKNOWN`, or the number (memoised). */
export function wordId(prepared: PreparedModel, word: string): number {
  let id = prepared.wordIds.get(word);
  if (id === undefined) {
    const stem = wordStem(word);
    id = stem === null ? STOP : (prepared.stemIds.get(stem) ?? UNKNOWN);
    if (prepared.wordIds.size >= 200_000) prepared.wordIds.clear();
    prepared.wordIds.set(word, id);
  }
  return id;
}
