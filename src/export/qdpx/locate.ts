import { words, type Word } from '../../text/index.js';

/** A span of a text, UTF-16 offsets, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a locator needs of a recommendation: its words and where the corpus says it stands. */
export interface Placed {
  readonly text: string;
  readonly source: Span;
}

/**
 * Where each recommendation's words stand in its document's text: the run of the text's words that are exactly the
 * recommendation's (list markers, emphasis and line breaks around and between them allowed), from its first word
 * to its last (and the closing punctuation the recommendation ends with). Looked for inside the corpus's span
 * first, then in the whole text, nearest to the span; null when the words are nowhere in the text in that order.
 */
export function spanLocator(text: string): (r: Placed) => Span | null {
  let all: Word[] | null = null;
  return (r) => {
    const target = words(r.text).map((w) => w.form);
    if (target.length === 0) return null;
    const inside = runsOf(words(text.slice(r.source.start, r.source.end)), target, r.source.start);
    all ??= inside.length > 0 ? null : words(text);
    const found = inside.length > 0 ? inside : runsOf(all ?? [], target, 0);
    const nearest = found.sort((a, b) => Math.abs(a.start - r.source.start) - Math.abs(b.start - r.source.start))[0];
    if (nearest === undefined) return null;
    const closing = /[^\p{L}\p{N}\s]+$/u.exec(r.text)?.[0] ?? '';
    return closing !== '' && text.startsWith(closing, nearest.end) ? { start: nearest.start, end: nearest.end + closing.length } : nearest;
  };
}

/** Every run of `ws` whose forms are `target`, as spans shifted by `offset`. */
function runsOf(ws: readonly Word[], target: readonly string[], offset: number): Span[] {
  const runs: Span[] = [];
  for (let i = 0; i + target.length <= ws.length; i++) {
    let k = 0;
    while (k < target.length && ws[i + k]!.form === target[k]) k++;
    if (k === target.length) runs.push({ start: offset + ws[i]!.start, end: offset + ws[i + k - 1]!.end });
  }
  return runs;
}
