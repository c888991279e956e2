import { STOP, wordId, type PreparedModel } from './preparedModel.js';
import { WORD, hasBreak, wordEnd } from './words.js';

/** A known term of a text: feature index, normalised TF-IDF value, and the span of its first occurrence. */
export interface TextFeature {
  readonly j: number;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** A text's calibrated score per theme (model order) and the known terms they came from. */
export interface TextScores {
  readonly scores: Float64Array;
  readonly features: readonly TextFeature[];
}

/**
 * Score one text: the same terms as `terms` (found by stem number, not by building strings) -> TF-IDF vector in the
 * model's feature space, L2-normalised -> margin per theme -> calibrated score.
 */
export function scoreText(prepared: PreparedModel, text: string): TextScores {
  const { unigram, bigram, idf, weights, model } = prepared;
  const js: number[] = [];
  const counts: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (j: number, start: number, end: number): void => {
    const at = js.indexOf(j);
    if (at >= 0) {
      counts[at]!++;
      return;
    }
    js.push(j);
    counts.push(1);
    starts.push(start);
    ends.push(end);
  };
  const re = new RegExp(WORD.source, 'g');
  let prev = -1;
  let prevStart = 0;
  let prevEnd = 0;
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    const id = wordId(prepared, match[0]);
    if (id === STOP) continue;
    const start = match.index;
    const end = wordEnd(start, match[0]);
    if (id >= 0) {
      if (prev >= 0) {
        const j = bigram.get(prev)?.get(id);
        if (j !== undefined && !hasBreak(text, prevEnd, start)) add(j, prevStart, end);
      }
      const j = unigram[id]!;
      if (j >= 0) add(j, start, end);
    }
    prev = id;
    prevStart = start;
    prevEnd = end;
  }
  const values = js.map((j, n) => (1 + Math.log(counts[n]!)) * idf[j]!);
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0));
  const scale = norm > 0 ? 1 / norm : 0;
  const features: TextFeature[] = js.map((j, n) => ({ j, value: values[n]! * scale, start: starts[n]!, end: ends[n]! }));
  const scores = new Float64Array(model.themes.length);
  for (let k = 0; k < scores.length; k++) {
    const w = weights[k]!;
    let margin = model.bias[k]!;
    for (const f of features) margin += w[f.j]! * f.value;
    const { a, b } = model.calibration[k]!;
    scores[k] = 1 / (1 + Math.exp(-(a * margin + b)));
  }
  return { scores, features };
}
