import type { Compiled, PhraseMatcher, Token } from './phraseMatcher.js';
import { formOf, inflectionStem, scanWords } from '../text/index.js';

/** One match of a phrase; `id` is null for an `except` phrase. */
export interface PhraseMatch {
  readonly id: string | null;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly firstWord: number;
  readonly words: number;
}

/** A text's words as phrases are matched: each one's form, inflection stem and span, in parallel arrays. */
interface TextWords {
  readonly forms: string[];
  readonly stems: string[];
  readonly starts: number[];
  readonly ends: number[];
}

function textWords(text: string): TextWords {
  const found: TextWords = { forms: [], stems: [], starts: [], ends: [] };
  scanWords(text, (written, start) => {
    const form = formOf(written);
    found.forms.push(form);
    found.stems.push(inflectionStem(form));
    found.starts.push(start);
    found.ends.push(start + written.length);
  });
  return found;
}

function fits(token: Token, ws: TextWords, k: number): boolean {
  return token.prefix ? ws.forms[k]!.startsWith(token.stem) : token.stem === ws.stems[k];
}

const NONE: readonly Compiled[] = [];

/**
 * Every non-overlapping phrase match in the text: where matches overlap, the one with most words wins (then the
 * longer span, the earlier start, the earlier phrase). `except` matches are kept here (id null) for callers to drop.
 */
export function matchPhrases(text: string, matcher: PhraseMatcher): PhraseMatch[] {
  // parallel arrays, and candidates tried where they are listed: a corpus's every recommendation is matched
  const ws = textWords(text);
  const count = ws.forms.length;
  const found: (PhraseMatch & { order: number })[] = [];
  const consider = (c: Compiled, i: number): void => {
    if (i + c.tokens.length > count) return;
    if (!c.tokens.every((t, k) => fits(t, ws, i + k))) return;
    found.push({ id: c.id, phrase: c.phrase, start: ws.starts[i]!, end: ws.ends[i + c.tokens.length - 1]!, firstWord: i, words: c.tokens.length, order: c.order });
  };
  for (let i = 0; i < count; i++) {
    for (const c of matcher.byStem.get(ws.stems[i]!) ?? NONE) consider(c, i);
    const form = ws.forms[i]!;
    for (const c of matcher.byPrefix.get(form.slice(0, 1)) ?? NONE) if (fits(c.tokens[0]!, ws, i)) consider(c, i);
    for (const c of matcher.byPrefix.get('') ?? NONE) consider(c, i);
  }
  found.sort((a, b) => b.words - a.words || b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken = new Set<number>();
  const kept: PhraseMatch[] = [];
  for (const m of found) {
    const span = Array.from({ length: m.words }, (_, k) => m.firstWord + k);
    if (span.some((k) => taken.has(k))) continue;
    span.forEach((k) => taken.add(k));
    kept.push({ id: m.id, phrase: m.phrase, start: m.start, end: m.end, firstWord: m.firstWord, words: m.words });
  }
  return kept.sort((a, b) => a.start - b.start);
}
