import type { PhraseMatcher, Token } from './phraseMatcher.js';
import { inflectionStem, words, type Word } from '../text/index.js';

/** One match of a phrase; `id` is null for an `except` phrase. */
export interface PhraseMatch {
  readonly id: string | null;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly firstWord: number;
  readonly words: number;
}

/** A word with its inflection stem, as phrases are matched. */
type StemmedWord = Word & { readonly stem: string };

function fits(token: Token, word: StemmedWord): boolean {
  return token.prefix ? word.form.startsWith(token.stem) : token.stem === word.stem;
}

/**
 * Every non-overlapping phrase match in the text: where matches overlap, the one with most words wins (then the
 * longer span, the earlier start, the earlier phrase). `except` matches are kept here (id null) for callers to drop.
 */
export function matchPhrases(text: string, matcher: PhraseMatcher): PhraseMatch[] {
  const ws = words(text).map((w) => ({ ...w, stem: inflectionStem(w.form) }));
  const found: (PhraseMatch & { order: number })[] = [];
  ws.forEach((word, i) => {
    const candidates = [...(matcher.byStem.get(word.stem) ?? []), ...matcher.byPrefix.filter((c) => fits(c.tokens[0]!, word))];
    for (const c of candidates) {
      if (i + c.tokens.length > ws.length) continue;
      if (!c.tokens.every((t, k) => fits(t, ws[i + k]!))) continue;
      const last = ws[i + c.tokens.length - 1]!;
      found.push({ id: c.id, phrase: c.phrase, start: word.start, end: last.end, firstWord: i, words: c.tokens.length, order: c.order });
    }
  });
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
